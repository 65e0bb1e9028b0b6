#include "store/store.hpp"

#include <sqlite3.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <map>
#include <set>
#include <thread>
#include <unordered_set>

#include "extract/json.hpp"

namespace cc::store {

namespace {

// A prepared statement, finalized on destruction.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) : m_db(db) {
    m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
  }
  ~Stmt() { sqlite3_finalize(m_stmt); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  bool ok() const { return m_rc == SQLITE_OK && m_stmt != nullptr; }
  Stmt& bind(int i, const std::string& v) {
    sqlite3_bind_text(m_stmt, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  // Binds without a copy: `v`'s bytes must stay as they are until the
  // statement has been stepped (the ingest loop's fields do).
  Stmt& bind_static(int i, std::string_view v) {
    sqlite3_bind_text(m_stmt, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
    return *this;
  }
  Stmt& bind(int i, long long v) {
    sqlite3_bind_int64(m_stmt, i, v);
    return *this;
  }
  Stmt& bind(int i, double v) {
    sqlite3_bind_double(m_stmt, i, v);
    return *this;
  }
  Stmt& bind_null(int i) {
    sqlite3_bind_null(m_stmt, i);
    return *this;
  }
  // SQLITE_ROW, SQLITE_DONE or an error code
  int step() { return sqlite3_step(m_stmt); }
  void reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
  }
  // For a statement whose every parameter is bound again before its next
  // step: the old bindings need no clearing.
  void reset_for_rebind() { sqlite3_reset(m_stmt); }
  std::string text(int col) const {
    const auto* p = sqlite3_column_text(m_stmt, col);
    return p == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(p),
                                                      static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col)));
  }
  // the column's bytes, valid until the next step
  std::string_view column_view(int col) const {
    const auto* p = sqlite3_column_text(m_stmt, col);
    return p == nullptr ? std::string_view()
                        : std::string_view(reinterpret_cast<const char*>(p),
                                           static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col)));
  }
  long long integer(int col) const { return sqlite3_column_int64(m_stmt, col); }
  double real(int col) const { return sqlite3_column_double(m_stmt, col); }

 private:
  sqlite3* m_db;
  sqlite3_stmt* m_stmt = nullptr;
  int m_rc = SQLITE_ERROR;
};

constexpr int k_rows_per_insert = 32;

// Rows inserted many at a time: "INSERT ... VALUES (...), (...), ..." pays
// SQLite's per-statement work once for `rows` rows. Text cells are bound
// without copies, so they must stay unchanged until flush(); keep() holds a
// row's own strings (a claim's JSON) until then.
class RowBatch {
 public:
  struct Cell {
    long long integer = 0;
    std::string_view text;
    bool is_text = false;
    Cell(long long v) : integer(v) {}  // NOLINT: cells are written as a braced list
    Cell(std::string_view v) : text(v), is_text(true) {}  // NOLINT
    Cell(const std::string& v) : text(v), is_text(true) {}  // NOLINT
  };

  RowBatch(sqlite3* db, const std::string& head, int columns, int rows)
      : m_one(db, values_sql(head, columns, 1).c_str()),
        m_many(db, values_sql(head, columns, rows).c_str()),
        m_columns(columns),
        m_rows(rows) {
    m_cells.reserve(static_cast<std::size_t>(columns * rows));
    m_kept.reserve(static_cast<std::size_t>(rows));  // never grows: views into it stay valid
  }
  bool ok() const { return m_one.ok() && m_many.ok(); }

  // A copy of `s` that lives until the next flush().
  std::string_view keep(std::string&& s) {
    m_kept.push_back(std::move(s));
    return m_kept.back();
  }
  // Adds a row (`columns` cells); writes the batch when it is full. False
  // when SQLite refuses it.
  bool add(std::initializer_list<Cell> row) {
    m_cells.insert(m_cells.end(), row.begin(), row.end());
    return m_cells.size() < static_cast<std::size_t>(m_columns * m_rows) || run(m_many, m_rows);
  }
  // Writes the rows still waiting, one statement each.
  bool flush() {
    const std::size_t waiting = m_cells.size() / static_cast<std::size_t>(m_columns);
    std::vector<Cell> rest;
    rest.swap(m_cells);
    m_cells.reserve(rest.capacity());
    for (std::size_t r = 0; r < waiting; ++r) {
      m_cells.assign(rest.begin() + static_cast<std::ptrdiff_t>(r * static_cast<std::size_t>(m_columns)),
                     rest.begin() + static_cast<std::ptrdiff_t>((r + 1) * static_cast<std::size_t>(m_columns)));
      if (!run(m_one, 1)) {
        return false;
      }
    }
    m_cells.clear();
    m_kept.clear();
    return true;
  }

