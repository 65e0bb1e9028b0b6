// Malformed and hostile input: every case ends in a clean result.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "corpus/manifest.hpp"
#include "util/utf8.hpp"
#include "value_summary.hpp"
#include "values/json.hpp"

using cc::test::describe;

namespace {

// Scans `text` and checks the invariants every result must keep: spans in
// bounds, in order, not overlapping, and valid JSON text.
std::size_t scan_checked(const std::string& text) {
  const auto mentions = cc::values::scan(text, {});
  std::size_t prev_end = 0;
  for (const auto& m : mentions) {
    REQUIRE(m.start < m.end);
    REQUIRE(m.end <= text.size());
    REQUIRE(m.start >= prev_end);
    prev_end = m.end;
    std::string json;
    cc::values::append_json(json, m, text);
    REQUIRE(cc::utf8::is_valid(json));
  }
  return mentions.size();
}

}  // namespace

TEST_CASE("values::malformed input") {
  SUBCASE("empty") { CHECK(describe("") == ""); }
  SUBCASE("a month an earlier mention holds does not open a day range (a fuzzing find)") {
    cc::values::ScanOptions opt;
    opt.reference = cc::corpus::parse_published("2020-06-15");
    const auto ms = cc::values::scan("on 5 February 5-8, then", opt);
    std::size_t last_end = 0;
    for (const auto& m : ms) {
      CHECK(m.start >= last_end);  // in order, never overlapping
      last_end = m.end;
    }
    REQUIRE_FALSE(ms.empty());
    CHECK(ms.front().timex == "2020-02-05");
  }
  SUBCASE("a hedge around a negative count is no reversed interval (a fuzzing find)") {
    cc::values::ScanOptions opt;
    opt.reference = cc::corpus::parse_published("2020-06-15");
    for (const auto& m : cc::values::scan("more than about -07-a quarter ofds", opt)) {
      CHECK(m.type != cc::MentionType::duration);
      if (m.num.low && m.num.high) {
        CHECK(*m.num.low <= *m.num.high);
      }
    }
  }
  SUBCASE("invalid UTF-8 around a value") {
    const std::string text = "\xff\xfe about 300 \xc0\xaf employees \xed\xa0\x80";
    CHECK(describe(text) == "about 300 => quantity ~[270,330]");
    CHECK(scan_checked(text) == 1);
  }
  SUBCASE("NUL bytes") {
    const std::string text("less than 50\0employees in 2017", 30);
    CHECK(describe(text) == "less than 50 => quantity (,50) | 2017 => date 2017 2017-01-01..2017-12-31");
  }
  SUBCASE("a 10,000-digit number is not a quantity") {
    const std::string text = "The code " + std::string(10000, '7') + " was 5 people.";
    CHECK(describe(text) == "5 => quantity 5 people");
  }
  SUBCASE("a number glued by an invisible character is not read") {
    CHECK(describe("It had 1\u200b000 staff and 40 trucks.") == "40 => quantity 40 trucks");
    CHECK(describe("It had 4\u2060500 staff.") == "");
    CHECK(describe("It had \u200b40 trucks.") == "40 => quantity 40 trucks");
  }
  SUBCASE("a 100,000-digit number") {
    CHECK(scan_checked(std::string(100000, '9')) == 0);
  }
  SUBCASE("digits with 1,000 thousands groups") {
    std::string text = "1";
    for (int i = 0; i < 1000; ++i) {
      text += ",000";
    }
    CHECK(scan_checked(text) == 0);
  }
  SUBCASE("a 2 MB line (half the largest article read)") {
    std::string text;
    text.reserve(2u << 20);
    while (text.size() < (2u << 20)) {
      text += "In 2017 about 300 staff and $5m, ";
    }
    CHECK(scan_checked(text) > 60000);
  }
  SUBCASE("10,000 nested parentheses and quotes") {
    const std::string text = std::string(10000, '(') + "42 people" + std::string(10000, ')') +
                             std::string(10000, '"') + "in 2014" + std::string(10000, '"');
    CHECK(describe(text) == "42 => quantity 42 people | 2014 => date 2014 2014-01-01..2014-12-31");
  }
  SUBCASE("long runs of trigger words") {
    std::string text;
    for (int i = 0; i < 20000; ++i) {
      text += "one two the last about ";
    }
    scan_checked(text);
  }
  SUBCASE("a megabyte of spaces between a hedge and its number") {
    const std::string text = "about" + std::string(1 << 20, ' ') + "300";
    CHECK(describe(text) == "300 => quantity 300");
  }
  SUBCASE("random bytes") {
    std::mt19937 rng(12345);
    for (int round = 0; round < 50; ++round) {
      std::string text(4096, '\0');
      for (auto& c : text) {
        c = static_cast<char>(rng() & 0xFF);
      }
      scan_checked(text);
    }
  }
  SUBCASE("random value-like text") {
    static const char* k_pieces[] = {"$", "5", ",", "000", ".", "3", "-", " ", "million", "less than ", "Sept. ",
                                     "12", "th", "'", "90s", "%", "about ", "Q", "2017", "/", ":", "am", "\xe2\x80\x93",
                                     "\xc2\xa3", "half", " of", "every ", "week", "ago", "\n", "\xff"};
    std::mt19937 rng(7);
    for (int round = 0; round < 200; ++round) {
      std::string text;
      for (int k = 0; k < 200; ++k) {
        text += k_pieces[rng() % std::size(k_pieces)];
      }
      scan_checked(text);
    }
  }
}

TEST_CASE("values::scan_each streams the mentions of a long text unchanged") {
  // a sentence whose mentions the scanner joins to the one before ("5 p.m.
  // EST Nov. 9", "February 5-8"), repeated past many hand-off batches
  const std::string one =
      "At 5 p.m. EST Nov. 9, about 300 people met from February 5-8, 2017 and paid $45 million. ";
  cc::values::ScanOptions opt;
  opt.reference = cc::DateRange{cc::days_from_civil(2017, 9, 12), cc::days_from_civil(2017, 9, 12),
                                cc::Granularity::day};
  const auto single = cc::values::scan(one, opt);
  REQUIRE(single.size() >= 4);
  std::string text;
  const std::size_t copies = 500;
  for (std::size_t k = 0; k < copies; ++k) {
    text += one;
  }
  std::vector<cc::Mention> streamed;
  cc::values::scan_each(text, opt, [&](cc::Mention&& m) { streamed.push_back(std::move(m)); });
  REQUIRE(streamed.size() == single.size() * copies);
  for (std::size_t k = 0; k < streamed.size(); ++k) {
    const cc::Mention& want = single[k % single.size()];
    const std::size_t shift = (k / single.size()) * one.size();
    CAPTURE(k);
    CHECK(streamed[k].start == want.start + shift);
    CHECK(streamed[k].end == want.end + shift);
    CHECK(streamed[k].timex == want.timex);
    CHECK(streamed[k].unit == want.unit);
  }
}
