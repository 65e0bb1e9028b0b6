#include "cli/common.hpp"

#include <cstdio>
#include <filesystem>

#include "cli/exit_codes.hpp"
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

int write_report_dir(const std::string& dir, const std::vector<corpus::Document>& docs,
                     const std::vector<Claim>& claims, const reconcile::Result& result, const std::string& json) {
  (void)docs;
  (void)claims;
  (void)result;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    std::fprintf(stderr, "%s: cannot create directory: %s\n", dir.c_str(), ec.message().c_str());
    return k_exit_input_error;
  }
  auto st = file::write_atomic((std::filesystem::path(dir) / "findings.json").string(), json);
  if (!st) {
    print_error(st.error());
    return k_exit_input_error;
  }
  return k_exit_ok;
}

}  // namespace cc::cli
