#include <doctest/doctest.h>

#include <string>

#include "text/clean.hpp"
#include "text/tokens.hpp"
#include "util/word_set.hpp"

using namespace cc;

namespace {

std::vector<std::string> sentences(const std::string& text) {
  text::BoilerplateRules rules;
  rules.phrases = {"advertisement", "share this story", "related article"};
  const auto c = text::clean(text, rules);
  std::vector<std::string> out;
  for (const auto& s : text::split_sentences(c)) {
    out.push_back(c.text.substr(s.range.start, s.range.end - s.range.start));
  }
  return out;
}

}  // namespace

TEST_CASE("text::clean keeps every offset") {
  SUBCASE("invalid UTF-8, NUL, BOM and markup become same-length replacements") {
    static const char raw[] = "\xEF\xBB\xBFSaid [reported](#) \\$600 caf\xE9\x00!";
    const std::string in(raw, sizeof raw - 1);
    const auto c = text::clean(in, {});
    CHECK(c.text.size() == in.size());
    CHECK(c.text == "   Said  reported      $600 caf? !");
  }
  SUBCASE("boilerplate lines: ads, share links, copyright footers, menus") {
    const std::string in =
        "Headline About A Plant Closing Soon\n\nThe plant will close in March.\n\nADVERTISEMENT\n\nShare this story\n"
        "\nMore prose here.\n\n\xC2\xA9 2024 Example Inc. All rights reserved.\nFooter text that is prose.\n";
    const auto c = text::clean(in, {{"share this story"}});
    std::vector<text::LineKind> kinds;
    for (const auto& l : c.lines) {
      if (l.range.end > l.range.start) {
        kinds.push_back(l.kind);
      }
    }
    REQUIRE(kinds.size() == 7);
    CHECK(kinds[0] == text::LineKind::headline);
    CHECK(kinds[1] == text::LineKind::prose);
    CHECK(kinds[2] == text::LineKind::boilerplate);
    CHECK(kinds[3] == text::LineKind::boilerplate);
    CHECK(kinds[4] == text::LineKind::prose);
    CHECK(kinds[5] == text::LineKind::boilerplate);
    CHECK(kinds[6] == text::LineKind::boilerplate);  // after the copyright notice
  }
  SUBCASE("a run of short unpunctuated lines is a menu") {
    const auto c = text::clean("Home\nNews\nSports\nWeather\n\nReal prose here.\n", {});
    CHECK(c.lines[0].kind == text::LineKind::boilerplate);
    CHECK(c.lines[3].kind == text::LineKind::boilerplate);
    CHECK(c.lines[5].kind == text::LineKind::prose);
  }
  SUBCASE("the first line is the headline however short; a short line after it is a byline") {
    const auto c = text::clean("Tornado kills seven\n\nJane Doe\n\nA tornado killed seven people.\n", {});
    CHECK(c.lines[0].kind == text::LineKind::headline);
    CHECK(c.lines[2].kind == text::LineKind::byline);
    CHECK(c.lines[4].kind == text::LineKind::prose);
    const auto b = text::clean("By Jane Doe\n\nA tornado killed seven people.\n", {});
    CHECK(b.lines[0].kind == text::LineKind::byline);
  }
  SUBCASE("glued link titles are boilerplate, a sentence with a camel-case name is prose") {
    const auto c = text::clean(
        "BanksThe Former Head of Citigroup Says Bank Jobs Will Be Gone\n\n"
        "SkyBridge canceled more than 2,100 flights on Monday, a spokesperson told TechCrunch.\n",
        {});
    CHECK(c.lines[0].kind == text::LineKind::boilerplate);
    CHECK(c.lines[2].kind == text::LineKind::prose);
  }
  SUBCASE("UTF-16 is recognized") {
    CHECK(text::is_utf16(std::string("\xFF\xFEH\0", 4)));
    CHECK_FALSE(text::is_utf16("Hello"));
  }
}

