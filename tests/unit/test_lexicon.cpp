#include <doctest/doctest.h>

#include "lexicon/gazetteer.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/wordnet.hpp"

using namespace cc;

TEST_CASE("lexicon::wordnet lemmas") {
  const auto& wn = lexicon::WordNet::instance();
  REQUIRE(wn.loaded());
  CHECK(wn.lemma("laid", lexicon::Pos::verb) == "lay");
  CHECK(wn.lemma("shuttering", lexicon::Pos::verb) == "shutter");
  CHECK(wn.lemma("stopping", lexicon::Pos::verb) == "stop");
  CHECK(wn.lemma("offices", lexicon::Pos::noun) == "office");
  CHECK(wn.lemma("countries", lexicon::Pos::noun) == "country");
  CHECK(wn.lemma("closed", lexicon::Pos::verb) == "close");
}

TEST_CASE("lexicon::classes") {
  lexicon::Lexicon lex;
  REQUIRE(lex.add_file("t.txt", "verb.close: close, shut down, wind down\n  shutter\n# comment\nunit: office\n"));
  CHECK(lex.has_class("verb.close"));
  CHECK(lex.match("verb.close", {"shut", "down", "its"}, {"shut", "down", "its"}) == 2);
  CHECK(lex.match("verb.close", {"shuttered"}, {"shutter"}) == 1);
  CHECK(lex.match("verb.close", {"open"}, {"open"}) == 0);
  CHECK(lex.classes_of("shutter", "verb.") == std::vector<std::string>{"verb.close"});
  SUBCASE("errors name file:line:col") {
    lexicon::Lexicon bad;
    auto st = bad.add_file("bad.txt", "verb.close close\n");
    REQUIRE_FALSE(st);
    CHECK(st.error().to_string() == "bad.txt:1:17: error: expected ':' after the class name");
    st = bad.add_file("bad2.txt", "x: Upper\n");
    REQUIRE_FALSE(st);
    CHECK(st.error().to_string() == "bad2.txt:1:4: error: entries are lower case: \"Upper\"");
  }
}

TEST_CASE("lexicon::gazetteer containment and nearness") {
  auto g = lexicon::Gazetteer::load(CROSSCHECK_SOURCE_DIR "/grammars/places.txt");
  REQUIRE(g);
  const auto* arlington = g->resolve("Arlington", "Virginia");
  REQUIRE(arlington != nullptr);
  CHECK(arlington->subdivision == "US-VA");
  const auto* virginia = g->resolve("Virginia");
  const auto* us = g->resolve("U.S.");
  const auto* dc = g->resolve("Washington");
  const auto* na = g->resolve("North America");
  const auto* toronto = g->resolve("Toronto");
  REQUIRE(virginia != nullptr);
  REQUIRE(us != nullptr);
  REQUIRE(dc != nullptr);
  REQUIRE(na != nullptr);
  REQUIRE(toronto != nullptr);
  CHECK(us->key == "US");
  CHECK(dc->key == "US-DC/washington-d-c");
  CHECK(g->relate(*virginia, *arlington) == lexicon::PlaceRelation::contains);
  CHECK(g->relate(*arlington, *us) == lexicon::PlaceRelation::within);
  CHECK(g->relate(*na, *toronto) == lexicon::PlaceRelation::contains);
  CHECK(g->relate(*arlington, *dc) == lexicon::PlaceRelation::near);
  CHECK(g->relate(*toronto, *dc) == lexicon::PlaceRelation::disjoint);
  CHECK(g->demonym("North American") == na);
  CHECK(g->lookup("Nowhereville").empty());
}
