#include "extract/analysis.hpp"

#include <cctype>
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "extract/patterns.hpp"
#include "extract/resources.hpp"
#include "lexicon/wordnet.hpp"
#include "util/text.hpp"
#include "values/scanner.hpp"

namespace cc::extract {

using text::k_abbrev;
using text::k_allcaps;
using text::k_cap;
using text::k_dash;
using text::k_number;
using text::k_possessive;
using text::k_punct;
using text::k_quote;
using text::k_word;

bool auxiliary(std::string_view w) {
  static constexpr std::string_view k_aux[] = {"is",    "are",   "was", "were", "has",    "have",  "had",
                                               "will",  "would", "could", "may", "might", "can",   "should",
                                               "does",  "did",   "be",  "been", "being",  "shall", "must"};
  return std::find(std::begin(k_aux), std::end(k_aux), w) != std::end(k_aux);
}

bool media_name(const DocContext& dc, const Resources& res, std::string_view low) {
  return dc.media.count(std::string(low)) != 0 || res.lex.contains("org.media", low);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

std::uint16_t after_dateline(const Sent& s, std::uint16_t cb) {
  for (std::uint16_t k = cb; k + 1u < s.toks.size() && k < cb + 12u; ++k) {
    if (s.toks[k].lower == ")" && (s.toks[k + 1].lower == "-" || s.toks[k + 1].lower == "\xE2\x80\x94" ||
                                   s.toks[k + 1].lower == "\xE2\x80\x93")) {
      return static_cast<std::uint16_t>(k + 2);
    }
  }
  return cb;
}

bool dateline_place(const Sent& s, std::uint16_t b, std::uint16_t e) {
  return b == 0 && e < s.toks.size() &&
         (s.toks[e].lower == "(" || (s.toks[e].lower == "," && s.toks[0].is(text::k_allcaps)));
}

bool cited_source(const Sent& s, std::uint16_t b) {
  if (b >= 2 && s.toks[b - 2].lower == "according" && s.toks[b - 1].lower == "to") {
    return true;
  }
  // (an opening "According to the museum's director, Jan Smit, the jewels
  // ...": to its first comma, but past a name set off after a possessed
  // role, "the museum's director,")
  if (s.toks.size() > 2 && s.toks[0].lower == "according" && s.toks[1].lower == "to") {
    const auto possessed_role = [&](std::uint16_t k) {  // "museum's director" ends at k
      const Word& w = s.toks[k].lower;
      return s.toks[k].is(text::k_word) && !s.toks[k].is(text::k_cap) && w.size() > 2 &&
             w.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos &&
             s.toks[k - 1].is(text::k_possessive);
    };
    for (std::uint16_t k = 2; k + 1u < s.toks.size(); ++k) {
      if (s.toks[k].lower == "," && !(s.toks[k + 1].is(text::k_cap) && possessed_role(k - 1u))) {
        return b < k;
      }
    }
  }
  // (after ", according to", to the clause's end: "..., according to the
  // museum's director, Jan Smit")
  for (std::uint16_t k = 1; k + 1u < b; ++k) {
    if (s.toks[k].lower == ";") {
      return false;
    }
    if (s.toks[k].lower == "according" && s.toks[k + 1].lower == "to" && s.toks[k - 1].lower == ",") {
      bool closed = false;
      for (std::uint16_t j = k + 2u; j < b && !closed; ++j) {
        closed = s.toks[j].lower == ";" || s.toks[j].lower == "-" || s.toks[j].lower == "(";
      }
      return !closed;
    }
  }
  return false;
}

std::string_view to_string(SpanType t) {
  switch (t) {
    case SpanType::quantity: return "quantity";
    case SpanType::money: return "money";
    case SpanType::percent: return "percent";
    case SpanType::date: return "date";
    case SpanType::time: return "time";
    case SpanType::duration: return "duration";
    case SpanType::set: return "set";
    case SpanType::ordinal: return "ordinal";
    case SpanType::place: return "place";
    case SpanType::places: return "places";
    case SpanType::org: return "org";
    case SpanType::person: return "person";
    case SpanType::unit: return "unit";
    case SpanType::other: return "other";
    case SpanType::np: return "np";
    case SpanType::title: return "title";
    case SpanType::quote: return "quote";
  }
  return "np";
}

bool valid_slot_type(std::string_view n) {
  static constexpr std::string_view k_names[] = {
      "count", "quantity", "money", "percent", "number", "date", "time", "duration", "ordinal", "set",
      "place", "places", "org", "person", "unit", "entity", "np", "title", "quote", "value", "clause"};
  return std::find(std::begin(k_names), std::end(k_names), n) != std::end(k_names);
}

bool slot_accepts(std::string_view slot, SpanType t) {
  if (slot == "count" || slot == "quantity") {
    return t == SpanType::quantity;
  }
  if (slot == "number") {
    return t == SpanType::quantity || t == SpanType::money || t == SpanType::percent;
  }
  if (slot == "value") {
    return t <= SpanType::ordinal;
  }
  if (slot == "entity") {
    return t == SpanType::org || t == SpanType::person || t == SpanType::unit || t == SpanType::place ||
           t == SpanType::other;
  }
  if (slot == "place") {
    return t == SpanType::place;
  }
  return to_string(t) == slot;
}

namespace {

SpanType span_type_of(MentionType t) {
  switch (t) {
    case MentionType::quantity: return SpanType::quantity;
    case MentionType::money: return SpanType::money;
    case MentionType::percent: return SpanType::percent;
    case MentionType::date: return SpanType::date;
    case MentionType::time: return SpanType::time;
    case MentionType::duration: return SpanType::duration;
    case MentionType::set: return SpanType::set;
    case MentionType::ordinal: return SpanType::ordinal;
  }
  return SpanType::quantity;
}

bool in_class(const Resources& res, std::string_view cls, std::string_view w) { return res.lex.contains(cls, w); }

// Normalized unit class of a unit noun.
std::string unit_class(std::string_view noun) {
  static const std::pair<std::string_view, std::string_view> k_map[] = {
      {"office", "office"},      {"offices", "office"},     {"branch", "office"},   {"branches", "office"},
      {"headquarters", "office"}, {"hq", "office"},          {"bureau", "office"},   {"division", "division"},
      {"unit", "division"},      {"subsidiary", "division"}, {"arm", "division"},    {"plant", "plant"},
      {"plants", "plant"},       {"factory", "plant"},      {"factories", "plant"}, {"facility", "plant"},
      {"facilities", "plant"},   {"mill", "plant"},         {"mine", "plant"},      {"warehouse", "plant"},
      {"store", "store"},        {"stores", "store"},       {"shop", "store"},      {"shops", "store"},
      {"outlet", "store"},       {"outlets", "store"},      {"team", "team"},       {"department", "team"},
      {"lab", "lab"},            {"laboratory", "lab"},     {"site", "site"},       {"sites", "site"},
      {"location", "site"},      {"locations", "site"},     {"operations", "operations"},
      {"operation", "operations"}, {"campus", "site"},      {"hub", "site"},        {"center", "site"},
      {"centre", "site"}};
  for (const auto& [k, v] : k_map) {
    if (k == noun) {
      return std::string(v);
    }
  }
  return std::string(noun);
}

class Analyzer {
 public:
  Analyzer(const corpus::Document& doc, const Resources& res) : m_doc(doc), m_res(res), m_text(doc.cleaned.text) {
    m_dc.doc = &doc;
  }

  DocContext run();

 private:
  void build_tokens();
  void map_mentions();
  void find_names(Sent& s);
  void coordinated_places(Sent& s);
  void classify_name(Sent& s, std::uint16_t b, std::uint16_t e);
  void find_units(Sent& s);
  void find_anaphors(Sent& s);
  void find_place_lists(Sent& s);
  void find_titles(Sent& s);
  void find_quotes(Sent& s);
  void resolve_people();
  void find_named_things();
  void find_opener_names();
  void find_topic_and_origin();

  std::string text(const Sent& s, std::size_t b, std::size_t e) const {
    if (b >= e) {
      return {};
    }
    return std::string(m_text.substr(s.toks[b].start, s.toks[e - 1].end - s.toks[b].start));
  }
  int add_entity(Sent& s, std::uint16_t b, std::uint16_t e, Subject subj, SpanType type, bool anaphor = false);
  // The most recent entity before (sentence, token) matching `pred`, within
  // `window` sentences.
  template <typename Pred>
  int recent(std::size_t sentence, std::uint16_t tok, std::size_t window, Pred pred) const;
  const lexicon::Place* place_at(const Sent& s, std::uint16_t b, std::uint16_t* end) const;
  // A name that is also a small city or an adjective ("Bell", "Western",
  // "Federal") is read as a place only after a preposition of place or in
  // a list; big cities, countries and aliases always are.
  bool plausible_place(const Sent& s, std::uint16_t b, std::uint16_t e, const lexicon::Place& p) const;
  // A state body: its name ("the FDA") or its last word ("National Highway
  // Traffic Safety Administration") is in the org.government class.
  bool government(const Subject& sub) const {
    const std::string low = lower(sub.surface);
    const auto space = low.rfind(' ');
    if (in_class(m_res, "org.government", low) ||
        (space != std::string::npos && in_class(m_res, "org.government", std::string_view(low).substr(space + 1)))) {
      return true;
    }
    // (a name of several words the lexicon lists whole: "Home Office",
    // "White House")
    lexicon::WordWindow words;
    for (std::size_t i = 0; i < low.size() && words.size() < 4;) {
      const std::size_t sp = std::min(low.find(' ', i), low.size());
      if (sp > i) {
        words.push_back(std::string_view(low).substr(i, sp - i));
      }
      i = sp + 1;
    }
    return words.size() > 1 && m_res.lex.match("org.government", words, words) == words.size();
  }
  // A word after a kind of event that makes the words a body, not an event
  // ("fire marshal", "fire department"; grammars/lexicon/entities.txt,
  // agency.after, and the government bodies).
  bool agency_word(std::string_view w) const {
    return in_class(m_res, "org.government", w) || in_class(m_res, "agency.after", w);
  }
  bool name_like(const Tok& t) const {
    return t.is(k_word) && (t.is(k_cap) || t.is(k_allcaps)) && !t.is(k_number) &&
           !(t.lower.size() > 6 && t.lower.compare(t.lower.size() - 6, 6, "-based") == 0);
  }

  const corpus::Document& m_doc;
  const Resources& m_res;
  std::string_view m_text;
  DocContext m_dc;
  std::unordered_map<std::string, std::string> m_alias;   // acronym/short key -> full key
  std::unordered_map<std::string, int> m_org_mentions;     // org key -> count
  // Capitalized sentence openers that read as names (find_opener_names).
  std::unordered_set<std::string> m_opener_names;
  std::unordered_map<std::string, std::string> m_parent;   // org key -> parent org key
  std::unordered_map<std::string, std::size_t> m_last_names;  // "lindqvist" -> entity index
};

void Analyzer::build_tokens() {
  const auto& wn = lexicon::WordNet::instance();
  auto sentences = text::split_sentences(m_doc.cleaned);
  m_dc.sents.reserve(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    Sent s;
    s.index = i;
    s.range = sentences[i].range;
    s.headline = sentences[i].headline;
    s.toks.reserve(sentences[i].tokens.size());
    for (const auto& t : sentences[i].tokens) {
      Tok k;
      k.start = t.start;
      k.end = t.end;
      k.flags = t.flags;
      k.lower = lower(m_text.substr(t.start, t.end - t.start));
      // normalize curly apostrophes in possessives and words
      if (k.is(k_possessive)) {
        k.lower = "'s";
      }
      if (k.is(k_word) && !k.is(k_number)) {
        // Lemmas are kept across documents (one cache per thread, emptied
        // when it grows past 200,000 words): WordNet lookups were a tenth
        // of extraction time.
        thread_local std::unordered_map<std::string, std::pair<std::string, std::string>> lemma_cache;
        if (lemma_cache.size() > 200000) {
          lemma_cache.clear();
        }
        auto it = lemma_cache.find(k.lower);
        if (it == lemma_cache.end()) {
          std::string base = k.lower;
          std::string verb = wn.lemma(base, lexicon::Pos::verb);
          // "co-founded", "co-wrote": the verb without its "co-" (an
          // inflected form only: "co-founder" is no verb "founder")
          if (base.size() > 5 && base.starts_with("co-") && !wn.known(verb, lexicon::Pos::verb)) {
            const std::string rest = wn.lemma(base.substr(3), lexicon::Pos::verb);
            if (rest != base.substr(3) && wn.known(rest, lexicon::Pos::verb)) {
              verb = rest;
            }
          }
          it = lemma_cache.emplace(k.lower, std::make_pair(std::move(verb), wn.lemma(base, lexicon::Pos::noun))).first;
        }
        k.lemma_v = it->second.first;
        k.lemma_n = it->second.second;
      }
      s.toks.push_back(std::move(k));
    }
    if (s.toks.size() > 2000) {
      s.toks.resize(2000);  // a run-on "sentence" (a table, a list): bounded work
    }
    m_dc.sents.push_back(std::move(s));
  }
}

void Analyzer::map_mentions() {
  values::ScanOptions opt;
  opt.reference = m_doc.published_range;
  m_dc.mentions = values::scan(m_text, opt);
  std::size_t si = 0;
  for (std::size_t mi = 0; mi < m_dc.mentions.size(); ++mi) {
    const Mention& m = m_dc.mentions[mi];
    while (si < m_dc.sents.size() && m_dc.sents[si].range.end <= m.start) {
      ++si;
    }
    if (si >= m_dc.sents.size()) {
      break;
    }
    Sent& s = m_dc.sents[si];
    if (m.start < s.range.start) {
      continue;  // not in a sentence (boilerplate)
    }
    std::uint16_t b = 0;
    while (b < s.toks.size() && s.toks[b].end <= m.start) {
      ++b;
    }
    std::uint16_t e = b;
    while (e < s.toks.size() && s.toks[e].start < m.end) {
      ++e;
    }
    if (e > b) {
      s.spans.push_back(Span{b, e, span_type_of(m.type), static_cast<int>(mi)});
    }
  }
}

int Analyzer::add_entity(Sent& s, std::uint16_t b, std::uint16_t e, Subject subj, SpanType type, bool anaphor) {
  EntityInfo info;
  info.subject = std::move(subj);
  info.sentence = s.index;
  info.b = b;
  info.e = e;
  info.anaphor = anaphor;
  const int idx = static_cast<int>(m_dc.entities.size());
  if (type == SpanType::org && !anaphor) {
    ++m_org_mentions[info.subject.key];
  }
  // (the first person of a last name keeps it: "Marcus Bell ... His
  // daughter, Alicia Bell, said ... Bell moved to New York" is Marcus;
  // a relative is called by the first name)
  if (type == SpanType::person && e - b >= 2) {
    const auto [it, fresh] = m_last_names.try_emplace(s.toks[e - 1].lower, static_cast<std::size_t>(idx));
    if (!fresh && m_dc.entities[it->second].subject.kind != "person") {
      it->second = static_cast<std::size_t>(idx);
    }
  }
  m_dc.entities.push_back(std::move(info));
  s.spans.push_back(Span{b, e, type, idx});
  return idx;
}

template <typename Pred>
int Analyzer::recent(std::size_t sentence, std::uint16_t tok, std::size_t window, Pred pred) const {
  for (int i = static_cast<int>(m_dc.entities.size()) - 1; i >= 0; --i) {
    const EntityInfo& en = m_dc.entities[static_cast<std::size_t>(i)];
    if (en.sentence > sentence || (en.sentence == sentence && en.b >= tok)) {
      continue;
    }
    if (en.sentence + window < sentence) {
      break;
    }
    if (pred(en)) {
      return i;
    }
  }
  return -1;
}

const lexicon::Place* Analyzer::place_at(const Sent& s, std::uint16_t b, std::uint16_t* end) const {
  // Longest run of up to 4 tokens that names a place, with an optional
  // ", Qualifier" ("Arlington, Virginia", "Washington, D.C.").
  const lexicon::Place* best = nullptr;
  for (std::uint16_t e = static_cast<std::uint16_t>(std::min<std::size_t>(s.toks.size(), b + 4)); e > b; --e) {
    if (!s.toks[e - 1].is(k_word)) {
      continue;
    }
    const std::string name = text(s, b, e);
    if (const auto cands = m_res.gaz->lookup(name); !cands.empty()) {
      best = cands.front();
      // "12 in Florida and 18 in Georgia": a state of a country the article
      // has already named a place in, rather than a country of the same
      // name ("London" stays the capital, whatever city came before)
      if (cands.size() > 1 && cands.front()->kind == lexicon::PlaceKind::country) {
        std::map<std::string, int> seen;
        for (const auto& en : m_dc.entities) {
          if (en.subject.kind == "place") {
            if (const lexicon::Place* p = m_res.gaz->by_key(en.subject.place); p != nullptr && !p->country.empty()) {
              ++seen[p->country];
            }
          }
        }
        int most = 0;
        for (const lexicon::Place* c : cands) {
          if (const auto it = seen.find(c->country);
              c->kind == lexicon::PlaceKind::subdivision && it != seen.end() && it->second > most) {
            most = it->second;
            best = c;
          }
        }
      }
      *end = e;
      // ", Virginia" narrows a city to the one in that state.
      if (e + 1u < s.toks.size() && s.toks[e].lower == "," && name_like(s.toks[e + 1])) {
        for (std::uint16_t q = static_cast<std::uint16_t>(std::min<std::size_t>(s.toks.size(), e + 4)); q > e + 1; --q) {
          if (const lexicon::Place* p = m_res.gaz->resolve(name, text(s, e + 1, q)); p != nullptr && p != cands.front()) {
            *end = q;
            return p;
          }
          const auto qual = m_res.gaz->lookup(text(s, e + 1, q));
          if (!qual.empty() && m_res.gaz->relate(*qual.front(), *best) == lexicon::PlaceRelation::contains) {
            *end = q;
            return best;
          }
          // "Washington, D.C.": the qualified name is itself a place
          if (const auto whole = m_res.gaz->lookup(text(s, b, q)); !whole.empty()) {
            *end = q;
            return whole.front();
          }
        }
        // "Springfield, Ohio" where the gazetteer knows only another
        // Springfield: the town is unknown, but it lies in Ohio
        for (std::uint16_t q = static_cast<std::uint16_t>(std::min<std::size_t>(s.toks.size(), e + 4));
             best->kind == lexicon::PlaceKind::city && q > e + 1; --q) {
          const auto qual = m_res.gaz->lookup(text(s, e + 1, q));
          if (!qual.empty() && qual.front()->kind != lexicon::PlaceKind::city &&
              m_res.gaz->relate(*qual.front(), *best) != lexicon::PlaceRelation::contains) {
            *end = q;
            return qual.front();
          }
        }
      }
      return best;
    }
  }
  return nullptr;
}

bool Analyzer::plausible_place(const Sent& s, std::uint16_t b, std::uint16_t e, const lexicon::Place& p) const {
  const auto& toks = s.toks;
  const std::string low = lower(text(s, b, e));
  const bool prep = b > 0 && (toks[b - 1].lower == "in" || toks[b - 1].lower == "from" || toks[b - 1].lower == "at" ||
                              toks[b - 1].lower == "near" || toks[b - 1].lower == "to" || toks[b - 1].lower == "outside" ||
                              toks[b - 1].lower == "across" || toks[b - 1].lower == "of" || toks[b - 1].lower == ",");
  const bool listed = e < toks.size() && (toks[e].lower == "," || toks[e].lower == "and");
  if (b > 0 && toks[b - 1].lower == "the" && p.kind == lexicon::PlaceKind::city && p.population < 250000) {
    return false;  // "the Bell": cities take no article
  }
  if (p.kind == lexicon::PlaceKind::country || p.kind == lexicon::PlaceKind::region) {
    return true;
  }
  if (e - b == 1 && lexicon::WordNet::instance().known(low, lexicon::Pos::adj)) {
    return prep;
  }
  // ("GENEVA (Science Wire) - ...": a dateline names a place)
  if (p.kind == lexicon::PlaceKind::city && p.population < 250000 && e - b == 1) {
    return prep || listed || dateline_place(s, b, e);
  }
  return true;
}

void Analyzer::find_names(Sent& s) {
  const auto& toks = s.toks;
  std::uint16_t i = 0;
  // Position of the first word (after opening quotes).
  std::uint16_t first_word = 0;
  while (first_word < toks.size() && !toks[first_word].is(k_word)) {
    ++first_word;
  }
  // After a dateline ("SANTIAGO, Feb 2 (Andes Wire) - Rescuers were ...",
  // "LONDON — Shares fell"), the sentence starts after the dash
  for (std::uint16_t k = 1; k + 1u < toks.size() && k < 16; ++k) {
    const Word& w = toks[k].lower;
    if ((w == "-" || w == "--" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93") &&
        (toks[k - 1].lower == ")" || toks[k - 1].is(k_allcaps))) {
      std::uint16_t f = static_cast<std::uint16_t>(k + 1);
      while (f < toks.size() && !toks[f].is(k_word)) {
        ++f;
      }
      first_word = f;
      break;
    }
  }
  // Tokens inside a value mention ("Tuesday", "September 12") are not names.
  std::vector<bool> in_value(toks.size(), false);
  for (const auto& sp : s.spans) {
    if (sp.type <= SpanType::ordinal) {
      for (std::uint16_t k = sp.b; k < sp.e && k < toks.size(); ++k) {
        in_value[k] = true;
      }
    }
  }
  while (i < toks.size()) {
    // (a designation that ends in digits, "an EF4", "the A380", names a
    // rating, a model or a flight, not an organization; after a year it
    // is a name: "2026 RK4")
    const bool designation = toks[i].lower.size() > 1 &&
                             std::isdigit(static_cast<unsigned char>(toks[i].lower.back())) != 0 &&
                             !(i > 0 && toks[i - 1].is(text::k_number));
    if (!name_like(toks[i]) || in_value[i] || designation) {
      ++i;
      continue;
    }
    std::uint16_t b = i;
    std::uint16_t e = i + 1;
    bool has_of = false;
    while (e < toks.size()) {
      if (in_value[e]) {
        break;
      }
      if (name_like(toks[e])) {
        ++e;
        continue;
      }
      // "Pulse 7 Pro", "Model 3", "Flight 370": a number the value
      // scanner left alone (a model number, not a quantity) inside a name
      if (toks[e].is(k_number) && toks[e].lower.size() <= 4 &&
          toks[e].lower.find_first_not_of("0123456789") == std::string::npos && !toks[e - 1].is(k_number)) {
        ++e;
        continue;
      }
      // "Bureau of Industry and Security": "and" inside an "of" name
      if (toks[e].lower == "and" && has_of && e + 1u < toks.size() && name_like(toks[e + 1])) {
        e += 2;
        continue;
      }
      // (and inside a "for" name: "Institute for Snow and Avalanche
      // Research")
      has_of = has_of || toks[e].lower == "of" || toks[e].lower == "for";
      // connectors inside names: "Department of Homeland Security"
      const Word& w = toks[e].lower;
      // but not "Acme on Wednesday", "Acme of March"
      if ((w == "of" || w == "for" || w == "and" || w == "&" || w == "de" || w == "the" || w == "on") &&
          e + 1u < toks.size() && name_like(toks[e + 1]) && w != "and" &&
          !in_class(m_res, "name.stop", toks[e + 1].lower)) {
        e += 2;
        continue;
      }
      // "&" or what is left of "&amp;" when a page lost its markup
      if ((w == "&" || w == "amp") && e + 1u < toks.size() && name_like(toks[e + 1])) {
        e += 2;
        continue;
      }
      break;
    }
    // A capitalized descriptor before a name is not part of it: "Carmaker
    // Corvell Motors", "Retailer Acme" (a lexicon class, or any "-maker").
    if (e - b >= 2 && name_like(toks[b + 1]) &&
        (in_class(m_res, "org.descriptor", toks[b].lower) ||
         (toks[b].lower.size() > 6 && toks[b].lower.ends_with("maker") && !toks[b].is(k_allcaps)))) {
      ++b;
    }
    // A sentence opener is not a name: "Concerns that ...", "The company".
    if (b == first_word) {
      const Word& w = toks[b].lower;
      const bool stop = in_class(m_res, "name.stop", w) && !in_class(m_res, "event.noun", w);
      const auto& wn = lexicon::WordNet::instance();
      const auto known_word = [&](const std::string& x) {
        return wn.known(wn.lemma(x, lexicon::Pos::noun), lexicon::Pos::noun) ||
               wn.known(wn.lemma(x, lexicon::Pos::verb), lexicon::Pos::verb) || wn.known(x, lexicon::Pos::adj);
      };
      // ("First-time buyers", "Existing-home sales": a compound of common
      // words)
      const auto common_compound = [&] {
        if (w.find('-') == std::string::npos) {
          return false;
        }
        std::size_t from = 0;
        while (from <= w.size()) {
          const std::size_t dash = std::min(w.find('-', from), w.size());
          if (dash == from || !known_word(w.substr(from, dash - from))) {
            return false;
          }
          from = dash + 1;
        }
        return true;
      };
      // ("Nationally, the median price ...": an adverb made from an
      // adjective)
      const bool adverb = w.size() > 5 && w.ends_with("ly") && wn.known(w.substr(0, w.size() - 2), lexicon::Pos::adj);
      // ("Strandings on this coast happen ...": the plural of a verb's
      // gerund)
      const bool gerunds = w.size() > 6 && w.ends_with("ings") &&
                           wn.known(wn.lemma(w.substr(0, w.size() - 1), lexicon::Pos::verb), lexicon::Pos::verb);
      const bool common = wn.known(toks[b].lemma_n, lexicon::Pos::noun) ||
                          wn.known(toks[b].lemma_v, lexicon::Pos::verb) || wn.known(w, lexicon::Pos::adj) ||
                          adverb || gerunds || common_compound();
      // ("Acme's Dayton plant", "Target's sales": a possessive after a
      // capitalized opener marks a name, even one that is also a word)
      const bool possessed = e - b == 1 && e < toks.size() && toks[e].is(k_possessive);
      // ("Chirp, the short-video app, said", "Chirp, which was founded in
      // 2019": a rare singular word set off by an apposition or a relative
      // clause is a name; "Revenue, which rose" is a word SemCor knows)
      const bool apposed = e - b == 1 && e + 1u < toks.size() && toks[e].lower == "," &&
                           (toks[e + 1].lower == "the" || toks[e + 1].lower == "a" || toks[e + 1].lower == "an" ||
                            toks[e + 1].lower == "which" || toks[e + 1].lower == "who") &&
                           toks[b].lemma_n == w && wn.known(w, lexicon::Pos::noun) &&
                           !wn.attested(w, lexicon::Pos::noun);
      const bool known_name = !m_res.gaz->lookup(toks[b].lower).empty() || m_alias.count(w) != 0 ||
                              m_org_mentions.count(w) != 0 || m_last_names.count(w) != 0 || possessed || apposed ||
                              m_opener_names.count(w) != 0;
      const bool event_name = e - b >= 2 && in_class(m_res, "event.noun", w);
      // "Shares of Acme", "Residents of Springfield": a common noun and a
      // preposition before the name
      if (common && !known_name && !event_name && e - b >= 3 &&
          (toks[b + 1].lower == "of" || toks[b + 1].lower == "at") && name_like(toks[b + 2])) {
        b = static_cast<std::uint16_t>(b + 2);
        classify_name(s, b, e);
        i = e;
        continue;
      }
      // ("New U.S. tariffs": a common word before a place named in full;
      // "New York" is a place itself)
      const auto country_after = [&] {
        const auto places = m_res.gaz->lookup(lower(text(s, static_cast<std::uint16_t>(b + 1), e)));
        return !places.empty() && places.front()->kind == lexicon::PlaceKind::country;
      };
      const bool before_place = common && !known_name && e - b >= 2 &&
                                m_res.gaz->lookup(lower(text(s, b, e))).empty() && country_after();
      if (!event_name && (stop || before_place ||
                          (common && !known_name && !toks[b].is(k_allcaps) && (e - b == 1 || lower(text(s, b, e)) == w)))) {
        b = static_cast<std::uint16_t>(b + 1);
        if (b >= e) {
          i = e;
          continue;
        }
        if (!name_like(toks[b])) {
          i = b;
          continue;
        }
      }
    }
    classify_name(s, b, e);
    i = e;
  }
}

void Analyzer::classify_name(Sent& s, std::uint16_t b, std::uint16_t e) {
  const auto& toks = s.toks;
  if (b >= e) {
    return;
  }
  // "Striker Luca Moretti" at the start of a sentence: the role word is not
  // part of the name (the name after it is classified with its cue)
  if (e - b >= 3 && in_class(m_res, "person.role", toks[b].lower)) {
    ++b;
  }
  // "Amina Wanjiru of Kenya": a name of two or three plain words, then its
  // country, is a person from there (not "Bank of America", "University
  // of Texas": an organization word, or one word before "of")
  if (e - b >= 4 && e - b <= 5 && toks[e - 2].lower == "of") {
    const auto places = m_res.gaz->lookup(toks[e - 1].lower);
    bool plain = !places.empty() && places.front()->kind == lexicon::PlaceKind::country;
    for (std::uint16_t k = b; k + 2u < e && plain; ++k) {
      plain = toks[k].is(k_cap) && !toks[k].is(k_allcaps) && !toks[k].is(k_abbrev) &&
              !in_class(m_res, "org.suffix", toks[k].lower) && !in_class(m_res, "org.trade", toks[k].lower) &&
              !in_class(m_res, "org.government", toks[k].lower) && !in_class(m_res, "title", toks[k].lower) &&
              !in_class(m_res, "org.anaphor", toks[k].lower) && !in_class(m_res, "unit", toks[k].lower);
    }
    plain = plain && !lexicon::WordNet::instance().known(toks[e - 3].lower, lexicon::Pos::noun);
    if (plain) {
      Subject p;
      p.kind = "person";
      p.surface = text(s, b, static_cast<std::uint16_t>(e - 2));
      p.key = "person:" + lower(p.surface);
      add_entity(s, b, static_cast<std::uint16_t>(e - 2), p, SpanType::person);
      classify_name(s, static_cast<std::uint16_t>(e - 1), e);
      return;
    }
  }
  // A title inside the run splits it: "US Secretary of Commerce Gina Raimondo".
  for (std::uint16_t k = b; k < e; ++k) {
    lexicon::WordWindow words;
    lexicon::WordWindow lemmas;
    for (std::uint16_t j = k; j < e && j < k + 4; ++j) {
      words.push_back(toks[j].lower);
      lemmas.push_back(toks[j].lemma_n);
    }
    const std::size_t n = m_res.lex.match("title", words, lemmas);
    if (n == 0 || (k == b && n == static_cast<std::size_t>(e - b))) {
      continue;
    }
    std::uint16_t after = static_cast<std::uint16_t>(k + n);
    // title tail: "of Commerce"
    if (after + 1 < e && (toks[after].lower == "of" || toks[after].lower == "for")) {
      after = static_cast<std::uint16_t>(after + 2);
    }
    // Only a name of two or three plain words follows a title
    // ("House of Representatives Committee on Science" is no person).
    bool person_like = after < e && e - after >= 2 && e - after <= 3;
    for (std::uint16_t j = after; j < e && person_like; ++j) {
      person_like = toks[j].is(k_cap) && !toks[j].is(k_allcaps) && !in_class(m_res, "org.suffix", toks[j].lower) &&
                    toks[j].lower != "of" && toks[j].lower != "on";
    }
    if (!person_like) {
      continue;
    }
    // ("Mining Minister Luis Prado", "Health Secretary Jo Doe": one
    // common word before the title is its portfolio, not a name)
    const bool portfolio = k == b + 1u && !toks[b].is(k_allcaps) &&
                           lexicon::WordNet::instance().known(toks[b].lemma_n.empty() ? toks[b].lower : toks[b].lemma_n,
                                                              lexicon::Pos::noun) &&
                           m_res.gaz->lookup(toks[b].lower).empty() && m_res.gaz->demonym(toks[b].lower) == nullptr;
    if (k > b && !portfolio) {
      classify_name(s, b, k);
    }
    if (after < e) {
      // the rest is a person named with the title
      Subject p;
      p.kind = "person";
      p.surface = text(s, after, e);
      p.key = "person:" + lower(p.surface);
      const int idx = add_entity(s, after, e, p, SpanType::person);
      m_dc.entities[static_cast<std::size_t>(idx)].titles.push_back(lower(text(s, k, after)));
    }
    return;
  }
  const std::string surface = text(s, b, e);
  const std::string low = lower(surface);
  // "Russian", "North American": adjectives, not names
  if (m_res.gaz->demonym(low) != nullptr && m_res.gaz->lookup(low).empty()) {
    return;
  }
  // "the Oak Ridge fire", "Last year's Pine Creek blaze", "the Lahaina
  // wildfire": a name before a lower-case noun for a kind of event is the
  // event's name. The key ends in the kind ("fire" for fire, wildfire and
  // blaze) so that every wording of one event is one subject.
  {
    // "(Wire) - The Oak Ridge fire": "The" ran into the name
    const std::uint16_t nb = e - b >= 2 && toks[b].lower == "the" ? static_cast<std::uint16_t>(b + 1) : b;
    if (e < toks.size() && toks[e].is(k_word) && !toks[e].is(k_cap) &&
        (nb != b || nb == 0 || toks[nb - 1].lower == "the" || toks[nb - 1].is(k_possessive) ||
         toks[nb - 1].is(k_number))) {
      const auto kinds = m_res.lex.classes_of(toks[e].lower, "story.");
      // (not a body named by its county and its trade: "the Harris County
      // fire marshal", "the county fire department")
      const bool agency = e + 1u < toks.size() && agency_word(toks[e + 1].lower);
      // (a thing's name, "the Vega 4 rocket", is a named thing: below)
      // ("the Acme flight" is the airline's: a weak kind names no event)
      if (!kinds.empty() && !agency && !in_class(m_res, "thing.kind", kinds.front().substr(kinds.front().find('.') + 1)) &&
          !in_class(m_res, "event.weak", kinds.front().substr(kinds.front().find('.') + 1))) {
        Subject ev;
        ev.kind = "event";
        ev.surface = text(s, nb, static_cast<std::uint16_t>(e + 1));
        ev.key = "event:" + lower(text(s, nb, e)) + " " + kinds.front().substr(kinds.front().find('.') + 1);
        add_entity(s, nb, static_cast<std::uint16_t>(e + 1), ev, SpanType::other);
        return;
      }
    }
  }
  if (e - b == 1) {
    // "Moscow-based", "VP": modifiers and titles, not names
    if (low.size() > 6 && low.compare(low.size() - 6, 6, "-based") == 0) {
      return;
    }
    if (in_class(m_res, "title", low)) {
      return;
    }
    // "(Globalwire) - A passenger jet": a capitalized stop word is no name
    if (in_class(m_res, "name.stop", low)) {
      return;
    }
  }
  // A person's last name named earlier in the article ("Garcia, 22,") is
  // that person even where the gazetteer knows a town of the name.
  if (e - b == 1 && m_org_mentions.count(low) == 0) {
    if (const auto it = m_last_names.find(low);
        it != m_last_names.end() && m_dc.entities[it->second].subject.kind == "person") {
      Subject p = m_dc.entities[it->second].subject;
      p.surface = surface;
      add_entity(s, b, e, p, SpanType::person);
      return;
    }
  }
  // ("the trade publication Boxscore": a name right after a word for a
  // news outlet is one)
  const bool called_outlet = b > 0 && (in_class(m_res, "media.noun", toks[b - 1].lower) ||
                                       (b > 1 && m_res.lex.match("media.noun", {toks[b - 2].lower, toks[b - 1].lower},
                                                                 {toks[b - 2].lower, toks[b - 1].lower}) == 2));
  if (called_outlet) {
    m_dc.media.insert(low);
  }
  const bool media = media_name(m_dc, m_res, low) ||
                     (b > 0 && toks[b - 1].lower == "the" && m_res.lex.match("org.media", {"the", low}, {"the", low}) == 2);
  // Places, possibly with a qualifier after a comma.
  std::uint16_t pend = e;
  const lexicon::Place* place = media ? nullptr : place_at(s, b, &pend);
  if (place != nullptr && pend == e && !plausible_place(s, b, e, *place)) {
    place = nullptr;
  }
  if (const lexicon::Place* p = place; p != nullptr && pend >= e) {
    Subject sub;
    sub.kind = "place";
    sub.key = p->key;
    sub.surface = text(s, b, pend);
    sub.place = p->key;
    add_entity(s, b, pend, sub, SpanType::place);
    return;
  }
  // A leading place before an organization: "US Department of Homeland
  // Security", "U.S. Senate".
  bool org_word = false;
  for (std::uint16_t k = static_cast<std::uint16_t>(b + 1); k < e; ++k) {
    org_word = org_word || in_class(m_res, "org.suffix", toks[k].lower);
  }
  if (e - b >= 2 && org_word) {
    std::uint16_t pe = b;
    if (const lexicon::Place* p = place_at(s, b, &pe);
        p != nullptr && pe < e && (p->kind != lexicon::PlaceKind::city || p->population >= 1000000) &&
        !lexicon::WordNet::instance().known(toks[b].lower, lexicon::Pos::adj) &&
        // ("Coast Guard": a region named by a common noun, "Coast", is a
        // word of the name; countries still lead: "Turkey's ...")
        (p->kind == lexicon::PlaceKind::country || pe > b + 1u ||
         !lexicon::WordNet::instance().known(toks[b].lower, lexicon::Pos::noun))) {
      Subject sub;
      sub.kind = "place";
      sub.key = p->key;
      sub.surface = text(s, b, pe);
      sub.place = p->key;
      add_entity(s, b, pe, sub, SpanType::place);
      classify_name(s, pe, e);
      return;
    }
  }
  const bool suffix = in_class(m_res, "org.suffix", toks[e - 1].lower);
  const bool acronym = e - b == 1 && toks[b].is(k_allcaps) && !toks[b].is(k_abbrev) && toks[b].lower.size() <= 6 &&
                       !in_class(m_res, "title", toks[b].lower);
  std::uint16_t prev = b;
  while (prev > 0 && (toks[prev - 1].is(k_punct) && toks[prev - 1].lower == ",")) {
    --prev;
  }
  const bool after_title = b > 0 && [&] {
    // (or a title set off before the name: "Acme's chief executive, Jane
    // Doe, said")
    const bool set_off = b >= 2 && toks[b - 1].lower == "," && e < toks.size() && toks[e].lower == ",";
    const std::uint16_t end = set_off ? static_cast<std::uint16_t>(b - 1) : b;
    for (std::uint16_t k = end > 4 ? static_cast<std::uint16_t>(end - 4) : 0; k < end; ++k) {
      lexicon::WordWindow words;
      lexicon::WordWindow lemmas;
      for (std::uint16_t j = k; j < end; ++j) {
        words.push_back(toks[j].lower);
        lemmas.push_back(toks[j].lemma_n);
      }
      const std::size_t n = m_res.lex.match("title", words, lemmas);
      if (n == static_cast<std::size_t>(end - k)) {
        return true;
      }
    }
    // "vice president for public affairs Maria Lindqvist"
    for (std::uint16_t k = b > 6 ? static_cast<std::uint16_t>(b - 6) : 0; k + 1 < b; ++k) {
      if ((toks[k].lower == "for" || toks[k].lower == "of") && k > 0) {
        lexicon::WordWindow words;
        lexicon::WordWindow lemmas;
        for (std::uint16_t j = k > 3 ? static_cast<std::uint16_t>(k - 3) : 0; j < k; ++j) {
          words.clear();
          lemmas.clear();
          for (std::uint16_t q = j; q < k; ++q) {
            words.push_back(toks[q].lower);
            lemmas.push_back(toks[q].lemma_n);
          }
          if (m_res.lex.match("title", words, lemmas) == static_cast<std::size_t>(k - j)) {
            bool lower_tail = true;
            for (std::uint16_t q = static_cast<std::uint16_t>(k + 1); q < b; ++q) {
              lower_tail = lower_tail && !toks[q].is(k_cap);
            }
            if (lower_tail) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }();
  const bool org_noun_before = b > 0 && in_class(m_res, "org.anaphor", toks[b - 1].lemma_n);
  // "Port Elda", "Mount Arlo": a two-word name opened by a word for a
  // place is a place the gazetteer does not list
  const bool place_prefixed = e - b == 2 && !suffix && !acronym && !media && toks[b].is(k_cap) &&
                              in_class(m_res, "place.prefix", toks[b].lower) &&
                              !in_class(m_res, "org.suffix", toks[b + 1].lower) &&
                              !in_class(m_res, "org.trade", toks[b + 1].lower) &&
                              !in_class(m_res, "org.government", toks[b + 1].lower);
  bool person = false;
  if (!suffix && !acronym && !media && e - b >= 2 && e - b <= 3) {
    bool all_title_case = true;
    for (std::uint16_t k = b; k < e; ++k) {
      all_title_case = all_title_case && toks[k].is(k_cap) && !toks[k].is(k_allcaps) && !toks[k].is(k_abbrev);
    }
    const auto word_at = [&](std::size_t k) -> std::string_view { return k < toks.size() ? std::string_view(toks[k].lower) : ""; };
    // ("Marcus Bell, who died on Sunday": a name a relative "who" follows
    // is a person's, whatever its last word)
    // (but not "Harbor City, who have now won": a first word in common
    // use is no given name)
    const auto& wn0 = lexicon::WordNet::instance();
    const bool who_after = e + 1u < toks.size() && toks[e].lower == "," && toks[e + 1].lower == "who" &&
                           !wn0.known(toks[b].lower, lexicon::Pos::noun) && !wn0.known(toks[b].lower, lexicon::Pos::adj) &&
                           !wn0.known(toks[b].lower, lexicon::Pos::verb);
    const bool say_near = in_class(m_res, "verb.say", toks[e < toks.size() ? e : b].lemma_v) ||
                          word_at(e) == "," || word_at(e) == "in" ||
                          (b > 0 && in_class(m_res, "verb.say", toks[b - 1].lemma_v)) ||
                          word_at(e) == "his" || word_at(e) == "her" || word_at(e + 1) == "his" || word_at(e + 1) == "her";
    // "Helix Pay said": a common noun as the last word is no surname
    // ("Texas Instruments said", "DeepVenture Expeditions said": or the
    // plural of a noun in common use, which no surname's lemma is)
    const auto& wn = lexicon::WordNet::instance();
    const bool common_last = (wn.known(toks[e - 1].lemma_n, lexicon::Pos::noun) &&
                              wn.known(toks[e - 1].lower, lexicon::Pos::noun)) ||
                             (toks[e - 1].lower != toks[e - 1].lemma_n &&
                              wn.attested(toks[e - 1].lemma_n, lexicon::Pos::noun));
    person = all_title_case && !org_noun_before && (after_title || who_after || (say_near && !common_last)) &&
             !in_class(m_res, "place.suffix", toks[e - 1].lower) && !place_prefixed;
  }
  if (after_title && !suffix && !acronym && !media && e - b <= 3) {
    person = true;
  }
  // "forward Luis Garcia", "suspect John Hale": a noun for what a person
  // does or is, right before a name of two or three words; "Luis Garcia,
  // 22,": a name with an age set off after it
  if (!person && !suffix && !acronym && !media && e - b >= 2 && e - b <= 3) {
    bool title_case = true;
    for (std::uint16_t k = b; k < e; ++k) {
      title_case = title_case && toks[k].is(k_cap) && !toks[k].is(k_allcaps) && !toks[k].is(k_abbrev);
    }
    const bool after_role = b > 0 && in_class(m_res, "person.role", toks[b - 1].lower);
    // "Jane Doe, Acme's chief executive officer,": a title set off after
    // the name
    bool titled_after = false;
    if (e + 1u < toks.size() && toks[e].lower == ",") {
      std::uint16_t k = static_cast<std::uint16_t>(e + 1);
      while (k < toks.size() && k < e + 6 &&
             (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an" || toks[k].lower == "its" ||
              toks[k].lower == "their" || toks[k].is(k_possessive) || (toks[k].is(k_cap) && !in_class(m_res, "title", toks[k].lower)))) {
        ++k;
      }
      lexicon::WordWindow words;
      lexicon::WordWindow lemmas;
      for (std::uint16_t j = k; j < toks.size() && j < k + 4; ++j) {
        words.push_back(toks[j].lower);
        lemmas.push_back(toks[j].lemma_n);
      }
      titled_after = k > e + 1u && !words.empty() && m_res.lex.match("title", words, lemmas) > 0;
      // (or what the person does, after a modifier or two: "Marcus Bell,
      // the jazz pianist,")
      for (std::size_t j = 0; j < words.size() && j < 3 && !titled_after && k > e + 1u; ++j) {
        titled_after = in_class(m_res, "person.role", words[j]) || in_class(m_res, "person.role", lemmas[j]);
      }
    }
    const bool aged = e + 2u < toks.size() && toks[e].lower == "," && toks[e + 1].is(k_number) &&
                      toks[e + 2].lower == "," && toks[e + 1].lower.size() <= 3 &&
                      toks[e + 1].lower.find_first_not_of("0123456789") == std::string::npos;
    // "Kenya's Daniel Kiptoo", "Kenyan Daniel Kiptoo": a country's or a
    // nationality's name of two or three words whose last word is no
    // common noun ("Japan's Toyota Motor", "British Petroleum" are not
    // people)
    bool national = false;
    if (b >= 2 && toks[b - 1].is(k_possessive)) {
      const auto places = m_res.gaz->lookup(toks[b - 2].lower);
      national = !places.empty() && places.front()->kind == lexicon::PlaceKind::country;
    } else if (b >= 1 && toks[b - 1].is(k_cap)) {
      national = m_res.gaz->demonym(toks[b - 1].lower) != nullptr;
    }
    if (national) {
      for (std::uint16_t k = b; k < e && national; ++k) {
        national = !in_class(m_res, "org.trade", toks[k].lower) && !in_class(m_res, "org.anaphor", toks[k].lower) &&
                   !in_class(m_res, "unit", toks[k].lower);
      }
      national = national && !lexicon::WordNet::instance().known(toks[e - 1].lower, lexicon::Pos::noun);
    }
    // "the museum's director, Jan Smit": a title set off before the name
    const bool titled_before = b >= 2 && toks[b - 1].lower == "," && !toks[b - 2].is(k_cap) &&
                               m_res.lex.match("title", {toks[b - 2].lower}, {toks[b - 2].lemma_n}) == 1;
    person = title_case && (after_role || aged || titled_after || titled_before || national);
  }
  // "a 14-year-old Airbus A320": names with digits are models, not people
  for (std::uint16_t k = b; k < e && person; ++k) {
    person = toks[k].lower.find_first_of("0123456789") == std::string::npos;
  }
  Subject sub;
  sub.surface = surface;
  if (person) {
    sub.kind = "person";
    sub.key = "person:" + low;
    const int idx = add_entity(s, b, e, sub, SpanType::person);
    if (after_title) {
      // remember the title words before the name
      std::uint16_t k = b;
      while (k > 0 && !toks[k - 1].is(k_punct) && !toks[k - 1].is(k_possessive) && b - k < 7 &&
             !toks[k - 1].is(k_cap)) {
        --k;
      }
      if (k < b) {
        m_dc.entities[static_cast<std::size_t>(idx)].titles.push_back(lower(text(s, k, b)));
      }
    }
    return;
  }
  // "Hurricane Delia": an event; "Delia" alone later is the same event.
  // "the Ridge Fire", "the Johnstown Flood": a named event whose last word
  // is the kind of event (after "the", so that "Cal Fire" stays an agency)
  // (not a body named by its county and its trade: "the Harris County fire
  // marshal", "the county fire department")
  const bool agency_after = e < toks.size() && agency_word(toks[e].lower);
  const bool named_event = e - b >= 2 && b > 0 && toks[b - 1].lower == "the" && !agency_after &&
                           in_class(m_res, "event.noun", toks[e - 1].lower) && !toks[e - 1].is(k_allcaps);
  if (named_event || (e - b >= 2 && in_class(m_res, "event.noun", toks[b].lower))) {
    Subject ev;
    ev.kind = "event";
    ev.surface = surface;
    ev.key = "event:" + low;
    if (named_event) {  // "the Ridge Wildfire" and "the Ridge Fire": one key
      const auto kinds = m_res.lex.classes_of(toks[e - 1].lower, "story.");
      if (!kinds.empty()) {
        ev.key = "event:" + lower(text(s, b, static_cast<std::uint16_t>(e - 1))) + " " +
                 kinds.front().substr(kinds.front().find('.') + 1);
      }
    }
    const int idx = add_entity(s, b, e, ev, SpanType::other);
    m_last_names[toks[e - 1].lower] = static_cast<std::size_t>(idx);
    return;
  }
  // "Nueces County": a place the gazetteer does not list (but "the
  // Acme Unified School District", "the Acme Water District" are
  // bodies: a word of an organization before the suffix)
  const bool body = e - b >= 3 && (in_class(m_res, "org.government", toks[e - 2].lower) ||
                                   toks[e - 2].lower == "school" || toks[e - 2].lower == "water" ||
                                   toks[e - 2].lower == "transit" || toks[e - 2].lower == "utility" ||
                                   toks[e - 2].lower == "fire" || toks[e - 2].lower == "sanitation");
  if (((e - b >= 2 && in_class(m_res, "place.suffix", toks[e - 1].lower)) || place_prefixed) && !body) {
    Subject pl;
    pl.kind = "place";
    pl.surface = surface;
    pl.key = "place:" + low;
    pl.place = pl.key;
    add_entity(s, b, e, pl, SpanType::place);
    return;
  }
  const bool single = e - b == 1;
  std::string key = org_key(surface, m_res);
  if (const auto it = m_alias.find(key); it != m_alias.end()) {
    key = it->second;
  }
  // A known person's last name ("Lindqvist said") is that person, unless
  // an organization has the same name ("Acme").
  if (single && m_org_mentions.count(key) == 0) {
    if (const auto it = m_last_names.find(low); it != m_last_names.end()) {
      Subject p = m_dc.entities[it->second].subject;
      p.surface = surface;
      add_entity(s, b, e, p, p.kind == "person" ? SpanType::person : SpanType::other);
      return;
    }
  }
  sub.kind = (suffix || acronym || media || org_noun_before || m_org_mentions.count(key) != 0) ? "org" : "other";
  sub.key = key;
  // Initials of a multi-word name: "Department of Homeland Security" -> "dhs".
  if (e - b >= 2) {
    std::string acr;
    for (std::uint16_t k = b; k < e; ++k) {
      const Word& w = toks[k].lower;
      if (w != "of" && w != "the" && w != "and" && w != "for" && w != "&" && w != "on" && !w.empty() &&
          text::is_alpha(w[0])) {
        acr += w[0];
      }
    }
    if (acr.size() >= 2) {
      sub.acronym = acr;
    }
  } else if (acronym) {
    sub.acronym = low;
  }
  // "Acme Government Security Solutions Inc (AGSS)": the acronym in
  // parentheses is an alias.
  if (e + 2u < toks.size() && toks[e].lower == "(" && toks[e + 1].is(k_allcaps) && toks[e + 2].lower == ")") {
    m_alias[lower(text(s, e + 1, e + 2))] = key;
    sub.kind = "org";
    sub.acronym = lower(text(s, e + 1, e + 2));
  }
  // A multi-word organization whose first word names another organization
  // in the document is part of it ("Acme Government Security
  // Solutions" of "Acme").
  // But "Kestrel Foods" and "Kestrel" are one company: a name of two words
  // whose second is a trade ("Foods", "Motors", "Airlines") is what the
  // first alone names later.
  // (so is a coined first word before a plural common noun: "DeepVenture
  // Expeditions" and "DeepVenture")
  const auto& wn = lexicon::WordNet::instance();
  const bool coined_trade = e - b == 2 && sub.kind != "person" && toks[b + 1].lower != toks[b + 1].lemma_n &&
                            wn.attested(toks[b + 1].lemma_n, lexicon::Pos::noun) &&
                            !wn.known(toks[b].lower, lexicon::Pos::noun) && !wn.known(toks[b].lower, lexicon::Pos::adj) &&
                            !wn.known(toks[b].lower, lexicon::Pos::verb) && m_res.gaz->lookup(toks[b].lower).empty();
  if (e - b == 2 && (in_class(m_res, "org.trade", toks[b + 1].lower) || coined_trade)) {
    const std::string head = org_key(toks[b].lower, m_res);
    if (head != key && m_alias.count(head) == 0) {
      m_alias[head] = key;
    }
  } else if (e - b >= 2 && sub.kind == "org") {
    const std::string head = org_key(toks[b].lower, m_res);
    if (head != key && m_org_mentions.count(head) != 0) {
      sub.parent = head;
      m_parent[key] = head;
    }
  }
  if (sub.parent.empty()) {
    if (const auto it = m_parent.find(key); it != m_parent.end()) {
      sub.parent = it->second;
    }
  }
  add_entity(s, b, e, sub, sub.kind == "org" ? SpanType::org : SpanType::other);
}

void Analyzer::find_units(Sent& s) {
  const auto& toks = s.toks;
  for (std::uint16_t i = 0; i < toks.size(); ++i) {
    if (!toks[i].is(k_word) || !in_class(m_res, "unit", toks[i].lower)) {
      continue;
    }
    // ("routine hospital treatment", "planned hospital care": a unit word
    // that modifies a common noun after it names no unit)
    if (i + 1u < toks.size() && toks[i + 1].is(k_word) && !toks[i + 1].is(k_cap) && !toks[i].is(k_cap) &&
        !in_class(m_res, "unit", toks[i + 1].lower) && !in_class(m_res, "name.stop", toks[i + 1].lower) &&
        !auxiliary(toks[i + 1].lower) && toks[i + 1].lemma_n == toks[i + 1].lower &&
        lexicon::WordNet::instance().known(toks[i + 1].lower, lexicon::Pos::noun) &&
        !lexicon::WordNet::instance().known(toks[i + 1].lower, lexicon::Pos::adj) &&
        !(i + 2u < toks.size() && toks[i + 2].lower == "to")) {
      continue;
    }
    if (toks[i].is(k_cap)) {
      // "the Department of Homeland Security": part of a name, not a unit
      bool inside_name = false;
      for (const auto& sp : s.spans) {
        inside_name = inside_name || (sp.type > SpanType::ordinal && sp.b <= i && i < sp.e);
      }
      if (inside_name) {
        continue;
      }
    }
    // Walk left over modifiers to a possessor: its / their / ORG 's / the.
    std::int32_t k = static_cast<std::int32_t>(i) - 1;
    std::string place;
    std::string place_name;
    int named = -1;
    int parent = -1;
    bool determiner = false;
    while (k >= 0 && static_cast<std::int32_t>(i) - k <= 7) {
      const Tok& t = toks[static_cast<std::size_t>(k)];
      if (t.lower == "its" || t.lower == "their") {
        parent = recent(s.index, static_cast<std::uint16_t>(k), 2, [&](const EntityInfo& en) {
          return en.subject.kind == "org" && !government(en.subject);
        });
        if (parent < 0 && !m_dc.topic.key.empty()) {
          parent = -2;  // the topic organization
        }
        determiner = true;
        break;
      }
      if (t.is(k_possessive)) {
        // ORG 's unit
        for (const auto& sp : s.spans) {
          if (sp.e == k && (sp.type == SpanType::org || sp.type == SpanType::other) && sp.ref >= 0) {
            parent = sp.ref;
          }
        }
        if (parent >= 0) {
          k = static_cast<std::int32_t>(m_dc.entities[static_cast<std::size_t>(parent)].b);
        }
        // ("the weather service's office": a possessor that is no name and
        // no word for the organization owns the unit, not the topic)
        determiner = parent >= 0 || (k > 0 && in_class(m_res, "org.anaphor", toks[static_cast<std::size_t>(k) - 1].lemma_n));
        break;
      }
      if (t.lower == "the" || t.lower == "a" || t.lower == "an") {
        // "a paper mill": some mill, not the topic's
        determiner = t.lower == "the";
        if (static_cast<std::int32_t>(i) - k == 1 && t.lower == "the") {
          determiner = false;  // bare "the office": an anaphor, resolved later
          named = -1;
        }
        break;
      }
      if (t.is(k_punct) && t.lower != "-" && t.lower != "." && t.lower != ",") {
        break;
      }
      // "operates 820 stores": a count, not a possessor, is before the noun
      // (but "the 150 stores", "its 14 plants" are still its units)
      if (t.is(k_number)) {
        const Word& before = k > 0 ? toks[static_cast<std::size_t>(k) - 1].lower : Word();
        if (before != "the" && before != "its" && before != "their" && before != "these" && before != "those" &&
            before != "all") {
          break;
        }
      }
      // place modifiers and named parents inside the phrase
      bool used = false;
      for (const auto& sp : s.spans) {
        if (sp.b <= k && k < sp.e && sp.ref >= 0) {
          const EntityInfo& en = m_dc.entities[static_cast<std::size_t>(sp.ref)];
          if (sp.type == SpanType::place && place.empty()) {
            place = en.subject.key;
            place_name = en.subject.surface;
            used = true;
            k = sp.b;
          } else if (sp.type == SpanType::org || sp.type == SpanType::other) {
            // "the Dayton plant": a modifier that names a place is one
            // ("Acme's Dayton plant": after another organization's
            // possessive a place name is the place, whatever it was taken for)
            if (const auto places = m_res.gaz->lookup(en.subject.surface);
                !places.empty() && place.empty() &&
                (en.subject.kind != "org" || (sp.b > 0 && toks[sp.b - 1].is(k_possessive)))) {
              place = places.front()->key;
              place_name = en.subject.surface;
            } else {
              named = sp.ref;
            }
            used = true;
            k = sp.b;
          }
        }
      }
      if (!used && !t.is(k_word) && t.lower != "-" && t.lower != ",") {
        break;
      }
      if (!used && t.is(k_word) && !t.is(k_cap)) {
        // demonyms and lower-case modifiers ("remaining", "satellite", "area")
        if (const lexicon::Place* p = m_res.gaz->demonym(t.lower); p != nullptr && place.empty()) {
          place = p->key;
          place_name = text(s, static_cast<std::size_t>(k), static_cast<std::size_t>(k) + 1);
        }
      } else if (!used && t.is(k_cap)) {
        if (const lexicon::Place* p = m_res.gaz->demonym(t.lower); p != nullptr && place.empty()) {
          place = p->key;
          place_name = text(s, static_cast<std::size_t>(k), static_cast<std::size_t>(k) + 1);
          // "North American"
          if (k > 0 && toks[static_cast<std::size_t>(k) - 1].is(k_cap)) {
            if (const lexicon::Place* q = m_res.gaz->demonym(toks[static_cast<std::size_t>(k) - 1].lower + " " + t.lower)) {
              place = q->key;
              place_name = text(s, static_cast<std::size_t>(k) - 1, static_cast<std::size_t>(k) + 1);
              --k;
            }
          }
        }
      }
      --k;
    }
    if (!determiner && named < 0) {
      continue;
    }
    std::uint16_t b = static_cast<std::uint16_t>(std::max<std::int32_t>(k, 0));
    std::uint16_t e = static_cast<std::uint16_t>(i + 1);
    // "... headquarters in Arlington, Virginia": a more precise place
    if (e + 1u < toks.size() && toks[e].lower == "in") {
      for (const auto& sp : s.spans) {
        if (sp.b == e + 1 && sp.type == SpanType::place && sp.ref >= 0) {
          place = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.key;
          place_name = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.surface;
          e = sp.e;
          break;
        }
      }
    }
    Subject sub;
    sub.kind = "unit";
    sub.unit = unit_class(toks[i].lower);
    sub.place = place;
    sub.surface = text(s, b, e);
    if (named >= 0) {
      const Subject& n = m_dc.entities[static_cast<std::size_t>(named)].subject;
      sub.parent = n.parent.empty() ? n.key : n.parent;
      sub.key = n.key + "/" + sub.unit;
    } else if (parent >= 0) {
      sub.parent = m_dc.entities[static_cast<std::size_t>(parent)].subject.key;
    } else if (parent == -2 || determiner) {
      sub.parent = m_dc.topic.key;
    }
    if (sub.parent.empty()) {
      continue;
    }
    if (sub.key.empty()) {
      sub.key = sub.parent + "/" + sub.unit + (place.empty() ? "" : "@" + place);
    }
    add_entity(s, b, e, sub, SpanType::unit);
  }
}

void Analyzer::find_anaphors(Sent& s) {
  const auto& toks = s.toks;
  // The `len` tokens from `at` ("he", "the storm", "the 21-year-old") name
  // the entity of `kind` named last, at most `window` sentences back.
  const auto refer = [&](std::uint16_t at, std::uint16_t len, std::string_view kind, std::size_t window, SpanType type) {
    const int r = recent(s.index, at, window, [&](const EntityInfo& en) { return en.subject.kind == kind; });
    if (r >= 0) {
      Subject sub = m_dc.entities[static_cast<std::size_t>(r)].subject;
      sub.surface = text(s, at, static_cast<std::uint16_t>(at + len));
      add_entity(s, at, static_cast<std::uint16_t>(at + len), sub, type, true);
    }
  };
  for (std::uint16_t i = 0; i < toks.size(); ++i) {
    // "the X" (two words) as a mention of entity `r`
    const auto the_noun_of = [&](int r) {
      Subject sub = m_dc.entities[static_cast<std::size_t>(r)].subject;
      sub.surface = text(s, i, static_cast<std::uint16_t>(i + 2));
      add_entity(s, i, static_cast<std::uint16_t>(i + 2), sub, sub.kind == "org" ? SpanType::org : SpanType::other,
                 true);
    };
    const Word& w = toks[i].lower;
    // "it", "its" -> the organization in focus
    if ((w == "it" || w == "its") && toks[i].is(k_word)) {
      bool covered = false;
      for (const auto& sp : s.spans) {
        covered = covered || (sp.b <= i && i < sp.e && sp.type == SpanType::unit);
      }
      if (covered) {
        continue;
      }
      // An organization first: offices do not plan or say; a unit only
      // when no organization is near.
      int r = recent(s.index, i, 1, [&](const EntityInfo& en) {
        return en.subject.kind == "org" && !government(en.subject) &&
               !media_name(m_dc, m_res, lower(en.subject.surface));
      });
      if (r < 0) {
        r = recent(s.index, i, 1, [&](const EntityInfo& en) { return en.subject.kind == "unit"; });
      }
      Subject sub = r >= 0 ? m_dc.entities[static_cast<std::size_t>(r)].subject : m_dc.topic;
      if (sub.key.empty()) {
        continue;
      }
      sub.surface = std::string(m_text.substr(toks[i].start, toks[i].end - toks[i].start));
      add_entity(s, i, static_cast<std::uint16_t>(i + 1), sub, sub.kind == "unit" ? SpanType::unit : SpanType::org, true);
      continue;
    }
    // "He scored 24 goals": the person last named, in this sentence or the
    // one before. ("Under his leadership, sales grew": "his" is left alone;
    // what a person has is mostly the company's.)
    if ((w == "he" || w == "she") && toks[i].is(k_word)) {
      refer(i, 1, "person", 1, SpanType::person);
      continue;
    }
    if (w != "the" || i + 1u >= toks.size()) {
      continue;
    }
    // "The Norwegian, who won ...", "the Kenyan finished second": a
    // nationality standing for a person, the one last named
    if (i + 2u < toks.size() && toks[i + 1].is(k_cap) && m_res.gaz->nationality(toks[i + 1].lower) &&
        (toks[i + 2].is(k_punct) || auxiliary(toks[i + 2].lower) ||
         (toks[i + 2].is(k_word) && !toks[i + 2].is(k_cap) && !toks[i + 2].lemma_v.empty() &&
          toks[i + 2].lemma_v != toks[i + 2].lower))) {
      refer(i, 2, "person", 2, SpanType::person);
      continue;
    }
    // "The 21-year-old has signed": the person last named
    if (toks[i + 1].lower.ends_with("-year-old") && text::is_digit(toks[i + 1].lower[0])) {
      refer(i, 2, "person", 3, SpanType::person);
      continue;
    }
    // "The striker, who has 21 goals": a role noun alone, the person last
    // named (not "the striker Luca Moretti", a name that follows)
    if (in_class(m_res, "person.role", toks[i + 1].lower) &&
        !(i + 2u < toks.size() && name_like(toks[i + 2]))) {
      refer(i, 2, "person", 3, SpanType::person);
      continue;
    }
    // "the storm", "the hurricane": the event last named
    if ((in_class(m_res, "event.noun", toks[i + 1].lower) || !m_res.lex.classes_of(toks[i + 1].lower, "story.").empty()) &&
        !(i + 2u < toks.size() && (name_like(toks[i + 2]) || toks[i + 2].lower == "of"))) {
      refer(i, 2, "event", 6, SpanType::other);
      continue;
    }
    // "the canal" after "the Merida Canal", "the river" after "the Ohio
    // River": a name's head noun alone names it again (the name last
    // given, at most eight sentences back, of two words or more). Not an
    // organization's ("the union" of a strike is also the workers')
    if (toks[i + 1].is(k_word) && !name_like(toks[i + 1]) && toks[i + 1].lower.size() > 3 &&
        !(i + 2u < toks.size() && (name_like(toks[i + 2]) || toks[i + 2].lower == "of"))) {
      bool covered = false;
      for (const auto& sp : s.spans) {
        covered = covered || (sp.b <= i + 1u && i + 1u < sp.e && sp.type != SpanType::np);
      }
      const Word& head = toks[i + 1].lower;
      // (or a name the head noun followed: "the tour" after "her Northern
      // Lights tour")
      const int r = covered ? -1 : recent(s.index, i, 8, [&](const EntityInfo& en) {
        const std::string& key = en.subject.key;
        const auto& etoks = m_dc.sents[en.sentence].toks;
        const bool head_after = en.e < etoks.size() && etoks[en.e].lower == head && en.e - en.b >= 2 &&
                                !in_class(m_res, "org.anaphor", head) && !in_class(m_res, "unit", head);
        return !en.anaphor && en.subject.kind == "other" &&
               ((key.size() > head.size() + 1 && key.compare(key.size() - head.size(), head.size(), head) == 0 &&
                 key[key.size() - head.size() - 1] == ' ') ||
                head_after);
      });
      if (r >= 0) {
        the_noun_of(r);
        continue;
      }
    }
    // "the film", "the novel": the work last named in quotation marks
    // ("Nightglass," the science-fiction epic ... The film opened to ...)
    if (i + 1u < toks.size() && toks[i + 1].is(k_word) && in_class(m_res, "work.anaphor", toks[i + 1].lemma_n) &&
        !(i + 2u < toks.size() && (toks[i + 2].lower == "of" || name_like(toks[i + 2])))) {
      const int r = recent(s.index, i, 6, [&](const EntityInfo& en) {
        const auto& et = m_dc.sents[en.sentence].toks;
        return !en.anaphor && (en.subject.kind == "other" || en.subject.kind == "org") && en.b > 0 &&
               et[en.b - 1].is(k_quote);
      });
      if (r >= 0) {
        the_noun_of(r);
        continue;
      }
    }
    // "the kingdom", "the country": the country last named (not "the
    // country's capital"-style modifiers of another name)
    if (in_class(m_res, "country.anaphor", toks[i + 1].lower) &&
        !(i + 2u < toks.size() && (name_like(toks[i + 2]) || toks[i + 2].lower == "of"))) {
      const int r = recent(s.index, i, 3, [&](const EntityInfo& en) {
        const lexicon::Place* p = en.subject.kind == "place" ? m_res.gaz->by_key(en.subject.key) : nullptr;
        return !en.anaphor && p != nullptr && p->kind == lexicon::PlaceKind::country;
      });
      if (r >= 0) {
        Subject sub = m_dc.entities[static_cast<std::size_t>(r)].subject;
        sub.surface = text(s, i, static_cast<std::uint16_t>(i + 2));
        add_entity(s, i, static_cast<std::uint16_t>(i + 2), sub, SpanType::place, true);
        continue;
      }
    }
    // "the company", "the Moscow-based firm", "the cyber-security firm"
    std::uint16_t j = static_cast<std::uint16_t>(i + 1);
    while (j < toks.size() && j < i + 4 && toks[j].is(k_word) && !in_class(m_res, "org.anaphor", toks[j].lemma_n) &&
           !in_class(m_res, "unit", toks[j].lower)) {
      ++j;
    }
    if (j >= toks.size() || !toks[j].is(k_word)) {
      continue;
    }
    const bool followed_by_name = j + 1u < toks.size() && name_like(toks[j + 1]);
    if (followed_by_name) {
      continue;  // "the firm Acme": a name follows
    }
    bool covered = false;
    for (const auto& sp : s.spans) {
      covered = covered || (sp.b <= j && j < sp.e && sp.type != SpanType::np);
    }
    if (covered) {
      continue;
    }
    if (in_class(m_res, "org.anaphor", toks[j].lemma_n) && !in_class(m_res, "unit", toks[j].lower) &&
        !(j + 1u < toks.size() && (toks[j + 1].lower == "of" || toks[j + 1].lower == "'s"))) {
      const auto candidate = [&](const EntityInfo& en) {
        return en.subject.kind == "org" && !en.anaphor && en.subject.parent.empty() &&
               !government(en.subject) &&
               !media_name(m_dc, m_res, lower(en.subject.surface));
      };
      int r = recent(s.index, i, 3, candidate);
      // In an earlier sentence the subject is the likelier antecedent than
      // the object: "Acme said it would acquire Bolt. The company ..." is
      // Acme. The subject is the first organization of that sentence.
      if (r >= 0 && m_dc.entities[static_cast<std::size_t>(r)].sentence < s.index) {
        const std::size_t sent = m_dc.entities[static_cast<std::size_t>(r)].sentence;
        for (int q = r - 1; q >= 0 && m_dc.entities[static_cast<std::size_t>(q)].sentence == sent; --q) {
          if (candidate(m_dc.entities[static_cast<std::size_t>(q)])) {
            r = q;
          }
        }
      }
      Subject sub = !m_dc.topic.key.empty() ? m_dc.topic : (r >= 0 ? m_dc.entities[static_cast<std::size_t>(r)].subject : Subject{});
      if (r >= 0 && m_org_mentions[m_dc.entities[static_cast<std::size_t>(r)].subject.key] >= 2) {
        sub = m_dc.entities[static_cast<std::size_t>(r)].subject;
      }
      // ("In total, the group will cut ..." in an article about Saudi
      // Arabia's part: an organization is no place; an unnamed one is
      // named here as no one, so that the place does not take its figures)
      // (not one that only tells: "Flu cases in Ruritania fell 6%, the
      // health agency said" stays the place's)
      const bool tells = j + 1u < toks.size() && in_class(m_res, "verb.say", toks[j + 1].lemma_v);
      if (r < 0 && sub.kind == "place" && tells) {
        continue;
      }
      if (r < 0 && sub.kind == "place") {
        sub = Subject{};
        sub.kind = "org";
        sub.surface = text(s, i, j + 1);
        add_entity(s, i, static_cast<std::uint16_t>(j + 1), sub, SpanType::org, true);
        continue;
      }
      if (sub.key.empty()) {
        continue;
      }
      sub.surface = text(s, i, j + 1);
      add_entity(s, i, static_cast<std::uint16_t>(j + 1), sub, SpanType::org, true);
    } else if (in_class(m_res, "unit", toks[j].lower) && j == i + 1 &&
               !(j + 1u < toks.size() && (toks[j + 1].lower == "of" || toks[j + 1].lower == "in"))) {
      // "the office" -> the unit last mentioned
      const std::string cls = unit_class(toks[j].lower);
      const int r = recent(s.index, i, 4, [&](const EntityInfo& en) {
        return en.subject.kind == "unit" && en.subject.unit == cls;
      });
      if (r >= 0) {
        Subject sub = m_dc.entities[static_cast<std::size_t>(r)].subject;
        sub.surface = text(s, i, j + 1);
        add_entity(s, i, static_cast<std::uint16_t>(j + 1), sub, SpanType::unit, true);
        continue;
      }
      // No earlier unit: "Acme said the plant opened in 1987" names the
      // plant of the organization earlier in the same sentence.
      const int o = recent(s.index, i, 0, [&](const EntityInfo& en) {
        return en.subject.kind == "org" && !en.anaphor && en.subject.parent.empty() &&
               !government(en.subject) &&
               !media_name(m_dc, m_res, lower(en.subject.surface));
      });
      if (o < 0) {
        continue;
      }
      Subject sub;
      sub.kind = "unit";
      sub.unit = cls;
      sub.parent = m_dc.entities[static_cast<std::size_t>(o)].subject.key;
      sub.key = sub.parent + "/" + sub.unit;
      sub.surface = text(s, i, j + 1);
      add_entity(s, i, static_cast<std::uint16_t>(j + 1), sub, SpanType::unit);
    }
  }
}

void Analyzer::find_place_lists(Sent& s) {
  // place (, place)* ,? (and|or) place
  std::vector<Span> places;
  for (const auto& sp : s.spans) {
    if (sp.type == SpanType::place) {
      places.push_back(sp);
    }
  }
  std::sort(places.begin(), places.end(), [](const Span& a, const Span& b) { return a.b < b.b; });
  std::size_t k = 0;
  while (k < places.size()) {
    std::size_t j = k;
    bool conj = false;
    while (j + 1 < places.size()) {
      std::uint16_t gap_b = places[j].e;
      std::uint16_t gap_e = places[j + 1].b;
      std::string gap;
      for (std::uint16_t q = gap_b; q < gap_e; ++q) {
        gap += s.toks[q].lower + " ";
      }
      if (gap == ", ") {
        ++j;
        continue;
      }
      if (gap == "and " || gap == ", and " || gap == "or " || gap == ", or ") {
        ++j;
        conj = true;
        break;
      }
      break;
    }
    if (conj && j > k) {
      Span list{places[k].b, places[j].e, SpanType::places, static_cast<int>(k)};
      // ref: index of the first place span's entity; the list is rebuilt from
      // the place spans inside [b, e) when a claim is made.
      list.ref = places[k].ref;
      s.spans.push_back(list);
    }
    k = j + 1;
  }
}

void Analyzer::find_titles(Sent& s) {
  const auto& toks = s.toks;
  for (std::uint16_t i = 0; i < toks.size(); ++i) {
    if (!toks[i].is(k_word)) {
      continue;
    }
    lexicon::WordWindow words;
    lexicon::WordWindow lemmas;
    for (std::uint16_t j = i; j < toks.size() && j < i + 4; ++j) {
      words.push_back(toks[j].lower);
      lemmas.push_back(toks[j].lemma_n);
    }
    const std::size_t n = m_res.lex.match("title", words, lemmas);
    if (n == 0) {
      continue;
    }
    std::uint16_t e = static_cast<std::uint16_t>(i + n);
    // "for public affairs": lower-case words after for/of
    if (e + 1u < toks.size() && (toks[e].lower == "for" || toks[e].lower == "of")) {
      std::uint16_t q = static_cast<std::uint16_t>(e + 1);
      while (q < toks.size() && q < e + 4 && toks[q].is(k_word) && !toks[q].is(k_cap)) {
        ++q;
      }
      if (q > e + 1) {
        e = q;
      }
    }
    s.spans.push_back(Span{i, e, SpanType::title, -1});
    i = static_cast<std::uint16_t>(e - 1);
  }
}

void Analyzer::find_quotes(Sent& s) {
  const auto& toks = s.toks;
  for (std::uint16_t i = 0; i < toks.size(); ++i) {
    if (!toks[i].is(k_quote)) {
      continue;
    }
    const std::string_view q = m_text.substr(toks[i].start, toks[i].end - toks[i].start);
    const bool open = q == "\"" || q == "\xE2\x80\x9C" || q == "``";
    if (!open) {
      continue;
    }
    for (std::uint16_t j = static_cast<std::uint16_t>(i + 1); j < toks.size(); ++j) {
      const std::string_view c = m_text.substr(toks[j].start, toks[j].end - toks[j].start);
      if (toks[j].is(k_quote) && (c == "\"" || c == "\xE2\x80\x9D" || c == "''")) {
        if (j > i + 1) {
          s.spans.push_back(Span{i, static_cast<std::uint16_t>(j + 1), SpanType::quote, -1});
        }
        i = j;
        break;
      }
    }
  }
}

void Analyzer::find_topic_and_origin() {
  // The topic: the organization named most often (not a government body or
  // a news outlet).
  // When the article names no such organization, a public body named at
  // least twice is the topic: "the Springfield Transit Authority" of a story
  // about its fares.
  std::unordered_map<std::string, int> count;
  std::unordered_map<std::string, int> public_count;
  std::unordered_map<std::string, const EntityInfo*> first;
  for (const auto& en : m_dc.entities) {
    if ((en.subject.kind != "org" && en.subject.kind != "other") || en.anaphor || !en.subject.parent.empty()) {
      continue;
    }
    const std::string low = lower(en.subject.surface);
    if (media_name(m_dc, m_res, low) || m_res.gaz->nationality(low)) {
      continue;
    }
    // ("The Paris Agreement aims to ...": a treaty, an act or an accord is
    // what an article cites, not who it is about)
    {
      const auto space = low.rfind(' ');
      if (space != std::string::npos && in_class(m_res, "name.document", std::string_view(low).substr(space + 1))) {
        continue;
      }
    }
    // a wire credit in a dateline: "SPRINGFIELD, Dec 11 (Newswire) - ..."
    const auto& toks = m_dc.sents[en.sentence].toks;
    // and the dateline's place ("SPRINGFIELD (Newswire) - ...",
    // "SPRINGFIELD, Dec 11 (Newswire)"), like a source cited for a figure
    // ("according to Freddie Mac"), counts half
    const bool dateline = dateline_place(m_dc.sents[en.sentence], en.b, en.e);
    if (en.b > 0 && en.e + 1u < toks.size() && toks[en.b - 1].lower == "(" && toks[en.e].lower == ")" &&
        toks[en.e + 1].is(k_punct) && toks[en.e + 1].lower != ",") {
      continue;
    }
    const bool cited = en.b >= 2 && toks[en.b - 2].lower == "according" && toks[en.b - 1].lower == "to";
    // ("screens such as IMAX": an example named in passing, also half)
    const bool example = en.b >= 2 && toks[en.b - 2].lower == "such" && toks[en.b - 1].lower == "as";
    // ("Police said ...": a body named by a common word that names
    // speakers, also half)
    const bool generic = low.find(' ') == std::string::npos && in_class(m_res, "speaker.unnamed", low);
    auto& counts = government(en.subject) ? public_count : count;
    if ((counts[en.subject.key] += cited || dateline || example || generic ? 1 : 2) <= 2 &&
        first.count(en.subject.key) == 0) {
      first[en.subject.key] = &en;
    }
  }
  // (a name of no known kind given once as a modifier of a common noun,
  // "in the Sierra foothills", does not outweigh a public body the
  // article names)
  if (!public_count.empty()) {
    std::erase_if(count, [&](const auto& kv) {
      const EntityInfo& en = *first[kv.first];
      const auto& toks = m_dc.sents[en.sentence].toks;
      const bool modifier = en.e < toks.size() && toks[en.e].is(k_word) && !toks[en.e].is(k_cap) &&
                            lexicon::WordNet::instance().known(toks[en.e].lemma_n, lexicon::Pos::noun) &&
                            !in_class(m_res, "verb.say", toks[en.e].lemma_v) && !auxiliary(toks[en.e].lower);
      // (or as the object of a verb: "crossed the English Channel")
      std::uint16_t k = en.b;
      if (k > 0 && toks[k - 1].lower == "the") {
        --k;
      }
      const Tok* before = k > 0 ? &toks[k - 1] : nullptr;
      const bool object = before != nullptr && before->is(k_word) && !before->is(k_cap) &&
                          before->lemma_v != before->lower && !before->lemma_v.empty() &&
                          lexicon::WordNet::instance().known(before->lemma_v, lexicon::Pos::verb) &&
                          !in_class(m_res, "verb.say", before->lemma_v) && !auxiliary(before->lower);
      // (or only half-named: a dateline's town the gazetteer does not
      // know, a source cited once)
      return (kv.second <= 2 && en.subject.kind == "other" && (modifier || object)) ||
             (kv.second == 1 && (en.subject.kind == "other" || dateline_place(m_dc.sents[en.sentence], en.b, en.e)));
    });
  }
  // ("ELMHORN - Only 62% of Ruritanian children ... The World Health
  // Organization recommends ...": organizations each named once, none in
  // the lede, when the lede names a country by name or by its people's
  // adjective, are cited for what they say; the country is the topic)
  if (!count.empty() && public_count.empty()) {
    const Sent* lede = nullptr;
    for (const auto& st : m_dc.sents) {
      if (!st.headline) {
        lede = &st;
        break;
      }
    }
    Subject country;
    const std::uint16_t from = lede != nullptr ? after_dateline(*lede, 0) : 0;
    for (std::uint16_t k = from; lede != nullptr && k < lede->toks.size() && country.key.empty(); ++k) {
      const Tok& t = lede->toks[k];
      const lexicon::Place* p = t.is(k_cap) ? m_res.gaz->demonym(t.lower) : nullptr;
      for (const auto& en : m_dc.entities) {
        if (p == nullptr && en.sentence == lede->index && en.b == k && en.subject.kind == "place" && !en.anaphor) {
          p = m_res.gaz->by_key(en.subject.key);
        }
      }
      if (p != nullptr && p->kind == lexicon::PlaceKind::country) {
        country.kind = "place";
        country.key = p->key;
        country.place = p->key;
        country.surface = p->name;
      }
    }
    // (a dateline's town is no organization: "ELMHORN (Health Wire) - ...")
    const bool cited_once = std::all_of(count.begin(), count.end(), [&](const auto& kv) {
      const EntityInfo& en = *first[kv.first];
      return (kv.second <= 2 && (lede == nullptr || en.sentence != lede->index)) ||
             dateline_place(m_dc.sents[en.sentence], en.b, en.e);
    });
    if (!country.key.empty() && cited_once) {
      m_dc.topic = country;
      return;
    }
  }
  if (count.empty()) {
    count = public_count;
  }
  // Nor a public body: the only place named, or the one named most often
  // and at least twice ("Elm County" of a story about its bond vote).
  bool place_topic = false;
  if (count.empty()) {
    // (a dateline's town only when no other place is named: "ELMHORN (Health
    // Wire) - Flu cases in Ruritania fell ..." is about the country)
    for (const bool with_dateline : {false, true}) {
      for (const auto& en : m_dc.entities) {
        if (en.subject.kind == "place" && !en.anaphor &&
            (with_dateline || !dateline_place(m_dc.sents[en.sentence], en.b, en.e)) &&
            ++count[en.subject.key] == 1) {
          first[en.subject.key] = &en;
        }
      }
      if (!count.empty()) {
        break;
      }
    }
    if (count.size() > 1) {
      std::erase_if(count, [](const auto& kv) { return kv.second < 2; });
    }
    place_topic = !count.empty();
  }
  int best = 0;
  for (const auto& [k, n] : count) {
    // an organization by its suffix or acronym counts double
    const int score = n * (first[k]->subject.kind == "org" ? 2 : 1);
    if (score > best || (score == best && k < m_dc.topic.key)) {
      best = score;
      m_dc.topic = first[k]->subject;
    }
  }
  if (!m_dc.topic.key.empty() && !place_topic) {
    m_dc.topic.kind = "org";
    m_org_mentions[m_dc.topic.key] += 1;
  }
}

void Analyzer::resolve_people() {
  // Later bare last names already point to the full name (classify_name).
  // Propagate titles to every mention of the same person.
  std::unordered_map<std::string, std::vector<std::string>> titles;
  for (const auto& en : m_dc.entities) {
    if (en.subject.kind == "person") {
      auto& v = titles[en.subject.key];
      v.insert(v.end(), en.titles.begin(), en.titles.end());
    }
  }
  for (auto& en : m_dc.entities) {
    if (en.subject.kind == "person") {
      en.titles = titles[en.subject.key];
    }
  }
}

// "the container ship Acme Star", "Acme Star, a container ship,": a
// name the text gives a thing of a lasting kind (a ship, a bridge, a
// stadium). Every mention of the name is then that thing: subject kind
// "thing", its kind in `unit`, its name as the key. The reconciler joins a
// story's one named thing of a kind with the unnamed "thing:<kind>".
void Analyzer::find_named_things() {
  const auto thing_kind = [&](const Tok& t) -> std::string {
    if (!t.is(k_word) || t.is(k_cap)) {
      return {};
    }
    const auto kinds = m_res.lex.classes_of(t.lower, "story.");
    if (kinds.empty()) {
      return {};
    }
    std::string kind = kinds.front().substr(kinds.front().find('.') + 1);
    return in_class(m_res, "thing.kind", kind) ? kind : std::string();
  };
  std::unordered_map<std::string, std::string> named;  // key -> kind
  for (const auto& s : m_dc.sents) {
    for (const auto& sp : s.spans) {
      if (sp.ref < 0 || (sp.type != SpanType::org && sp.type != SpanType::other)) {
        continue;
      }
      const EntityInfo& en = m_dc.entities[static_cast<std::size_t>(sp.ref)];
      if (en.anaphor || en.subject.key.empty()) {
        continue;
      }
      std::string kind = sp.b > 0 ? thing_kind(s.toks[sp.b - 1]) : std::string();
      // "the asteroid 2004 MN4", "The asteroid, 2004 MN4,": past a
      // designation's year and an opening comma
      if (kind.empty() && sp.b > 1) {
        std::uint16_t k = sp.b - 1u;
        if (s.toks[k].is(k_number) && s.toks[k].lower.size() == 4 && k > 0) {
          --k;
        }
        if (s.toks[k].lower == "," && k > 0) {
          --k;
        }
        if (k + 1u < sp.b) {
          kind = thing_kind(s.toks[k]);
        }
      }
      // "the Vega 4 rocket": the kind right after the name ("the Northern
      // metro line": or after one plain word)
      if (kind.empty() && sp.e < s.toks.size()) {
        kind = thing_kind(s.toks[sp.e]);
      }
      if (kind.empty() && sp.e + 1u < s.toks.size() && s.toks[sp.e].is(k_word) && !s.toks[sp.e].is(k_cap) &&
          !in_class(m_res, "name.stop", s.toks[sp.e].lower)) {
        kind = thing_kind(s.toks[sp.e + 1]);
      }
      // "Acme Star, a container ship, ..."
      if (kind.empty() && sp.e + 2u < s.toks.size() && s.toks[sp.e].lower == "," &&
          (s.toks[sp.e + 1].lower == "a" || s.toks[sp.e + 1].lower == "an" || s.toks[sp.e + 1].lower == "the")) {
        for (std::size_t k = sp.e + 2; k < s.toks.size() && k < sp.e + 6u && kind.empty(); ++k) {
          if (s.toks[k].is(k_punct)) {
            break;
          }
          // ("Eastport, the pipeline's operator, ...": a possessor is
          // not what the name is)
          if (k + 1 < s.toks.size() && s.toks[k + 1].is(k_possessive)) {
            continue;
          }
          kind = thing_kind(s.toks[k]);
        }
      }
      if (!kind.empty()) {
        named.emplace(en.subject.key, kind);
      }
    }
  }
  if (named.empty()) {
    return;
  }
  std::map<std::string, int> names_of_kind;
  for (const auto& [key, kind] : named) {
    ++names_of_kind[kind];
  }
  for (const auto& [key, kind] : named) {
    if (names_of_kind[kind] == 1) {
      m_dc.thing_names[kind] = key;
    }
  }
  for (auto& en : m_dc.entities) {
    const auto it = named.find(en.subject.key);
    if (it != named.end() && (en.subject.kind == "org" || en.subject.kind == "other")) {
      en.subject.kind = "thing";
      en.subject.unit = it->second;
      en.subject.acronym.clear();
    }
  }
}

// "Orbit sold about 48 million phones", "Orbit says its battery lasts":
// a word that is also a common noun ("orbit") is a name when it opens at
// least two sentences (or one, and is capitalized inside another), each
// time right before a verb with no article, and never appears in lower
// case in the text.
void Analyzer::find_opener_names() {
  std::unordered_map<std::string, int> openers;
  std::unordered_set<std::string> lowercase;
  std::unordered_set<std::string> capitalized_inside;  // capitalized after a sentence's first word
  for (const auto& s : m_dc.sents) {
    bool first = true;
    for (std::size_t k = 0; k < s.toks.size(); ++k) {
      const Tok& t = s.toks[k];
      if (!t.is(k_word)) {
        continue;
      }
      if (!t.is(k_cap) && !t.is(k_allcaps)) {
        lowercase.insert(t.lower);
      } else if (!first && !s.headline && k > 0 && s.toks[k - 1].lower != "\"" && s.toks[k - 1].lower != ":") {
        capitalized_inside.insert(t.lower);
      }
      first = false;
    }
    if (s.headline) {
      continue;
    }
    std::size_t f = 0;
    while (f < s.toks.size() && !s.toks[f].is(k_word)) {
      ++f;
    }
    if (f + 1 >= s.toks.size() || !s.toks[f].is(k_cap) || s.toks[f].is(k_allcaps) || s.toks[f].lower.size() < 3 ||
        s.toks[f].lower.back() == 's' || in_class(m_res, "name.stop", s.toks[f].lower)) {
      continue;
    }
    // the next word (after "on Tuesday") is a finite verb
    std::size_t v = f + 1;
    if (v + 2 < s.toks.size() && s.toks[v].lower == "on") {
      v += 2;
    }
    const Tok& vt = s.toks[v];
    const bool verb = vt.is(k_word) && !vt.is(k_cap) && !vt.lemma_v.empty() &&
                      lexicon::WordNet::instance().known(vt.lemma_v, lexicon::Pos::verb) && !vt.lower.ends_with("ing");
    const bool finite = verb && (vt.lemma_v != vt.lower || vt.lower == "say");
    // ("Arsenal beat Chelsea 3-1", "Apple sued Samsung": a verb between
    // two names; once is enough)
    const bool between_names = verb && v + 1 < s.toks.size() && s.toks[v + 1].is(k_cap) &&
                               !s.toks[v + 1].is(k_allcaps) && !in_class(m_res, "name.stop", s.toks[v + 1].lower);
    if (finite || between_names) {
      openers[s.toks[f].lower] += between_names ? 2 : 1;
    }
  }
  // (or opens one so and is written capitalized inside another sentence:
  // "according to Orbit")
  for (const auto& [w, n] : openers) {
    if ((n >= 2 || capitalized_inside.count(w) != 0) && lowercase.count(w) == 0) {
      m_opener_names.insert(w);
    }
  }
}

// "near Calais and Dunkirk", "in Springfield and Elm Grove": a name the
// gazetteer does not list, joined by "and" or "or" to a place after a
// preposition of place, is a place too.
void Analyzer::coordinated_places(Sent& s) {
  const auto& toks = s.toks;
  const auto place_span = [&](std::uint16_t b, std::uint16_t e) {
    for (const auto& q : s.spans) {
      if (q.type == SpanType::place && q.ref >= 0 && (b == 0xFFFF || q.b == b) && (e == 0xFFFF || q.e == e)) {
        return &q;
      }
    }
    return static_cast<const Span*>(nullptr);
  };
  const auto locative = [&](std::uint16_t k) {
    if (k == 0) {
      return false;
    }
    const Word& w = toks[k - 1].lower;
    return w == "near" || w == "in" || w == "at" || w == "from" || w == "between" || w == "outside" ||
           w == "around" || w == "to";
  };
  for (auto& sp : s.spans) {
    if (sp.ref < 0 || (sp.type != SpanType::org && sp.type != SpanType::other) || sp.e - sp.b > 2) {
      continue;
    }
    EntityInfo& en = m_dc.entities[static_cast<std::size_t>(sp.ref)];
    if (en.anaphor || (en.subject.kind != "org" && en.subject.kind != "other") ||
        in_class(m_res, "org.suffix", toks[sp.e - 1].lower) || toks[sp.b].is(k_allcaps)) {
      continue;
    }
    const bool conj_before = sp.b >= 2 && (toks[sp.b - 1].lower == "and" || toks[sp.b - 1].lower == "or");
    const bool conj_after = sp.e + 1u < toks.size() && (toks[sp.e].lower == "and" || toks[sp.e].lower == "or");
    const Span* before = conj_before ? place_span(0xFFFF, static_cast<std::uint16_t>(sp.b - 1)) : nullptr;
    const Span* after = conj_after ? place_span(static_cast<std::uint16_t>(sp.e + 1), 0xFFFF) : nullptr;
    if (!((before != nullptr && locative(before->b)) || (after != nullptr && locative(sp.b)))) {
      continue;
    }
    Subject pl;
    pl.kind = "place";
    pl.surface = en.subject.surface;
    pl.key = "place:" + lower(pl.surface);
    pl.place = pl.key;
    en.subject = pl;
    sp.type = SpanType::place;
  }
}

DocContext Analyzer::run() {
  build_tokens();
  map_mentions();
  find_opener_names();
  // Two passes over names: the first learns organization keys and aliases
  // so that the second reads "Acme" alone as the organization.
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1) {
      find_topic_and_origin();
      m_dc.entities.clear();
      m_last_names.clear();
      for (auto& s : m_dc.sents) {
        s.spans.erase(std::remove_if(s.spans.begin(), s.spans.end(),
                                     [](const Span& sp) { return sp.type > SpanType::ordinal; }),
                      s.spans.end());
      }
    }
    for (auto& s : m_dc.sents) {
      if (s.headline) {
        continue;
      }
      find_names(s);
      coordinated_places(s);
      if (pass == 1) {
        find_units(s);
        find_anaphors(s);
        find_place_lists(s);
        find_titles(s);
        find_quotes(s);
      }
    }
  }
  resolve_people();
  find_named_things();
  for (auto& s : m_dc.sents) {
    std::sort(s.spans.begin(), s.spans.end(), [](const Span& a, const Span& b) {
      return a.b != b.b ? a.b < b.b : a.e > b.e;
    });
  }
  return std::move(m_dc);
}

}  // namespace

std::string org_key(std::string_view name, const Resources& res) {
  std::vector<std::string> words;
  std::string cur;
  for (const char c : lower(name)) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!cur.empty()) {
        words.push_back(cur);
        cur.clear();
      }
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) {
    words.push_back(cur);
  }
  while (!words.empty() && words.front() == "the") {
    words.erase(words.begin());
  }
  while (!words.empty() && (words.back() == "'s" || words.back() == "\xE2\x80\x99s")) {
    words.pop_back();
  }
  while (words.size() > 1 && in_class(res, "org.legal", words.back())) {
    words.pop_back();
  }
  // "Brightwater Foods", "Acme Motors": a coined name and the trade it is
  // in are the company that stories later call by the name alone. Not when
  // the first word is a dictionary word ("General Motors", "United
  // Airlines"): then the trade word is what tells the company apart.
  if (words.size() == 2 && in_class(res, "org.trade", words[1])) {
    const auto& wn = lexicon::WordNet::instance();
    const std::string& head = words[0];
    if (wn.loaded() && !wn.known(head, lexicon::Pos::noun) && !wn.known(head, lexicon::Pos::adj) &&
        !wn.known(head, lexicon::Pos::verb)) {
      words.pop_back();
    }
  }
  // drop a trailing period of an abbreviation ("inc.")
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) {
      out += ' ';
    }
    out += w;
  }
  return out;
}

std::string span_text(const DocContext& dc, const Sent& s, std::size_t b, std::size_t e) {
  if (b >= e || e > s.toks.size()) {
    return {};
  }
  return dc.doc->cleaned.text.substr(s.toks[b].start, s.toks[e - 1].end - s.toks[b].start);
}

DocContext analyze(const corpus::Document& doc, const Resources& res) { return Analyzer(doc, res).run(); }

}  // namespace cc::extract
