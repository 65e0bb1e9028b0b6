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
  --grammars DIR    claim patterns and lexicons (default: grammars/)
  --no-scope        do not list look-alikes skipped for a different scope
  --stats           print time per stage to stderr

Exit codes: 0 no contradiction, 1 contradictions found, 2 usage or input
error, 3 internal error.
)";

}  // namespace

nlohmann::json findings_json(const std::vector<Finding>& findings) {
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& f : findings) {
    nlohmann::json j;
    j["id"] = f.id;
    j["kind"] = std::string(to_string(f.kind));
    j["claims"] = f.claims;
    j["explanation"] = f.explanation;
    j["sources"] = {{"independent", f.independent}};
    if (!f.side_sources.empty()) {
      j["sources"]["sides"] = f.side_sources;
    }
    if (!f.sides.empty()) {
      j["sides"] = f.sides;
    }
    j["confidence"] = f.confidence;
    j["within_document"] = f.within_document;
    arr.push_back(std::move(j));
  }
  return arr;
}

std::vector<reconcile::DocInfo> doc_infos(const std::vector<corpus::Document>& docs) {
  std::vector<reconcile::DocInfo> out;
  out.reserve(docs.size());
  for (const auto& d : docs) {
    out.push_back(reconcile::DocInfo{d.id, d.outlet.empty() ? d.file : d.outlet, d.published, d.cleaned.text});
  }
  return out;
}

void print_summary(std::FILE* to, const std::vector<corpus::Document>& docs, const std::vector<Claim>& claims,
                   const std::vector<Finding>& findings) {
  int counts[5] = {0, 0, 0, 0, 0};
  for (const auto& f : findings) {
    ++counts[static_cast<int>(f.kind)];
  }
  std::fprintf(to, "%zu documents, %zu claims: %d contradictions, %d updates, %d agreements, %d partial agreements",
               docs.size(), claims.size(), counts[3], counts[2], counts[0], counts[1]);
  if (counts[4] > 0) {
    std::fprintf(to, ", %d skipped for a different scope", counts[4]);
  }
  std::fputc('\n', to);
  for (const auto& f : findings) {
    if (f.kind == FindingKind::contradiction) {
      std::fprintf(to, "  contradiction: %s (%d independent source%s)\n", f.explanation.c_str(), f.independent,
                   f.independent == 1 ? "" : "s");
    }
  }
}

int cmd_check(std::span<char* const> argv) {
  auto args = parse_args(argv,
                         {{"--json", true}, {"--out", true}, {"--grammars", true}, {"--no-scope", false},
                          {"--stats", false}},
                         "check");
  if (!args) {
    print_error(args.error());
    return k_exit_input_error;
  }
  if (args->help) {
    std::fputs(k_usage, stdout);
    return k_exit_ok;
  }
  if (args->positional.empty()) {
    std::fputs("crosscheck check: no input; give a corpus directory or files (see 'crosscheck check --help')\n", stderr);
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
  const auto claims = extract_all(*docs, *res, extract::Options{}, stats);
  stats.stage("reconcile");
  reconcile::Options ropt;
  ropt.scope_findings = !args->has("--no-scope");
  const auto result = reconcile::reconcile(doc_infos(*docs), claims, *res->gaz, ropt);
  stats.stage("write");
  nlohmann::json j;
  j["documents"] = nlohmann::json::array();
  for (const auto& d : *docs) {
    j["documents"].push_back(extract::document_json(d));
  }
  j["claims"] = nlohmann::json::array();
  for (std::size_t i = 0; i < claims.size(); ++i) {
    auto c = extract::claim_json(claims[i]);
    c["source"] = result.sources[static_cast<std::size_t>(result.source_of[i])];
    j["claims"].push_back(std::move(c));
  }
  j["findings"] = findings_json(result.findings);
  const std::string json = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::optional<std::string> json_path = args->get("--json");
  if (const auto out = args->get("--out")) {
    const int rc = write_report_dir(*out, *docs, claims, result, json);
    if (rc != k_exit_ok) {
      return rc;
    }
  }
  const bool data_on_stdout = !json_path && !args->has("--out");
  if (json_path || data_on_stdout) {
    const int rc = write_output(json_path, json, "check");
    if (rc != k_exit_ok) {
      return rc;
    }
  }
  print_summary(data_on_stdout ? stderr : stdout, *docs, claims, result.findings);
  stats.print();
  for (const auto& f : result.findings) {
    if (f.kind == FindingKind::contradiction) {
      return k_exit_discrepancies;
    }
  }
  return k_exit_ok;
}

}  // namespace cc::cli
