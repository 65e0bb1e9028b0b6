#include "reconcile/reconcile.hpp"

#include <algorithm>
#include <iterator>
#include <limits>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "parse/tables.hpp"
#include "util/hash.hpp"

namespace cc::reconcile {

namespace {

// --- small helpers ---

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int find(int x) {
    while (parent[static_cast<std::size_t>(x)] != x) {
      parent[static_cast<std::size_t>(x)] = parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(x)])];
      x = parent[static_cast<std::size_t>(x)];
    }
    return x;
  }
  void unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a != b) {
      parent[static_cast<std::size_t>(std::max(a, b))] = std::min(a, b);
    }
  }
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

// "The Bell" -> "bell"; "Associated Press" -> "associated press"
std::string source_name_key(std::string_view name) {
  std::string k = lower(name);
  if (k.rfind("the ", 0) == 0) {
    k = k.substr(4);
  }
  if (k == "associated press") {
    k = "ap";
  }
  return k;
}

// --- near-duplicate documents (MinHash over word 5-shingles) ---

std::vector<std::uint64_t> shingles(const std::string& text) {
  // word hashes (ASCII case folded), then one hash per five consecutive words
  std::vector<std::uint64_t> words;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto alnum = [](unsigned char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    };
    while (i < text.size() && !alnum(static_cast<unsigned char>(text[i]))) {
      ++i;
    }
    std::uint64_t h = 14695981039346656037ull;
    bool any = false;
    while (i < text.size() && alnum(static_cast<unsigned char>(text[i]))) {
      const auto c = static_cast<unsigned char>(text[i]);
      h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32u : c)) * 1099511628211ull;
      ++i;
      any = true;
    }
    if (any) {
      words.push_back(h);
    }
  }
  std::vector<std::uint64_t> out;
  for (std::size_t k = 0; k + 5 <= words.size(); ++k) {
    std::uint64_t h = 0x84222325cbf29ce4ull;
    for (std::size_t w = 0; w < 5; ++w) {
      h = (h ^ words[k + w]) * 0x100000001b3ull;
      h ^= h >> 29;
    }
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() || b.empty()) {
    return 0;
  }
  std::size_t common = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++common;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// Documents whose shingle sets overlap by at least `threshold` (Jaccard)
// are one cluster. Small corpora compare every pair exactly; large ones
// find candidates with MinHash banding (64 one-permutation bins, 16 bands of 4: a pair at
// Jaccard 0.6 is a candidate with probability 0.89, at 0.7 with 0.99) and
// confirm each candidate exactly.
std::vector<int> copy_clusters(const std::vector<DocInfo>& docs, double threshold) {
  constexpr std::size_t k_exact_up_to = 512;
  constexpr int k_hashes = 64;
  constexpr int k_bands = 16;
  constexpr int k_rows = k_hashes / k_bands;
  std::vector<std::vector<std::uint64_t>> sh(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) {
    sh[d] = shingles(docs[d].text);
  }
  UnionFind uf(docs.size());
  const auto try_unite = [&](int a, int b) {
    if (sh[static_cast<std::size_t>(a)].size() < 8 || sh[static_cast<std::size_t>(b)].size() < 8) {
      return;  // too short to call a copy
    }
    if (uf.find(a) != uf.find(b) &&
        jaccard(sh[static_cast<std::size_t>(a)], sh[static_cast<std::size_t>(b)]) >= threshold) {
      uf.unite(a, b);
    }
  };
  if (docs.size() <= k_exact_up_to) {
    for (std::size_t a = 0; a < docs.size(); ++a) {
      for (std::size_t b = a + 1; b < docs.size(); ++b) {
        try_unite(static_cast<int>(a), static_cast<int>(b));
      }
    }
  } else {
    // One-permutation MinHash: each shingle is hashed once and lands in
    // one of k_hashes bins, which keep their minimum; an empty bin takes
    // the value of the next non-empty bin to its right, salted by the
    // distance (densification, Shrivastava and Li 2014). Collision
    // probability per bin stays the Jaccard similarity, at 1/k_hashes of
    // the cost of k_hashes independent hashes.
    std::vector<std::array<std::uint64_t, k_hashes>> sig(docs.size());
    constexpr std::uint64_t k_empty = ~0ull;
    for (std::size_t d = 0; d < docs.size(); ++d) {
      auto& bins = sig[d];
      bins.fill(k_empty);
      for (const auto x : sh[d]) {
        std::uint64_t v = x;
        v ^= v >> 33;
        v *= 0xff51afd7ed558ccdull;
        v ^= v >> 33;
        v *= 0xc4ceb9fe1a85ec53ull;
        v ^= v >> 33;
        const std::size_t bin = static_cast<std::size_t>(v >> 58);  // top 6 bits: 64 bins
        bins[bin] = std::min<std::uint64_t>(bins[bin], v & 0x03ffffffffffffffull);
      }
      for (std::size_t h = 0; h < static_cast<std::size_t>(k_hashes); ++h) {
        if (bins[h] != k_empty) {
          continue;
        }
        for (std::size_t step = 1; step < static_cast<std::size_t>(k_hashes); ++step) {
          const std::uint64_t from = bins[(h + step) % k_hashes];
          if (from != k_empty && (from >> 63) == 0) {
            bins[h] = (from + 0x9E3779B97F4A7C15ull * step) | (1ull << 63);  // marked as borrowed
            break;
          }
        }
      }
    }
    // Each band: (band key, document) pairs sorted, so that documents with
    // one key are adjacent.
    std::vector<std::pair<std::uint64_t, int>> keyed;
    keyed.reserve(docs.size());
    for (int band = 0; band < k_bands; ++band) {
      keyed.clear();
      for (std::size_t d = 0; d < docs.size(); ++d) {
        if (sh[d].size() < 8) {
          continue;
        }
        std::uint64_t key = 1469598103934665603ull;
        for (int r = 0; r < k_rows; ++r) {
          key = (key ^ sig[d][static_cast<std::size_t>(band * k_rows + r)]) * 1099511628211ull;
        }
        keyed.emplace_back(key, static_cast<int>(d));
      }
      std::sort(keyed.begin(), keyed.end());
      for (std::size_t g = 0; g < keyed.size();) {
        std::size_t h = g + 1;
        while (h < keyed.size() && keyed[h].first == keyed[g].first) {
          ++h;
        }
        const std::size_t n = std::min<std::size_t>(h - g, 64);
        for (std::size_t a = 0; a < n; ++a) {
          for (std::size_t b = a + 1; b < n; ++b) {
            try_unite(keyed[g + a].second, keyed[g + b].second);
          }
        }
        g = h;
      }
    }
  }
  std::vector<int> out(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) {
    out[d] = uf.find(static_cast<int>(d));
  }
  return out;
}

// --- values ---

struct Interval {
  double lo = -INFINITY;
  double hi = INFINITY;
  bool lo_in = true;
  bool hi_in = true;
};

// Decimal places `v` is written with (at most 3): 1.25 -> 2, 4 -> 0.
int stated_decimals(double v) {
  int decimals = 0;
  while (decimals < 3 && std::fabs(v * std::pow(10.0, decimals) - std::round(v * std::pow(10.0, decimals))) > 1e-6) {
    ++decimals;
  }
  return decimals;
}

Interval interval_of(const NumRange& r, double rounding) {
  Interval iv;
  if (r.low) {
    iv.lo = *r.low;
    iv.lo_in = r.low_inclusive;
  }
  if (r.high) {
    iv.hi = *r.high;
    iv.hi_in = r.high_inclusive;
  }
  // Stated figures are rounded: widen both ends a little.
  if (r.low) {
    iv.lo -= std::fabs(*r.low) * rounding;
  }
  if (r.high) {
    iv.hi += std::fabs(*r.high) * rounding;
  }
  // "$1.2 billion" is any figure that rounds to it at its stated precision
  // ($1.15-1.25 billion): a point in millions or billions written with
  // decimals is widened by just under half its last digit. ("$2 billion"
  // and counts in full are not: "10 staff" and "12 staff" differ.)
  if (r.low && r.high && *r.low == *r.high && !r.approximate && std::fabs(*r.low) >= 1e6) {
    const double v = std::fabs(*r.low);
    const double scale = v >= 1e9 ? 1e9 : 1e6;
    const int decimals = stated_decimals(v / scale);
    if (decimals > 0) {
      const double half = 0.5 * std::pow(10.0, -decimals) * scale * 0.99;
      iv.lo = std::min(iv.lo, *r.low - half);
      iv.hi = std::max(iv.hi, *r.high + half);
    }
  }
  return iv;
}

bool overlap(const Interval& a, const Interval& b) {
  const bool lo_ok = a.lo < b.hi || (a.lo == b.hi && a.lo_in && b.hi_in);
  const bool hi_ok = b.lo < a.hi || (b.lo == a.hi && b.lo_in && a.hi_in);
  return lo_ok && hi_ok;
}

bool inside(const Interval& inner, const Interval& outer) {
  return inner.lo >= outer.lo && inner.hi <= outer.hi && (inner.lo > outer.lo || inner.hi < outer.hi);
}

double relative_gap(const NumRange& a, const NumRange& b) {
  const auto mid = [](const NumRange& r) {
    return r.low && r.high ? (*r.low + *r.high) / 2 : r.low ? *r.low : r.high ? *r.high : 0;
  };
  const double va = mid(a);
  const double vb = mid(b);
  return std::fabs(va - vb) / std::max({std::fabs(va), std::fabs(vb), 1e-9});
}

// The physical unit with canonical symbol `symbol` ("ft", "acre"), or null.
const parse::UnitInfo* unit_info(std::string_view symbol) {
  if (symbol.empty()) {
    return nullptr;
  }
  for (const auto& u : parse::units()) {
    if (u.symbol == symbol) {
      return &u;
    }
  }
  return nullptr;
}

NumRange to_si(NumRange r, const parse::UnitInfo& u) {
  if (r.low) {
    r.low = (*r.low + u.offset) * u.factor;
  }
  if (r.high) {
    r.high = (*r.high + u.offset) * u.factor;
  }
  return r;
}

// The UTC offset in minutes of a time zone written in `text` ("9:15 p.m.
// EST", "02:15 GMT", "10 a.m. ET" on `day`), nullopt when none is written.
// "ET", "CT", "MT" and "PT" follow United States daylight saving time.
std::optional<int> zone_offset(std::string_view text, Day day) {
  static constexpr std::pair<std::string_view, int> k_zones[] = {
      {"UTC", 0},     {"GMT", 0},     {"Z", 0},       {"WET", 0},     {"BST", 60},    {"WEST", 60},
      {"CET", 60},    {"CEST", 120},  {"EET", 120},   {"EEST", 180},  {"MSK", 180},   {"IST", 330},
      {"SGT", 480},   {"HKT", 480},   {"JST", 540},   {"KST", 540},   {"AEST", 600},  {"AEDT", 660},
      {"NZST", 720},  {"NZDT", 780},  {"EST", -300},  {"EDT", -240},  {"CST", -360},  {"CDT", -300},
      {"MST", -420},  {"MDT", -360},  {"PST", -480},  {"PDT", -420},  {"AKST", -540}, {"AKDT", -480},
      {"HST", -600}};
  // words of the text, upper-case ones only
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && !(text[i] >= 'A' && text[i] <= 'Z')) {
      ++i;
    }
    std::size_t j = i;
    while (j < text.size() && text[j] >= 'A' && text[j] <= 'Z') {
      ++j;
    }
    const std::string_view w = text.substr(i, j - i);
    const bool whole = (i == 0 || !std::isalpha(static_cast<unsigned char>(text[i - 1]))) &&
                       (j >= text.size() || !std::isalpha(static_cast<unsigned char>(text[j])));
    if (whole && !w.empty()) {
      for (const auto& [name, offset] : k_zones) {
        if (w == name) {
          return offset;
        }
      }
      if (w == "ET" || w == "CT" || w == "MT" || w == "PT") {
        // daylight saving: second Sunday of March to first Sunday of November
        const auto ymd = civil_from_days(day);
        const int y = ymd.year;
        const auto nth_sunday = [](int year, int month, int n) {
          const Day first = days_from_civil(year, month, 1);
          const int wd = iso_weekday(first) % 7;  // 0 = Sunday
          return first + ((7 - wd) % 7) + 7 * (n - 1);
        };
        const bool dst = day >= nth_sunday(y, 3, 2) && day < nth_sunday(y, 11, 1);
        const int standard = w == "ET" ? -300 : w == "CT" ? -360 : w == "MT" ? -420 : -480;
        return standard + (dst ? 60 : 0);
      }
    }
    i = j == i ? i + 1 : j;
  }
  return std::nullopt;
}

