// Claims: what one sentence of one document asserts, typed and traceable to
// its bytes; and findings: how claims from different sources relate.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/value.hpp"

namespace cc {

// The entity a claim is about. `key` is canonical and comparable across
// documents ("acme", "person:maria lindqvist", "US-VA",
// "acme/office@US-DC/washington-d-c"); `surface` is the text as written.
struct Subject {
  std::string key;
  std::string surface;
  std::string kind;     // org, person, place, unit, event, other
  std::string parent;   // for a unit: the parent organization's key; for a thing: its name;
                        // "story:" for a story's event of a weak kind ("the jet")
  std::string unit;     // for a unit: office, division, plant, team ...
  std::string place;    // for a unit: its place key
  std::string acronym;  // initials of an organization's name ("dhs")
};

enum class ValueKind : unsigned char { quantity, money, percent, date, duration, ordinal, set, place, status, text };

std::string_view to_string(ValueKind k);

// A typed claim value.
struct ClaimValue {
  ValueKind kind = ValueKind::text;
  NumRange num;               // quantity, money, percent, duration, ordinal
  std::string unit;           // counted noun, ISO 4217 code, "%", duration unit
  DateRange date;             // date
  std::string timex;          // date, duration
  std::vector<std::string> items;        // set: member keys (places: gazetteer keys)
  std::vector<std::string> item_names;   // set: members as written
  std::string text;           // status, place key, title, quote, free text
  std::string display;        // short human form ("fewer than 50", "{Chicago, Toronto}")
};

struct ClaimTime {
  DateRange range;
  std::string timex;
  std::string source;  // explicit, publication
};

struct Scope {
  std::string place;       // gazetteer key ("US", "region/north-america")
  std::string place_name;  // as written
  std::string population;  // contractors, employees, executives ...
  std::string unit;        // office, team, division ... ("the DC office")
  std::string phase;       // first round, proposed ...
  bool empty() const { return place.empty() && population.empty() && unit.empty() && phase.empty(); }
};

struct Attribution {
  std::string speaker;      // key of the person or organization quoted
  std::string speaker_name;
  std::string origin;       // key of the upstream report ("the bell", "bloomberg", "ap")
  std::string origin_name;
  std::string cue;          // "according to", "told", "reported" ...
};

struct Claim {
  std::string id;
  std::string document;     // document id
  std::size_t start = 0;    // byte span of the claim's words
  std::size_t end = 0;
  std::size_t sentence_start = 0;
  std::size_t sentence_end = 0;
  std::string text;         // exact bytes of [start, end)
  std::string quote;        // the sentence, cleaned (same length as its bytes)
  Subject subject;
  std::string attribute;
  ClaimValue value;
  ClaimTime time;
  Scope scope;
  std::string certainty = "asserted";  // asserted, reported, planned, considered, negated
  Attribution attribution;
  std::string rule;
  // Content-word lemmas around the value in its clause, sorted and unique:
  // a contradiction needs two claims that speak of the same event.
  std::vector<std::string> context;
  // What kind of fact this is: "changing" values (headcounts, tolls) may be
  // updated over time; "fixed" ones (dates of events) may not.
  bool changing = false;
};

enum class FindingKind : unsigned char {
  agreement,
  partial_agreement,
  update,
  contradiction,
  scope_differs,
};

std::string_view to_string(FindingKind k);

struct Finding {
  std::string id;
  FindingKind kind = FindingKind::agreement;
  std::vector<std::string> claims;  // claim ids
  std::string explanation;
  int independent = 0;              // independent sources behind the claims
  std::vector<int> side_sources;    // independent sources per side
  std::vector<std::vector<std::string>> sides;  // claim ids per side (two sides) or empty
  double confidence = 0;
  bool within_document = false;
};

}  // namespace cc
