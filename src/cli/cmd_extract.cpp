// crosscheck extract: articles become structured claims (JSON).
#include <cstdio>
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "extract/extractor.hpp"
#include "util/file.hpp"

namespace cc::cli {

namespace {

constexpr const char* k_usage = R"(Usage: crosscheck extract [options] CORPUS_DIR|FILE...

Turns articles into structured claims: subject, attribute, typed value,
time, scope, certainty, attribution, and the exact byte span of the words.

  CORPUS_DIR        a directory with corpus.json (or loose .txt/.html/.jsonl
                    files); FILE is a .txt, .html/.htm or .jsonl file; "-"
                    reads standard input
  --json FILE       write the JSON to FILE (atomically) instead of stdout
  --grammars DIR    claim patterns and lexicons (default: the installed
                    grammars/ directory, or $CROSSCHECK_GRAMMARS)
  --no-general      only claims matched by patterns (no general rule)
  --pretty          indent the JSON
  --entities        also list every entity mention and how it was resolved
  --stats           print time per stage to stderr

Output: {"documents": [...], "claims": [...]} (docs/manual.md, "Claims").
Exit codes: 0 ok, 2 usage or input error (bad file, manifest or pattern),
3 internal error.
)";

}  // namespace

int cmd_extract(std::span<char* const> argv) {
  auto args = parse_args(argv,
                         {{"--json", true}, {"--grammars", true}, {"--no-general", false}, {"--pretty", false},
                          {"--stats", false}, {"--entities", false}, {"--max-size", true}},
                         "extract");
  if (!args) {
    print_error(args.error());
    return k_exit_input_error;
  }
  if (auto st = apply_max_size(*args, "extract"); !st) {
    print_error(st.error());
    return k_exit_input_error;
  }
  if (args->help) {
    std::fputs(k_usage, stdout);
    return k_exit_ok;
  }
  if (args->positional.empty()) {
    std::fputs("crosscheck extract: no input; give a corpus directory or files (see 'crosscheck extract --help')\n",
               stderr);
    return k_exit_input_error;
  }
  Stats stats(args->has("--stats"));
  auto res = load_resources(*args, stats);
  if (!res) {
    print_error(res.error());
    return k_exit_input_error;
  }
  auto docs = load_documents(args->positional, *res, stats);
  if (!docs) {
    print_error(docs.error());
    return k_exit_input_error;
  }
  extract::Options opt;
  opt.general_rule = !args->has("--no-general");
  std::vector<extract::EntityMention> entities;
  const auto claims = extract_all(*docs, *res, opt, stats, args->has("--entities") ? &entities : nullptr);
  const std::string json =
      extract::to_json(*docs, claims, args->has("--pretty") ? 2 : -1, args->has("--entities") ? &entities : nullptr) +
      "\n";
  const int rc = write_output(args->get("--json"), json, "extract");
  stats.print();
  return rc;
}

}  // namespace cc::cli
