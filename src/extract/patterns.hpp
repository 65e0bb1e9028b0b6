// Claim patterns: compiled from the pattern language (parse/pattern.hpp,
// docs/grammar.md) and matched against analyzed sentences.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/analysis.hpp"
#include "lexicon/lexicon.hpp"
#include "parse/pattern_ast.hpp"
#include "util/expected.hpp"

namespace cc::extract {

struct Node {
  parse::pattern_ast::ElementKind kind = parse::pattern_ast::ElementKind::word;
  std::string text;     // word, lemma, class, or slot type ("count", "@verb.close")
  std::string capture;
  int max_gap = 6;
  bool optional = false;
  bool negated = false;
  std::vector<std::vector<Node>> alts;
  // A negated element as the one-element sequence that must not match there
  // (made once, when the rule is compiled).
  std::vector<Node> plain;
};

struct CompiledRule {
  std::string name;
  std::string file;
  std::vector<Node> seq;
  // Fields: "" when not given. *_capture tells a capture name from a literal.
  std::string attribute;
  std::string value;
  bool value_capture = false;
  std::string subject;
  bool subject_capture = false;
  std::string kind;
  std::string certainty;
  std::string scope;
  std::string time;
  int changing = -1;  // -1 unset, 0 fixed, 1 changing
  // Words (or lemmas) every match contains: a cheap filter per sentence.
  std::vector<std::string> required;
};

struct Capture {
  std::string name;
  std::uint16_t b = 0;
  std::uint16_t e = 0;
  SpanType type = SpanType::np;
  int ref = -1;
  std::string cls;  // for {name:@class}: the class ("verb.close")
};

struct Match {
  const CompiledRule* rule = nullptr;
  std::uint16_t b = 0;
  std::uint16_t e = 0;
  std::vector<Capture> caps;
  const Capture* get(std::string_view name) const {
    for (const auto& c : caps) {
      if (c.name == name) {
        return &c;
      }
    }
    return nullptr;
  }
};

// --- Interface ---

// Compiles the pattern file `name` with contents `text`, checking lexicon
// classes, slot types, capture references and field values. Fails with
// "name:line:col: error: ..." on the first problem.
Expected<std::vector<CompiledRule>> compile_rules(const std::string& name, std::string_view text,
                                                  const lexicon::Lexicon& lex);

// Loads and compiles every *.rules file in `dir` (sorted by name); rule
// names must be unique across files.
Expected<std::vector<CompiledRule>> load_rules(const std::string& dir, const lexicon::Lexicon& lex);

// Every match of every rule in sentence `s`, leftmost-longest per rule and
// start position.
std::vector<Match> match_sentence(const DocContext& dc, const Sent& s, const std::vector<CompiledRule>& rules,
                                  const lexicon::Lexicon& lex);

}  // namespace cc::extract