 private:
  static std::string values_sql(const std::string& head, int columns, int rows) {
    std::string sql = head + " VALUES ";
    int n = 0;
    for (int r = 0; r < rows; ++r) {
      sql += r == 0 ? "(" : ", (";
      for (int c = 0; c < columns; ++c) {
        sql += (c == 0 ? "?" : ", ?") + std::to_string(++n);
      }
      sql += ')';
    }
    return sql;
  }
  bool run(Stmt& st, int rows) {
    st.reset_for_rebind();
    for (int i = 0; i < m_columns * rows; ++i) {
      const Cell& c = m_cells[static_cast<std::size_t>(i)];
      if (c.is_text) {
        st.bind_static(i + 1, c.text);
      } else {
        st.bind(i + 1, c.integer);
      }
    }
    const bool ok = st.step() == SQLITE_DONE;
    m_cells.clear();
    if (rows == m_rows) {
      m_kept.clear();
    }
    return ok;
  }

  Stmt m_one;
  Stmt m_many;
  int m_columns;
  int m_rows;
  std::vector<Cell> m_cells;
  std::vector<std::string> m_kept;
};

constexpr const char* k_schema = R"SQL(
CREATE TABLE IF NOT EXISTS documents (
  num INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  file TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  outlet TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  published_source TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  story TEXT NOT NULL DEFAULT '',
  offsets TEXT NOT NULL DEFAULT 'file',
  length INTEGER NOT NULL DEFAULT 0,
  cleaned_text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
  doc INTEGER NOT NULL REFERENCES documents(num) ON DELETE CASCADE,
  id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  subject_key TEXT NOT NULL,
  attribute TEXT NOT NULL,
  value_type TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc);
CREATE TABLE IF NOT EXISTS entities (
  doc INTEGER NOT NULL REFERENCES documents(num) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  key TEXT NOT NULL,
  kind TEXT NOT NULL,
  surface TEXT NOT NULL,
  anaphor INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc);
CREATE TABLE IF NOT EXISTS aliases (
  alias TEXT NOT NULL,
  key TEXT NOT NULL,
  PRIMARY KEY (alias, key)
);
CREATE TABLE IF NOT EXISTS findings (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  explanation TEXT NOT NULL,
  independent INTEGER NOT NULL,
  confidence REAL NOT NULL,
  json TEXT NOT NULL,
  current INTEGER NOT NULL DEFAULT 1,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS finding_claims (
  finding TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  claim TEXT NOT NULL,
  PRIMARY KEY (finding, claim)
);
CREATE INDEX IF NOT EXISTS finding_claims_claim ON finding_claims(claim);
CREATE TABLE IF NOT EXISTS reviews (
  finding TEXT PRIMARY KEY REFERENCES findings(id),
  status TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'dismissed', 'stale')),
  reason TEXT NOT NULL DEFAULT '',
  rating TEXT NOT NULL DEFAULT '',
  by TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS review_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  finding TEXT NOT NULL,
  action TEXT NOT NULL,
  by TEXT NOT NULL,
  at TEXT NOT NULL,
  status_before TEXT NOT NULL,
  status_after TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS review_log_finding ON review_log(finding);
CREATE TRIGGER IF NOT EXISTS review_log_append_only_update BEFORE UPDATE ON review_log
BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS review_log_append_only_delete BEFORE DELETE ON review_log
BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
)SQL";

bool busy(int rc) { return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED; }

}  // namespace

std::string now_iso() {
  if (const char* fixed = std::getenv("CROSSCHECK_NOW"); fixed != nullptr && fixed[0] != '\0') {
    return fixed;
  }
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Database::~Database() {
  if (m_db != nullptr) {
    sqlite3_close_v2(m_db);
  }
}

Error Database::error(const std::string& what) const {
  return Error{m_path, what + ": " + (m_db != nullptr ? sqlite3_errmsg(m_db) : "cannot open"), 4};
}

Status Database::exec(const char* sql) {
  char* msg = nullptr;
  for (int attempt = 0;; ++attempt) {
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    if (rc == SQLITE_OK) {
      return Ok{};
    }
    const std::string text = msg != nullptr ? msg : sqlite3_errstr(rc);
    sqlite3_free(msg);
    msg = nullptr;
    if (busy(rc) && attempt < 600) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10 + attempt % 50));
      continue;
    }
    return Error{m_path, "database error: " + text, 4};
  }
}

