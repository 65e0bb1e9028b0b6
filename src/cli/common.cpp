#include "cli/common.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "cli/exit_codes.hpp"
#include "extract/json.hpp"
#include "report/graph.hpp"
#include "report/html.hpp"
#include "util/file.hpp"

namespace cc::cli {

void Stats::stage(const std::string& name) {
  const auto now = std::chrono::steady_clock::now();
  if (!m_current.empty()) {
    m_done.emplace_back(m_current, std::chrono::duration<double>(now - m_start).count());
  }
  m_current = name;
  m_start = now;
}

void Stats::print() {
  if (!m_enabled) {
    return;
  }
  stage("");
  double total = 0;
  for (const auto& [name, s] : m_done) {
    std::fprintf(stderr, "stats: %-12s %8.3f s\n", name.c_str(), s);
    total += s;
  }
  std::fprintf(stderr, "stats: %-12s %8.3f s\n", "total", total);
  m_done.clear();
}

namespace {
std::size_t g_max_document = corpus::k_default_max_document;
}  // namespace

Status apply_max_size(const Args& args, const char* command) {
  const auto v = args.get("--max-size");
  if (!v) {
    return Ok{};
  }
  char* end = nullptr;
  const long mb = std::strtol(v->c_str(), &end, 10);
  if (v->empty() || end == nullptr || *end != '\0' || mb < 1 || mb > 4096) {
    return Error{std::string("crosscheck ") + command, "--max-size takes megabytes from 1 to 4096, not '" + *v + "'", 2};
  }
  g_max_document = static_cast<std::size_t>(mb) << 20;
  return Ok{};
}

std::size_t max_document_size() { return g_max_document; }

Expected<extract::Resources> load_resources(const Args& args, Stats& stats) {
  stats.stage("grammars");
  const auto dir = args.get("--grammars");
  return extract::Resources::load(dir ? *dir : extract::Resources::default_dir());
}

Expected<std::vector<corpus::Document>> load_documents(const std::vector<std::string>& inputs,
                                                       const extract::Resources& res, Stats& stats) {
  stats.stage("load");
  corpus::LoadOptions opt;
  opt.boilerplate = res.boilerplate;
  opt.max_document_size = g_max_document;
  opt.max_file_size = std::max(opt.max_file_size, g_max_document);
  return corpus::load(inputs, opt);
}

std::vector<Claim> extract_all(const std::vector<corpus::Document>& docs, const extract::Resources& res,
                               const extract::Options& opt, Stats& stats,
                               std::vector<extract::EntityMention>* entities) {
  stats.stage("extract");
  std::vector<Claim> out;
  for (const auto& d : docs) {
    auto claims = extract::extract(d, res, opt, entities);
    out.insert(out.end(), std::make_move_iterator(claims.begin()), std::make_move_iterator(claims.end()));
  }
  return out;
}

int write_output(const std::optional<std::string>& path, const std::string& data, const char* command) {
  if (path && *path != "-") {
    auto st = file::write_atomic(*path, data);
    if (!st) {
      print_error(st.error());
      return k_exit_input_error;
    }
    return k_exit_ok;
  }
  std::fwrite(data.data(), 1, data.size(), stdout);
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "crosscheck %s: cannot write to standard output\n", command);
    return k_exit_internal_error;
  }
  return k_exit_ok;
}

}  // namespace cc::cli

namespace cc::cli {

int write_report_files(const std::string& dir, const nlohmann::json& run, std::size_t max_graph) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    std::fprintf(stderr, "%s: cannot create directory: %s\n", dir.c_str(), ec.message().c_str());
    return k_exit_input_error;
  }
  const auto put = [&](const std::string& name, const std::string& data) {
    auto st = file::write_atomic((fs::path(dir) / name).string(), data);
    if (!st) {
      print_error(st.error());
      return false;
    }
    return true;
  };
  report::GraphOptions gopt;
  gopt.max_findings = max_graph;
  auto overview = report::overview(run, gopt);
  if (!overview) {
    print_error(overview.error());
    return overview.error().exit_code;
  }
  auto citations = report::citation_graph(run);
  if (!citations) {
    print_error(citations.error());
    return citations.error().exit_code;
  }
  report::HtmlInputs in;
  in.run = &run;
  in.overview_svg = overview->svg;
  in.citation_svg = citations->svg;
  for (const auto& f : run.value("findings", nlohmann::json::array())) {
    const std::string id = f.value("id", "");
    if (id.empty() || f.value("kind", "") == "scope_differs") {
      continue;
    }
    auto g = report::finding_graph(run, f);
    if (!g) {
      print_error(g.error());
      return g.error().exit_code;
    }
    if (!put("finding-" + id + ".svg", g->svg)) {
      return k_exit_input_error;
    }
    in.finding_svgs.emplace(id, std::move(g->svg));
  }
  if (!put("findings.json", run.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n") ||
      !put("evidence.svg", overview->svg) || !put("evidence.dot", overview->dot) ||
      !put("citations.svg", citations->svg) || !put("report.html", report::html_report(in))) {
    return k_exit_input_error;
  }
  return k_exit_ok;
}

}  // namespace cc::cli

namespace cc::cli {

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

nlohmann::json run_json(const std::vector<corpus::Document>& docs, const std::vector<Claim>& claims,
                        const reconcile::Result& result) {
  nlohmann::json j;
  j["documents"] = nlohmann::json::array();
  for (const auto& d : docs) {
    j["documents"].push_back(extract::document_json(d));
  }
  j["claims"] = nlohmann::json::array();
  for (std::size_t i = 0; i < claims.size(); ++i) {
    auto c = extract::claim_json(claims[i]);
    if (i < result.source_of.size()) {
      c["source"] = result.sources[static_cast<std::size_t>(result.source_of[i])];
    }
    j["claims"].push_back(std::move(c));
  }
  j["findings"] = findings_json(result.findings);
  if (!docs.empty() && !docs.front().story.empty()) {
    j["story"] = docs.front().story;
  }
  for (std::size_t d = 0; d < docs.size() && d < result.copy_cluster.size(); ++d) {
    const auto rep = static_cast<std::size_t>(result.copy_cluster[d]);
    if (rep != d) {
      j["documents"][d]["copy_of"] = docs[rep].id;
    }
  }
  return j;
}

}  // namespace cc::cli
