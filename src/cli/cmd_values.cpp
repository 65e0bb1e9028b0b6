// crosscheck values: value mentions as JSON Lines.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "corpus/manifest.hpp"
#include "util/file.hpp"
#include "values/json.hpp"
#include "values/scanner.hpp"

namespace cc::cli {

namespace {

constexpr const char* k_usage = R"(Usage: crosscheck values [--ref DATE] [FILE|DIR...]

Finds every number, amount of money, percentage, physical quantity, ordinal,
date, time, duration and set of times in English text and prints one JSON
object per mention (JSON Lines) to standard output, in text order.

  FILE        a text file; "-" or no argument reads standard input
  DIR         a corpus directory: its corpus.json gives each file's
              publication date; without one, every *.txt file in it
  --ref DATE  the publication date relative dates resolve against
              (YYYY-MM-DD, YYYY-MM or YYYY); overrides the manifest

Each object: {"start", "end" (byte offsets, end exclusive), "text", "type"
(quantity, money, percent, date, time, duration, set, ordinal), "value"}.
With several inputs each object also names its "file". See docs/values.md.

Exit codes: 0 ok, 2 usage or input error.
)";

struct Input {
  std::string path;
  std::string name;
  std::optional<DateRange> ref;
};

Expected<std::vector<Input>> expand(const std::vector<std::string>& args) {
  namespace fs = std::filesystem;
  std::vector<Input> out;
  for (const auto& a : args) {
    std::error_code ec;
    if (a != "-" && fs::is_directory(a, ec)) {
      if (fs::exists(fs::path(a) / corpus::k_manifest_name, ec)) {
        auto m = corpus::read_manifest(a);
        if (!m) {
          return m.error();
        }
        for (const auto& d : m->documents) {
          out.push_back(Input{d.path, d.file, corpus::parse_published(d.published)});
        }
      } else {
        std::vector<std::string> files;
        for (const auto& e : fs::directory_iterator(a, ec)) {
          if (e.is_regular_file() && e.path().extension() == ".txt") {
            files.push_back(e.path().string());
          }
        }
        std::sort(files.begin(), files.end());
        for (auto& f : files) {
          out.push_back(Input{f, f, std::nullopt});
        }
      }
      continue;
    }
    out.push_back(Input{a, a == "-" ? "<stdin>" : a, std::nullopt});
  }
  return out;
}

}  // namespace

int cmd_values(std::span<char* const> argv) {
  auto args = parse_args(argv, {{"--ref", true}, {"--max-size", true}}, "values");
  if (!args) {
    print_error(args.error());
    return k_exit_input_error;
  }
  if (auto st = apply_max_size(*args, "values"); !st) {
    print_error(st.error());
    return k_exit_input_error;
  }
  if (args->help) {
    std::fputs(k_usage, stdout);
    return k_exit_ok;
  }
  std::optional<DateRange> ref;
  if (const auto r = args->get("--ref")) {
    ref = corpus::parse_published(*r);
    if (!ref) {
      std::fprintf(stderr, "crosscheck values: --ref must be YYYY-MM-DD, YYYY-MM or YYYY, not '%s'\n", r->c_str());
      return k_exit_input_error;
    }
  }
  std::vector<std::string> names = args->positional;
  if (names.empty()) {
    names.emplace_back("-");
  }
  auto inputs = expand(names);
  if (!inputs) {
    print_error(inputs.error());
    return k_exit_input_error;
  }
  const bool name_files = inputs->size() > 1 || names.size() > 1 ||
                          (names.size() == 1 && std::filesystem::is_directory(names[0]));
  std::string out;
  out.reserve(1 << 20);
  for (const auto& in : *inputs) {
    auto bytes = file::read(in.path, max_document_size());
    if (!bytes) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      Error e = bytes.error();
      if (e.message.find("is larger than") != std::string::npos) {
        e.message = "larger than " + std::to_string(max_document_size() >> 20) +
                    " MB, the most crosscheck reads per article (raise it with --max-size MB)";
      }
      print_error(e);
      return k_exit_input_error;
    }
    if (file::looks_binary(*bytes)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      std::fprintf(stderr, "%s: binary data, not text\n", in.name.c_str());
      return k_exit_input_error;
    }
    values::ScanOptions opt;
    opt.reference = ref ? ref : in.ref;
    values::scan_each(*bytes, opt, [&](Mention&& m) {
      values::append_json(out, m, *bytes, name_files ? in.name : std::string_view{});
      out += '\n';
      if (out.size() > (1u << 20)) {
        std::fwrite(out.data(), 1, out.size(), stdout);
        out.clear();
      }
    });
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (std::fflush(stdout) != 0) {
    std::fputs("crosscheck values: cannot write to standard output\n", stderr);
    return k_exit_internal_error;
  }
  return k_exit_ok;
}

}  // namespace cc::cli
