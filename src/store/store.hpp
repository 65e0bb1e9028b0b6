// The SQLite store: documents, claims, entities, findings, reviews and the
// append-only review log. WAL mode, foreign keys, prepared statements only;
// every write runs in a transaction begun with BEGIN IMMEDIATE and retried
// while another process holds the lock, so users never see "database is
// locked". The schema is versioned with PRAGMA user_version.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/claim.hpp"
#include "corpus/document.hpp"
#include "extract/extractor.hpp"
#include "reconcile/reconcile.hpp"
#include "util/expected.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace cc::store {

// The schema version this build writes. A database with a higher
// user_version is refused.
inline constexpr int k_schema_version = 1;

// Review statuses and dismissal reasons.
inline constexpr const char* k_statuses[] = {"open", "confirmed", "dismissed", "stale"};
inline constexpr const char* k_reasons[] = {"different-scope", "different-time", "same-origin", "extraction-error",
                                            "not-newsworthy", "other"};

// Documents stored per transaction by `crosscheck ingest` (each document
// is still whole or absent; fewer commits write far fewer pages).
inline constexpr std::size_t k_ingest_batch_documents = 256;

struct IngestResult {
  enum class Outcome { added, unchanged, replaced } outcome = Outcome::added;
  std::size_t claims = 0;
};

struct ReconcileResult {
  std::size_t findings = 0;
  std::size_t new_findings = 0;
  std::size_t stale = 0;   // reviews carried to a changed finding as stale
  std::size_t gone = 0;    // findings no longer supported by the evidence
};

struct ReviewEntry {
  long seq = 0;
  std::string finding;
  std::string action;  // confirm, dismiss, reopen, note, stale
  std::string by;
  std::string at;
  std::string status_before;
  std::string status_after;
  std::string reason;
  std::string note;
};

struct FindingRow {
  std::string id;
  std::string kind;
  std::string explanation;
  int independent = 0;
  double confidence = 0;
  std::string status;  // open, confirmed, dismissed, stale
  bool current = true;
  nlohmann::json json;
};

class Database {
 public:
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // --- Interface ---

  // Opens (creating when `create`) the database at `path` (":memory:" for
  // tests), sets WAL, foreign keys and a busy timeout, and migrates the
  // schema. Fails with exit code 4 when the file is not a database, is from
  // a newer crosscheck, or cannot be opened.
  static Expected<std::unique_ptr<Database>> open(const std::string& path, bool create = true);

  // Stores `doc` and its `claims` and `entities` in one transaction.
  // Idempotent by content hash: the same bytes again change nothing; new
  // bytes for the same document replace its claims.
  Expected<IngestResult> ingest(const corpus::Document& doc, const std::vector<Claim>& claims,
                                const std::vector<extract::EntityMention>& entities);

  // One document to store with its claims and entities.
  struct IngestItem {
    const corpus::Document* doc = nullptr;
    const std::vector<Claim>* claims = nullptr;
    const std::vector<extract::EntityMention>* entities = nullptr;
  };
  // Stores several documents in one transaction (all of them or none, so
  // each document is whole or absent); one result per item.
  Expected<std::vector<IngestResult>> ingest(const std::vector<IngestItem>& items);

  // True when a document with `id` and `content_hash` is stored already.
  Expected<bool> has_document(const std::string& id, const std::string& content_hash);

  // Every stored document (without its text unless `with_text`).
  Expected<std::vector<nlohmann::json>> documents(bool with_text = false);

  // Every stored claim as JSON (the shape of `crosscheck extract`).
  Expected<std::vector<nlohmann::json>> claims();

  // Recomputes findings from every stored claim and stores them: findings
  // keep their identity (a fingerprint of kind and claim contents) across
  // runs; a reviewed finding the evidence no longer supports stays with its
  // review, and a new finding that grew out of it gets the review as stale.
  Expected<ReconcileResult> reconcile(const lexicon::Gazetteer& gaz, const reconcile::Options& options);

  // Findings of the latest reconciliation (and, with `all`, older ones).
  Expected<std::vector<FindingRow>> findings(bool all = false);

  // One finding by id or unique id prefix.
  Expected<FindingRow> finding(const std::string& id_or_prefix);

  // Records a review action. `action` is confirm, dismiss, reopen or note;
  // `reason` is a dismissal code (k_reasons); `rating` is the ClaimReview
  // rating text given with confirm. Appends to the review log. Fails with a
  // one-line error for an unknown finding or reason.
  Expected<ReviewEntry> review(const std::string& finding_id, const std::string& action, const std::string& by,
                               const std::string& reason, const std::string& note, const std::string& rating = {});

  // The review log, oldest first (optionally for one finding).
  Expected<std::vector<ReviewEntry>> log(const std::string& finding_id = {});

  // The JSON of a check run (documents, claims, current findings with
  // "review": {status, reason, by, at, notes}) for reports and export.
  Expected<nlohmann::json> run_json();

  // PRAGMA integrity_check; "ok" when sound.
  Expected<std::string> integrity_check();

 private:
  Database() = default;
  Status exec(const char* sql);
  // Runs `body` in BEGIN IMMEDIATE ... COMMIT, retrying while the database
  // is busy (up to a minute), rolling back on failure.
  Status transaction(const std::function<Status()>& body);
  Status migrate();
  Error error(const std::string& what) const;

  sqlite3* m_db = nullptr;
  std::string m_path;
};

// The current time as ISO 8601 UTC ("2024-07-15T10:30:00Z"), or
// $CROSSCHECK_NOW when set (tests).
std::string now_iso();

}  // namespace cc::store
