// crosscheck-bench: in-process benchmarks, one core, wall-clock time and
// peak resident memory. Speed is measured here, never in tests.
//
// Usage: crosscheck-bench values FILE...
//
// Prints one line per benchmark: name, input size, seconds, throughput and
// peak RSS, as "key=value" pairs that bench/run turns into
// docs/performance.md.
#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <random>

#include "corpus/document.hpp"
#include "corpus/manifest.hpp"
#include "extract/extractor.hpp"
#include "extract/json.hpp"
#include "extract/resources.hpp"
#include "cli/common.hpp"
#include "reconcile/reconcile.hpp"
#include "report/graph.hpp"
#include "store/store.hpp"
#include "util/file.hpp"
#include "values/scanner.hpp"

namespace {

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

int bench_values(int argc, char** argv) {
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  for (int i = 0; i < argc; ++i) {
    auto t = cc::file::read(argv[i]);
    if (!t) {
      std::fprintf(stderr, "%s\n", t.error().to_string().c_str());
      return 2;
    }
    bytes += t->size();
    texts.push_back(std::move(*t));
  }
  cc::values::ScanOptions opt;
  opt.reference = cc::corpus::parse_published("2020-06-15");
  std::size_t mentions = 0;
  const auto t0 = Clock::now();
  for (const auto& t : texts) {
    // (as `crosscheck values` does: each mention is written out and dropped)
    cc::values::scan_each(t, opt, [&](cc::Mention&&) { ++mentions; });
  }
  const double s = seconds_since(t0);
  const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
  std::printf("bench=values bytes=%zu mentions=%zu seconds=%.3f mb_per_s=%.1f peak_rss_mb=%.0f\n", bytes,
              mentions, s, mb / s, peak_rss_mb());
  return 0;
}

// Extraction over a corpus directory (or files): load, clean, analyze,
// match patterns, build claims.
int bench_extract(int argc, char** argv) {
  auto res = cc::extract::Resources::load(cc::extract::Resources::default_dir());
  if (!res) {
    std::fprintf(stderr, "%s\n", res.error().to_string().c_str());
    return 2;
  }
  std::vector<std::string> inputs(argv, argv + argc);
  cc::corpus::LoadOptions lopt;
  lopt.boilerplate = res->boilerplate;
  const auto t0 = Clock::now();
  auto docs = cc::corpus::load(inputs, lopt);
  if (!docs) {
    std::fprintf(stderr, "%s\n", docs.error().to_string().c_str());
    return 2;
  }
  const double load_s = seconds_since(t0);
  std::size_t bytes = 0;
  std::size_t claims = 0;
  const auto t1 = Clock::now();
  for (const auto& d : *docs) {
    bytes += d.raw.size();
    claims += cc::extract::extract(d, *res).size();
  }
  const double s = seconds_since(t1);
  const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
  std::printf("bench=extract documents=%zu bytes=%zu claims=%zu load_seconds=%.3f seconds=%.3f mb_per_s=%.2f "
              "docs_per_s=%.0f peak_rss_mb=%.0f\n",
              docs->size(), bytes, claims, load_s, s, mb / s, static_cast<double>(docs->size()) / s, peak_rss_mb());
  return 0;
}

// Reconciliation of N synthetic claims: 10 per document, subjects and
// attributes drawn so that groups hold a handful of claims each, with
// agreeing, updated and contradicting values.
int bench_reconcile(int argc, char** argv) {
  const long n = argc > 0 ? std::atol(argv[0]) : 1000000;
  auto gaz = cc::lexicon::Gazetteer::load(cc::extract::Resources::default_dir() + "/places.txt");
  if (!gaz) {
    std::fprintf(stderr, "%s\n", gaz.error().to_string().c_str());
    return 2;
  }
  std::mt19937_64 rng(42);
  const long n_docs = std::max<long>(1, n / 10);
  const long n_subjects = std::max<long>(1, n / 40);
  const char* attributes[] = {"employees", "employees.cut", "deaths", "customers.affect", "date.open", "date.found",
                              "revenue", "offices.open", "status.close", "title"};
  std::vector<cc::reconcile::DocInfo> docs;
  docs.reserve(static_cast<std::size_t>(n_docs));
  for (long d = 0; d < n_docs; ++d) {
    cc::reconcile::DocInfo info;
    info.id = "d" + std::to_string(d);
    info.outlet = "Outlet " + std::to_string(d % 500);
    info.published = "2024-01-01";
    static const char* const k_words[] = {"company", "said", "jobs", "plant", "office", "cut", "opened", "report",
                                          "regulators", "deal", "storm", "officials", "city", "customers", "data",
                                          "market", "shares", "revenue", "quarter", "workers", "union", "court",
                                          "ruling", "fine", "minister", "police", "hospital", "school", "river",
                                          "bridge", "election", "vote"};
    for (int w = 0; w < 40; ++w) {
      info.text += k_words[rng() % 32];
      info.text += ' ';
    }
    docs.push_back(std::move(info));
  }
  std::vector<cc::Claim> claims;
  claims.reserve(static_cast<std::size_t>(n));
  for (long i = 0; i < n; ++i) {
    cc::Claim c;
    c.id = "c" + std::to_string(i);
    c.document = "d" + std::to_string(i / 10);
    const long subject = static_cast<long>(rng() % static_cast<std::uint64_t>(n_subjects));
    c.subject.key = "org " + std::to_string(subject);
    c.subject.kind = "org";
    const auto attr = attributes[rng() % 10];
    c.attribute = attr;
    c.start = static_cast<std::size_t>(i % 10) * 20;
    c.end = c.start + 5;
    c.context = {"company", "jobs", "office", "report"};
    // Most reports agree; some give a later figure, a few contradict.
    const double base = static_cast<double>(subject % 997 + 10);
    const auto roll = rng() % 100;
    const double v = roll < 5 ? base * 1.5 : base;
    const int day = cc::days_from_civil(2024, 1, 1) + (roll >= 5 && roll < 10 ? 30 : 0);
    c.time.range = cc::DateRange{day, day, cc::Granularity::day};
    if (c.attribute.rfind("date.", 0) == 0) {
      c.value.kind = cc::ValueKind::date;
      const int y = 1990 + static_cast<int>(v) % 30;
      c.value.date = cc::DateRange{cc::days_from_civil(y, 1, 1), cc::days_from_civil(y, 12, 31), cc::Granularity::year};
      c.value.display = std::to_string(y);
    } else if (c.attribute == "offices.open") {
      c.value.kind = cc::ValueKind::set;
      c.value.items = {"US-IL/chicago", "CA-ON/toronto"};
      c.value.item_names = {"Chicago", "Toronto"};
    } else if (c.attribute == "status.close") {
      c.value.kind = cc::ValueKind::status;
      c.value.text = rng() % 2 ? "considering" : "announced";
    } else if (c.attribute == "title") {
      c.value.kind = cc::ValueKind::text;
      c.value.text = "chief executive";
    } else {
      c.value.kind = cc::ValueKind::quantity;
      c.value.num = cc::NumRange::point(v);
      c.changing = true;
    }
    claims.push_back(std::move(c));
  }
  rusage before{};
  getrusage(RUSAGE_SELF, &before);
  const auto t0 = Clock::now();
  const auto result = cc::reconcile::reconcile(docs, claims, *gaz);
  const double s = seconds_since(t0);
  rusage after{};
  getrusage(RUSAGE_SELF, &after);
  std::printf("bench=reconcile claims=%zu documents=%zu findings=%zu seconds=%.3f cpu_user=%.3f cpu_system=%.3f "
              "page_faults=%ld peak_rss_mb=%.0f\n",
              claims.size(), docs.size(), result.findings.size(), s,
              static_cast<double>(after.ru_utime.tv_sec - before.ru_utime.tv_sec) +
                  static_cast<double>(after.ru_utime.tv_usec - before.ru_utime.tv_usec) / 1e6,
              static_cast<double>(after.ru_stime.tv_sec - before.ru_stime.tv_sec) +
                  static_cast<double>(after.ru_stime.tv_usec - before.ru_stime.tv_usec) / 1e6,
              after.ru_minflt - before.ru_minflt, peak_rss_mb());
  return 0;
}

// Report rendering for a corpus: the overview graph alone (what the
// goal is about), then every file of --out (per-finding graphs included).
int bench_report(int argc, char** argv) {
  auto res = cc::extract::Resources::load(cc::extract::Resources::default_dir());
  if (!res) {
    std::fprintf(stderr, "%s\n", res.error().to_string().c_str());
    return 2;
  }
  std::vector<std::string> inputs(argv, argv + argc - 1);
  const std::string out_dir = argv[argc - 1];
  cc::corpus::LoadOptions lopt;
  lopt.boilerplate = res->boilerplate;
  auto docs = cc::corpus::load(inputs, lopt);
  if (!docs) {
    std::fprintf(stderr, "%s\n", docs.error().to_string().c_str());
    return 2;
  }
  std::vector<cc::Claim> claims;
  for (const auto& d : *docs) {
    auto c = cc::extract::extract(d, *res);
    claims.insert(claims.end(), c.begin(), c.end());
  }
  const auto result = cc::reconcile::reconcile(cc::cli::doc_infos(*docs), claims, *res->gaz);
  const auto run = cc::cli::run_json(*docs, claims, result);
  const auto t0 = Clock::now();
  auto overview = cc::report::overview(run);
  const double overview_s = seconds_since(t0);
  if (!overview) {
    std::fprintf(stderr, "%s\n", overview.error().to_string().c_str());
    return 3;
  }
  const auto t1 = Clock::now();
  const int rc = cc::cli::write_report_files(out_dir, run);
  const double all_s = seconds_since(t1);
  std::printf("bench=report documents=%zu claims=%zu findings=%zu overview_seconds=%.3f all_files_seconds=%.3f "
              "peak_rss_mb=%.0f\n",
              docs->size(), claims.size(), result.findings.size(), overview_s, all_s, peak_rss_mb());
  return rc;
}

// Ingest into SQLite: claims are extracted first (not timed), then every
// document and its claims and entities are stored, one transaction per
// document, as `crosscheck ingest` does.
int bench_ingest(int argc, char** argv) {
  auto res = cc::extract::Resources::load(cc::extract::Resources::default_dir());
  if (!res) {
    std::fprintf(stderr, "%s\n", res.error().to_string().c_str());
    return 2;
  }
  std::vector<std::string> inputs(argv, argv + argc - 1);
  const std::string db_path = argv[argc - 1];
  std::remove(db_path.c_str());
  std::remove((db_path + "-wal").c_str());
  std::remove((db_path + "-shm").c_str());
  cc::corpus::LoadOptions lopt;
  lopt.boilerplate = res->boilerplate;
  auto docs = cc::corpus::load(inputs, lopt);
  if (!docs) {
    std::fprintf(stderr, "%s\n", docs.error().to_string().c_str());
    return 2;
  }
  std::vector<std::vector<cc::Claim>> claims(docs->size());
  std::vector<std::vector<cc::extract::EntityMention>> entities(docs->size());
  std::size_t n_claims = 0;
  for (std::size_t i = 0; i < docs->size(); ++i) {
    claims[i] = cc::extract::extract((*docs)[i], *res, cc::extract::Options{}, &entities[i]);
    n_claims += claims[i].size();
  }
  {
    const auto tj = Clock::now();
    std::size_t json_bytes = 0;
    for (const auto& cs : claims) {
      for (const auto& c : cs) {
        json_bytes += cc::extract::claim_json_text(c).size();
      }
    }
    std::printf("bench=claim_json claims=%zu bytes=%zu seconds=%.3f\n", n_claims, json_bytes, seconds_since(tj));
  }
  auto db = cc::store::Database::open(db_path);
  if (!db) {
    std::fprintf(stderr, "%s\n", db.error().to_string().c_str());
    return 4;
  }
  const auto t0 = Clock::now();
  const std::clock_t c0 = std::clock();
  // batches as `crosscheck ingest` makes them
  std::vector<cc::store::Database::IngestItem> batch;
  for (std::size_t i = 0; i <= docs->size(); ++i) {
    if (i == docs->size() || batch.size() == cc::store::k_ingest_batch_documents) {
      auto r = (*db)->ingest(batch);
      if (!r) {
        std::fprintf(stderr, "%s\n", r.error().to_string().c_str());
        return 4;
      }
      batch.clear();
    }
    if (i < docs->size()) {
      batch.push_back({&(*docs)[i], &claims[i], &entities[i]});
    }
  }
  const double s = seconds_since(t0);
  const double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  std::printf("bench=ingest documents=%zu claims=%zu cpu_seconds=%.3f seconds=%.3f docs_per_s=%.0f claims_per_s=%.0f "
              "peak_rss_mb=%.0f\n",
              docs->size(), n_claims, cpu, s, static_cast<double>(docs->size()) / s, static_cast<double>(n_claims) / s,
              peak_rss_mb());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 4 && std::strcmp(argv[1], "report") == 0) {
    return bench_report(argc - 2, argv + 2);
  }
  if (argc >= 3 && std::strcmp(argv[1], "values") == 0) {
    return bench_values(argc - 2, argv + 2);
  }
  if (argc >= 3 && std::strcmp(argv[1], "extract") == 0) {
    return bench_extract(argc - 2, argv + 2);
  }
  if (argc >= 4 && std::strcmp(argv[1], "ingest") == 0) {
    return bench_ingest(argc - 2, argv + 2);
  }
  if (argc >= 2 && std::strcmp(argv[1], "reconcile") == 0) {
    return bench_reconcile(argc - 2, argv + 2);
  }
  std::fputs("usage: crosscheck-bench values FILE... | extract CORPUS_DIR|FILE... | reconcile [N] | "
             "report CORPUS_DIR OUT_DIR | ingest CORPUS_DIR|FILE... DB\n",
             stderr);
  return 2;
}
