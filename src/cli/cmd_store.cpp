// The database commands: ingest, reconcile, review, export.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "store/store.hpp"

namespace cc::cli {

namespace {

std::string default_reviewer() {
  const char* u = std::getenv("CROSSCHECK_USER");
  if (u == nullptr || u[0] == '\0') {
    u = std::getenv("USER");
  }
  return u != nullptr && u[0] != '\0' ? u : "anonymous";
}

Expected<std::unique_ptr<store::Database>> open_db(const Args& args, const char* command, bool create) {
  const auto path = args.get("--db");
  if (!path) {
    return Error{std::string("crosscheck ") + command, "--db FILE is required", 2};
  }
  return store::Database::open(*path, create);
}

// A progress bar on stderr when it is a terminal; nothing when piped.
class Progress {
 public:
  Progress(std::size_t total, const char* what) : m_total(total), m_what(what), m_on(::isatty(2) != 0 && total > 1) {}
  ~Progress() {
    if (m_on) {
      std::fputs("\r\x1b[K", stderr);
    }
  }
  void step(std::size_t done) {
    if (!m_on) {
      return;
    }
    const int width = 30;
    const int filled = static_cast<int>(static_cast<double>(done) / static_cast<double>(m_total) * width);
    std::fprintf(stderr, "\r[%.*s%.*s] %zu/%zu %s", filled, "##############################", width - filled,
                 "..............................", done, m_total, m_what);
    std::fflush(stderr);
  }

 private:
  std::size_t m_total;
  const char* m_what;
  bool m_on;
};

constexpr const char* k_ingest_usage = R"(Usage: crosscheck ingest --db FILE [options] CORPUS_DIR|FILE...

Stores documents and their claims in the database (created if missing).
Idempotent by content hash: the same file again changes nothing; a
changed file replaces its own claims. Each document is stored in one
transaction: an interrupted ingest keeps whole documents only, and
running it again completes it.

  --db FILE         the SQLite database
  --grammars DIR    claim patterns and lexicons (default: grammars/)
  --stats           print time per stage to stderr

Exit codes: 0 ok, 2 usage or input error, 4 database error.
)";

constexpr const char* k_reconcile_usage = R"(Usage: crosscheck reconcile --db FILE

Recomputes findings from every stored claim. Findings keep their identity
(a fingerprint of their kind and claims) across runs, so reviews survive;
a reviewed finding that new evidence changed is listed as stale.

Exit codes: 0 no contradiction, 1 contradictions found, 2 usage error,
4 database error.
)";

constexpr const char* k_review_usage = R"(Usage: crosscheck review --db FILE COMMAND [ARGS] [--by NAME]

  list [--status open|confirmed|dismissed|stale] [--kind KIND] [--all]
                          findings with their review status
  show ID                 one finding: explanation, claims, review history
  confirm ID [--rating TEXT]
                          confirm the finding (TEXT: the ClaimReview rating)
  dismiss ID --reason CODE
                          dismiss it; CODE is different-scope,
                          different-time, same-origin, extraction-error,
                          not-newsworthy or other
  reopen ID               back to open
  note ID TEXT            add a note
  log [ID]                the append-only audit trail

ID may be a unique prefix. --by defaults to $CROSSCHECK_USER, else $USER.
Nothing edits or deletes history.

Exit codes: 0 ok, 2 usage error or unknown finding, 4 database error.
)";

constexpr const char* k_export_usage = R"(Usage: crosscheck export --db FILE --format claimreview|csv [--out FILE]

  claimreview   schema.org ClaimReview JSON-LD for confirmed findings: the
                claim, each source with its URL and quote, the rating text
  csv           every current finding, for spreadsheets

Exit codes: 0 ok, 2 usage error, 4 database error.
)";

}  // namespace

