#include "cli/cli.hpp"

#include <cstdio>
#include <exception>
#include <iostream>
#include <new>
#include <vector>

#include "cli/args.hpp"
#include "cli/exit_codes.hpp"
#include "util/expected.hpp"
#include "util/file.hpp"

namespace cc::cli {

namespace {

struct Command {
  const char* name;
  const char* summary;
  int (*handler)(std::span<char* const>);
};

const std::vector<Command>& commands() {
  static const std::vector<Command> k_commands = {
      {"values", "find and normalize numbers, amounts, percentages, dates and durations", cmd_values},
      {"extract", "turn articles into structured claims with exact byte spans (JSON)", cmd_extract},
      {"check", "extract and compare claims across sources: agreements, updates, contradictions", cmd_check},
      {"report", "render the HTML report and evidence graphs from a check run or a database", cmd_report},
      {"ingest", "store documents and their claims in a database (idempotent)", cmd_ingest},
      {"reconcile", "recompute the findings of a database", cmd_reconcile},
      {"review", "list, show, confirm, dismiss, reopen and annotate findings; the audit log", cmd_review},
      {"export", "export findings as ClaimReview JSON-LD or CSV", cmd_export},
  };
  return k_commands;
}

constexpr const char* k_usage_head = R"(crosscheck - compare facts across news reports

Usage: crosscheck <command> [options] [arguments]
       crosscheck <command> --help

Commands:
)";

constexpr const char* k_usage_tail = R"(
Options:
  -h, --help   print this help and exit
  --version    print the version and exit

Exit codes: 0 ok, 1 contradictions found, 2 usage or input error,
3 internal error, 4 database error, 130 interrupted (docs/manual.md).
)";

void print_usage() {
  std::fputs(k_usage_head, stdout);
  for (const auto& c : commands()) {
    std::printf("  %-10s %s\n", c.name, c.summary);
  }
  std::printf("  %-10s %s\n", "list", "list the commands, one per line");
  std::fputs(k_usage_tail, stdout);
}

}  // namespace

int run(int argc, char** argv) {
  file::install_interrupt_handlers();
  try {
    if (argc < 2) {
      print_usage();
      return k_exit_input_error;
    }
    const std::string cmd = argv[1];
    if (cmd == "-h" || cmd == "--help" || cmd == "help") {
      print_usage();
      return k_exit_ok;
    }
    if (cmd == "--version") {
      std::puts("crosscheck " CROSSCHECK_VERSION);
      return k_exit_ok;
    }
    if (cmd == "list") {
      for (const auto& c : commands()) {
        std::puts(c.name);
      }
      return k_exit_ok;
    }
    for (const auto& c : commands()) {
      if (cmd == c.name) {
        return c.handler(std::span<char* const>(argv + 2, static_cast<std::size_t>(argc - 2)));
      }
    }
    std::vector<std::string> names;
    for (const auto& c : commands()) {
      names.emplace_back(c.name);
    }
    const std::string hint = did_you_mean(cmd, names);
    std::fprintf(stderr, "crosscheck: unknown command '%s'%s; see 'crosscheck --help'\n", cmd.c_str(),
                 hint.empty() ? "" : (" (did you mean '" + hint + "'?)").c_str());
    return k_exit_input_error;
  } catch (const Fatal& f) {
    print_error(f.error);
    return f.error.exit_code;
  } catch (const std::bad_alloc&) {
    std::fputs("crosscheck: out of memory\n", stderr);
    return k_exit_internal_error;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "crosscheck: internal error: %s\n", e.what());
    return k_exit_internal_error;
  }
}

}  // namespace cc::cli
