// crosscheck report: renders the report files from a check run's JSON.
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "util/file.hpp"

namespace cc::cli {

namespace {

constexpr const char* k_usage = R"(Usage: crosscheck report --out DIR FINDINGS_JSON
       crosscheck report --db FILE --out DIR

Renders the report of a check run: DIR/report.html (self-contained),
DIR/evidence.svg and DIR/evidence.dot (the overview graph),
DIR/citations.svg, DIR/findings.json, and DIR/finding-<id>.svg per finding.

  FINDINGS_JSON   the JSON written by 'crosscheck check --json' (or its
                  findings.json)
  --out DIR       the directory to write (created if missing)
  --db FILE       render from a crosscheck database instead (with review
                  statuses and notes)
  --max-graph N   findings drawn in the overview graph (default 40)

Exit codes: 0 ok, 2 usage or input error, 3 internal error (Graphviz),
4 database error.
)";

}  // namespace

int cmd_report(std::span<char* const> argv) {
  auto args = parse_args(argv, {{"--out", true}, {"--db", true}, {"--max-graph", true}}, "report");
  if (!args) {
    print_error(args.error());
    return k_exit_input_error;
  }
  if (args->help) {
    std::fputs(k_usage, stdout);
    return k_exit_ok;
  }
  const auto out = args->get("--out");
  if (!out) {
    std::fputs("crosscheck report: --out DIR is required (see 'crosscheck report --help')\n", stderr);
    return k_exit_input_error;
  }
  std::size_t max_graph = 40;
  if (const auto m = args->get("--max-graph")) {
    try {
      max_graph = static_cast<std::size_t>(std::stoul(*m));
    } catch (const std::exception&) {
      std::fprintf(stderr, "crosscheck report: --max-graph needs a number, not '%s'\n", m->c_str());
      return k_exit_input_error;
    }
  }
  nlohmann::json run;
  if (const auto db = args->get("--db")) {
    auto loaded = run_from_database(*db);
    if (!loaded) {
      print_error(loaded.error());
      return loaded.error().exit_code;
    }
    run = std::move(*loaded);
  } else {
    if (args->positional.size() != 1) {
      std::fputs("crosscheck report: give one JSON file (or --db FILE)\n", stderr);
      return k_exit_input_error;
    }
    const std::string& path = args->positional[0];
    auto bytes = file::read(path, std::size_t{1} << 31);
    if (!bytes) {
      print_error(bytes.error());
      return k_exit_input_error;
    }
    try {
      run = nlohmann::json::parse(*bytes);
    } catch (const nlohmann::json::exception& e) {
      std::fprintf(stderr, "%s: invalid JSON: %s\n", path.c_str(), e.what());
      return k_exit_input_error;
    }
    if (!run.is_object() || !run.contains("claims") || !run.contains("documents")) {
      std::fprintf(stderr, "%s: not a crosscheck check output (no \"documents\" and \"claims\")\n", path.c_str());
      return k_exit_input_error;
    }
    if (!run.contains("findings")) {
      run["findings"] = nlohmann::json::array();
    }
  }
  return write_report_files(*out, run, max_graph);
}

}  // namespace cc::cli
