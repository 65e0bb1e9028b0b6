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

TEST_CASE("lexicon::wordnet animals by the first two senses") {
  const auto& wn = lexicon::WordNet::instance();
  REQUIRE(wn.loaded());
  CHECK(wn.animal("whale"));    // the second sense (the first: a large person)
  CHECK(wn.animal("chicken"));  // the second sense (the first: its meat)
  CHECK(wn.animal("bird"));
  CHECK(wn.animal("whale"));    // asked again: from the cache
  CHECK_FALSE(wn.animal("people"));
  CHECK_FALSE(wn.animal("passenger"));
  CHECK_FALSE(wn.animal("job"));
  CHECK_FALSE(wn.animal("nosuchword"));
}

TEST_CASE("lexicon::lookups by name stay right across lexicons, copies, moves and additions") {
  const char* name = "verb.close";  // one address asked of every lexicon
  lexicon::Lexicon a;
  REQUIRE(a.add_file("a.txt", "verb.close: close\n"));
  CHECK(a.match(name, {"close"}, {"close"}) == 1);
  lexicon::Lexicon b;
  REQUIRE(b.add_file("b.txt", "verb.close: shut\n"));
  CHECK(b.match(name, {"close"}, {"close"}) == 0);
  CHECK(b.match(name, {"shut"}, {"shut"}) == 1);
  CHECK(a.match(name, {"shut"}, {"shut"}) == 0);
  lexicon::Lexicon moved = std::move(a);
  CHECK(moved.match(name, {"close"}, {"close"}) == 1);
  lexicon::Lexicon copy = moved;
  REQUIRE(copy.add_file("c.txt", "verb.close: end\n"));
  CHECK(copy.match(name, {"end"}, {"end"}) == 1);
  CHECK(moved.match(name, {"end"}, {"end"}) == 0);
  {
    lexicon::Lexicon scoped;
    REQUIRE(scoped.add_file("d.txt", "verb.close: halt\n"));
    CHECK(scoped.match(name, {"halt"}, {"halt"}) == 1);
  }
  lexicon::Lexicon later;  // may reuse the scoped one's address
  CHECK(later.match(name, {"halt"}, {"halt"}) == 0);
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
  // regular forms derived from country names; names that only look alike
  // are no demonyms
  for (const auto& [adj, key] : {std::pair{"Kenyan", "KE"}, {"Ethiopian", "ET"}, {"Egyptian", "EG"},
                                 {"Moroccan", "MA"}, {"Vietnamese", "VN"}, {"Pakistani", "PK"}, {"Chilean", "CL"}}) {
    CAPTURE(adj);
    const auto* p = g->demonym(adj);
    REQUIRE(p != nullptr);
    CHECK(p->key == key);
  }
  for (const char* name : {"Susan", "Christian", "Roman", "Brian", "Jordan", "Milan", "Oman"}) {
    CAPTURE(name);
    CHECK(g->demonym(name) == nullptr);
  }
}