Status Database::transaction(const std::function<Status()>& body) {
  // BEGIN IMMEDIATE takes the write lock up front; while another process
  // holds it, wait and retry (busy_timeout covers most waits; this loop
  // covers the rest) so that no "database is locked" reaches the user.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  for (;;) {
    const int rc = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
      break;
    }
    if (!busy(rc) || std::chrono::steady_clock::now() > deadline) {
      return error("cannot start a transaction");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  Status st = body();
  if (!st) {
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    return st;
  }
  for (;;) {
    const int rc = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
      return Ok{};
    }
    if (!busy(rc) || std::chrono::steady_clock::now() > deadline) {
      Error e = error("cannot commit");
      sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
      return e;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

Status Database::migrate() {
  Stmt v(m_db, "PRAGMA user_version");
  if (!v.ok() || v.step() != SQLITE_ROW) {
    return error("not a crosscheck database (cannot read its version)");
  }
  const long long version = v.integer(0);
  if (version > k_schema_version) {
    return Error{m_path,
                 "the database is from a newer crosscheck (schema version " + std::to_string(version) +
                     ", this one knows " + std::to_string(k_schema_version) + "); upgrade crosscheck",
                 4};
  }
  if (version == k_schema_version) {
    return Ok{};
  }
  // Version 0 -> 1: the initial schema. Later versions add steps here.
  return transaction([&]() -> Status {
    CC_TRY(exec(k_schema));
    CC_TRY(exec("PRAGMA user_version = 1"));
    return Ok{};
  });
}

Expected<std::unique_ptr<Database>> Database::open(const std::string& path, bool create) {
  std::unique_ptr<Database> db(new Database());
  db->m_path = path;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db->m_db, flags, nullptr) != SQLITE_OK) {
    return Error{path, std::string("cannot open the database: ") +
                           (db->m_db != nullptr ? sqlite3_errmsg(db->m_db) : "out of memory"),
                 4};
  }
  sqlite3_busy_timeout(db->m_db, 5000);
  sqlite3_extended_result_codes(db->m_db, 1);
  // A file that is not a database fails here ("file is not a database").
  // A database that is not ours, or is from a newer crosscheck, is refused
  // before anything (WAL mode, the schema) is written to it.
  long long tables = 0;
  {
    Stmt check(db->m_db, "SELECT count(*) FROM sqlite_master");
    if (!check.ok() || check.step() != SQLITE_ROW) {
      return db->error("cannot read the database");
    }
    tables = check.integer(0);
  }
  {
    Stmt v(db->m_db, "PRAGMA user_version");
    if (!v.ok() || v.step() != SQLITE_ROW) {
      return db->error("cannot read the database's version");
    }
    const long long version = v.integer(0);
    if (version > k_schema_version) {
      return Error{path,
                   "the database is from a newer crosscheck (schema version " + std::to_string(version) +
                       ", this one knows " + std::to_string(k_schema_version) + "); upgrade crosscheck",
                   4};
    }
    if (version == 0 && tables > 0) {
      return Error{path, "a SQLite database of another program (it has tables but no crosscheck schema); refused", 4};
    }
  }
  if (path != ":memory:") {
    // Larger pages for a new database: claims are stored as ~700-byte JSON
    // rows, and 16 KiB pages halve the page writes of a bulk ingest. (No
    // effect on an existing database.)
    CC_TRY(db->exec("PRAGMA page_size = 16384"));
    Stmt wal(db->m_db, "PRAGMA journal_mode = WAL");
    if (!wal.ok() || wal.step() != SQLITE_ROW) {
      return db->error("cannot enable WAL");
    }
  }
  CC_TRY(db->exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768"));
  CC_TRY(db->migrate());
  return db;
}

Expected<bool> Database::has_document(const std::string& id, const std::string& content_hash) {
  Stmt s(m_db, "SELECT 1 FROM documents WHERE id = ?1 AND content_hash = ?2");
  if (!s.ok()) {
    return error("cannot query documents");
  }
  s.bind(1, id).bind(2, content_hash);
  return s.step() == SQLITE_ROW;
}

Expected<IngestResult> Database::ingest(const corpus::Document& doc, const std::vector<Claim>& claims,
                                        const std::vector<extract::EntityMention>& entities) {
  auto r = ingest(std::vector<IngestItem>{IngestItem{&doc, &claims, &entities}});
  if (!r) {
    return r.error();
  }
  return r->front();
}

Expected<std::vector<IngestResult>> Database::ingest(const std::vector<IngestItem>& items) {
  std::vector<IngestResult> results(items.size());
  const std::string now = now_iso();
  std::unordered_set<std::string> seen;
  std::unordered_set<std::string> aliases;
  auto st = transaction([&]() -> Status {
    Stmt find(m_db, "SELECT content_hash FROM documents WHERE id = ?1");
    Stmt del(m_db, "DELETE FROM documents WHERE id = ?1");  // claims and entities cascade
    Stmt ins(m_db,
             "INSERT INTO documents (id, file, content_hash, outlet, published, published_source, url, title, author, "
             "story, offsets, length, cleaned_text, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
             "?11, ?12, ?13, ?14)");
    RowBatch ic(m_db, "INSERT INTO claims (doc, id, start, \"end\", subject_key, attribute, value_type, json)", 8,
                k_rows_per_insert);
    RowBatch ie(m_db, "INSERT INTO entities (doc, start, \"end\", key, kind, surface, anaphor)", 7,
                k_rows_per_insert);
    Stmt ia(m_db, "INSERT OR IGNORE INTO aliases (alias, key) VALUES (?1, ?2)");
    if (!find.ok() || !del.ok() || !ins.ok() || !ic.ok() || !ie.ok() || !ia.ok()) {
      return error("cannot prepare the ingest statements");
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
      const corpus::Document& doc = *items[i].doc;
      IngestResult& result = results[i];
      find.reset();
      find.bind(1, doc.id);
      if (find.step() == SQLITE_ROW) {
        if (find.text(0) == doc.content_hash) {
          result.outcome = IngestResult::Outcome::unchanged;
          continue;
        }
        result.outcome = IngestResult::Outcome::replaced;
        // (rows still waiting may belong to the document replaced: the same
        // file twice in one batch)
        if (!ic.flush() || !ie.flush()) {
          return error("cannot store the claims of an earlier document");
        }
        del.reset();
        if ((del.bind(1, doc.id), del.step()) != SQLITE_DONE) {
          return error("cannot replace a document");
        }
      }
      ins.reset();
      // (the document, its claims and entities outlive each step: bound
      // without copies)
      ins.bind_static(1, doc.id).bind_static(2, doc.file).bind_static(3, doc.content_hash);
      ins.bind_static(4, doc.outlet).bind_static(5, doc.published).bind_static(6, doc.published_source);
      ins.bind_static(7, doc.url).bind_static(8, doc.title).bind_static(9, doc.author).bind_static(10, doc.story);
      ins.bind_static(11, doc.offsets).bind(12, static_cast<long long>(doc.raw.size()));
      ins.bind_static(13, doc.cleaned.text).bind_static(14, now);
      if (ins.step() != SQLITE_DONE) {
        return error("cannot store a document");
      }
      const long long num = sqlite3_last_insert_rowid(m_db);
      seen.clear();
      for (const auto& c : *items[i].claims) {
        if (!seen.insert(c.id).second) {
          continue;  // one row per claim id
        }
        // (a value kind's name has static storage; claims() restores the
        // quote the JSON leaves out)
        const std::string_view json = ic.keep(extract::claim_json_text(c, false));
        if (!ic.add({num, c.id, static_cast<long long>(c.start), static_cast<long long>(c.end), c.subject.key,
                     c.attribute, to_string(c.value.kind), json})) {
          return error("cannot store a claim");
        }
      }
      for (const auto& e : *items[i].entities) {
        if (!ie.add({num, static_cast<long long>(e.start), static_cast<long long>(e.end), e.subject.key,
                     e.subject.kind, e.subject.surface, e.anaphor ? 1LL : 0LL})) {
          return error("cannot store an entity");
        }
        if (!e.anaphor && !e.subject.surface.empty() && aliases.insert(e.subject.surface + '\n' + e.subject.key).second) {
          ia.reset();
          ia.bind(1, e.subject.surface).bind(2, e.subject.key);
          if (ia.step() != SQLITE_DONE) {
            return error("cannot store an alias");
          }
        }
      }
      result.claims = items[i].claims->size();
    }
    if (!ic.flush()) {
      return error("cannot store a claim");
    }
    if (!ie.flush()) {
      return error("cannot store an entity");
    }
    return Ok{};
  });
  if (!st) {
    return st.error();
  }
  return results;
}

Expected<std::vector<nlohmann::json>> Database::documents(bool with_text) {
  Stmt s(m_db,
         "SELECT id, file, content_hash, outlet, published, published_source, url, title, author, story, offsets, "
         "length, cleaned_text FROM documents ORDER BY num");
  if (!s.ok()) {
    return error("cannot read documents");
  }
  std::vector<nlohmann::json> out;
  while (s.step() == SQLITE_ROW) {
    nlohmann::json d = {{"id", s.text(0)},           {"file", s.text(1)},   {"content_hash", s.text(2)},
                        {"outlet", s.text(3)},       {"published", s.text(4)}, {"published_source", s.text(5)},
                        {"url", s.text(6)},          {"title", s.text(7)},  {"author", s.text(8)},
                        {"story", s.text(9)},        {"offsets", s.text(10)}, {"length", s.integer(11)}};
    if (with_text) {
      d["text"] = s.text(12);
    }
    out.push_back(std::move(d));
  }
  return out;
}

Expected<std::vector<nlohmann::json>> Database::claims() {
  // The stored JSON leaves out the quote: it is the claim's sentence, taken
  // back from the document's cleaned text.
  Stmt s(m_db, "SELECT claims.json, documents.cleaned_text FROM claims JOIN documents ON documents.num = claims.doc "
               "ORDER BY claims.doc, claims.start, claims.id");
  if (!s.ok()) {
    return error("cannot read claims");
  }
  std::vector<nlohmann::json> out;
  while (s.step() == SQLITE_ROW) {
    try {
      auto j = nlohmann::json::parse(s.column_view(0));
      const auto text = s.column_view(1);
      const auto& sent = j.at("sentence");
      const auto b = sent.at(0).get<std::size_t>();
      const auto e = sent.at(1).get<std::size_t>();
      if (b > e || e > text.size()) {
        return Error{m_path, "a stored claim's sentence is outside its document (the database is damaged)", 4};
      }
      j["quote"] = std::string(text.substr(b, e - b));
      out.push_back(std::move(j));
    } catch (const nlohmann::json::exception&) {
      return Error{m_path, "a stored claim is not valid JSON (the database is damaged)", 4};
    }
  }
  return out;
}

namespace {

// A claim back from its JSON (the fields reconciliation uses).
Claim claim_from_json(const nlohmann::json& j) {
  Claim c;
  const auto s = [](const nlohmann::json& o, const char* k) {
    const auto it = o.find(k);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  const auto num = [](const nlohmann::json& o, const char* k) -> std::optional<double> {
    const auto it = o.find(k);
    return it != o.end() && it->is_number() ? std::optional<double>(it->get<double>()) : std::nullopt;
  };
  const auto day = [&](const nlohmann::json& o, const char* k) -> std::optional<Day> {
    const std::string v = s(o, k);
    const auto span = parse_iso_span(v);
    return span ? std::optional<Day>(span->first) : std::nullopt;
  };
  c.id = s(j, "id");
  c.document = s(j, "document");
  if (j.contains("span") && j["span"].is_array() && j["span"].size() == 2) {
    c.start = j["span"][0].get<std::size_t>();
    c.end = j["span"][1].get<std::size_t>();
  }
  if (j.contains("sentence") && j["sentence"].is_array() && j["sentence"].size() == 2) {
    c.sentence_start = j["sentence"][0].get<std::size_t>();
    c.sentence_end = j["sentence"][1].get<std::size_t>();
  }
  c.text = s(j, "text");
  c.quote = s(j, "quote");
  const auto& sub = j.value("subject", nlohmann::json::object());
  c.subject.key = s(sub, "key");
  c.subject.surface = s(sub, "surface");
  c.subject.kind = s(sub, "kind");
  c.subject.parent = s(sub, "parent");
  c.subject.unit = s(sub, "unit");
  c.subject.place = s(sub, "place");
  c.subject.acronym = s(sub, "acronym");
  c.attribute = s(j, "attribute");
  const auto& v = j.value("value", nlohmann::json::object());
  const std::string type = s(v, "type");
  static const std::map<std::string, ValueKind> k_kinds = {
      {"quantity", ValueKind::quantity}, {"money", ValueKind::money}, {"percent", ValueKind::percent},
      {"date", ValueKind::date},         {"duration", ValueKind::duration}, {"ordinal", ValueKind::ordinal},
      {"set", ValueKind::set},           {"place", ValueKind::place},       {"status", ValueKind::status},
      {"text", ValueKind::text}};
  c.value.kind = k_kinds.count(type) != 0 ? k_kinds.at(type) : ValueKind::text;
  c.value.num.low = num(v, "low");
  c.value.num.high = num(v, "high");
  c.value.num.low_inclusive = v.value("low_inclusive", true);
  c.value.num.high_inclusive = v.value("high_inclusive", true);
  c.value.num.approximate = v.value("approximate", false);
  c.value.unit = s(v, "unit");
  c.value.date.start = day(v, "start");
  if (const auto e = s(v, "end"); !e.empty()) {
    const auto span = parse_iso_span(e);
    c.value.date.end = span ? std::optional<Day>(span->last) : std::nullopt;
  }
  const std::string gran = s(v, "granularity");
  for (int g = 0; g <= static_cast<int>(Granularity::reference); ++g) {
    if (to_string(static_cast<Granularity>(g)) == gran) {
      c.value.date.granularity = static_cast<Granularity>(g);
    }
  }
  c.value.timex = s(v, "timex");
  if (v.contains("items")) {
    c.value.items = v["items"].get<std::vector<std::string>>();
  }
  if (v.contains("names")) {
    c.value.item_names = v["names"].get<std::vector<std::string>>();
  }
  c.value.text = type == "place" ? s(v, "key") : s(v, "text");
  c.value.display = s(v, "display");
  const auto& t = j.value("time", nlohmann::json::object());
  c.time.range.start = day(t, "start");
  if (const auto e = s(t, "end"); !e.empty()) {
    const auto span = parse_iso_span(e);
    c.time.range.end = span ? std::optional<Day>(span->last) : std::nullopt;
  }
  c.time.timex = s(t, "timex");
  c.time.source = s(t, "source");
  const auto& sc = j.value("scope", nlohmann::json::object());
  c.scope.place = s(sc, "place");
  c.scope.place_name = s(sc, "place_name");
  c.scope.population = s(sc, "population");
  c.scope.unit = s(sc, "unit");
  c.scope.phase = s(sc, "phase");
  c.certainty = s(j, "certainty");
  const auto& a = j.value("attribution", nlohmann::json::object());
  c.attribution.speaker = s(a, "speaker");
  c.attribution.speaker_name = s(a, "speaker_name");
  c.attribution.origin = s(a, "origin");
  c.attribution.origin_name = s(a, "origin_name");
  c.attribution.cue = s(a, "cue");
  c.rule = s(j, "rule");
  c.changing = j.value("changing", false);
  if (j.contains("context") && j["context"].is_array()) {
    c.context = j["context"].get<std::vector<std::string>>();
  }
  return c;
}

}  // namespace

Expected<ReconcileResult> Database::reconcile(const lexicon::Gazetteer& gaz, const reconcile::Options& options) {
  auto docs = documents(true);
  if (!docs) {
    return docs.error();
  }
  auto claim_json = claims();
  if (!claim_json) {
    return claim_json.error();
  }
  std::vector<reconcile::DocInfo> infos;
  for (const auto& d : *docs) {
    infos.push_back(reconcile::DocInfo{d.value("id", ""), d.value("outlet", "").empty() ? d.value("file", "")
                                                                                         : d.value("outlet", ""),
                                       d.value("published", ""), d.value("text", "")});
  }
  std::vector<Claim> claims;
  claims.reserve(claim_json->size());
  for (const auto& j : *claim_json) {
    claims.push_back(claim_from_json(j));
  }
  const auto result = reconcile::reconcile(infos, claims, gaz, options);
  ReconcileResult out;
  const std::string now = now_iso();
  auto st = transaction([&]() -> Status {
    // Which findings had reviews, and which claims they held.
    std::map<std::string, std::pair<std::string, std::string>> reviewed;  // id -> (status, kind)
    {
      Stmt r(m_db, "SELECT reviews.finding, reviews.status, findings.kind FROM reviews JOIN findings ON "
                   "findings.id = reviews.finding");
      if (!r.ok()) {
        return error("cannot read reviews");
      }
      while (r.step() == SQLITE_ROW) {
        reviewed[r.text(0)] = {r.text(1), r.text(2)};
      }
    }
    std::map<std::string, std::set<std::string>> reviewed_claims;
    {
      Stmt fc(m_db, "SELECT finding, claim FROM finding_claims WHERE finding IN (SELECT finding FROM reviews)");
      if (!fc.ok()) {
        return error("cannot read finding claims");
      }
      while (fc.step() == SQLITE_ROW) {
        reviewed_claims[fc.text(0)].insert(fc.text(1));
      }
    }
    std::set<std::string> before;
    {
      Stmt cur(m_db, "SELECT id FROM findings WHERE current = 1");
      if (!cur.ok()) {
        return error("cannot read findings");
      }
      while (cur.step() == SQLITE_ROW) {
        before.insert(cur.text(0));
      }
    }
    CC_TRY(exec("UPDATE findings SET current = 0"));
    Stmt up(m_db,
            "INSERT INTO findings (id, kind, explanation, independent, confidence, json, current, first_seen, "
            "last_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?7) ON CONFLICT(id) DO UPDATE SET current = 1, "
            "last_seen = ?7, explanation = excluded.explanation, independent = excluded.independent, confidence = "
            "excluded.confidence, json = excluded.json");
    Stmt link(m_db, "INSERT OR IGNORE INTO finding_claims (finding, claim) VALUES (?1, ?2)");
    Stmt has_review(m_db, "SELECT 1 FROM reviews WHERE finding = ?1");
    Stmt add_review(m_db, "INSERT INTO reviews (finding, status, reason, by, at) VALUES (?1, 'stale', '', "
                          "'crosscheck', ?2)");
    Stmt add_log(m_db, "INSERT INTO review_log (finding, action, by, at, status_before, status_after, note) VALUES "
                       "(?1, 'stale', 'crosscheck', ?2, 'open', 'stale', ?3)");
    if (!up.ok() || !link.ok() || !has_review.ok() || !add_review.ok() || !add_log.ok()) {
      return error("cannot store findings");
    }
    std::set<std::string> now_current;
    for (const auto& f : result.findings) {
      nlohmann::json j = {{"id", f.id},
                          {"kind", std::string(to_string(f.kind))},
                          {"claims", f.claims},
                          {"explanation", f.explanation},
                          {"sources", {{"independent", f.independent}}},
                          {"confidence", f.confidence},
                          {"within_document", f.within_document}};
      if (!f.side_sources.empty()) {
        j["sources"]["sides"] = f.side_sources;
      }
      if (!f.sides.empty()) {
        j["sides"] = f.sides;
      }
      up.reset();
      up.bind(1, f.id).bind(2, std::string(to_string(f.kind))).bind(3, f.explanation);
      up.bind(4, static_cast<long long>(f.independent)).bind(5, f.confidence);
      up.bind(6, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)).bind(7, now);
      if (up.step() != SQLITE_DONE) {
        return error("cannot store a finding");
      }
      for (const auto& cid : f.claims) {
        link.reset();
        link.bind(1, f.id).bind(2, cid);
        if (link.step() != SQLITE_DONE) {
          return error("cannot link a finding to its claims");
        }
      }
      now_current.insert(f.id);
      ++out.findings;
      if (before.count(f.id) == 0) {
        ++out.new_findings;
      }
    }
    // A reviewed finding that is gone: a new finding of the same kind over
    // some of its claims inherits the review as stale.
    for (const auto& [old_id, status_kind] : reviewed) {
      if (now_current.count(old_id) != 0 || status_kind.first == "open") {
        continue;
      }
      if (before.count(old_id) != 0) {
        ++out.gone;
      }
      const auto& old_claims = reviewed_claims[old_id];
      for (const auto& f : result.findings) {
        if (std::string(to_string(f.kind)) != status_kind.second) {
          continue;
        }
        const bool overlaps = std::any_of(f.claims.begin(), f.claims.end(),
                                          [&](const std::string& c) { return old_claims.count(c) != 0; });
        if (!overlaps) {
          continue;
        }
        has_review.reset();
        has_review.bind(1, f.id);
        if (has_review.step() == SQLITE_ROW) {
          continue;
        }
        add_review.reset();
        add_review.bind(1, f.id).bind(2, now);
        add_log.reset();
        add_log.bind(1, f.id).bind(2, now).bind(3, "changed evidence: was " + status_kind.first + " as " + old_id);
        if (add_review.step() != SQLITE_DONE || add_log.step() != SQLITE_DONE) {
          return error("cannot mark a review stale");
        }
        ++out.stale;
      }
    }
    return Ok{};
  });
  if (!st) {
    return st.error();
  }
  return out;
}

Expected<std::vector<FindingRow>> Database::findings(bool all) {
  const char* sql = all ? "SELECT f.id, f.kind, f.explanation, f.independent, f.confidence, f.json, f.current, "
                          "COALESCE(r.status, 'open') FROM findings f LEFT JOIN reviews r ON r.finding = f.id "
                          "ORDER BY f.current DESC, CASE f.kind WHEN 'contradiction' THEN 0 WHEN 'update' THEN 1 "
                          "WHEN 'partial_agreement' THEN 2 WHEN 'agreement' THEN 3 ELSE 4 END, f.id"
                        : "SELECT f.id, f.kind, f.explanation, f.independent, f.confidence, f.json, f.current, "
                          "COALESCE(r.status, 'open') FROM findings f LEFT JOIN reviews r ON r.finding = f.id "
                          "WHERE f.current = 1 ORDER BY CASE f.kind WHEN 'contradiction' THEN 0 WHEN 'update' THEN 1 "
                          "WHEN 'partial_agreement' THEN 2 WHEN 'agreement' THEN 3 ELSE 4 END, f.id";
  Stmt s(m_db, sql);
  if (!s.ok()) {
    return error("cannot read findings");
  }
  std::vector<FindingRow> out;
  while (s.step() == SQLITE_ROW) {
    FindingRow r;
    r.id = s.text(0);
    r.kind = s.text(1);
    r.explanation = s.text(2);
    r.independent = static_cast<int>(s.integer(3));
    r.confidence = s.real(4);
    try {
      r.json = nlohmann::json::parse(s.text(5));
    } catch (const nlohmann::json::exception&) {
      return Error{m_path, "a stored finding is not valid JSON (the database is damaged)", 4};
    }
    r.current = s.integer(6) != 0;
    r.status = s.text(7);
    // A reviewed finding the evidence no longer supports is stale.
    if (!r.current && r.status != "open") {
      r.status = "stale";
    }
    out.push_back(std::move(r));
  }
  return out;
}

Expected<FindingRow> Database::finding(const std::string& id_or_prefix) {
  auto all = findings(true);
  if (!all) {
    return all.error();
  }
  const FindingRow* hit = nullptr;
  for (const auto& f : *all) {
    if (f.id == id_or_prefix) {
      return f;
    }
    if (!id_or_prefix.empty() && f.id.rfind(id_or_prefix, 0) == 0) {
      if (hit != nullptr) {
        return Error{m_path, "finding id '" + id_or_prefix + "' is ambiguous; give more characters", 2};
      }
      hit = &f;
    }
  }
  if (hit == nullptr) {
    return Error{m_path, "no finding '" + id_or_prefix + "' (see 'crosscheck review list')", 2};
  }
  return *hit;
}

Expected<ReviewEntry> Database::review(const std::string& finding_id, const std::string& action,
                                       const std::string& by, const std::string& reason, const std::string& note,
                                       const std::string& rating) {
  if (action != "confirm" && action != "dismiss" && action != "reopen" && action != "note") {
    return Error{m_path, "unknown review action '" + action + "'", 2};
  }
  if (action == "dismiss") {
    if (std::find(std::begin(k_reasons), std::end(k_reasons), reason) == std::end(k_reasons)) {
      std::string all;
      for (const char* r : k_reasons) {
        all += (all.empty() ? "" : ", ") + std::string(r);
      }
      return Error{"crosscheck review", "dismiss needs --reason CODE, one of: " + all +
                                            (reason.empty() ? "" : " (not '" + reason + "')"),
                   2};
    }
  }
  if (action == "note" && note.empty()) {
    return Error{"crosscheck review", "note needs a TEXT", 2};
  }
  auto f = finding(finding_id);
  if (!f) {
    return f.error();
  }
  ReviewEntry entry;
  entry.finding = f->id;
  entry.action = action;
  entry.by = by;
  entry.at = now_iso();
  entry.reason = reason;
  entry.note = note;
  auto st = transaction([&]() -> Status {
    Stmt cur(m_db, "SELECT status FROM reviews WHERE finding = ?1");
    if (!cur.ok()) {
      return error("cannot read the review");
    }
    cur.bind(1, entry.finding);
    entry.status_before = cur.step() == SQLITE_ROW ? cur.text(0) : "open";
    entry.status_after = action == "confirm"   ? "confirmed"
                         : action == "dismiss" ? "dismissed"
                         : action == "reopen"  ? "open"
                                               : entry.status_before;
    if (action != "note") {
      Stmt up(m_db, "INSERT INTO reviews (finding, status, reason, rating, by, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                    "ON CONFLICT(finding) DO UPDATE SET status = excluded.status, reason = excluded.reason, "
                    "rating = excluded.rating, by = excluded.by, at = excluded.at");
      if (!up.ok()) {
        return error("cannot record the review");
      }
      up.bind(1, entry.finding).bind(2, entry.status_after).bind(3, action == "dismiss" ? reason : std::string());
      up.bind(4, rating).bind(5, by).bind(6, entry.at);
      if (up.step() != SQLITE_DONE) {
        return error("cannot record the review");
      }
    }
    Stmt log(m_db, "INSERT INTO review_log (finding, action, by, at, status_before, status_after, reason, note) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!log.ok()) {
      return error("cannot append to the review log");
    }
    log.bind(1, entry.finding).bind(2, action).bind(3, by).bind(4, entry.at).bind(5, entry.status_before);
    log.bind(6, entry.status_after).bind(7, reason).bind(8, action == "confirm" && !rating.empty() && note.empty()
                                                               ? "rating: " + rating
                                                               : note);
    if (log.step() != SQLITE_DONE) {
      return error("cannot append to the review log");
    }
    entry.seq = static_cast<long>(sqlite3_last_insert_rowid(m_db));
    return Ok{};
  });
  if (!st) {
    return st.error();
  }
  return entry;
}

Expected<std::vector<ReviewEntry>> Database::log(const std::string& finding_id) {
  Stmt s(m_db, finding_id.empty()
                   ? "SELECT seq, finding, action, by, at, status_before, status_after, reason, note FROM review_log "
                     "ORDER BY seq"
                   : "SELECT seq, finding, action, by, at, status_before, status_after, reason, note FROM review_log "
                     "WHERE finding = ?1 ORDER BY seq");
  if (!s.ok()) {
    return error("cannot read the review log");
  }
  if (!finding_id.empty()) {
    s.bind(1, finding_id);
  }
  std::vector<ReviewEntry> out;
  while (s.step() == SQLITE_ROW) {
    out.push_back(ReviewEntry{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6),
                              s.text(7), s.text(8)});
  }
  return out;
}

