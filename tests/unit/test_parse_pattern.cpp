#include <doctest/doctest.h>

#include "extract/patterns.hpp"
#include "lexicon/lexicon.hpp"
#include "parse/parser.hpp"

using namespace cc;

namespace {

lexicon::Lexicon small_lexicon() {
  lexicon::Lexicon lex;
  REQUIRE(lex.add_file("l.txt", "verb.close: close, shut down\nunit: office, plant\n"));
  return lex;
}

std::string compile_error(const std::string& text) {
  const auto lex = small_lexicon();
  auto r = extract::compile_rules("p.rules", text, lex);
  REQUIRE_FALSE(r);
  return r.error().to_string();
}

}  // namespace

TEST_CASE("parse::pattern language") {
  SUBCASE("a rule with every kind of element") {
    const std::string text = R"(# comment
rule r1
  match {s:entity} ...3 ~plan to ({e:@verb.close} | "shut down") (new)? {o:unit} !@verb.close "—"? ...
  attribute "status.{e}"
  value planned
  subject {s}
  kind status
  certainty planned
  changing no
end
)";
    auto ast = parse::parse_patterns("p.rules", text);
    REQUIRE(ast);
    REQUIRE(ast->size() == 1);
    const auto& r = (*ast)[0];
    CHECK(r.name == "r1");
    REQUIRE(r.match.size() == 10);
    CHECK(r.match[0].kind == parse::pattern_ast::ElementKind::slot);
    CHECK(r.match[0].capture == "s");
    CHECK(r.match[1].kind == parse::pattern_ast::ElementKind::gap);
    CHECK(r.match[1].max_gap == 3);
    CHECK(r.match[2].kind == parse::pattern_ast::ElementKind::lemma);
    CHECK(r.match[4].alternatives.size() == 2);
    CHECK(r.match[5].optional);
    CHECK(r.match[7].negated);
    CHECK(r.match[9].max_gap == 6);
    CHECK(parse::where("p.rules", text, r.match[2].where) == "p.rules:3:25");
    const auto lex = small_lexicon();
    auto compiled = extract::compile_rules("p.rules", text, lex);
    REQUIRE(compiled);
    CHECK((*compiled)[0].attribute == "status.{e}");
    CHECK((*compiled)[0].changing == 0);
  }
  SUBCASE("syntax errors point at file:line:col with what was expected") {
    auto r = parse::parse_patterns("p.rules", "rule broken\n  match {count\n  attribute x\nend\n");
    REQUIRE_FALSE(r);
    CHECK(r.error().to_string() == "p.rules:2:15: error: expected \"}\"");
    CHECK(r.error().context == "  match {count\n              ^");
    r = parse::parse_patterns("p.rules", "rule\n");
    REQUIRE_FALSE(r);
    CHECK(r.error().to_string().rfind("p.rules:1:5: error: expected rule name", 0) == 0);
    r = parse::parse_patterns("p.rules", "rule r match a attribute x value y\n");
    REQUIRE_FALSE(r);
    CHECK(r.error().to_string() == "p.rules:1:35: error: expected \"end\"");
    r = parse::parse_patterns("p.rules", "nonsense here\n");
    REQUIRE_FALSE(r);
    CHECK(r.error().to_string().rfind("p.rules:1:1: error: expected", 0) == 0);
    // Bytes above 0x7F (UTF-8, Latin-1) where a name or a space may stand:
    // a positioned error, never a character-class call on a negative char.
    r = parse::parse_patterns("p.rules", "rule caf\xc3\xa9\n  match a\n  attribute x\nend\n");
    REQUIRE_FALSE(r);
    CHECK(r.error().where == "p.rules:1:9");
    r = parse::parse_patterns("p.rules", "\xff\xfe rule r\n");
    REQUIRE_FALSE(r);
    CHECK(r.error().where == "p.rules:1:1");
  }
  SUBCASE("semantic errors: classes, slots, captures, fields") {
    CHECK(compile_error("rule r\n  match @nope {n:count}\n  attribute a\n  value {n}\nend\n") ==
          "p.rules:2:9: error: unknown lexicon class '@nope' (classes live in grammars/lexicon/*.txt)");
    CHECK(compile_error("rule r\n  match {n:bogus}\n  attribute a\n  value {n}\nend\n").rfind(
              "p.rules:2:9: error: unknown slot type 'bogus'", 0) == 0);
    CHECK(compile_error("rule r\n  match {n:count}\n  attribute a\n  value {m}\nend\n") ==
          "p.rules:4:9: error: no capture named 'm' in the match of rule 'r'");
    CHECK(compile_error("rule r\n  match {n:count}\n  attribute \"x.{q}\"\n  value {n}\nend\n") ==
          "p.rules:3:13: error: no capture named 'q' in the match of rule 'r'");
    CHECK(compile_error("rule r\n  match {n:count}\n  attribute a\n  value {n}\n  certainty sure\nend\n").rfind(
              "p.rules:5:13: error: unknown certainty 'sure'", 0) == 0);
    CHECK(compile_error("rule r\n  match {n:count}\n  value {n}\nend\n") == "p.rules:1:1: error: rule 'r' needs an attribute");
    CHECK(compile_error("rule r\n match x\n attribute a\n value v\nend\nrule r\n match y\n attribute a\n value v\nend\n") ==
          "p.rules:6:1: error: rule 'r' is defined twice");
  }
}