// Seconds in one duration unit ("hour" -> 3600), 0 when unknown. Months
// and years are their average lengths.
double duration_seconds(std::string_view unit) {
  static constexpr std::pair<std::string_view, double> k_units[] = {
      {"second", 1},          {"minute", 60},         {"hour", 3600},          {"day", 86400},
      {"week", 604800},       {"fortnight", 1209600}, {"month", 2629746},      {"quarter", 7889238},
      {"year", 31556952},     {"decade", 315569520},  {"century", 3155695200}};
  for (const auto& [name, secs] : k_units) {
    if (name == unit) {
      return secs;
    }
  }
  return 0;
}

// Attributes that the extractor gives when it finds no role for a figure.
bool generic_attribute(std::string_view attribute) {
  if (const auto per = attribute.find(".per_"); per != std::string_view::npos) {
    attribute = attribute.substr(0, per);  // "amount.per_share"
  }
  return attribute == "count" || attribute == "amount" || attribute == "people" || attribute == "number" ||
         attribute == "share.amount" || attribute == "quantity" || attribute == "distance";
}

// A date written relative to the report ("yesterday", "Friday night",
// "last week"): no digit and no month name.
bool deictic(std::string_view text) {
  static constexpr std::string_view k_months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                                  "sep", "oct", "nov", "dec"};
  std::string low;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      return false;
    }
    low += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  for (const auto m : k_months) {
    if (low.find(m) != std::string::npos) {
      return false;
    }
  }
  return !low.empty();
}

// Status stages.
int stage_of(const Claim& c) {
  if (c.value.kind != ValueKind::status) {
    return -2;
  }
  return status_stage(c.value.text);
}

std::set<std::string> word_set(std::string_view s) {
  std::set<std::string> out;
  std::string cur;
  for (const char ch : lower(s)) {
    if (std::isalnum(static_cast<unsigned char>(ch)) != 0) {
      cur += ch;
    } else {
      if (!cur.empty()) {
        out.insert(cur);
      }
      cur.clear();
    }
  }
  if (!cur.empty()) {
    out.insert(cur);
  }
  return out;
}

// "vp" and "vice president" are one title
std::string normalize_title(std::string t) {
  t = lower(t);
  static const std::pair<const char*, const char*> k_same[] = {
      {"vp", "vice president"}, {"ceo", "chief executive"}, {"chief executive officer", "chief executive"},
      {"cfo", "chief financial officer"}, {"coo", "chief operating officer"}, {"cto", "chief technology officer"}};
  for (const auto& [a, b] : k_same) {
    const std::string from = a;
    if (t == from || t.rfind(from + " ", 0) == 0) {
      t = b + t.substr(from.size());
    }
  }
  return t;
}

