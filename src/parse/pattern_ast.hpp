// AST of the claim-pattern language (grammars/claims/*.rules; see
// docs/grammar.md). Plain structs, no X3 types.
#pragma once

#include <string>
#include <vector>

namespace cc::parse::pattern_ast {

enum class ElementKind : unsigned char {
  word,    // a literal word, matched against the token (lower case)
  lemma,   // ~word: any inflection of the word
  cls,     // @class: an entry of a lexicon class
  slot,    // {name:type}: a typed value, entity or phrase
  group,   // ( alt | alt ): alternatives
  gap,     // ... or ...N: up to N tokens inside the clause
};

struct Element {
  ElementKind kind = ElementKind::word;
  std::string text;      // word, lemma, class name, slot type
  std::string capture;   // slot or group capture name ("" when none)
  int max_gap = 6;       // gap: most tokens skipped
  bool optional = false; // trailing '?'
  bool negated = false;  // !word / !@class: the next token must not match
  std::vector<std::vector<Element>> alternatives;  // group
  const char* where = nullptr;  // position in the source text, for errors
};

struct Field {
  std::string name;      // attribute, value, subject, kind, certainty, scope, time, changing
  std::string text;      // literal or template text
  bool capture = false;  // {name}: refers to a capture
  const char* where = nullptr;
};

struct Rule {
  std::string name;
  std::vector<Element> match;
  std::vector<Field> fields;
  const char* where = nullptr;
};

}  // namespace cc::parse::pattern_ast