Expected<nlohmann::json> Database::run_json() {
  auto docs = documents(false);
  if (!docs) {
    return docs.error();
  }
  auto cl = claims();
  if (!cl) {
    return cl.error();
  }
  auto fs = findings(false);
  if (!fs) {
    return fs.error();
  }
  auto lg = log();
  if (!lg) {
    return lg.error();
  }
  std::map<std::string, std::vector<nlohmann::json>> notes;
  for (const auto& e : *lg) {
    // the rating a confirmation records is shown as the rating, not as a note
    if (!e.note.empty() && !(e.action == "confirm" && e.note.rfind("rating: ", 0) == 0)) {
      notes[e.finding].push_back({{"by", e.by}, {"at", e.at}, {"text", e.note}});
    }
  }
  struct Review {
    std::string reason, rating, by, at;
  };
  std::map<std::string, Review> reviews;
  {
    Stmt r(m_db, "SELECT finding, status, reason, rating, by, at FROM reviews");
    if (!r.ok()) {
      return error("cannot read reviews");
    }
    while (r.step() == SQLITE_ROW) {
      reviews[r.text(0)] = Review{r.text(2), r.text(3), r.text(4), r.text(5)};
    }
  }
  nlohmann::json run;
  run["documents"] = *docs;
  run["claims"] = *cl;
  run["findings"] = nlohmann::json::array();
  for (const auto& f : *fs) {
    nlohmann::json j = f.json;
    nlohmann::json rv = {{"status", f.status}};
    if (const auto it = reviews.find(f.id); it != reviews.end()) {
      rv["reason"] = it->second.reason;
      rv["rating"] = it->second.rating;
      rv["by"] = it->second.by;
      rv["at"] = it->second.at;
    }
    rv["notes"] = notes[f.id];
    j["review"] = rv;
    run["findings"].push_back(std::move(j));
  }
  if (!docs->empty() && !(*docs)[0].value("story", "").empty()) {
    run["story"] = (*docs)[0]["story"];
  }
  return run;
}

Expected<std::string> Database::integrity_check() {
  Stmt s(m_db, "PRAGMA integrity_check");
  if (!s.ok() || s.step() != SQLITE_ROW) {
    return error("cannot check integrity");
  }
  return s.text(0);
}

}  // namespace cc::store