int ingest_into(store::Database& db, const std::vector<std::string>& inputs, const extract::Resources& res,
                Stats& stats, bool quiet) {
  auto docs = load_documents(inputs, res, stats);
  if (!docs) {
    print_error(docs.error());
    return k_exit_input_error;
  }
  stats.stage("ingest");
  Progress bar(docs->size(), "documents");
  std::size_t added = 0;
  std::size_t unchanged = 0;
  std::size_t replaced = 0;
  std::size_t claims = 0;
  // Documents are extracted, then stored in batches: one transaction per
  // batch, so each document is whole or absent whatever happens.
  struct Extracted {
    std::vector<Claim> claims;
    std::vector<extract::EntityMention> entities;
  };
  std::vector<Extracted> extracted(store::k_ingest_batch_documents);
  std::vector<store::Database::IngestItem> batch;
  const auto flush = [&](std::size_t done) -> int {
    if (batch.empty()) {
      return k_exit_ok;
    }
    auto r = db.ingest(batch);
    if (!r) {
      print_error(r.error());
      return r.error().exit_code;
    }
    for (const auto& one : *r) {
      added += one.outcome == store::IngestResult::Outcome::added ? 1 : 0;
      replaced += one.outcome == store::IngestResult::Outcome::replaced ? 1 : 0;
      unchanged += one.outcome == store::IngestResult::Outcome::unchanged ? 1 : 0;
      claims += one.claims;
    }
    batch.clear();
    bar.step(done);
    return k_exit_ok;
  };
  auto since = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < docs->size(); ++i) {
    const auto& d = (*docs)[i];
    auto known = db.has_document(d.id, d.content_hash);
    if (!known) {
      print_error(known.error());
      return k_exit_database_error;
    }
    if (*known) {
      ++unchanged;
      continue;
    }
    Extracted& x = extracted[batch.size()];
    x.entities.clear();
    x.claims = extract::extract(d, res, extract::Options{}, &x.entities);
    batch.push_back({&d, &x.claims, &x.entities});
    bar.step(i + 1);
    // a full batch, or a second of extraction: an interrupted ingest loses
    // little work
    if (batch.size() == store::k_ingest_batch_documents || std::chrono::steady_clock::now() - since > std::chrono::seconds(1)) {
      since = std::chrono::steady_clock::now();
      if (const int rc = flush(i + 1); rc != k_exit_ok) {
        return rc;
      }
    }
  }
  if (const int rc = flush(docs->size()); rc != k_exit_ok) {
    return rc;
  }
  if (!quiet) {
    std::printf("ingested %zu documents (%zu new, %zu replaced, %zu unchanged), %zu claims\n", docs->size(), added,
                replaced, unchanged, claims);
  }
  return k_exit_ok;
}

int reconcile_db(store::Database& db, const extract::Resources& res, bool quiet) {
  auto r = db.reconcile(*res.gaz, reconcile::Options{});
  if (!r) {
    print_error(r.error());
    return r.error().exit_code;
  }
  auto fs = db.findings(false);
  if (!fs) {
    print_error(fs.error());
    return fs.error().exit_code;
  }
  std::size_t contradictions = 0;
  for (const auto& f : *fs) {
    contradictions += f.kind == "contradiction" ? 1 : 0;
  }
  if (!quiet) {
    std::printf("%zu findings (%zu new, %zu contradictions); %zu reviews marked stale, %zu findings gone\n",
                r->findings, r->new_findings, contradictions, r->stale, r->gone);
  }
  return contradictions > 0 ? k_exit_discrepancies : k_exit_ok;
}

int cmd_ingest(std::span<char* const> argv) {
  auto args = parse_args(argv, {{"--db", true}, {"--grammars", true}, {"--stats", false}, {"--max-size", true}},
                         "ingest");
  if (!args) {
    print_error(args.error());
    return k_exit_input_error;
  }
  if (auto st = apply_max_size(*args, "ingest"); !st) {
    print_error(st.error());
    return k_exit_input_error;
  }
  if (args->help) {
    std::fputs(k_ingest_usage, stdout);
    return k_exit_ok;
  }
  if (args->positional.empty()) {
    std::fputs("crosscheck ingest: no input; give a corpus directory or files\n", stderr);
    return k_exit_input_error;
  }
  auto db = open_db(*args, "ingest", true);
  if (!db) {
    print_error(db.error());
    return db.error().exit_code;
  }
  Stats stats(args->has("--stats"));
  auto res = load_resources(*args, stats);
  if (!res) {
    print_error(res.error());
    return k_exit_input_error;
  }
  const int rc = ingest_into(**db, args->positional, *res, stats, false);
  stats.print();
  return rc;
}

