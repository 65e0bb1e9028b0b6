// Pieces the subcommands share: loading resources and documents, running
// extraction, writing output, and --stats timing.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/args.hpp"
#include "core/claim.hpp"
#include "corpus/document.hpp"
#include "extract/extractor.hpp"
#include "extract/resources.hpp"
#include "reconcile/reconcile.hpp"

namespace cc::cli {

// Time per stage, printed to stderr with --stats.
class Stats {
 public:
  explicit Stats(bool enabled) : m_enabled(enabled) {}
  // Starts timing `stage`; the previous stage ends.
  void stage(const std::string& name);
  void print();
  bool enabled() const { return m_enabled; }

 private:
  bool m_enabled;
  std::vector<std::pair<std::string, double>> m_done;
  std::string m_current;
  std::chrono::steady_clock::time_point m_start;
};

// --- Interface ---

// Reads --max-size MB (the largest article read; default 4) into the
// load options of this run. Fails on a value that is not a whole number of
// megabytes from 1 to 4096.
Status apply_max_size(const Args& args, const char* command);
// The largest article, in bytes, for this run.
std::size_t max_document_size();

// Loads grammars from --grammars or the default directory.
Expected<extract::Resources> load_resources(const Args& args, Stats& stats);

// Loads the documents named on the command line.
Expected<std::vector<corpus::Document>> load_documents(const std::vector<std::string>& inputs,
                                                       const extract::Resources& res, Stats& stats);

// Extracts the claims of every document, in document order.
std::vector<Claim> extract_all(const std::vector<corpus::Document>& docs, const extract::Resources& res,
                               const extract::Options& opt, Stats& stats,
                               std::vector<extract::EntityMention>* entities = nullptr);

// The JSON of a check run: documents (with "copy_of" for copies), claims
// (with their independent "source"), findings, and the corpus "story".
nlohmann::json run_json(const std::vector<corpus::Document>& docs, const std::vector<Claim>& claims,
                        const reconcile::Result& result);
nlohmann::json findings_json(const std::vector<Finding>& findings);
std::vector<reconcile::DocInfo> doc_infos(const std::vector<corpus::Document>& docs);

// Writes the report files of a check run (`run`: documents, claims,
// findings) into `dir`: findings.json, report.html, evidence.svg,
// evidence.dot, citations.svg, finding-<id>.svg. Every file is written
// atomically. Returns an exit code, printing a one-line error on failure.
int write_report_files(const std::string& dir, const nlohmann::json& run, std::size_t max_graph = 40);

// The JSON of a check run as stored in a database (with review statuses).
Expected<nlohmann::json> run_from_database(const std::string& db_path);

}  // namespace cc::cli
namespace cc::store {
class Database;
}
namespace cc::cli {

// Ingests `inputs` into `db` (extracting claims of new or changed
// documents only). Returns an exit code; prints a line unless `quiet`.
int ingest_into(store::Database& db, const std::vector<std::string>& inputs, const extract::Resources& res,
                Stats& stats, bool quiet);

// Recomputes the findings of `db`; returns 1 when contradictions remain.
int reconcile_db(store::Database& db, const extract::Resources& res, bool quiet);

// Writes `data` to `path` atomically, or to stdout when unset. Returns an
// exit code, printing "crosscheck <command>: ..." on failure.
int write_output(const std::optional<std::string>& path, const std::string& data, const char* command);

}  // namespace cc::cli
