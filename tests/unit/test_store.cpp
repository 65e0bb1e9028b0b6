#include <doctest/doctest.h>

#include <cstdlib>
#include <set>

#include <sqlite3.h>

#include "corpus/document.hpp"
#include "corpus/manifest.hpp"
#include "extract/extractor.hpp"
#include "extract/resources.hpp"
#include "store/store.hpp"

using namespace cc;

namespace {

const extract::Resources& resources() {
  static const extract::Resources res = [] {
    auto r = extract::Resources::load(CROSSCHECK_SOURCE_DIR "/grammars");
    REQUIRE(r);
    return std::move(*r);
  }();
  return res;
}

corpus::Document doc(const std::string& id, const std::string& outlet, const std::string& text) {
  corpus::Document d;
  d.id = id;
  d.file = id + ".txt";
  d.outlet = outlet;
  d.raw = text;
  d.published = "2024-01-10";
  d.published_range = corpus::parse_published(d.published);
  d.content_hash = std::to_string(std::hash<std::string>()(text));
  d.cleaned = text::clean(d.raw, resources().boilerplate);
  return d;
}

void add(store::Database& db, const corpus::Document& d) {
  std::vector<extract::EntityMention> ents;
  const auto claims = extract::extract(d, resources(), {}, &ents);
  REQUIRE(db.ingest(d, claims, ents));
}

}  // namespace