// (marks that start with '~', "~forecast", say what kind of statement a
// claim is; they sort last and are no words the two claims share)
double context_similarity(const Claim& a, const Claim& b) {
  const auto words = [](const Claim& c) {
    std::size_t n = c.context.size();
    while (n > 0 && !c.context[n - 1].empty() && c.context[n - 1][0] == '~') {
      --n;
    }
    return n;
  };
  const std::size_t na = words(a);
  const std::size_t nb = words(b);
  if (na == 0 || nb == 0) {
    return 0;
  }
  std::size_t common = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < na && j < nb) {
    if (a.context[i] == b.context[j]) {
      ++common;
      ++i;
      ++j;
    } else if (a.context[i] < b.context[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(na + nb - common);
}

// (kept small: a large corpus makes millions of edges)
struct Edge {
  int a;
  int b;
  FindingKind kind;
  const char* reason;         // a fixed phrase ...
  std::uint32_t detail = 0;   // ... or, when set, 1 + the index of the whole reason in m_details
  double confidence;
  bool within = false;
};

class Reconciler {
 public:
  Reconciler(const std::vector<DocInfo>& docs, const std::vector<Claim>& claims, const lexicon::Gazetteer& gaz,
             const Options& opt)
      : m_docs(docs), m_claims(claims), m_gaz(gaz), m_opt(opt) {}

  Result run();

 private:
  void canonical_subjects();
  void sources();
  std::string group_key(const Claim& c) const;
  void compare(int a, int b);
  void drop_conflicts_a_side_states();
  void consistency_within_documents();
  bool same_subject(const Claim& a, const Claim& b) const;
  // 1 same scope, 0 comparable (one side unqualified), -1 different
  int scope_relation(const Claim& a, const Claim& b) const;
  bool places_compatible(const std::string& a, const std::string& b, bool containment_ok) const;
  bool same_time(const Claim& a, const Claim& b) const;
  bool counts_tell_apart(int a, int b);
  std::string label(int index) const;
  // Stores a reason written out for one edge; returns its Edge::detail.
  std::uint32_t keep(std::string text) {
    m_details.push_back(std::move(text));
    return static_cast<std::uint32_t>(m_details.size());
  }
  std::string edge_text(const Edge& e) const {
    return e.detail == 0 ? std::string(e.reason) : m_details[e.detail - 1];
  }
  // "VALUE (OUTLET, DATE) vs VALUE (OUTLET, DATE): REASON"
  std::string explain(const Edge& e) const {
    if (e.within) {
      return edge_text(e);
    }
    return label(e.a) + " vs " + label(e.b) + ": " + edge_text(e);
  }
  Finding make(const std::vector<int>& members, FindingKind kind, const std::string& explanation, double confidence,
               bool within) const;
  int independent(const std::vector<int>& members) const;

  const std::vector<DocInfo>& m_docs;
  const std::vector<Claim>& m_claims;
  const lexicon::Gazetteer& m_gaz;
  const Options& m_opt;
  std::unordered_map<std::string, std::size_t> m_doc_index;
  std::vector<int> m_copy;
  std::vector<std::string> m_subject;  // canonical subject per claim
  std::unordered_map<std::string, Day> m_report_day;  // document -> the day it was published
  std::vector<int> m_source_id;        // independent source per claim
  std::vector<int> m_claim_doc;        // document index per claim (-1 unknown)
  std::vector<std::string> m_details;  // reasons written out for single edges (Edge::detail)
  std::vector<std::string> m_source_names;
  std::vector<std::uint64_t> m_print;  // content fingerprint per claim
  std::vector<Edge> m_edges;
  // Claims by sentence ("document|sentence start"), built on first use.
  std::unordered_map<std::string, std::vector<int>> m_by_sentence;
  // Reports that quote an earlier estimate ("above the studio's Sunday
  // estimate of $118 million"): their figures may be revisions.
  std::unordered_set<std::string> m_revises;
};

// "Acme cut 500 jobs in January" and "Acme cut 700 jobs in June": two
// sentences that date one kind of act but count it differently speak of
// two acts, so their dates do not conflict. True when each sentence of
// `a` and `b` states a count, amount or share of one attribute and unit
// and the two are disjoint.
bool Reconciler::counts_tell_apart(int a, int b) {
  if (m_by_sentence.empty()) {
    for (std::size_t i = 0; i < m_claims.size(); ++i) {
      const Claim& c = m_claims[i];
      if (c.value.kind == ValueKind::quantity || c.value.kind == ValueKind::money ||
          c.value.kind == ValueKind::percent) {
        m_by_sentence[c.document + "|" + std::to_string(c.sentence_start)].push_back(static_cast<int>(i));
      }
    }
  }
  const auto siblings = [&](int i) -> const std::vector<int>* {
    const Claim& c = m_claims[static_cast<std::size_t>(i)];
    const auto it = m_by_sentence.find(c.document + "|" + std::to_string(c.sentence_start));
    return it == m_by_sentence.end() ? nullptr : &it->second;
  };
  const auto* sa = siblings(a);
  const auto* sb = siblings(b);
  if (sa == nullptr || sb == nullptr) {
    return false;
  }
  for (const int x : *sa) {
    for (const int y : *sb) {
      const Claim& cx = m_claims[static_cast<std::size_t>(x)];
      const Claim& cy = m_claims[static_cast<std::size_t>(y)];
      if (cx.attribute != cy.attribute || cx.value.kind != cy.value.kind || cx.value.unit != cy.value.unit) {
        continue;
      }
      const Interval ix = interval_of(cx.value.num, m_opt.rounding);
      const Interval iy = interval_of(cy.value.num, m_opt.rounding);
      if (!overlap(ix, iy)) {
        return true;
      }
    }
  }
  return false;
}

namespace {

// A thing built over years (a bridge, a stadium, a tower, a dam, a tunnel,
// a pipeline, a law), unlike a ship or a satellite.
bool built_over_years(std::string_view kind) {
  static constexpr std::string_view k_projects[] = {"bridge", "stadium", "tower", "dam", "tunnel", "pipeline", "law"};
  return std::find(std::begin(k_projects), std::end(k_projects), kind) != std::end(k_projects);
}

// Days apart at most for two reports of a thing of `kind` to speak of one
// thing: two years for one built over years, two months for any other.
int thing_window(std::string_view kind) { return built_over_years(kind) ? 730 : 60; }

// Days around a report within which a thing's name, if it is the only one
// of its kind reported there, names the report's unnamed thing of that kind:
// a fortnight for a ship or a satellite, whose story runs for days; a year
// for a thing built over years.
int naming_window(std::string_view kind) { return built_over_years(kind) ? 365 : 14; }

// A name's key without the generic words inside it ("logan international
// airport" -> "logan airport"); the first and last words stay.
std::string without_generic_words(const std::string& key) {
  static constexpr std::string_view k_generic[] = {"international", "national", "regional", "municipal", "memorial"};
  const std::size_t first = key.find(' ');
  const std::size_t last = key.rfind(' ');
  if (first == std::string::npos || first == last) {
    return key;
  }
  std::string out = key.substr(0, first);
  std::size_t pos = first + 1;
  while (pos <= last) {
    const std::size_t next = key.find(' ', pos);
    const std::string_view word = std::string_view(key).substr(pos, next - pos);
    if (std::find(std::begin(k_generic), std::end(k_generic), word) == std::end(k_generic)) {
      out += ' ';
      out += word;
    }
    pos = next + 1;
  }
  out += key.substr(last);
  return out;
}

}  // namespace

void Reconciler::canonical_subjects() {
  // Keys that name the same thing across documents: an acronym and the
  // name it abbreviates ("dhs", "department of homeland security"); a
  // one-word name and the longer name it ends ("delia", "hurricane delia").
  std::unordered_map<std::string, std::string> by_acronym;
  std::unordered_map<std::string, std::set<std::string>> by_last_word;
  std::unordered_map<std::string, std::set<std::string>> by_first_word;  // "commerce" -> {"commerce department"}
  std::unordered_set<std::string> people;  // "jane doe" named as a person in some article
  std::unordered_map<std::string, std::set<std::string>> surnames;  // "doe" -> {"person:jane doe"}
  // Things by name: "Acme Star", named a ship in one article, is "the
  // ship" of every article reported within the kind's window of it, also
  // those that never say it is a ship, when no other ship is named in
  // that window; two names are two things, never compared.
  // The day each report was published (from a claim it dates by its
  // publication); kept for compare() too.
  for (const auto& c : m_claims) {
    if (c.time.source != "explicit" && c.time.range.start) {
      m_report_day.try_emplace(c.document, *c.time.range.start);
    }
  }
  const auto day_of = [&](const Claim& c) -> std::optional<Day> {
    const auto it = m_report_day.find(c.document);
    return it == m_report_day.end() ? std::nullopt : std::optional<Day>(it->second);
  };
  // kind -> name -> first and last day reported
  std::unordered_map<std::string, std::map<std::string, std::pair<Day, Day>>> things;
  std::unordered_map<std::string, std::string> kind_of_name;
  for (const auto& c : m_claims) {
    const Subject& s = c.subject;
    std::string kind;
    std::string name;
    if (s.kind == "thing" && !s.unit.empty() && s.key.rfind("thing:", 0) != 0) {
      kind = s.unit;
      name = s.key;
    }
    if (s.kind == "thing" && !s.parent.empty() && s.key.rfind("thing:", 0) == 0) {
      kind = s.key.substr(6);  // "the ship" of an article that names it
      name = s.parent;
    }
    const auto day = day_of(c);
    if (kind.empty() || !day) {
      continue;
    }
    kind_of_name.emplace(name, kind);
    const auto [it, fresh] = things[kind].try_emplace(name, *day, *day);
    it->second.first = std::min(it->second.first, *day);
    it->second.second = std::max(it->second.second, *day);
  }
  // The one name of `kind` reported within the window of `day`, if any.
  const auto only_name = [&](const std::string& kind, Day day) -> std::string {
    const auto it = things.find(kind);
    if (it == things.end()) {
      return {};
    }
    const int window = naming_window(kind);
    std::string found;
    for (const auto& [name, days] : it->second) {
      if (days.first - window <= day && day <= days.second + window) {
        if (!found.empty()) {
          return {};
        }
        found = name;
      }
    }
    return found;
  };
  // The story events of the corpus ("story:crash"), but for those of a
  // weak kind: a report about "the jet" speaks of the crash when the
  // corpus holds one kind of story event.
  std::set<std::string> story_events;
  for (const auto& c : m_claims) {
    if (c.subject.kind == "story" && c.subject.parent.empty()) {
      story_events.insert(c.subject.key);
    }
  }
  for (const auto& c : m_claims) {
    const Subject& s = c.subject;
    if (s.kind == "person") {
      people.insert(s.key);
      if (const auto sp = s.key.rfind(' '); sp != std::string::npos) {
        surnames[s.key.substr(sp + 1)].insert(s.key);
      }
    }
    if ((s.kind == "org" || s.kind == "other" || s.kind == "event") && s.key.find(' ') != std::string::npos) {
      if (!s.acronym.empty() && s.acronym.size() >= 2) {
        by_acronym.emplace(s.acronym, s.key);
      }
      const auto sp = s.key.rfind(' ');
      by_last_word[s.key.substr(sp + 1)].insert(s.key);
      // "the Commerce Department" and "Commerce officials", "Acme
      // Pictures" and "Acme's last release": a body or firm whose last
      // word says what kind it is, by its first word, when no other such
      // name starts with it ("Zephyr SUVs" is no "Zephyr")
      static constexpr std::string_view k_kinds[] = {
          "department", "ministry",   "agency",   "bureau",  "commission", "administration", "authority", "office",
          "pictures",   "studios",    "foods",    "motors",  "airlines",   "airways",        "group",     "holdings",
          "industries", "systems",    "technologies", "energy", "bank",    "media",          "entertainment",
          "pharmaceuticals", "therapeutics", "brands", "partners", "capital", "labs", "health", "district",
          "average", "index", "composite", "university", "college"};
      // ("the Acme Unified School District" and "Acme's school
      // board": the last word says the kind)
      const std::string_view last_word = std::string_view(s.key).substr(sp + 1);
      if (std::find(std::begin(k_kinds), std::end(k_kinds), last_word) != std::end(k_kinds)) {
        by_first_word[s.key.substr(0, s.key.find(' '))].insert(s.key);
      }
    }
  }
  m_subject.resize(m_claims.size());
  for (std::size_t i = 0; i < m_claims.size(); ++i) {
    const Subject& s = m_claims[i].subject;
    std::string key = s.key;
    // "has closed the 150 stores" against "is considering closing some of
    // its stores": the status of units named without a place is the
    // organization's
    if (s.kind == "unit" && s.place.empty() && !s.parent.empty() && m_claims[i].value.kind == ValueKind::status) {
      key = s.parent;
    } else if (s.kind == "unit") {
      // a unit's group is its parent's canonical key and its kind; places
      // are compared pairwise
      std::string parent = s.parent;
      if (const auto it = by_acronym.find(parent); it != by_acronym.end()) {
        parent = it->second;
      }
      m_subject[i] = "unit:" + parent + "/" + s.unit;
      continue;
    }
    if (s.kind == "story" && s.parent == "story:" && story_events.size() == 1) {
      m_subject[i] = *story_events.begin();
      continue;
    }
    if (s.kind == "thing" || s.kind == "org" || s.kind == "other") {
      // a named thing: "thing:ship/acme star"
      if (const auto it = kind_of_name.find(key); it != kind_of_name.end()) {
        m_subject[i] = "thing:" + it->second + "/" + key;
        continue;
      }
      // "the ship" of an article that names it, or the one ship named in
      // the reports around this one
      if (key.rfind("thing:", 0) == 0) {
        const std::string kind = key.substr(6);
        std::string name = s.parent;
        if (name.empty()) {
          if (const auto day = day_of(m_claims[i])) {
            name = only_name(kind, *day);
          }
        }
        m_subject[i] = name.empty() ? key : key + "/" + name;
        continue;
      }
    }
    // a name one article did not recognize as a person's, another did
    if (s.kind == "other" && people.count("person:" + key) != 0) {
      key = "person:" + key;
    }
    // a surname alone ("Alvarez leads Feld") of the one person of the
    // corpus who has it
    if (s.kind == "other" && key.find(' ') == std::string::npos) {
      if (const auto it = surnames.find(key); it != surnames.end() && it->second.size() == 1) {
        key = *it->second.begin();
      }
    }
    // "Springfield International Airport" and "Springfield Airport", "Acme National
    // Bank" and "Acme Bank": a generic word inside a name is often left
    // out
    if (s.kind == "org" || s.kind == "other") {
      key = without_generic_words(key);
    }
    if (s.kind == "org" || s.kind == "other") {
      if (const auto it = by_acronym.find(key); it != by_acronym.end() && key.find(' ') == std::string::npos) {
        key = it->second;
      }
      if (const auto it = by_first_word.find(key); it != by_first_word.end() && it->second.size() == 1) {
        key = *it->second.begin();
      }
    }
    if (key.rfind("event:", 0) == 0 || s.kind == "other") {
      const std::string bare = key.rfind("event:", 0) == 0 ? key.substr(6) : key;
      if (bare.find(' ') == std::string::npos) {
        const auto it = by_last_word.find(bare);
        if (it != by_last_word.end() && it->second.size() == 1) {
          key = *it->second.begin();
        }
      }
    }
    m_subject[i] = key;
  }
}

void Reconciler::sources() {
  for (std::size_t d = 0; d < m_docs.size(); ++d) {
    m_doc_index[m_docs[d].id] = d;
  }
  m_copy = copy_clusters(m_docs, m_opt.copy_similarity);
  // Outlet names that are also origins ("Bloomberg" cited by others and
  // publishing itself) are one source.
  m_print.resize(m_claims.size());
  m_source_id.resize(m_claims.size());
  std::unordered_map<std::string, int> intern;
  const auto id_of = [&](std::string key) {
    const auto [it, fresh] = intern.emplace(std::move(key), static_cast<int>(m_source_names.size()));
    if (fresh) {
      m_source_names.push_back(it->first);
    }
    return it->second;
  };
  std::vector<int> doc_source(m_docs.size());
  for (std::size_t d = 0; d < m_docs.size(); ++d) {
    const DocInfo& rep = m_docs[static_cast<std::size_t>(m_copy[d])];
    doc_source[d] = id_of("origin:" + source_name_key(rep.outlet.empty() ? "doc " + rep.id : rep.outlet));
  }
  m_claim_doc.assign(m_claims.size(), -1);
  for (std::size_t i = 0; i < m_claims.size(); ++i) {
    const Claim& c = m_claims[i];
    if (const auto it = m_doc_index.find(c.document); it != m_doc_index.end()) {
      m_claim_doc[i] = static_cast<int>(it->second);
    }
    std::uint64_t h = hash::fnv1a64(c.document);
    h = (h ^ c.start) * 1099511628211ull;
    h = (h ^ hash::fnv1a64(c.attribute)) * 1099511628211ull;
    m_print[i] = (h ^ hash::fnv1a64(c.value.display)) * 1099511628211ull;
    if (!c.attribution.origin.empty()) {
      m_source_id[i] = id_of("origin:" + source_name_key(c.attribution.origin_name.empty() ? c.attribution.origin
                                                                                           : c.attribution.origin_name));
      continue;
    }
    m_source_id[i] = m_claim_doc[i] < 0 ? id_of("doc:" + c.document)
                                        : doc_source[static_cast<std::size_t>(m_claim_doc[i])];
  }
}

std::string Reconciler::group_key(const Claim& c) const {
  return c.attribute;  // combined with the canonical subject by the caller
}

bool Reconciler::places_compatible(const std::string& a, const std::string& b, bool containment_ok) const {
  if (a.empty() || b.empty() || a == b) {
    return true;
  }
  const lexicon::Place* pa = m_gaz.by_key(a);
  const lexicon::Place* pb = m_gaz.by_key(b);
  if (pa == nullptr || pb == nullptr) {
    return false;
  }
  const auto rel = m_gaz.relate(*pa, *pb);
  return rel == lexicon::PlaceRelation::same || rel == lexicon::PlaceRelation::near ||
         (containment_ok && (rel == lexicon::PlaceRelation::contains || rel == lexicon::PlaceRelation::within));
}

bool Reconciler::same_subject(const Claim& a, const Claim& b) const {
  if (a.subject.kind == "unit" && b.subject.kind == "unit") {
    // one unit: both unplaced, or in the same place or area
    if (a.subject.place.empty() != b.subject.place.empty()) {
      return false;
    }
    return places_compatible(a.subject.place, b.subject.place, false);
  }
  return true;
}

int Reconciler::scope_relation(const Claim& a, const Claim& b) const {
  const Scope& x = a.scope;
  const Scope& y = b.scope;
  // "$34.8 million" against "$34.8 million including fees": the bare
  // amount may be reckoned either way, so the two may agree but never
  // contradict (one side unqualified)
  // (so is an amount converted into another currency, "£100m ($127m)",
  // against any other amount of that currency)
  // (and so is an amount over a span of time, "$2 billion over five
  // years", against a bare one, and one from a market, "$142 million
  // abroad")
  const auto reckoned = [](const std::string& p) {
    return p.starts_with("before ") || p.starts_with("after ") || p.starts_with("including ") ||
           p.starts_with("excluding ") || p.starts_with("over ") || p.starts_with("market:");
  };
  const bool converted = x.phase == "converted" || y.phase == "converted";
  const bool phase_open = converted || (x.phase != y.phase && (x.phase.empty() || y.phase.empty()) &&
                                        reckoned(x.phase.empty() ? y.phase : x.phase));
  // (a crowd estimate by someone, "police said 480,000", against a figure
  // no one is said to give may agree but never contradict; two
  // estimators' figures are not compared at all)
  const auto estimate = [](const std::string& p) { return p.ends_with(" estimate"); };
  const bool estimate_open = x.population != y.population && (x.population.empty() || y.population.empty()) &&
                             estimate(x.population.empty() ? y.population : x.population);
  if ((x.population != y.population && !estimate_open) || (x.phase != y.phase && !phase_open) || x.unit != y.unit) {
    return -1;
  }
  // ("6,200 people worldwide" is the whole, as a figure with no place is)
  const auto whole = [](const std::string& p) { return p.empty() || p == "region:world"; };
  if (x.place == y.place || (whole(x.place) && whole(y.place))) {
    return phase_open || estimate_open ? 0 : 1;
  }
  if (x.place.empty() || y.place.empty()) {
    return 0;
  }
  return places_compatible(x.place, y.place, false) ? 0 : -1;
}

bool Reconciler::same_time(const Claim& a, const Claim& b) const {
  const DateRange& x = a.time.range;
  const DateRange& y = b.time.range;
  if (!x.start || !x.end || !y.start || !y.end) {
    return true;  // unknown: assume the same time
  }
  return *x.start <= *y.end && *y.start <= *x.end;
}

std::string Reconciler::label(int index) const {
  const Claim& c = m_claims[static_cast<std::size_t>(index)];
  const int d = m_claim_doc[static_cast<std::size_t>(index)];
  std::string out;
  out.reserve(96);
  out += (c.value.kind == ValueKind::status || c.value.display.empty()) ? c.value.text : c.value.display;
  if (!c.scope.place_name.empty()) {
    out += " (";
    out += c.scope.place_name;
    out += ')';
  }
  if (!c.scope.population.empty()) {
    out += c.scope.population == "part" ? " (a part)" : " (" + c.scope.population + ")";
  }
  out += " (";
  if (d >= 0) {
    const DocInfo& doc = m_docs[static_cast<std::size_t>(d)];
    out += doc.outlet.empty() ? "document " + c.document : doc.outlet;
    if (!doc.published.empty()) {
      out += ", ";
      out += doc.published;
    }
  } else {
    out += "document " + c.document;
  }
  out += ')';
  return out;
}

void Reconciler::compare(int ia, int ib) {
  const Claim& a = m_claims[static_cast<std::size_t>(ia)];
  const Claim& b = m_claims[static_cast<std::size_t>(ib)];
  if (a.value.kind != b.value.kind) {
    return;
  }
  const int da = m_claim_doc[static_cast<std::size_t>(ia)];
  const int db = m_claim_doc[static_cast<std::size_t>(ib)];
  if ((da >= 0 && db >= 0) ? da == db : a.document == b.document) {
    return;
  }
  if (!same_subject(a, b)) {
    return;
  }
  // An unnamed event ("the outbreak", "the bombing") is one event only in
  // reports a fortnight apart at most: a newsroom's database holds many
  // bombings.
  if (a.subject.kind == "story" || b.subject.kind == "story") {
    // (a figure the report dates itself is compared only for a weak kind,
    // the economy's "206,000 jobs in July", by the day of its report: an
    // event's "In 2019, an outbreak killed 40" is another event)
    const auto reported = [&](const Claim& c) -> std::optional<Day> {
      if (c.time.source != "explicit") {
        return c.time.range.start;
      }
      const auto it = m_report_day.find(c.document);
      // (a day the report names for what happened, "struck southern Peru
      // on Tuesday", days before it, is the report's own news)
      if (it != m_report_day.end() && c.time.range.start && c.time.range.end &&
          *c.time.range.start == *c.time.range.end && *c.time.range.start <= it->second &&
          it->second - *c.time.range.start <= 14) {
        return c.time.range.start;
      }
      if (c.subject.parent != "story:" || it == m_report_day.end()) {
        return std::nullopt;
      }
      return it->second;
    };
    auto ra = reported(a);
    auto rb = reported(b);
    // (but two reports of one story, days apart, that date a figure of
    // an earlier event of the kind to the same period, in the same words,
    // speak of one earlier event: "since 2011, when 120 whales died in the
    // same bay" against "in 2011, when 150 whales died there")
    if (!ra && !rb && a.time.source == "explicit" && b.time.source == "explicit" && a.time.range.start &&
        a.time.range.start == b.time.range.start && a.time.range.end == b.time.range.end &&
        a.attribute == b.attribute && context_similarity(a, b) >= m_opt.min_context) {
      const auto da_day = m_report_day.find(a.document);
      const auto db_day = m_report_day.find(b.document);
      if (da_day != m_report_day.end() && db_day != m_report_day.end()) {
        ra = da_day->second;
        rb = db_day->second;
      }
    }
    if (!ra || !rb || std::abs(*ra - *rb) > 14) {
      return;
    }
  }
  // A thing ("the stadium", "the ship", "thing:ship/acme star") is one
  // thing only in reports close enough in time (thing_window): a
  // newsroom's database holds many stadiums and many ships. (Two names
  // are two subjects already: canonical_subjects.)
  const std::string& subject_key = m_subject[static_cast<std::size_t>(ia)];
  if (a.subject.kind == "thing" || b.subject.kind == "thing" || subject_key.rfind("thing:", 0) == 0) {
    const std::string_view kind =
        subject_key.rfind("thing:", 0) == 0 ? std::string_view(subject_key).substr(6) : std::string_view();
    const auto& x = a.time.range.start;
    const auto& y = b.time.range.start;
    if (a.time.source != "explicit" && b.time.source != "explicit" && x && y &&
        std::abs(*x - *y) > thing_window(kind.substr(0, kind.find('/')))) {
      return;
    }
  }
  // (a report with no date at all, neither in its manifest nor its text,
  // holds its changing figures at an unknown time: a different figure may
  // be an update, never a contradiction)
  // (so does a report dated only to a month or a year, "2017-12", against
  // another's day in it: the two may be weeks apart)
  const auto coarse_publication = [](const Claim& c) {
    return c.time.source == "publication" && c.time.range.start && c.time.range.end &&
           *c.time.range.end > *c.time.range.start;
  };
  const bool undated = !a.time.range.start || !b.time.range.start ||
                       ((coarse_publication(a) || coarse_publication(b)) &&
                        !(a.time.range.start == b.time.range.start && a.time.range.end == b.time.range.end));
  const bool same_t = same_time(a, b) && !(undated && (a.changing || b.changing));
  const int scope = scope_relation(a, b);
  const bool fixed = !a.changing && !b.changing;
  const double ctx = context_similarity(a, b);
  const bool negated = (a.certainty == "negated") != (b.certainty == "negated");
  const auto add = [&](FindingKind k, const char* reason, double confidence) {
    m_edges.push_back(Edge{ia, ib, k, reason, {}, confidence});
  };
  const auto add_text = [&](FindingKind k, std::string reason, double confidence) {
    m_edges.push_back(Edge{ia, ib, k, "", keep(std::move(reason)), confidence});
  };
  // A contradiction needs the same claim: same scope, and words around the
  // values that speak of the same event.
  // A person's age on one day is one fact, whatever the words around it.
  // So is a measure both reports date to the same month, quarter or year
  // ("Inflation was 3.8% in August", "Inflation eased to 3.6% in August").
  const bool same_period = a.time.source == "explicit" && b.time.source == "explicit" && a.time.range.start &&
                           a.time.range.end && a.time.range.start == b.time.range.start &&
                           a.time.range.end == b.time.range.end && *a.time.range.end - *a.time.range.start >= 27 &&
                           a.attribute.find('.') != std::string::npos && !generic_attribute(a.attribute);
  // And a placed unit opens or closes once: "its plant in Dayton, Ohio,
  // in March" and "Acme's Dayton plant ... will close in May".
  const bool one_unit = a.subject.kind == "unit" && b.subject.kind == "unit" && !a.subject.place.empty() &&
                        (a.attribute == "date.close" || a.attribute == "date.open");
  // A person's time in a race, in reports a week apart that date it no
  // further, is that race's ("won in 2:00:35", "finished in 2:00:53").
  const bool one_race = a.attribute == "duration.finish" && a.subject.kind == "person" && b.subject.kind == "person" &&
                        a.time.source != "explicit" && b.time.source != "explicit" && a.time.range.start &&
                        b.time.range.start && std::abs(*a.time.range.start - *b.time.range.start) <= 7;
  // A thing's size is one fact: "The satellite, which weighs 4,600 kg"
  // against "the 4,200 kg weather satellite", whatever the words around.
  // (and so is where an event happened, how high or how deep: "broke
  // loose at an altitude of about 3,200 metres" against "started at 2,600
  // metres")
  const bool event_place_measure = a.subject.kind == "story" && b.subject.kind == "story" &&
                                   (a.attribute == "altitude" || a.attribute == "depth" ||
                                    a.attribute == "elevation") &&
                                   !a.changing && !b.changing;
  const bool thing_measure = (m_subject[static_cast<std::size_t>(ia)].rfind("thing:", 0) == 0 &&
                              (a.attribute == "mass" || a.attribute == "length" || a.attribute == "height" ||
                               a.attribute == "width" || a.attribute == "altitude") &&
                              !a.changing && !b.changing) ||
                             event_place_measure;
  // Two parts of one whole are one part only when the words around them
  // say so: "Six of the injured were in critical condition" and "two of
  // the injured died in hospital" are two parts.
  if (a.scope.population == "part" && b.scope.population == "part" && ctx < 3 * m_opt.min_context) {
    return;
  }
  // A change both reports date to the same day is that day's change ("The
  // index fell 2.9% on Monday", "fell 1,210 points, or 3.1%, on Monday").
  const bool one_day_change = a.time.source == "explicit" && b.time.source == "explicit" && a.time.range.start &&
                              a.time.range.start == a.time.range.end && a.time.range.start == b.time.range.start &&
                              a.time.range.end == b.time.range.end && a.attribute == b.attribute &&
                              (a.attribute == "change" || a.attribute.rfind("change.", 0) == 0);
  const bool comparable_for_conflict =
      scope == 1 && (ctx >= m_opt.min_context || (a.attribute == "age" && a.subject.kind == "person") || same_period ||
                     one_unit || one_race || thing_measure || one_day_change);
  const auto conflict = [&](const std::string& what) {
    if (!comparable_for_conflict) {
      if (scope < 0 && m_opt.scope_findings) {
        add(FindingKind::scope_differs, "different scope, not compared", 0.5);
      }
      return;
    }
    if (!fixed && !same_t) {
      add_text(FindingKind::update, what + (undated ? "; a report is not dated to the day" : "; reported at different times"),
               undated ? 0.5 : 0.7);
      return;
    }
    // Forecasts and plans reported more than a week apart ("expected at
    // 38.1 million bags" in May, "now seen at 36.5 million" in September)
    // were revised in between: an update, not a contradiction
    const auto forecast = [](const Claim& c) {
      return c.certainty == "planned" ||
             std::find(c.context.begin(), c.context.end(), "~forecast") != c.context.end();
    };
    if (forecast(a) && forecast(b)) {
      const auto day_a = m_report_day.find(a.document);
      const auto day_b = m_report_day.find(b.document);
      if (day_a != m_report_day.end() && day_b != m_report_day.end() && std::abs(day_a->second - day_b->second) > 7) {
        add_text(FindingKind::update, what + "; a forecast revised between reports", 0.6);
        return;
      }
    }
    // "Six road workers were missing" and, the same day, "four workers
    // remain missing": a count said to be what is still left is a later
    // count of a changing figure
    const auto still = [](const Claim& c) {
      if (std::find(c.context.begin(), c.context.end(), "remain") != c.context.end()) {
        return true;
      }
      // ("still" is no context word: the sentence says it)
      for (std::size_t at = c.quote.find("still"); at != std::string::npos; at = c.quote.find("still", at + 5)) {
        const bool starts = at == 0 || c.quote[at - 1] == ' ';
        const bool ends = at + 5 == c.quote.size() || c.quote[at + 5] == ' ';
        if (starts && ends) {
          return true;
        }
      }
      return false;
    };
    if (!fixed && still(a) != still(b)) {
      add_text(FindingKind::update, what + "; one report gives what is still left, a later count", 0.6);
      return;
    }
    double conf = 0.9;
    if (a.value.num.approximate || b.value.num.approximate) {
      conf -= 0.1;
    }
    if (a.certainty == "considered" || b.certainty == "considered" || a.certainty == "planned" ||
        b.certainty == "planned") {
      conf -= 0.2;
    }
    if (m_source_id[static_cast<std::size_t>(ia)] == m_source_id[static_cast<std::size_t>(ib)]) {
      add_text(FindingKind::contradiction, what + "; copies of one report disagree", conf);
    } else {
      add_text(FindingKind::contradiction, what + (fixed ? "" : "; same time"), conf);
    }
  };
  switch (a.value.kind) {
    case ValueKind::quantity:
    case ValueKind::money:
    case ValueKind::percent:
    case ValueKind::duration:
    case ValueKind::ordinal: {
      if (a.value.kind == ValueKind::money && a.value.unit != b.value.unit) {
        return;  // different currencies are not converted
      }
      if (a.value.kind == ValueKind::percent && a.value.unit != b.value.unit) {
        return;  // a share (%) and a change in percentage points (pp)
      }
      // Physical units compare in SI within their dimension ("12,000
      // acres" and "19 square miles"); across dimensions not at all.
      NumRange na = a.value.num;
      NumRange nb = b.value.num;
      if (a.value.kind == ValueKind::quantity && a.value.unit != b.value.unit) {
        const parse::UnitInfo* ua = unit_info(a.value.unit);
        const parse::UnitInfo* ub = unit_info(b.value.unit);
        if (ua != nullptr || ub != nullptr) {
          if (ua == nullptr || ub == nullptr || ua->dimension != ub->dimension) {
            return;
          }
          // (a difference of temperatures, "3C above normal", converts
          // by the scale alone: 1 degree Celsius is 1.8 Fahrenheit)
          const bool difference = a.attribute.ends_with(".change") && b.attribute.ends_with(".change");
          if (ua->dimension == "temperature" && difference) {
            for (auto [n, u] : {std::pair{&na, ua}, std::pair{&nb, ub}}) {
              if (n->low) {
                *n->low *= u->factor;
              }
              if (n->high) {
                *n->high *= u->factor;
              }
            }
          } else {
            na = to_si(na, *ua);
            nb = to_si(nb, *ub);
          }
          // Temperatures compare in degrees Celsius: a rounding tolerance
          // taken of kelvins (0.5% of 320 K) would be too wide.
          if (ua->dimension == "temperature" && !difference) {
            for (NumRange* n : {&na, &nb}) {
              if (n->low) {
                *n->low -= 273.15;
              }
              if (n->high) {
                *n->high -= 273.15;
              }
            }
          }
        }
      }
      // Durations compare in seconds: "121 minutes" and "7,235 seconds",
      // "18 months" and "a year and a half".
      if (a.value.kind == ValueKind::duration && a.value.unit != b.value.unit) {
        const double fa = duration_seconds(a.value.unit);
        const double fb = duration_seconds(b.value.unit);
        if (fa == 0 || fb == 0) {
          return;
        }
        for (auto [n, f] : {std::pair{&na, fa}, std::pair{&nb, fb}}) {
          if (n->low) {
            *n->low *= f;
          }
          if (n->high) {
            *n->high *= f;
          }
        }
      }
      if (scope < 0) {
        if (m_opt.scope_findings) {
          add(FindingKind::scope_differs,
              a.scope.population != b.scope.population ? "different scope (population), not compared"
              : a.scope.phase != b.scope.phase         ? "different scope (measure or phase), not compared"
              : a.scope.unit != b.scope.unit           ? "different scope (unit), not compared"
                                                       : "different scope (place), not compared",
              0.5);
        }
        return;
      }
      // One side unqualified ("17 dead" against "12 killed in Texas and
      // Louisiana"): for an event's toll the places only say where; for
      // anything else it may be another population, so it is not compared.
      const std::string head = a.attribute.substr(0, a.attribute.find('.'));
      const bool event_attribute = head == "deaths" || head == "injuries" || head == "evacuees" ||
                                   head == "damage" || head == "losses" || head == "magnitude" || head == "depth";
      // ("$34.8 million" against "$34.8 million including fees": scope 0
      // with phases that differ is an amount that may be reckoned either
      // way; equal figures agree, different ones are not compared)
      // (and so is a crowd estimate said to be someone's against one no
      // one is said to give)
      const bool estimate_open = scope == 0 && a.scope.population != b.scope.population;
      const bool reckon_open =
          scope == 0 && (a.scope.phase != b.scope.phase || a.scope.phase == "converted" || estimate_open);
      if (scope == 0 && !event_attribute && !one_race && !reckon_open) {
        return;
      }
      // A time stated to the second ("2:00:35", "2 hours, 14 minutes and
      // 4 seconds", "90 seconds") is exact: no rounding tolerance.
      const auto exact_seconds = [](const Claim& c) {
        return c.value.kind == ValueKind::duration && c.value.unit == "second" && c.value.num.low &&
               c.value.num.high && *c.value.num.low == *c.value.num.high && *c.value.num.low >= 60 &&
               !c.value.num.approximate;
      };
      // (nor is a percentage stated as a point: its precision below says
      // what it holds, "64.2%" is not "64.0%")
      const auto exact = [&](const Claim& c, const NumRange& n) {
        return exact_seconds(c) || (c.value.kind == ValueKind::percent && !n.approximate);
      };
      Interval x = interval_of(na, exact(a, na) ? 0.0 : m_opt.rounding);
      Interval y = interval_of(nb, exact(b, nb) ? 0.0 : m_opt.rounding);
      // A percentage is any figure that rounds to it at its stated
      // precision: "4%" is 3.5-4.5% and agrees with "4.4%", "4.4%" is
      // 4.35-4.45%; "4%" and "5%" still differ.
      if (a.value.kind == ValueKind::percent) {
        for (auto [iv, n] : {std::pair{&x, &na}, std::pair{&y, &nb}}) {
          if (!n->low || !n->high || *n->low != *n->high || n->approximate) {
            continue;
          }
          const double v = *n->low;
          const double half = 0.5 * std::pow(10.0, -stated_decimals(v)) * 0.99;
          iv->lo = std::min(iv->lo, v - half);
          iv->hi = std::max(iv->hi, v + half);
        }
      }
      if (reckon_open) {
        if (overlap(x, y) && relative_gap(na, nb) < 0.12) {
          add(FindingKind::agreement,
              estimate_open ? "the figures agree (one is said to be someone's estimate)"
                            : "the figures agree (one is said to be reckoned with or without a charge)",
              0.7);
        }
        return;
      }
      // ...but a smaller toll said of one place ("12 people in Florida")
      // may be that place's part of the larger unqualified one ("30
      // people"): not compared.
      if (scope == 0 && !overlap(x, y)) {
        const bool a_placed = !a.scope.place.empty();
        const Interval& placed = a_placed ? x : y;
        const Interval& whole = a_placed ? y : x;
        if (placed.hi < whole.lo) {
          return;
        }
      }
      // Jobs cut, customers affected, people hired: counts of one event. An
      // article that dates its count months away from the other's speaks of
      // another round ("In March, it eliminated 600 positions"), not of a
      // revised figure.
      // The same holds for an event's figures: "In 2019, a plane of the
      // airline made an emergency landing; none of the 160 people on board
      // were hurt" is another event than this one.
      // (an explicit date on one side, more than `days` from the other's)
      const auto dated_apart = [&](int days) {
        return !same_t && (a.time.source == "explicit" || b.time.source == "explicit") && a.time.range.start &&
               b.time.range.start && std::abs(*a.time.range.start - *b.time.range.start) > days;
      };
      const auto eventful = [](const Claim& c) { return c.subject.kind == "event" || c.subject.kind == "story"; };
      if ((a.attribute.find('.') != std::string::npos || (eventful(a) && eventful(b))) && dated_apart(90)) {
        return;
      }
      // Revenue, sales, profit: a figure per period. Two periods are two
      // figures, not one figure that changed ("third-quarter revenue" and
      // the fourth-quarter forecast).
      // So is a change ("fell 5% on Tuesday", "fell 3% on Wednesday").
      const bool flow = head == "revenue" || head == "sales" || head == "profit" || head == "loss" ||
                        head == "turnover" || head == "earnings" || head == "change";
      // (a period holds another only when they are the same: "fell 30%
      // this year" and "fell 3% on Tuesday" are two changes)
      // ("the third quarter" and "the three months ended September 30":
      // periods of a month or more whose ends are a few days apart are one)
      const auto span_days = [](const DateRange& r) { return r.start && r.end ? *r.end - *r.start : 0; };
      const int slack = std::min(span_days(a.time.range), span_days(b.time.range)) >= 27 ? 3 : 0;
      const auto near_day = [slack](const std::optional<Day>& p, const std::optional<Day>& q) {
        return p && q ? std::abs(*p - *q) <= slack : p == q;
      };
      const bool one_period =
          near_day(a.time.range.start, b.time.range.start) && near_day(a.time.range.end, b.time.range.end);
      if (flow && a.time.source == "explicit" && b.time.source == "explicit" && !one_period) {
        return;
      }
      // A change said of no period ("have fallen 30% since January", "are
      // down 28%") is of a span the writer leaves open: it may agree with
      // another, never contradict it.
      // (but a change both reports plan is one decision: "Russia will cut
      // 300,000 barrels a day" against "will reduce its output by 250,000")
      const bool both_planned = a.certainty == "planned" && b.certainty == "planned";
      // (a percentage as stated: "6%" holds "6.3%")
      if (head == "change" && !both_planned && (a.time.source != "explicit" || b.time.source != "explicit") &&
          !overlap(x, y)) {
        return;
      }
      // A fixed figure dated years away from the other's is another
      // occurrence: "In 2001, a magnitude 8.4 earthquake in the same region".
      if (fixed && dated_apart(365)) {
        return;
      }
      // A changing figure reported later with a different value is an
      // update even when a bound overlaps ("at least 12" then "17").
      // (but "dozens" holds "37": a vague amount that contains the other
      // figure says nothing new)
      const auto vague = [](const NumRange& n) {
        return n.approximate && n.low && n.high && *n.low > 0 && *n.high / *n.low > 1.5;
      };
      const bool vague_holds = (vague(na) && inside(y, x)) || (vague(nb) && inside(x, y));
      if (!fixed && !same_t && !negated && !vague_holds && relative_gap(na, nb) > 0.12) {
        add(FindingKind::update,
            undated ? "the figures differ and a report is not dated to the day: perhaps a change over time"
                    : "the figure changed over time",
            undated ? 0.5 : 0.75);
        return;
      }
      // "about 1,100" and "about 1,300" overlap only through both hedges:
      // two round figures that far apart are two different figures.
      const bool both_hedged = na.approximate && nb.approximate && na.low && na.high && nb.low && nb.high;
      // "$15 to $17" and "$17 to $19": two ranges that share only an end
      // neither agree nor conflict (a range moved up, or two estimates
      // that meet)
      const auto range = [](const NumRange& n) { return n.low && n.high && *n.low < *n.high && !n.approximate; };
      if (range(na) && range(nb) && (*na.high == *nb.low || *nb.high == *na.low)) {
        return;
      }
      if (overlap(x, y) && !(both_hedged && relative_gap(na, nb) > 0.12)) {
        if (negated) {
          // "Neither he nor his four grandparents could be located" denies
          // the locating, not the four: a denial conflicts only when the
          // words around both figures are much the same.
          if (scope == 1 && ctx >= 3 * m_opt.min_context) {
            conflict("one report denies it");
          }
          return;
        }
        // "about 2.3 million" and "2.3 million" agree; "fewer than 50" and
        // "40" is a refinement
        const bool hedged_same = (na.approximate || nb.approximate) &&
                                 relative_gap(na, nb) < 0.12;
        // (two stated figures that meet only by rounding, "54%" and
        // "53.8%", agree: neither is a bound)
        const bool both_points = na.low && na.high && *na.low == *na.high && nb.low && nb.high && *nb.low == *nb.high;
        if (!hedged_same && !both_points && (inside(x, y) || inside(y, x))) {
          add(FindingKind::partial_agreement, "one figure refines the other", 0.7);
        } else {
          add(FindingKind::agreement, "the figures agree", 0.8);
        }
        return;
      }
      if (!fixed && !same_t) {
        add(FindingKind::update,
            undated ? "the figures differ and a report is not dated to the day: perhaps a change over time"
                    : "the figure changed over time",
            undated ? 0.5 : 0.75);
        return;
      }
      if (scope == 0) {
        return;
      }
      // "did not fall below 30C" denies a figure: a different figure
      // elsewhere does not conflict with the denial
      if (negated) {
        return;
      }
      // "$260 million" on Sunday and "$263 million" on Monday from a report
      // that sets its final figures against the studio's estimate: a
      // revision, not a conflict (figures a few percent apart, the later
      // report quoting an estimate)
      if (!same_t && relative_gap(na, nb) < 0.05 && a.time.range.start && b.time.range.start &&
          *a.time.range.start != *b.time.range.start) {
        const int later = *a.time.range.start > *b.time.range.start ? ia : ib;
        if (m_revises.count(m_claims[static_cast<std::size_t>(later)].document) != 0) {
          add(FindingKind::update, "a later report revises an estimate", 0.6);
          return;
        }
      }
      // A figure whose attribute says only "a count" or "an amount" names no
      // event of its own, so it never contradicts ("six people in custody"
      // is no earlier count of "17 people indicted").
      if (generic_attribute(a.attribute)) {
        return;
      }
      // "Seven of the nine members voted for it", "Two of the nine voted
      // to keep rates": parts of one whole, and with no verb in the
      // attribute nothing says they are the same part.
      if (a.scope.population == "part" && b.scope.population == "part" && a.attribute.find('.') == std::string::npos) {
        return;
      }
      // A person's age moves by a year at a birthday: "61" in June and "62"
      // in December is no conflict; "21" and "22" a day apart is (a
      // birthday between them is possible but unlikely: one more year is
      // allowed once three months lie between the reports).
      if (head == "age" && na.low && nb.low && a.time.range.start && b.time.range.start) {
        const double years = std::abs(*na.low - *nb.low);
        const double apart = std::abs(*a.time.range.start - *b.time.range.start) / 365.25;
        if (years <= std::floor(apart + 0.75)) {
          add(FindingKind::update, "an age reported at different times", 0.6);
          return;
        }
        conflict("different ages for the same person");
        return;
      }
      char gap[96];
      const parse::UnitInfo* temp = unit_info(a.value.unit);
      if (temp != nullptr && temp->dimension == "temperature" && na.low && nb.low) {
        // (after the conversion above both are in degrees Celsius)
        const bool celsius = a.value.unit != b.value.unit || a.value.unit == "degC";
        // (to the hundredth when the gap is under a tenth: "1.48C" and
        // "1.45C" differ by 0.03, not "0.0")
        const double diff = std::fabs(*na.low - *nb.low);
        const char* scale = celsius ? "\xC2\xB0" "C" : "\xC2\xB0" "F";
        if (diff < 0.095) {
          std::snprintf(gap, sizeof gap, "temperatures differ by %.2f %s", diff, scale);
        } else {
          std::snprintf(gap, sizeof gap, "temperatures differ by %.1f %s", diff, scale);
        }
      } else if (a.value.kind == ValueKind::duration && na.low && nb.low && na.high && nb.high &&
                 *na.low == *na.high && *nb.low == *nb.high && relative_gap(na, nb) < 0.01) {
        // (both in seconds after the conversion above, or in one unit)
        std::snprintf(gap, sizeof gap, "times differ by %g %s", std::fabs(*na.low - *nb.low),
                      a.value.unit == b.value.unit ? (a.value.unit + "s").c_str() : "seconds");
      } else if (a.value.kind == ValueKind::percent && na.low && nb.low && na.high && nb.high &&
                 *na.low == *na.high && *nb.low == *nb.high) {
        // ("64.2%" and "64.0%": by percentage points)
        const double points = std::round(std::fabs(*na.low - *nb.low) * 100) / 100;
        std::snprintf(gap, sizeof gap, "shares differ by %g percentage point%s", points, points == 1 ? "" : "s");
      } else {
        std::snprintf(gap, sizeof gap, "figures differ by %.0f%%%s", relative_gap(na, nb) * 100,
                      a.value.unit != b.value.unit && unit_info(a.value.unit) != nullptr &&
                              unit_info(b.value.unit) != nullptr
                          ? " in the same unit"
                          : "");
      }
      conflict(gap);
      return;
    }
    case ValueKind::date: {
      if (!a.value.date.start || !b.value.date.start || !a.value.date.end || !b.value.date.end) {
        return;
      }
      // An organization is founded once, wherever the sentence also names
      // places ("founded in 2011, also has offices in Denver").
      const bool founding = a.attribute == "date.found" && a.subject.kind == "org" && b.subject.kind == "org";
      if (!founding && !places_compatible(a.scope.place, b.scope.place, true)) {
        return;
      }
      // A week ("this week", "last week") runs Monday to Sunday in
      // ISO 8601 but Sunday to Saturday in American usage: it may hold the
      // Sunday before its Monday ("filed for bankruptcy this week", said on
      // a Wednesday of a filing on Sunday).
      const auto week_start = [](const DateRange& d) {
        return d.granularity == Granularity::week ? *d.start - 1 : *d.start;
      };
      const Day as = week_start(a.value.date);
      const Day ae = *a.value.date.end;
      const Day bs = week_start(b.value.date);
      const Day be = *b.value.date.end;
      // Clock times on one day ("struck at 4:17 a.m." against "at 4:71
      // a.m."): minutes apart, in "2025-05-01T04:17"
      const auto minutes = [](const std::string& timex) -> int {
        if (timex.size() < 16 || timex[10] != 'T' || timex[13] != ':') {
          return -1;
        }
        for (const std::size_t k : {11u, 12u, 14u, 15u}) {
          if (timex[k] < '0' || timex[k] > '9') {
            return -1;
          }
        }
        return ((timex[11] - '0') * 10 + (timex[12] - '0')) * 60 + (timex[14] - '0') * 10 + (timex[15] - '0');
      };
      const int ma = minutes(a.value.timex);
      const int mb = minutes(b.value.timex);
      // Two clock times name instants: "9:15 p.m. EST on Tuesday" is
      // "02:15 GMT on Wednesday". With both zones written they compare in
      // UTC; with a zone missing, times a whole number of half hours apart
      // (up to 14 hours) may be one instant in two zones, and are not
      // compared.
      if (ma >= 0 && mb >= 0 && as == ae && bs == be) {
        const auto za = zone_offset(a.text, as);
        const auto zb = zone_offset(b.text, bs);
        long long ia_abs = static_cast<long long>(as) * 1440 + ma;
        long long ib_abs = static_cast<long long>(bs) * 1440 + mb;
        if (za && zb) {
          ia_abs -= *za;
          ib_abs -= *zb;
          if (std::llabs(ia_abs - ib_abs) <= 5) {
            add(FindingKind::agreement, "same time (in UTC)", 0.8);
            return;
          }
        } else {
          const long long gap = std::llabs(ia_abs - ib_abs);
          if (gap != 0 && gap <= 14 * 60 && gap % 30 == 0) {
            return;
          }
        }
      }
      const bool clock_differs = ma >= 0 && mb >= 0 && as == bs && ae == be && std::abs(ma - mb) > 5;
      if (as <= be && bs <= ae && !clock_differs) {
        // (generic event dates, "In a Tuesday statement" and "In 2017, ...
        // Acme stated", may be two events: only the same date agrees)
        if (a.attribute == "date.event" && !(as == bs && ae == be)) {
          return;
        }
        if ((as == bs && ae == be)) {
          add(FindingKind::agreement, "same date", 0.8);
        } else {
          add(FindingKind::partial_agreement, "one date refines the other", 0.7);
        }
        return;
      }
      // "Two years ago, the board approved a smaller plan": the date of
      // another thing may agree by chance, but never conflicts
      if (a.scope.population != b.scope.population) {
        return;
      }
      // Dates of events are fixed facts, but only a named event is one
      // event: "a statement on Tuesday" and "a statement on Monday" in
      // articles years apart are two statements.
      // A named one-time event ("the Ridge Fire began", "Hurricane Delia
      // made landfall") has one date per verb class, whatever the words
      // around it.
      // A thing (a ship, a bridge) is built once: "The Sea Lantern, built
      // in 2018" and "The 400-metre ship, built in 2015".
      const bool one_thing = m_subject[ia].rfind("thing:", 0) == 0 && a.attribute == b.attribute &&
                             (a.attribute == "date.build" || a.attribute == "date.open" || a.attribute == "date.complete");
      // A person is born once.
      // (a birth happens once, a person's or an animal's: "gave birth to a
      // cub on Saturday" against "on Sunday", whatever day each report)
      const bool born = a.attribute == "date.birth" && b.attribute == "date.birth" &&
                        (a.subject.kind == "person" || a.subject.kind == "other");
      // The story's event happened once ("The blast, at about 10:15 a.m.,"
      // against "The explosion occurred at 10:45 a.m.").
      const bool occurred = a.attribute == "date.occur" && b.attribute == "date.occur" &&
                            a.subject.kind == "story" && b.subject.kind == "story";
      const bool one_event = (a.subject.kind == "event" && b.subject.kind == "event") || founding || one_unit ||
                             one_thing || born || occurred;
      if (!(ctx >= m_opt.min_context || one_event) || a.attribute == "date.event" || a.attribute == "date.statement") {
        return;
      }
      if (!one_event && counts_tell_apart(ia, ib)) {
        return;
      }
      // A plan reported again later with another date has changed ("repairs
      // will start on July 1, two weeks earlier than planned").
      const bool plan = a.certainty == "planned" || b.certainty == "planned" || a.certainty == "considered" ||
                        b.certainty == "considered";
      // Reports a few days apart speak of one plan.
      if (plan && a.time.range.start && b.time.range.start && std::abs(*a.time.range.start - *b.time.range.start) > 3) {
        add(FindingKind::update, "the planned date changed between reports", 0.6);
        return;
      }
      if (a.time.range.start && b.time.range.start) {
        const Day ta = *a.time.range.start;
        const Day tb = *b.time.range.start;
        const bool a_recent = std::abs(as - ta) <= 60;
        const bool b_recent = std::abs(bs - tb) <= 60;
        if (a_recent && b_recent && std::abs(ta - tb) > 60) {
          return;
        }
        // "yesterday", "Friday", "today" in reports of different days name
        // each report's own news: two closings, two rallies. Such dates
        // conflict only between reports of the same day, or when the
        // subject is a named one-time event ("Hurricane Delia made landfall
        // on Monday" against "on Sunday night").
        // (the story's own event happened once too: "stranded on Sunday"
        // against "came ashore on Saturday")
        // (but days ahead of both reports name one coming event: "will
        // strike from Monday" against "walk out starting Tuesday")
        const bool ahead = as > std::max(ta, tb) && bs > std::max(ta, tb);
        if (ta != tb && (deictic(a.text) || deictic(b.text)) && a.subject.kind != "event" && !occurred && !born &&
            !ahead) {
          return;
        }
      }
      double conf = 0.85;
      if (a.certainty == "planned" || b.certainty == "planned" || a.certainty == "considered" ||
          b.certainty == "considered") {
        conf -= 0.3;
      }
      m_edges.push_back(Edge{ia, ib, FindingKind::contradiction,
                             clock_differs ? "different times for the same event" : "different dates for the same event",
                             {}, conf});
      return;
    }
    case ValueKind::set: {
      std::set<std::string> x(a.value.items.begin(), a.value.items.end());
      std::set<std::string> y(b.value.items.begin(), b.value.items.end());
      if (!places_compatible(a.scope.place, b.scope.place, true)) {
        return;
      }
      if (x == y) {
        add(FindingKind::agreement, "same members", 0.85);
        return;
      }
      if (std::includes(x.begin(), x.end(), y.begin(), y.end()) || std::includes(y.begin(), y.end(), x.begin(), x.end())) {
        add(FindingKind::partial_agreement, "one list omits members of the other (an omission, not a contradiction)",
            0.7);
        return;
      }
      if (ctx < m_opt.min_context) {
        return;
      }
      std::vector<std::string> only_a;
      std::set_difference(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(only_a));
      std::string names;
      for (std::size_t k = 0; k < a.value.items.size(); ++k) {
        if (std::find(only_a.begin(), only_a.end(), a.value.items[k]) != only_a.end()) {
          names += (names.empty() ? "" : ", ") + a.value.item_names[k];
        }
      }
      m_edges.push_back(Edge{ia, ib, FindingKind::contradiction, "", keep("the lists conflict (" + names + ")"), 0.75});
      return;
    }
    case ValueKind::place: {
      const lexicon::Place* pa = m_gaz.by_key(a.value.text);
      const lexicon::Place* pb = m_gaz.by_key(b.value.text);
      if (a.value.text == b.value.text) {
        add(FindingKind::agreement, "same place", 0.85);
        return;
      }
      if (pa == nullptr || pb == nullptr || scope < 0) {
        return;
      }
      const auto rel = m_gaz.relate(*pa, *pb);
      if (rel == lexicon::PlaceRelation::contains || rel == lexicon::PlaceRelation::within) {
        add(FindingKind::partial_agreement, "one place contains the other", 0.7);
      } else if (rel == lexicon::PlaceRelation::near) {
        add(FindingKind::agreement, "neighbouring places (same area)", 0.6);
      } else if (ctx >= m_opt.min_context && scope == 1) {
        m_edges.push_back(Edge{ia, ib, FindingKind::contradiction, "different places", {}, 0.8});
      }
      return;
    }
    case ValueKind::status: {
      const int sa = stage_of(a);
      const int sb = stage_of(b);
      if (sa == -2 || sb == -2) {
        if (a.value.text == b.value.text) {
          add(FindingKind::agreement, "same status", 0.75);
        }
        return;
      }
      if (sa == sb) {
        add(FindingKind::agreement, "same status", 0.8);
        return;
      }
      if ((sa == -1) != (sb == -1)) {
        // cancelled against progress
        if (ctx >= m_opt.min_context) {
          m_edges.push_back(Edge{ia, ib, FindingKind::contradiction, "cancelled against going ahead", {}, 0.6});
        }
        return;
      }
      if (!same_t) {
        const bool forward = (*a.time.range.start < *b.time.range.start) == (sa < sb);
        add(FindingKind::update, forward ? "the status progressed over time" : "an earlier stage was reported later",
          forward ? 0.8 : 0.5);
        return;
      }
      add(FindingKind::partial_agreement, "different stages reported at the same time", 0.5);
      return;
    }
    case ValueKind::text: {
      if (a.attribute == "title") {
        const std::string ta = normalize_title(a.value.text);
        const std::string tb = normalize_title(b.value.text);
        const auto wa = word_set(ta);
        const auto wb = word_set(tb);
        if (ta == tb) {
          add(FindingKind::agreement, "same title", 0.8);
        } else if (std::includes(wa.begin(), wa.end(), wb.begin(), wb.end()) ||
                   std::includes(wb.begin(), wb.end(), wa.begin(), wa.end())) {
          add(FindingKind::agreement, "one title refines the other", 0.75);
        }
        return;  // people change titles: different titles are not flagged
      }
      // A score or a tally ("3-1", "51-49"): one game or one vote, in
      // reports a few days apart with the words around it in common
      if (a.attribute == "score" || a.attribute == "tally" || a.attribute == "score.series" ||
          a.attribute == "tally.series") {
        if (a.value.text == b.value.text) {
          add(FindingKind::agreement, a.attribute == "score" ? "same score" : "same tally", 0.8);
          return;
        }
        const auto& x = a.time.range.start;
        const auto& y = b.time.range.start;
        if (scope == 1 && ctx >= m_opt.min_context && x && y && std::abs(*x - *y) <= 3 &&
            a.time.source != "explicit" && b.time.source != "explicit") {
          conflict(a.attribute == "score" ? "different scores for the same game" : "different tallies for the same vote");
        }
        return;
      }
      const auto wa = word_set(a.value.text);
      const auto wb = word_set(b.value.text);
      std::vector<std::string> common;
      std::set_intersection(wa.begin(), wa.end(), wb.begin(), wb.end(), std::back_inserter(common));
      if (!wa.empty() && !wb.empty() &&
          static_cast<double>(common.size()) >= 0.8 * static_cast<double>(std::min(wa.size(), wb.size()))) {
        add(FindingKind::agreement, a.attribute == "quote" ? "same quotation" : "same statement", 0.75);
      }
      return;
    }
  }
}

// Claims in one document that must agree with each other: a founding year
// and an anniversary; a start year and a duration since then.
void Reconciler::consistency_within_documents() {
  std::unordered_map<std::string, std::vector<int>> by_doc;
  for (std::size_t i = 0; i < m_claims.size(); ++i) {
    by_doc[m_claims[i].document].push_back(static_cast<int>(i));
  }
  const auto year_of = [](const std::optional<Day>& d) { return civil_from_days(*d).year; };
  for (const auto& [doc, ids] : by_doc) {
    for (const int i : ids) {
      const Claim& a = m_claims[static_cast<std::size_t>(i)];
      const bool anniversary = a.value.kind == ValueKind::ordinal && a.attribute == "ordinal.anniversary";
      const bool since = a.value.kind == ValueKind::duration && a.attribute.rfind("duration.", 0) == 0 && a.value.num.high;
      if (!anniversary && !since) {
        continue;
      }
      if (!a.time.range.start || !a.value.num.high) {
        continue;
      }
      const int at = year_of(a.time.range.start);
      // the years the start must fall in
      const double hi_years = *a.value.num.high;
      const double lo_years = a.value.num.low ? *a.value.num.low : hi_years;
      const int first = at - static_cast<int>(std::ceil(hi_years)) - (anniversary ? 0 : 1);
      const int last = at - static_cast<int>(std::floor(lo_years)) + (anniversary ? 0 : 1);
      for (const int j : ids) {
        const Claim& b = m_claims[static_cast<std::size_t>(j)];
        if (i == j || b.value.kind != ValueKind::date || !b.value.date.start ||
            b.value.date.granularity != Granularity::year || m_subject[static_cast<std::size_t>(i)] != m_subject[static_cast<std::size_t>(j)]) {
          continue;
        }
        const bool founding = b.attribute == "date.found";
        const bool start = b.attribute == "date.sell" || b.attribute == "date.open" || b.attribute == "date.operate" ||
                           b.attribute == "date.start" || founding;
        if ((anniversary && !founding) || (since && !start)) {
          continue;
        }
        if (since && a.scope.place != b.scope.place && !(a.scope.place.empty() || b.scope.place.empty())) {
          continue;
        }
        if (since && (a.scope.place.empty() != b.scope.place.empty())) {
          // "operating in the US for 20 years" and "started selling to US
          // customers in 2005": the place may sit in the object
        }
        const int y = year_of(b.value.date.start);
        const std::string pair = m_claims[static_cast<std::size_t>(j)].value.display + " and " +
                                 a.value.display + " (" + (anniversary ? "anniversary" : "duration") + " as of " +
                                 std::to_string(at) + ")";
        if (y >= first && y <= last) {
          m_edges.push_back(
              Edge{j, i, FindingKind::agreement, "", keep(pair + ": consistent within the article"), 0.7, true});
        } else if (anniversary) {
          m_edges.push_back(Edge{j, i, FindingKind::contradiction, "",
                                 keep(pair + ": inconsistent within the article (" + std::to_string(at - y) + " years)"),
                                 0.7, true});
        }
      }
    }
  }
}

int Reconciler::independent(const std::vector<int>& members) const {
  std::vector<int> ids;
  ids.reserve(members.size());
  for (const int m : members) {
    ids.push_back(m_source_id[static_cast<std::size_t>(m)]);
  }
  std::sort(ids.begin(), ids.end());
  return static_cast<int>(std::unique(ids.begin(), ids.end()) - ids.begin());
}

Finding Reconciler::make(const std::vector<int>& members, FindingKind kind, const std::string& explanation,
                         double confidence, bool within) const {
  Finding f;
  f.kind = kind;
  f.explanation = explanation;
  f.confidence = std::round(confidence * 100) / 100;
  f.within_document = within;
  // The identity of a finding: its kind and its claims' content (document,
  // place, attribute, value), so that it survives re-runs.
  std::vector<std::uint64_t> prints;
  prints.reserve(members.size());
  for (const int m : members) {
    const Claim& c = m_claims[static_cast<std::size_t>(m)];
    f.claims.push_back(c.id);
    prints.push_back(m_print[static_cast<std::size_t>(m)]);
  }
  f.independent = independent(members);
  std::sort(prints.begin(), prints.end());
  std::uint64_t h = hash::fnv1a64(to_string(kind));
  for (const auto p : prints) {
    h = (h ^ p) * 1099511628211ull;
    h ^= h >> 31;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%012llx", static_cast<unsigned long long>(h & 0xffffffffffffull));
  f.id = buf;
  return f;
}

// A document that itself states both values speaks of two things: "the ban
// starts July 20th" and "the wind-down starts this Friday" in one article,
// and the same two in a copy. A conflict between one article's first value
// and the other's second is then no contradiction: it is dropped when a
// claim agreeing with one side comes from the other side's document.
void Reconciler::drop_conflicts_a_side_states() {
  UnionFind uf(m_claims.size());
  bool any_conflict = false;
  for (const auto& e : m_edges) {
    if (e.kind == FindingKind::agreement && !e.within) {
      uf.unite(e.a, e.b);
    }
    any_conflict = any_conflict || e.kind == FindingKind::contradiction;
  }
  if (!any_conflict) {
    return;
  }
  // (agreement cluster, document) pairs; documents by index, or by an
  // interned number for claims whose document is not in the corpus list
  std::unordered_map<std::string, int> unknown_docs;
  const auto doc_of = [&](int claim) -> std::uint64_t {
    const int d = m_claim_doc[static_cast<std::size_t>(claim)];
    if (d >= 0) {
      return static_cast<std::uint64_t>(d);
    }
    const auto [it, fresh] = unknown_docs.try_emplace(m_claims[static_cast<std::size_t>(claim)].document,
                                                      static_cast<int>(m_docs.size() + unknown_docs.size()));
    return static_cast<std::uint64_t>(it->second);
  };
  const auto pair_key = [](int root, std::uint64_t doc) { return (static_cast<std::uint64_t>(root) << 32) | doc; };
  // A cluster's documents are its members' documents.
  std::vector<char> agrees(m_claims.size(), 0);
  for (const auto& e : m_edges) {
    if (e.kind == FindingKind::agreement && !e.within) {
      agrees[static_cast<std::size_t>(e.a)] = 1;
      agrees[static_cast<std::size_t>(e.b)] = 1;
    }
  }
  std::vector<std::uint64_t> cluster_docs;
  for (std::size_t i = 0; i < m_claims.size(); ++i) {
    if (agrees[i] != 0) {
      cluster_docs.push_back(pair_key(uf.find(static_cast<int>(i)), doc_of(static_cast<int>(i))));
    }
  }
  std::sort(cluster_docs.begin(), cluster_docs.end());
  const auto states = [&](int claim, int other) {
    return std::binary_search(cluster_docs.begin(), cluster_docs.end(), pair_key(uf.find(claim), doc_of(other)));
  };
  std::erase_if(m_edges, [&](const Edge& e) {
    return e.kind == FindingKind::contradiction && !e.within &&
           (states(e.a, e.b) || states(e.b, e.a));
  });
}

Result Reconciler::run() {
  sources();
  canonical_subjects();
  for (std::size_t i = 0; i < m_claims.size(); ++i) {
    if (m_claims[i].scope.phase == "expected") {
      m_revises.insert(m_claims[i].document);
    }
  }
  // Group by (canonical subject, attribute): only claims in one group are
  // compared, so the work grows with the group sizes, not with all pairs.
  // (a hash of subject and attribute; a collision only costs comparisons,
  // since compare() checks what matters)
  std::vector<std::pair<std::uint64_t, int>> keyed;
  keyed.reserve(m_claims.size());
  m_edges.reserve(m_claims.size() * 2);  // about two edges a claim in large corpora: no regrowth
  for (std::size_t i = 0; i < m_claims.size(); ++i) {
    const Claim& c = m_claims[i];
    if (m_subject[i].empty() || c.attribute.empty()) {
      continue;
    }
    const std::uint64_t key = (hash::fnv1a64(m_subject[i]) * 31) ^ hash::fnv1a64(group_key(c));
    keyed.emplace_back(key, static_cast<int>(i));
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<int> ids;
  for (std::size_t g = 0; g < keyed.size();) {
    std::size_t h = g;
    ids.clear();
    while (h < keyed.size() && keyed[h].first == keyed[g].first) {
      ids.push_back(keyed[h].second);
      ++h;
    }
    g = h;
    // Groups of a story's size: every pair. Very large groups (a database
    // of thousands of reports on one subject, or synthetic corpora): sorted
    // by value, each claim is compared with its next k_window neighbours,
    // so equal values still join (agreement is transitive) and each value
    // meets the nearest different ones; the cost stays linear in claims.
    constexpr std::size_t k_all_pairs = 64;
    constexpr std::size_t k_window = 12;
    std::size_t window = ids.size();
    if (ids.size() > k_all_pairs) {
      const auto order_key = [&](int i) {
        const ClaimValue& v = m_claims[static_cast<std::size_t>(i)].value;
        if (v.num.low || v.num.high) {
          return v.num.low ? *v.num.low : *v.num.high;
        }
        if (v.date.start) {
          return static_cast<double>(*v.date.start);
        }
        return static_cast<double>(hash::fnv1a64(v.display) >> 11);
      };
      std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) { return order_key(a) < order_key(b); });
      window = k_window;
    }
    for (std::size_t x = 0; x < ids.size(); ++x) {
      for (std::size_t y = x + 1; y < ids.size() && y <= x + window; ++y) {
        compare(ids[x], ids[y]);
      }
    }
  }
  drop_conflicts_a_side_states();
  consistency_within_documents();

  Result r;
  r.findings.reserve(m_edges.size());
  // Agreements merge transitively into one finding per group of claims;
  // every other edge is a finding of its own.
  UnionFind uf(m_claims.size());
  for (const auto& e : m_edges) {
    if (e.kind == FindingKind::agreement && !e.within) {
      uf.unite(e.a, e.b);
    }
  }
  // first edge and best confidence per cluster root; members by sorting
  // (root, member) pairs of the claims that agree with some other
  const std::size_t n = m_claims.size();
  std::vector<int> first_edge(n, -1);
  std::vector<double> best_confidence(n, 0);
  std::vector<char> agrees(n, 0);
  for (std::size_t k = 0; k < m_edges.size(); ++k) {
    const Edge& e = m_edges[k];
    if (e.kind == FindingKind::agreement && !e.within) {
      const auto root = static_cast<std::size_t>(uf.find(e.a));
      if (first_edge[root] < 0) {
        first_edge[root] = static_cast<int>(k);
      }
      best_confidence[root] = std::max(best_confidence[root], e.confidence);
      agrees[static_cast<std::size_t>(e.a)] = 1;
      agrees[static_cast<std::size_t>(e.b)] = 1;
    }
  }
  std::vector<std::pair<int, int>> membership;
  for (std::size_t i = 0; i < n; ++i) {
    if (agrees[i] != 0) {
      membership.emplace_back(uf.find(static_cast<int>(i)), static_cast<int>(i));
    }
  }
  std::sort(membership.begin(), membership.end());
  std::vector<std::vector<int>> clusters;  // members of each cluster
  std::vector<int> cluster_of(n, -1);      // root -> index in clusters
  for (std::size_t k = 0; k < membership.size();) {
    std::size_t j = k;
    std::vector<int> members;
    while (j < membership.size() && membership[j].first == membership[k].first) {
      members.push_back(membership[j].second);
      ++j;
    }
    const int root = membership[k].first;
    const double conf = best_confidence[static_cast<std::size_t>(root)];
    std::string explanation = explain(m_edges[static_cast<std::size_t>(first_edge[static_cast<std::size_t>(root)])]);
    if (members.size() > 2) {
      explanation = std::to_string(members.size()) + " reports agree: " + explanation;
    }
    Finding f = make(members, FindingKind::agreement, explanation, conf, false);
    f.confidence = std::min(0.95, f.confidence + 0.05 * (f.independent - 1));
    r.findings.push_back(std::move(f));
    cluster_of[static_cast<std::size_t>(root)] = static_cast<int>(clusters.size());
    clusters.push_back(std::move(members));
    k = j;
  }
  // Other edges between the same two agreement clusters become one finding
  // holding the claims of both sides ("3 reports say X, 1 says Y").
  struct TupleHash {
    std::size_t operator()(const std::tuple<int, int, int>& t) const {
      return std::hash<long long>()((static_cast<long long>(std::get<0>(t)) << 32) ^
                                    (static_cast<long long>(std::get<1>(t)) << 3) ^ std::get<2>(t));
    }
  };
  std::unordered_map<std::tuple<int, int, int>, std::vector<const Edge*>, TupleHash> between;
  for (const auto& e : m_edges) {
    if (e.kind == FindingKind::agreement && !e.within) {
      continue;
    }
    if (e.within) {
      r.findings.push_back(make({e.a, e.b}, e.kind, edge_text(e), e.confidence, true));
      continue;
    }
    between[{uf.find(e.a), uf.find(e.b), static_cast<int>(e.kind)}].push_back(&e);
  }
  std::vector<std::tuple<int, int, int>> between_keys;
  between_keys.reserve(between.size());
  for (const auto& [key, es] : between) {
    between_keys.push_back(key);
  }
  std::sort(between_keys.begin(), between_keys.end());
  // A side lists at most k_listed claims: a cluster of thousands of
  // agreeing reports (large synthetic corpora) would otherwise be copied
  // into every finding it takes part in, and findings would grow with the
  // product of cluster sizes. Counts of reports and sources stay exact.
  constexpr std::size_t k_listed = 24;
  std::unordered_map<int, std::vector<int>> side_sources;  // root -> sorted distinct sources
  const auto sources_of = [&](int root, const std::vector<int>& members) -> const std::vector<int>& {
    auto [it, fresh] = side_sources.try_emplace(root);
    if (fresh) {
      for (const int m : members) {
        it->second.push_back(m_source_id[static_cast<std::size_t>(m)]);
      }
      std::sort(it->second.begin(), it->second.end());
      it->second.erase(std::unique(it->second.begin(), it->second.end()), it->second.end());
    }
    return it->second;
  };
  // A report that agrees with one side of a contradiction but is an
  // update of the other ("opens in 2027" in February 2024, then "2027" and
  // "2028" a day apart in June 2025) is left out of the contradiction.
  std::unordered_map<std::uint64_t, FindingKind> edge_kind;
  for (const auto& e : m_edges) {
    if (e.kind == FindingKind::update && !e.within) {
      const auto lo = static_cast<std::uint64_t>(std::min(e.a, e.b));
      const auto hi = static_cast<std::uint64_t>(std::max(e.a, e.b));
      edge_kind.emplace((lo << 32) | hi, e.kind);
    }
  }
  const auto updates_with = [&](int m, const std::vector<int>& other) {
    for (const int o : other) {
      const auto lo = static_cast<std::uint64_t>(std::min(m, o));
      const auto hi = static_cast<std::uint64_t>(std::max(m, o));
      if (edge_kind.count((lo << 32) | hi) != 0) {
        return true;
      }
    }
    return false;
  };
  for (const auto& key : between_keys) {
    const auto& es = between[key];
    std::vector<int> single_left{es.front()->a};
    std::vector<int> single_right{es.front()->b};
    const auto side = [&](int root, const std::vector<int>& fallback) -> const std::vector<int>& {
      const int c = cluster_of[static_cast<std::size_t>(root)];
      return c < 0 ? fallback : clusters[static_cast<std::size_t>(c)];
    };
    const std::vector<int>* left_p = &side(std::get<0>(key), single_left);
    const std::vector<int>* right_p = &side(std::get<1>(key), single_right);
    std::vector<int> left_kept;
    std::vector<int> right_kept;
    bool trimmed = false;
    if (static_cast<FindingKind>(std::get<2>(key)) == FindingKind::contradiction && !edge_kind.empty()) {
      for (const int m : *left_p) {
        if (!updates_with(m, *right_p)) {
          left_kept.push_back(m);
        }
      }
      for (const int m : *right_p) {
        if (!updates_with(m, left_kept)) {
          right_kept.push_back(m);
        }
      }
      trimmed = !left_kept.empty() && !right_kept.empty() &&
                (left_kept.size() != left_p->size() || right_kept.size() != right_p->size());
      if (trimmed) {
        left_p = &left_kept;
        right_p = &right_kept;
      }
    }
    const std::vector<int>& left = *left_p;
    const std::vector<int>& right = *right_p;
    const std::size_t nl = std::min(left.size(), k_listed);
    const std::size_t nr = std::min(right.size(), k_listed);
    std::vector<int> members(left.begin(), left.begin() + static_cast<std::ptrdiff_t>(nl));
    members.insert(members.end(), right.begin(), right.begin() + static_cast<std::ptrdiff_t>(nr));
    double conf = 0;
    for (const auto* e : es) {
      conf = std::max(conf, e->confidence);
    }
    Finding f = make(members, static_cast<FindingKind>(std::get<2>(key)), explain(*es.front()), conf, false);
    std::vector<int> ls_own;
    std::vector<int> rs_own;
    if (trimmed) {  // sources of the trimmed sides, not the cached clusters'
      for (const int m : left) {
        ls_own.push_back(m_source_id[static_cast<std::size_t>(m)]);
      }
      for (const int m : right) {
        rs_own.push_back(m_source_id[static_cast<std::size_t>(m)]);
      }
      for (auto* v : {&ls_own, &rs_own}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
      }
    }
    const std::vector<int>& ls = trimmed ? ls_own : sources_of(std::get<0>(key), left);
    const std::vector<int>& rs = trimmed ? rs_own : sources_of(std::get<1>(key), right);
    std::vector<int> both;
    std::set_union(ls.begin(), ls.end(), rs.begin(), rs.end(), std::back_inserter(both));
    f.independent = static_cast<int>(both.size());
    f.side_sources = {static_cast<int>(ls.size()), static_cast<int>(rs.size())};
    f.sides.emplace_back();
    for (std::size_t k = 0; k < nl; ++k) {
      f.sides.back().push_back(m_claims[static_cast<std::size_t>(left[k])].id);
    }
    f.sides.emplace_back();
    for (std::size_t k = 0; k < nr; ++k) {
      f.sides.back().push_back(m_claims[static_cast<std::size_t>(right[k])].id);
    }
    if (left.size() + right.size() > 2) {
      f.explanation += " (" + std::to_string(left.size()) + " against " + std::to_string(right.size()) + " reports)";
    }
    r.findings.push_back(std::move(f));
  }
  for (auto& f : r.findings) {
    f.confidence = std::round(f.confidence * 100) / 100;
  }
  // Contradictions first, then by kind and id: a stable order. Ids are
  // 12 hex digits, so they sort as numbers.
  const auto rank = [](FindingKind k) {
    switch (k) {
      case FindingKind::contradiction: return 0;
      case FindingKind::update: return 1;
      case FindingKind::partial_agreement: return 2;
      case FindingKind::agreement: return 3;
      case FindingKind::scope_differs: return 4;
    }
    return 5;
  };
  std::vector<std::pair<std::uint64_t, std::size_t>> order(r.findings.size());
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    const std::uint64_t id = std::strtoull(r.findings[i].id.c_str(), nullptr, 16);
    order[i] = {(static_cast<std::uint64_t>(rank(r.findings[i].kind)) << 56) | id, i};
  }
  std::sort(order.begin(), order.end());
  {
    // Deduplicate identical findings (same id).
    std::vector<Finding> sorted;
    sorted.reserve(r.findings.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
      if (k > 0 && order[k - 1].first == order[k].first) {
        continue;  // the same id (and so the same kind) as the one before
      }
      sorted.push_back(std::move(r.findings[order[k].second]));
    }
    r.findings = std::move(sorted);
  }
  r.source_of = m_source_id;
  r.sources = m_source_names;
  r.copy_cluster = m_copy;
  return r;
}

}  // namespace

int status_stage(const std::string& status) {
  if (status == "considering") {
    return 1;
  }
  if (status == "planned") {
    return 2;
  }
  if (status == "announced" || status == "stopping") {
    return 3;
  }
  if (status == "in progress") {
    return 4;
  }
  if (status == "done") {
    return 5;
  }
  if (status == "cancelled") {
    return -1;
  }
  return -2;
}

Result reconcile(const std::vector<DocInfo>& docs, const std::vector<Claim>& claims, const lexicon::Gazetteer& gaz,
                 const Options& options) {
  return Reconciler(docs, claims, gaz, options).run();
}

}  // namespace cc::reconcile