int cmd_reconcile(std::span<char* const> argv) {
  auto args = parse_args(argv, {{"--db", true}, {"--grammars", true}}, "reconcile");
  if (!args) {
    print_error(args.error());
    return k_exit_input_error;
  }
  if (args->help) {
    std::fputs(k_reconcile_usage, stdout);
    return k_exit_ok;
  }
  auto db = open_db(*args, "reconcile", false);
  if (!db) {
    print_error(db.error());
    return db.error().exit_code;
  }
  Stats stats(false);
  auto res = load_resources(*args, stats);
  if (!res) {
    print_error(res.error());
    return k_exit_input_error;
  }
  return reconcile_db(**db, *res, false);
}

int cmd_review(std::span<char* const> argv) {
  auto args = parse_args(argv,
                         {{"--db", true}, {"--by", true}, {"--status", true}, {"--kind", true}, {"--reason", true},
                          {"--rating", true}, {"--all", false}, {"--json", false}},
                         "review");
  if (!args) {
    print_error(args.error());
    return k_exit_input_error;
  }
  if (args->help || args->positional.empty()) {
    std::fputs(k_review_usage, args->help ? stdout : stderr);
    return args->help ? k_exit_ok : k_exit_input_error;
  }
  const std::string sub = args->positional[0];
  static const std::set<std::string> k_subs{"list", "show", "confirm", "dismiss", "reopen", "note", "log"};
  if (k_subs.count(sub) == 0) {
    const std::string hint = did_you_mean(sub, {"list", "show", "confirm", "dismiss", "reopen", "note", "log"});
    std::fprintf(stderr, "crosscheck review: unknown command '%s'%s; see 'crosscheck review --help'\n", sub.c_str(),
                 hint.empty() ? "" : (" (did you mean '" + hint + "'?)").c_str());
    return k_exit_input_error;
  }
  auto db = open_db(*args, "review", false);
  if (!db) {
    print_error(db.error());
    return db.error().exit_code;
  }
  const std::string by = args->get("--by").value_or(default_reviewer());
  if (sub == "list") {
    const auto status = args->get("--status");
    if (status && std::find(std::begin(store::k_statuses), std::end(store::k_statuses), *status) ==
                      std::end(store::k_statuses)) {
      std::fprintf(stderr, "crosscheck review: --status is open, confirmed, dismissed or stale, not '%s'\n",
                   status->c_str());
      return k_exit_input_error;
    }
    auto fs = (*db)->findings(args->has("--all") || (status && *status == "stale"));
    if (!fs) {
      print_error(fs.error());
      return fs.error().exit_code;
    }
    for (const auto& f : *fs) {
      if ((status && f.status != *status) || (args->get("--kind") && f.kind != *args->get("--kind"))) {
        continue;
      }
      std::printf("%s  %-10s %-18s %s\n", f.id.c_str(), f.status.c_str(), f.kind.c_str(), f.explanation.c_str());
    }
    return k_exit_ok;
  }
  if (sub == "log") {
    std::string id;
    if (args->positional.size() > 1) {
      auto f = (*db)->finding(args->positional[1]);
      if (!f) {
        print_error(f.error());
        return f.error().exit_code;
      }
      id = f->id;
    }
    auto lg = (*db)->log(id);
    if (!lg) {
      print_error(lg.error());
      return lg.error().exit_code;
    }
    for (const auto& e : *lg) {
      std::printf("%ld\t%s\t%s\t%s\t%s\t%s -> %s\t%s\t%s\n", e.seq, e.at.c_str(), e.by.c_str(), e.finding.c_str(),
                  e.action.c_str(), e.status_before.c_str(), e.status_after.c_str(), e.reason.c_str(), e.note.c_str());
    }
    return k_exit_ok;
  }
  if (args->positional.size() < 2) {
    std::fprintf(stderr, "crosscheck review %s: give a finding ID (see 'crosscheck review list')\n", sub.c_str());
    return k_exit_input_error;
  }
  const std::string id = args->positional[1];
  if (sub == "show") {
    auto f = (*db)->finding(id);
    if (!f) {
      print_error(f.error());
      return f.error().exit_code;
    }
    auto claims = (*db)->claims();
    auto docs = (*db)->documents(false);
    if (!claims || !docs) {
      print_error(!claims ? claims.error() : docs.error());
      return k_exit_database_error;
    }
    std::printf("%s  %s  %s%s\n%s\n", f->id.c_str(), f->kind.c_str(), f->status.c_str(),
                f->current ? "" : " (no longer supported by the evidence)", f->explanation.c_str());
    std::printf("independent sources: %d, confidence %.2f\n", f->independent, f->confidence);
    std::map<std::string, std::string> outlet;
    for (const auto& d : *docs) {
      outlet[d.value("id", "")] = d.value("outlet", "").empty() ? d.value("file", "") : d.value("outlet", "");
    }
    for (const auto& cid : f->json.value("claims", nlohmann::json::array())) {
      for (const auto& c : *claims) {
        if (c.value("id", "") == cid.get<std::string>()) {
          std::printf("  - %s: \"%s\" (%s)\n", outlet[c.value("document", "")].c_str(), c.value("quote", "").c_str(),
                      c["value"].value("display", "").c_str());
        }
      }
    }
    auto lg = (*db)->log(f->id);
    if (lg) {
      for (const auto& e : *lg) {
        std::printf("  %s %s %s: %s -> %s %s %s\n", e.at.c_str(), e.by.c_str(), e.action.c_str(),
                    e.status_before.c_str(), e.status_after.c_str(), e.reason.c_str(), e.note.c_str());
      }
    }
    return k_exit_ok;
  }
  std::string note;
  if (sub == "note") {
    for (std::size_t k = 2; k < args->positional.size(); ++k) {
      note += (note.empty() ? "" : " ") + args->positional[k];
    }
  }
  auto e = (*db)->review(id, sub, by, args->get("--reason").value_or(""), note, args->get("--rating").value_or(""));
  if (!e) {
    print_error(e.error());
    return e.error().exit_code;
  }
  std::printf("%s: %s -> %s (%s by %s)\n", e->finding.c_str(), e->status_before.c_str(), e->status_after.c_str(),
              e->action.c_str(), e->by.c_str());
  return k_exit_ok;
}