TEST_CASE("store::database") {
  setenv("CROSSCHECK_NOW", "2024-01-11T00:00:00Z", 1);
  auto opened = store::Database::open(":memory:");
  REQUIRE(opened);
  auto& db = **opened;
  const auto a = doc("a", "Outlet A", "Acme Corp said the plant opened in 1987 and employs 400 people.\n");
  const auto b = doc("b", "Outlet B", "The Acme Corp plant, which opened in 1978, employs 400 people, Acme Corp said.\n");
  SUBCASE("ingest is idempotent by content hash; a changed file replaces its claims") {
    add(db, a);
    auto again = db.ingest(a, {}, {});
    REQUIRE(again);
    CHECK(again->outcome == store::IngestResult::Outcome::unchanged);
    const auto n = db.claims()->size();
    CHECK(n > 0);
    auto changed = doc("a", "Outlet A", "Acme Corp said the plant employs 500 people.\n");
    std::vector<extract::EntityMention> ents;
    auto r = db.ingest(changed, extract::extract(changed, resources(), {}, &ents), ents);
    REQUIRE(r);
    CHECK(r->outcome == store::IngestResult::Outcome::replaced);
    CHECK(db.documents()->size() == 1);
    bool old_claim = false;
    const auto stored = db.claims();
    REQUIRE(stored);
    for (const auto& c : *stored) {
      old_claim = old_claim || c.value("text", "") == "1987";
    }
    CHECK_FALSE(old_claim);
  }
  SUBCASE("a batch stores every claim and entity, even past many rows and with a file given twice") {
    // more claims and entities than one multi-row insert holds
    std::string text;
    for (int k = 0; k < 60; ++k) {
      text += "Acme Corp said the plant in Springfield employs " + std::to_string(100 + k) + " people.\n";
    }
    const auto big = doc("big", "Outlet A", text);
    std::vector<extract::EntityMention> big_ents;
    const auto big_claims = extract::extract(big, resources(), {}, &big_ents);
    REQUIRE(big_claims.size() > 40);
    REQUIRE(big_ents.size() > 40);
    // the same file twice in one batch, changed in between: the second
    // replaces the first, whose rows may still be waiting
    const auto first = doc("twice", "Outlet B", "Acme Corp said the plant employs 300 people.\n");
    const auto second = doc("twice", "Outlet B", "Acme Corp said the plant employs 350 people.\n");
    std::vector<extract::EntityMention> e1;
    std::vector<extract::EntityMention> e2;
    const auto c1 = extract::extract(first, resources(), {}, &e1);
    const auto c2 = extract::extract(second, resources(), {}, &e2);
    REQUIRE_FALSE(c1.empty());
    auto r = db.ingest({{&big, &big_claims, &big_ents}, {&first, &c1, &e1}, {&second, &c2, &e2}});
    REQUIRE(r);
    CHECK((*r)[2].outcome == store::IngestResult::Outcome::replaced);
    const auto stored = db.claims();
    REQUIRE(stored);
    std::set<std::string> ids;
    for (const auto& c : big_claims) {
      ids.insert(c.id);
    }
    for (const auto& c : c2) {
      ids.insert(c.id);
    }
    CHECK(stored->size() == ids.size());
    bool old_value = false;
    bool new_value = false;
    for (const auto& c : *stored) {
      old_value = old_value || c.value("text", "") == "300";
      new_value = new_value || c.value("text", "") == "350";
    }
    CHECK_FALSE(old_value);
    CHECK(new_value);
  }
  SUBCASE("reconcile, review, append-only log, stable identity") {
    add(db, a);
    add(db, b);
    auto r = db.reconcile(*resources().gaz, {});
    REQUIRE(r);
    CHECK(r->findings >= 1);
    auto fs = db.findings();
    REQUIRE(fs);
    const auto contradiction = std::find_if(fs->begin(), fs->end(), [](const auto& f) { return f.kind == "contradiction"; });
    REQUIRE(contradiction != fs->end());
    auto e = db.review(contradiction->id.substr(0, 6), "confirm", "alice", "", "", "Contradicted");
    REQUIRE(e);
    CHECK(e->status_before == "open");
    CHECK(e->status_after == "confirmed");
    auto bad = db.review(contradiction->id, "dismiss", "bob", "nope", "");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.rfind("dismiss needs --reason CODE", 0) == 0);
    REQUIRE(db.review(contradiction->id, "note", "bob", "", "checked the filing"));
    // a second reconcile keeps the identity and the review
    REQUIRE(db.reconcile(*resources().gaz, {}));
    auto f = db.finding(contradiction->id);
    REQUIRE(f);
    CHECK(f->status == "confirmed");
    auto log = db.log();
    REQUIRE(log);
    CHECK(log->size() == 2);
    auto run = db.run_json();
    REQUIRE(run);
    bool seen = false;
    for (const auto& j : (*run)["findings"]) {
      if (j["id"] == contradiction->id) {
        seen = true;
        CHECK(j["review"]["status"] == "confirmed");
        CHECK(j["review"]["notes"].size() == 1);
      }
    }
    CHECK(seen);
    CHECK(*db.integrity_check() == "ok");
  }
  SUBCASE("unknown findings and ambiguous prefixes are clear errors") {
    auto f = db.finding("zzzz");
    REQUIRE_FALSE(f);
    CHECK(f.error().message == "no finding 'zzzz' (see 'crosscheck review list')");
  }
  unsetenv("CROSSCHECK_NOW");
}

TEST_CASE("store::schema versions") {
  const std::string path = "newer.db";
  {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "PRAGMA user_version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
  }
  auto db = store::Database::open(path);
  REQUIRE_FALSE(db);
  CHECK(db.error().exit_code == 4);
  CHECK(db.error().to_string() ==
        "newer.db: the database is from a newer crosscheck (schema version 99, this one knows 1); upgrade crosscheck");
  {
    FILE* f = std::fopen("notadb.db", "w");
    std::fputs("this is not a database at all, just some text that is long enough to look like a header", f);
    std::fclose(f);
  }
  auto bad = store::Database::open("notadb.db");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().exit_code == 4);
  // Refused before anything is written: not even WAL mode.
  {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open("foreign.db", &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "CREATE TABLE people(name TEXT)", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
  }
  auto foreign = store::Database::open("foreign.db");
  REQUIRE_FALSE(foreign);
  CHECK(foreign.error().exit_code == 4);
  CHECK(foreign.error().message.find("another program") != std::string::npos);
  for (const char* file : {"newer.db", "foreign.db"}) {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(file, &raw) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw, "PRAGMA journal_mode", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "delete");
    sqlite3_finalize(st);
    sqlite3_close(raw);
  }
}