TEST_CASE("text::sentences survive abbreviations, quotes and broken paragraphs") {
  SUBCASE("abbreviations") {
    const auto s = sentences("The U.S. Department of Defense said so. Kaspersky Government Security Solutions Inc. "
                             "is in Washington, D.C. The firm agreed.\n");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "The U.S. Department of Defense said so.");
    CHECK(s[2] == "The firm agreed.");
  }
  SUBCASE("months, titles and initials") {
    const auto s = sentences("It opened in Sept. 2014 with Mr. J. Smith as head. It closed later.\n");
    REQUIRE(s.size() == 2);
  }
  SUBCASE("a sentence ending in U.S. before a new one") {
    const auto s = sentences("Sales fell in the U.S. The company said so.\n");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "Sales fell in the U.S.");
  }
  SUBCASE("closing quotes stay with their sentence") {
    const auto s = sentences("\xE2\x80\x9CWe are closing,\xE2\x80\x9D he said. \"Yes.\" She left.\n");
    REQUIRE(s.size() == 3);
    CHECK(s[1] == "\"Yes.\"");
  }
  SUBCASE("a sentence cut by a blank line is joined") {
    const auto s = sentences("\"It is hazy,\" Shingarev\n\nsaid.\n");
    REQUIRE(s.size() == 1);
  }
  SUBCASE("headlines are sentences of their own") {
    const auto s = sentences("Plant To Close In Ohio\n\nThe plant will close.\n");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "Plant To Close In Ohio");
  }
}

TEST_CASE("text::tokens") {
  const std::string t = "Kaspersky\xE2\x80\x99s D.C.-area office, 1,200 jobs (U.S.) cyber-security don't";
  const auto toks = text::tokenize(t, text::Range{0, t.size()});
  std::vector<std::string> words;
  for (const auto& k : toks) {
    words.push_back(t.substr(k.start, k.end - k.start));
  }
  const std::vector<std::string> expected{"Kaspersky", "\xE2\x80\x99s", "D.C.", "-",   "area",   "office", ",", "1,200",
                                          "jobs",      "(",            "U.S.", ")",   "cyber-security", "don't"};
  CHECK(words == expected);
  CHECK(toks[1].is(text::k_possessive));
  CHECK(toks[2].is(text::k_abbrev));
  CHECK(toks[7].is(text::k_number));
}

TEST_CASE("WordMap and WordSet find exactly their words") {
  const WordMap<int> m{{"one", 1}, {"two", 2}, {"twenty", 20}, {"one", 99}};
  REQUIRE(m.find("one") != nullptr);
  CHECK(*m.find("one") == 1);  // the first value of a word given twice
  CHECK(*m.find("twenty") == 20);
  CHECK(m.find("twen") == nullptr);
  CHECK(m.find("twentyone") == nullptr);
  CHECK(m.find("") == nullptr);
  CHECK(m.find("One") == nullptr);
  CHECK(m.find(std::string(100, 'a')) == nullptr);

  // more words than the table's first size: it grows and finds them all
  std::vector<std::string> words;
  for (int i = 0; i < 200; ++i) {
    words.push_back("w" + std::to_string(i));
  }
  std::vector<std::pair<std::string_view, int>> entries;
  for (std::size_t i = 0; i < words.size(); ++i) {
    entries.emplace_back(words[i], static_cast<int>(i));
  }
  const WordMap<int> big(entries);
  for (std::size_t i = 0; i < words.size(); ++i) {
    REQUIRE(big.find(words[i]) != nullptr);
    CHECK(*big.find(words[i]) == static_cast<int>(i));
  }
  CHECK(big.find("w200") == nullptr);

  const WordSet s{"said", "told", "reported"};
  CHECK(s.contains("told"));
  CHECK_FALSE(s.contains("tell"));
  CHECK_FALSE(s.contains("said "));
}
