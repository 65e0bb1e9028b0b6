// crosscheck check: extraction and reconciliation in one run.
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "extract/json.hpp"
#include "reconcile/reconcile.hpp"
#include "report/terminal.hpp"
#include "store/store.hpp"

namespace cc::cli {

namespace {

constexpr const char* k_usage = R"(Usage: crosscheck check [options] CORPUS_DIR|FILE...

Extracts claims from every article and compares them across sources:
agreements, partial agreements, updates over time and contradictions, each
with a one-line explanation and a count of independent sources.

  --json FILE       write the JSON (documents, claims, findings) to FILE;
                    without it (and without --out) the JSON goes to stdout
                    and the summary to stderr
  --out DIR         write DIR/findings.json and the report files
  --db FILE         ingest into the database FILE, reconcile everything it
                    holds, and report from it (reviews included); corpus
                    arguments are then optional
  --grammars DIR    claim patterns and lexicons (default: grammars/)
  --no-scope        do not list look-alikes skipped for a different scope
  --stats           print time per stage to stderr

Exit codes: 0 no contradiction, 1 contradictions found, 2 usage or input
error, 3 internal error.
)";

}  // namespace

namespace {

// Writes the run's outputs (--json, --out, the summary) and returns the exit
// code: 1 when a contradiction is among the findings.
int finish(const nlohmann::json& j, const Args& args, Stats& stats) {
  const std::string json = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::optional<std::string> json_path = args.get("--json");
  if (const auto out = args.get("--out")) {
    stats.stage("report");
    const int rc = write_report_files(*out, j);
    if (rc != k_exit_ok) {
      return rc;
    }
  }
  const bool data_on_stdout = !json_path && !args.has("--out");
  if (json_path || data_on_stdout) {
    const int rc = write_output(json_path, json, "check");
    if (rc != k_exit_ok) {
      return rc;
    }
  }
  std::FILE* to = data_on_stdout ? stderr : stdout;
  std::fputs(report::terminal_summary(j, report::use_colour(to)).c_str(), to);
  stats.print();
  for (const auto& f : j["findings"]) {
    if (f.value("kind", "") == "contradiction") {
      return k_exit_discrepancies;
    }
  }
  return k_exit_ok;
}

int check_with_database(const std::string& path, const Args& args, const extract::Resources& res, Stats& stats) {
  auto db = store::Database::open(path, true);
  if (!db) {
    print_error(db.error());
    return db.error().exit_code;
  }
  if (!args.positional.empty()) {
    const int rc = ingest_into(**db, args.positional, res, stats, true);
    if (rc != k_exit_ok) {
      return rc;
    }
  }
  stats.stage("reconcile");
  const int rc = reconcile_db(**db, res, true);
  if (rc != k_exit_ok && rc != k_exit_discrepancies) {
    return rc;
  }
  auto run = (*db)->run_json();
  if (!run) {
    print_error(run.error());
    return run.error().exit_code;
  }
  return finish(*run, args, stats);
}

}  // namespace

int cmd_check(std::span<char* const> argv) {
  auto args = parse_args(argv,
                         {{"--json", true}, {"--out", true}, {"--grammars", true}, {"--no-scope", false},
                          {"--stats", false}, {"--db", true}, {"--max-size", true}},
                         "check");
  if (!args) {
    print_error(args.error());
    return k_exit_input_error;
  }
  if (auto st = apply_max_size(*args, "check"); !st) {
    print_error(st.error());
    return k_exit_input_error;
  }
  if (args->help) {
    std::fputs(k_usage, stdout);
    return k_exit_ok;
  }
  if (args->positional.empty() && !args->has("--db")) {
    std::fputs("crosscheck check: no input; give a corpus directory or files (see 'crosscheck check --help')\n", stderr);
    return k_exit_input_error;
  }
  Stats stats(args->has("--stats"));
  auto res = load_resources(*args, stats);
  if (!res) {
    print_error(res.error());
    return k_exit_input_error;
  }
  if (const auto db_path = args->get("--db")) {
    return check_with_database(*db_path, *args, *res, stats);
  }
  auto docs = load_documents(args->positional, *res, stats);
  if (!docs) {
    print_error(docs.error());
    return k_exit_input_error;
  }
  const auto claims = extract_all(*docs, *res, extract::Options{}, stats);
  stats.stage("reconcile");
  reconcile::Options ropt;
  ropt.scope_findings = !args->has("--no-scope");
  const auto result = reconcile::reconcile(doc_infos(*docs), claims, *res->gaz, ropt);
  stats.stage("write");
  nlohmann::json j = run_json(*docs, claims, result);
  return finish(j, *args, stats);
}

}  // namespace cc::cli