namespace {

std::string outlet_of(const nlohmann::json& doc) {
  const std::string outlet = doc.value("outlet", "");
  return outlet.empty() ? doc.value("file", "") : outlet;
}

std::string notes_of(const nlohmann::json& finding) {
  std::string out;
  for (const auto& n : finding["review"].value("notes", nlohmann::json::array())) {
    out += (out.empty() ? "" : "\n") + n.value("by", "") + ": " + n.value("text", "");
  }
  return out;
}

std::string csv_field(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    out += c == '"' ? std::string("\"\"") : std::string(1, c == '\n' || c == '\r' ? ' ' : c);
  }
  // a leading =, +, -, @, tab or CR would start a formula in a spreadsheet
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')) {
    out.insert(1, "'");
  }
  return out + "\"";
}

}  // namespace

int cmd_export(std::span<char* const> argv) {
  auto args = parse_args(argv, {{"--db", true}, {"--format", true}, {"--out", true}}, "export");
  if (!args) {
    print_error(args.error());
    return k_exit_input_error;
  }
  if (args->help) {
    std::fputs(k_export_usage, stdout);
    return k_exit_ok;
  }
  const std::string format = args->get("--format").value_or("");
  if (format != "claimreview" && format != "csv") {
    std::fputs("crosscheck export: --format is claimreview or csv\n", stderr);
    return k_exit_input_error;
  }
  auto db = open_db(*args, "export", false);
  if (!db) {
    print_error(db.error());
    return db.error().exit_code;
  }
  auto run = (*db)->run_json();
  if (!run) {
    print_error(run.error());
    return run.error().exit_code;
  }
  std::map<std::string, const nlohmann::json*> docs;
  std::map<std::string, const nlohmann::json*> claims;
  for (const auto& d : (*run)["documents"]) {
    docs[d.value("id", "")] = &d;
  }
  for (const auto& c : (*run)["claims"]) {
    claims[c.value("id", "")] = &c;
  }
  std::string out;
  if (format == "csv") {
    out = "id,kind,status,reason,reviewed_by,reviewed_at,independent_sources,confidence,explanation,outlets,values,"
          "notes\n";
    for (const auto& f : (*run)["findings"]) {
      std::string outlets;
      std::string quotes;
      for (const auto& cid : f.value("claims", nlohmann::json::array())) {
        const auto c = claims.find(cid.get<std::string>());
        if (c == claims.end()) {
          continue;
        }
        const auto d = docs.find(c->second->value("document", ""));
        if (d != docs.end()) {
          outlets += (outlets.empty() ? "" : "; ") + outlet_of(*d->second);
        }
        quotes += (quotes.empty() ? "" : " | ") + c->second->value("text", "");
      }
      char conf[32];
      std::snprintf(conf, sizeof conf, "%.2f", f.value("confidence", 0.0));
      out += csv_field(f.value("id", "")) + "," + csv_field(f.value("kind", "")) + "," +
             csv_field(f["review"].value("status", "open")) + "," + csv_field(f["review"].value("reason", "")) + "," +
             csv_field(f["review"].value("by", "")) + "," + csv_field(f["review"].value("at", "")) + "," +
             std::to_string(f["sources"].value("independent", 0)) + "," + conf + "," +
             csv_field(f.value("explanation", "")) + "," + csv_field(outlets) + "," + csv_field(quotes) + "," +
             csv_field(notes_of(f)) + "\n";
    }
  } else {
    nlohmann::json reviews = nlohmann::json::array();
    for (const auto& f : (*run)["findings"]) {
      if (f["review"].value("status", "") != "confirmed") {
        continue;
      }
      nlohmann::json appearances = nlohmann::json::array();
      std::string first_quote;
      for (const auto& cid : f.value("claims", nlohmann::json::array())) {
        const auto c = claims.find(cid.get<std::string>());
        if (c == claims.end()) {
          continue;
        }
        nlohmann::json work = {{"@type", "CreativeWork"}, {"text", c->second->value("quote", "")}};
        if (first_quote.empty()) {
          first_quote = c->second->value("text", "");
        }
        const auto d = docs.find(c->second->value("document", ""));
        if (d != docs.end()) {
          const auto& doc = *d->second;
          if (!doc.value("url", "").empty()) {
            work["url"] = doc.value("url", "");
          }
          if (!doc.value("title", "").empty()) {
            work["headline"] = doc.value("title", "");
          }
          if (!doc.value("published", "").empty()) {
            work["datePublished"] = doc.value("published", "");
          }
          work["publisher"] = {{"@type", "Organization"}, {"name", outlet_of(doc)}};
        }
        appearances.push_back(std::move(work));
      }
      std::string rating = f["review"].value("rating", "");
      if (rating.empty()) {
        rating = f.value("kind", "") == "contradiction" ? "Contradicted by other reports"
                 : f.value("kind", "") == "update"      ? "Superseded by later reports"
                                                        : "Consistent across reports";
      }
      nlohmann::json review = {{"@context", "https://schema.org"},
                               {"@type", "ClaimReview"},
                               {"identifier", f.value("id", "")},
                               {"claimReviewed", f.value("explanation", "")},
                               {"reviewRating", {{"@type", "Rating"}, {"alternateName", rating}}},
                               {"itemReviewed", {{"@type", "Claim"}, {"appearance", appearances}}},
                               {"author", {{"@type", "Person"}, {"name", f["review"].value("by", "")}}}};
      if (const std::string at = f["review"].value("at", ""); at.size() >= 10) {
        review["datePublished"] = at.substr(0, 10);
      }
      if (const std::string body = notes_of(f); !body.empty()) {
        review["reviewBody"] = body;
      }
      reviews.push_back(std::move(review));
    }
    out = reviews.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  return write_output(args->get("--out"), out, "export");
}

Expected<nlohmann::json> run_from_database(const std::string& db_path) {
  auto db = store::Database::open(db_path, false);
  if (!db) {
    return db.error();
  }
  return (*db)->run_json();
}

}  // namespace cc::cli
