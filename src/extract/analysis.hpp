// Analysis of one document for claim extraction: sentences with tokens,
// lemmas and typed spans (value mentions, entities, noun phrases, titles,
// quotations, place lists), entity resolution inside the document, and the
// document's attribution context.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/claim.hpp"
#include "core/value.hpp"
#include "corpus/document.hpp"
#include "lexicon/gazetteer.hpp"
#include "lexicon/lexicon.hpp"
#include "text/tokens.hpp"

namespace cc::extract {

enum class SpanType : std::uint8_t {
  quantity, money, percent, date, time, duration, set, ordinal,  // value mentions
  place, places, org, person, unit, other,                        // entities
  np, title, quote,
};

// Returns the span type a slot name denotes ("count" -> quantity), or
// nullopt for an unknown name. "number", "entity" and "value" are groups
// checked with slot_accepts().
bool valid_slot_type(std::string_view name);
bool slot_accepts(std::string_view slot, SpanType t);
std::string_view to_string(SpanType t);

// A token's lower-case text or lemma: a std::string whose comparison with a
// literal checks the length first. The extractor compares words with
// literals millions of times per megabyte, and std::string's own == with a
// C string (libstdc++ 12) runs strlen and memcmp on every call.
struct Word : std::string {
  Word() = default;
  explicit Word(std::string s) : std::string(std::move(s)) {}
  Word& operator=(std::string s) {
    std::string::operator=(std::move(s));
    return *this;
  }
  const std::string& str() const { return *this; }
  // (a literal's length is known where it is written: no strlen. For
  // literals only: a char buffer would be compared to its whole size)
  template <std::size_t N>
  friend bool operator==(const Word& a, const char (&b)[N]) {
    return a.size() == N - 1 && std::char_traits<char>::compare(a.data(), b, N - 1) == 0;
  }
};

struct Tok {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint16_t flags = 0;
  Word lower;
  Word lemma_v;  // WordNet verb lemma
  Word lemma_n;  // WordNet noun lemma
  bool is(std::uint16_t f) const { return (flags & f) != 0; }
};

struct Span {
  std::uint16_t b = 0;  // token range [b, e)
  std::uint16_t e = 0;
  SpanType type = SpanType::np;
  int ref = -1;         // mention index (values), entity index (entities), -1
};

struct Sent {
  std::size_t index = 0;
  text::Range range;
  bool headline = false;
  std::vector<Tok> toks;
  std::vector<Span> spans;  // sorted by b, then longest first
};

// The first token after a dateline at `cb` ("GENEVA (Science Wire) - Last
// year ..."), or `cb` when there is none.
std::uint16_t after_dateline(const Sent& s, std::uint16_t cb);
// Whether tokens [b, e) of `s` are a dateline's place: "SPRINGFIELD
// (Newswire) - ...", "SPRINGFIELD, Dec 11 (Newswire)".
bool dateline_place(const Sent& s, std::uint16_t b, std::uint16_t e);
// Whether a name at token `b` is the source cited for what the sentence
// says: "according to Acme", "..., according to Acme's chief, Jane Doe".
bool cited_source(const Sent& s, std::uint16_t b);

struct EntityInfo {
  Subject subject;
  std::size_t sentence = 0;
  std::uint16_t b = 0;
  std::uint16_t e = 0;
  bool anaphor = false;  // "the company", "its", "the office"
  std::vector<std::string> titles;  // titles seen with a person ("vice president for public affairs")
};

struct DocContext {
  const corpus::Document* doc = nullptr;
  std::vector<Sent> sents;
  std::vector<Mention> mentions;
  std::vector<EntityInfo> entities;
  Subject topic;                 // the organization the article is about
  std::string origin;            // the upstream report the article rests on (key)
  std::string origin_name;
  std::string wire;              // a wire-service tag ("AP") at the top
  // The one name the article gives a thing of a lasting kind ("ship" ->
  // "acme star"); kinds given two names are left out.
  std::map<std::string, std::string> thing_names;
  // Names the article gives news outlets ("the trade publication
  // Boxscore"), lower case: cited sources, like org.media's.
  std::set<std::string> media;
};


struct Resources;
// Whether the lower-case name `low` is a news outlet: one the lexicon
// lists (org.media) or one the article calls so.
bool media_name(const DocContext& dc, const Resources& res, std::string_view low);

// --- Interface ---

// Analyzes `doc`: never fails; malformed text gives fewer spans.
DocContext analyze(const corpus::Document& doc, const Resources& res);

// The text of tokens [b, e) of `s` as written in the document.
std::string span_text(const DocContext& dc, const Sent& s, std::size_t b, std::size_t e);

// True for an auxiliary or modal verb ("had", "would", "been").
bool auxiliary(std::string_view w);

// Lower-cases ASCII.
std::string lower(std::string_view s);

// Canonical key of an organization name: lower case, without a leading
// "the", a possessive, legal suffixes ("Inc", "Lab") or a leading place.
std::string org_key(std::string_view name, const Resources& res);

}  // namespace cc::extract
