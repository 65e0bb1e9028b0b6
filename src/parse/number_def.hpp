// Number grammar definitions. Include only from number.cpp.
#pragma once

#include <boost/fusion/include/at_c.hpp>

#include "parse/number.hpp"
#include "parse/primitives.hpp"
#include "parse/spelled.hpp"

namespace cc::parse::grammar {

using boost::fusion::at_c;
using x3::_attr;
using x3::_pass;
using x3::_val;
using x3::attr;
using x3::lit;

// --- Lexicon (lower case; the scanner lowers ASCII before parsing) ---

x3::symbols<int> const units_w(
    {{"zero", 0},     {"one", 1},       {"two", 2},        {"three", 3},     {"four", 4},
     {"five", 5},     {"six", 6},       {"seven", 7},      {"eight", 8},     {"nine", 9},
     {"ten", 10},     {"eleven", 11},   {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
     {"fifteen", 15}, {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}},
    "number word");
x3::symbols<int> const ones_w({{"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
                               {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}},
                              "number word");
x3::symbols<int> const tens_w({{"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
                               {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90}},
                              "tens word");
x3::symbols<double> const scale_w({{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},
                                   {"trillion", 1e12}, {"lakh", 1e5}, {"lakhs", 1e5},
                                   {"crore", 1e7}, {"crores", 1e7}},
                                  "scale word");
// Scale suffixes attached to digits: "10k", "2.5bn", "45m", "$3tn".
x3::symbols<double> const scale_sfx({{"k", 1e3}, {"m", 1e6}, {"mn", 1e6}, {"mln", 1e6},
                                     {"b", 1e9}, {"bn", 1e9}, {"bln", 1e9}, {"tn", 1e12},
                                     {"trn", 1e12}},
                                    "scale suffix");
// Denominators of fractions, singular and plural.
x3::symbols<double> const denominators({{"half", 2},     {"halves", 2},   {"third", 3},
                                        {"thirds", 3},   {"quarter", 4},  {"quarters", 4},
                                        {"fourth", 4},   {"fourths", 4},  {"fifth", 5},
                                        {"fifths", 5},   {"sixth", 6},    {"sixths", 6},
                                        {"eighth", 8},   {"eighths", 8},  {"tenth", 10},
                                        {"tenths", 10}},
                                       "fraction");
// Unicode vulgar fractions.
x3::symbols<double> const vulgar({{"\xC2\xBD", 0.5}, {"\xC2\xBC", 0.25}, {"\xC2\xBE", 0.75},
                                  {"\xE2\x85\x93", 1.0 / 3}, {"\xE2\x85\x94", 2.0 / 3}},
                                 "fraction");
x3::symbols<int> const ordinal_w(
    {{"first", 1},        {"second", 2},       {"third", 3},        {"fourth", 4},
     {"fifth", 5},        {"sixth", 6},        {"seventh", 7},      {"eighth", 8},
     {"ninth", 9},        {"tenth", 10},       {"eleventh", 11},    {"twelfth", 12},
     {"thirteenth", 13},  {"fourteenth", 14},  {"fifteenth", 15},   {"sixteenth", 16},
     {"seventeenth", 17}, {"eighteenth", 18},  {"nineteenth", 19},  {"twentieth", 20},
     {"thirtieth", 30},   {"fortieth", 40},    {"fiftieth", 50},    {"sixtieth", 60},
     {"seventieth", 70},  {"eightieth", 80},   {"ninetieth", 90},   {"hundredth", 100}},
    "ordinal");
x3::symbols<int> const ordinal_ones_w({{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4},
                                       {"fifth", 5}, {"sixth", 6}, {"seventh", 7}, {"eighth", 8},
                                       {"ninth", 9}},
                                      "ordinal");

// Vague amounts as bounded intervals [low, high) (docs/values.md).
struct Vague {
  double low;
  double high;
};
x3::symbols<Vague> const vague_w(
    {{"tens of thousands", {2e4, 1e5}},     {"hundreds of thousands", {2e5, 1e6}},
     {"tens of millions", {2e7, 1e8}},      {"hundreds of millions", {2e8, 1e9}},
     {"tens of billions", {2e10, 1e11}},    {"hundreds of billions", {2e11, 1e12}},
     {"dozens", {24, 100}},
     {"hundreds", {200, 1000}},             {"thousands", {2000, 10000}},
     {"millions", {2e6, 1e9}},              {"billions", {2e9, 1e12}},
     {"several dozen", {36, 100}},          {"several hundred", {300, 1000}},
     {"several thousand", {3000, 10000}},   {"several million", {3e6, 1e7}},
     {"several billion", {3e9, 1e10}},      {"a few dozen", {24, 72}},
     {"a few hundred", {200, 600}},         {"a few thousand", {2000, 6000}},
     {"a few million", {2e6, 6e6}},         {"a few billion", {2e9, 6e9}},
     {"a handful of", {2, 6}},              {"several", {3, 10}},
     {"a few", {2, 6}}},
    "vague amount");

// --- Rules ---

number_type const number_rule = "number";
below100_type const below100_rule = "number below 100";
count_type const count_rule = "count";
ordinal_type const ordinal_rule = "ordinal";

x3::rule<struct digit_number_class, ast::Number> const digit_number = "number";
x3::rule<struct fraction_class, ast::Number> const fraction = "fraction";
x3::rule<struct special_class, ast::Number> const special = "number phrase";
x3::rule<struct vague_class, ast::Number> const vague = "vague amount";

auto const set_sum2 = [](auto& ctx) { _val(ctx) = at_c<0>(_attr(ctx)) + at_c<1>(_attr(ctx)); };
auto const set_same = [](auto& ctx) { _val(ctx) = _attr(ctx); };

// Spelled numbers are read by hand-written primitives (parse/spelled.hpp):
// "twenty-seven", "two hundred and fifty", "one and a half million".
below100_parser const below100{};
spelled_number_parser const word_number{};

// "1,200", "3.5 million", "2.5bn", "10k", "1½"
auto const digit_number_def =
    (digits >> -vulgar >>
     -as<double>((ws >> scale_w >> wb) | (scale_sfx >> wb) |
                 (ws >> lit("and") >> ws >> lit("a") >> ws >> lit("half") >> wb >> attr(-0.5))))[([](auto& ctx) {
      const auto& t = _attr(ctx);
      ast::Number n = at_c<0>(t);
      if (at_c<1>(t)) {
        if (n.decimal || n.value < 0) {
          _pass(ctx) = false;
          return;
        }
        n.value += *at_c<1>(t);
        n.decimal = true;
      }
      if (at_c<2>(t)) {
        const double s = *at_c<2>(t);
        if (s < 0) {
          n.value += 0.5;
          n.decimal = true;
        } else {
          n.value *= s;
          n.scaled = true;
        }
      }
      n.high = n.value;
      _val(ctx) = n;
    })];

// Fractions used as shares: "a quarter", "two-thirds", "one in five", "half".
// The share flag is set when "of", or a determiner, follows: the fraction
// is then a percentage of something ("a quarter of its earnings").
auto const share_follows =
    &(ws >> (lit("of") | lit("the") | lit("its") | lit("their") | lit("his") | lit("her") |
             lit("our") | lit("all") | (lit("a") >> ws >> lit("percentage point"))) >> wb);
// After a change: "fell by a third since 2021", "rose by a quarter, to".
auto const change_follows =
    &((ws >> (lit("since") | lit("from") | lit("over") | lit("compared") | lit("last") | lit("this") |
              lit("in") | lit("to") | lit("year") | lit("between")) >> wb) |
      (-ws >> (lit(',') | lit('.') | lit(';'))));

auto const make_fraction = [](double num, double den, bool share) {
  ast::Number n;
  n.value = num / den;
  n.high = n.value;
  n.fraction = true;
  n.share = share;
  n.words = true;
  return n;
};

auto const fraction_def =
    // one in five, 1 in 4, one out of ten
    (as<int>(units_w | tens_w | uint1_2) >> ws >> (lit("in") | (lit("out") >> ws >> lit("of"))) >>
     ws >> as<bool>((&(uint4 >> wb) >> attr(true)) | attr(false)) >> as<int>(below100 | whole_uint) >>
     wb)[([](auto& ctx) {
      const int num = at_c<0>(_attr(ctx));
      const bool bare4 = at_c<1>(_attr(ctx));
      const int den = at_c<2>(_attr(ctx));
      if (den < 2 || num < 1 || num >= den) {
        _pass(ctx) = false;
        return;
      }
      // "reaching 64 in 2035": a year, not a ratio ("1 in 2,000" is one)
      if (bare4 && den >= 1800 && den <= 2100) {
        _pass(ctx) = false;
        return;
      }
      _val(ctx) = make_fraction(num, den, true);
    })] |
    // half a million, half a dozen
    (lit("half") >> ws >> (lit("a") | lit("an")) >> ws >>
     as<double>((scale_w >> wb) | (lit("dozen") >> wb >> attr(12.0))))[([](auto& ctx) {
      ast::Number n;
      n.value = n.high = _attr(ctx) / 2;
      n.words = true;
      n.scaled = _attr(ctx) > 100;
      _val(ctx) = n;
    })] |
    // a quarter of, two-thirds of, three quarters of
    (as<int>(lit("a") >> attr(1) | ones_w) >> (hyphen | ws) >> denominators >> wb >>
     share_follows)[([](auto& ctx) {
      const int num = at_c<0>(_attr(ctx));
      const double den = at_c<1>(_attr(ctx));
      if (num >= den) {
        _pass(ctx) = false;
        return;
      }
      _val(ctx) = make_fraction(num, den, true);
    })] |
    // half of, half the
    (lit("half") >> wb >> share_follows)[([](auto& ctx) { _val(ctx) = make_fraction(1, 2, true); })] |
    // "(fell by nearly) a third since 2021": a change measured as a share
    ((lit("a") | lit("one")) >> ws >> denominators >> wb >> change_follows)[([](auto& ctx) {
      _val(ctx) = make_fraction(1, _attr(ctx), true);
    })];

// Fixed phrases: a dozen, two dozen, a couple of, a pair of, a single.
auto const special_def =
    (as<int>(lit("a") >> attr(1) | below100) >> ws >> lit("dozen") >> wb)[([](auto& ctx) {
      ast::Number n;
      n.value = n.high = 12.0 * _attr(ctx);
      n.words = true;
      _val(ctx) = n;
    })] |
    ((lit("a") >> ws >> lit("couple") >> -(ws >> lit("of")) >> wb) |
     (lit("a") >> ws >> lit("pair") >> ws >> lit("of") >> wb))[([](auto& ctx) {
      ast::Number n;
      n.value = n.high = 2;
      n.words = true;
      _val(ctx) = n;
    })] |
    (lit("a") >> ws >> lit("single") >> wb)[([](auto& ctx) {
      ast::Number n;
      n.value = n.high = 1;
      n.words = true;
      _val(ctx) = n;
    })];

auto const vague_def = (vague_w >> wb >> -(ws >> lit("of") >> wb))[([](auto& ctx) {
  ast::Number n;
  n.value = _attr(ctx).low;
  n.high = _attr(ctx).high;
  n.vague = true;
  n.words = true;
  _val(ctx) = n;
})];

auto const number_rule_def = special | vague | fraction | word_number | digit_number;

// Counts of time units: "a year", "an hour", "several days", "many years".
auto const copy_number = [](auto& ctx) { _val(ctx) = _attr(ctx); };
auto const count_rule_def =
    special[copy_number] | vague[copy_number] | word_number[copy_number] | digit_number[copy_number] |
    ((lit("an") | lit("a")) >> wb)[([](auto& ctx) {
      ast::Number n;
      n.value = n.high = 1;
      n.words = true;
      _val(ctx) = n;
    })] |
    ((lit("few") | lit("couple") >> ws >> lit("of")) >> wb)[([](auto& ctx) {
      ast::Number n;
      n.value = 2;
      n.high = 6;
      n.vague = true;
      n.words = true;
      _val(ctx) = n;
    })] |
    (lit("many") >> wb)[([](auto& ctx) {
      ast::Number n;
      n.value = 2;
      n.high = 1e9;
      n.vague = true;
      n.words = true;
      _val(ctx) = n;
    })];

auto const ordinal_rule_def =
    (fixed_uint_parser<1, 4>{} >> (lit("st") | lit("nd") | lit("rd") | lit("th")) >> wb)[set_same] |
    (tens_w >> hyphen >> ordinal_ones_w >> wb)[set_sum2] | (ordinal_w >> wb)[set_same];

auto const below100_rule_def = below100;

BOOST_SPIRIT_DEFINE(below100_rule, digit_number, fraction, special, vague, ordinal_rule)

// The number and count rules remember what they read (parse/number.hpp,
// NumberMemo): the date, duration and quantity grammars, and their
// alternatives one after another, read the same number at the same place.
template <typename Iterator, typename Context>
bool parse_rule(number_type, Iterator& first, Iterator const& last, Context const& context, ast::Number& out) {
  static auto const def = (number_rule = number_rule_def);
  return memo::read(memo::Rule::number, first, last, out,
                    [&](Iterator& it) { return def.parse(it, last, context, x3::unused, out); });
}
template <typename Iterator, typename Context>
bool parse_rule(count_type, Iterator& first, Iterator const& last, Context const& context, ast::Number& out) {
  static auto const def = (count_rule = count_rule_def);
  return memo::read(memo::Rule::count, first, last, out,
                    [&](Iterator& it) { return def.parse(it, last, context, x3::unused, out); });
}

}  // namespace cc::parse::grammar
