// Time, duration and set grammar definitions. Include only from timex.cpp.
#pragma once

#include <boost/fusion/include/at_c.hpp>

#include "parse/hedge_words.hpp"
#include "parse/number.hpp"
#include "parse/primitives.hpp"
#include "parse/temporal_words.hpp"
#include "parse/timex.hpp"

namespace cc::parse::grammar {

using boost::fusion::at_c;
using x3::_attr;
using x3::_pass;
using x3::_val;
using x3::attr;
using x3::lit;
using ast::Temporal;
using ast::TKind;

x3::symbols<int> const ampm_w({{"a.m.", 0}, {"a.m", 0}, {"am", 0}, {"p.m.", 12}, {"p.m", 12},
                               {"pm", 12}},
                              "a.m. or p.m.");
x3::symbols<int> const tz_w({{"et", 0},   {"est", 0},  {"edt", 0},  {"ct", 0},   {"cst", 0},
                             {"cdt", 0},  {"mt", 0},   {"mst", 0},  {"mdt", 0},  {"pt", 0},
                             {"pst", 0},  {"pdt", 0},  {"gmt", 0},  {"utc", 0},  {"bst", 0},
                             {"cet", 0},  {"cest", 0}, {"msk", 0},  {"jst", 0},  {"aest", 0}},
                            "time zone");
// Words before a duration that belong to it in TIMEX3 ("the past two months").
x3::symbols<int> const dur_pre_w({{"past", 0},      {"last", 0},     {"next", 0},
                                  {"first", 0},     {"coming", 0},   {"previous", 0},
                                  {"following", 0}, {"final", 0},    {"latest", 0},
                                  {"initial", 0},   {"remaining", 0}, {"whole", 0},
                                  {"entire", 0},    {"full", 0},     {"preceding", 0},
                                  {"prior", 0}},
                                 "duration modifier");
struct Every {
  TUnit unit;
  double count;
};
x3::symbols<Every> const set_adv_w({{"daily", {TUnit::day, 1}},
                                    {"nightly", {TUnit::day, 1}},
                                    {"weekly", {TUnit::week, 1}},
                                    {"biweekly", {TUnit::week, 2}},
                                    {"fortnightly", {TUnit::week, 2}},
                                    {"monthly", {TUnit::month, 1}},
                                    {"yearly", {TUnit::year, 1}},
                                    {"annually", {TUnit::year, 1}},
                                    {"semiannually", {TUnit::month, 6}},
                                    {"biannually", {TUnit::month, 6}},
                                    {"hourly", {TUnit::hour, 1}}},
                                   "frequency");

// --- Rules ---

time_type const time_rule = "time of day";
duration_type const duration_rule = "duration";
set_type const set_rule = "set of times";
x3::rule<struct dur_core_class, Temporal> const dur_core = "duration";

auto const copy_t = [](auto& ctx) { _val(ctx) = _attr(ctx); };

auto const time_rule_def =
    // 5:01 am ET; 17:45
    (uint1_2 >> lit(':') >> uint2 >> -(lit(':') >> uint2) >> -(-ws >> ampm_w >> wb) >>
     -(ws >> tz_w >> wb) >> -(ws >> weekday_w >> wb))[([](auto& ctx) {
      const auto& a = _attr(ctx);
      int h = at_c<0>(a);
      const int m = at_c<1>(a);
      if (at_c<3>(a)) {
        if (h < 1 || h > 12) {
          _pass(ctx) = false;
          return;
        }
        h = (h % 12) + *at_c<3>(a);
      }
      if (h > 24 || m > 59) {
        _pass(ctx) = false;
        return;
      }
      Temporal t;
      t.kind = TKind::time;
      t.hour = static_cast<std::int8_t>(h);
      t.minute = static_cast<std::int8_t>(m);
      if (at_c<2>(a)) {
        t.second = static_cast<std::int8_t>(*at_c<2>(a) % 60);
      }
      if (at_c<5>(a)) {
        t.weekday = static_cast<std::int8_t>(*at_c<5>(a));
      }
      _val(ctx) = t;
    })] |
    // 3 p.m.; 5pm ET
    (uint1_2 >> -ws >> ampm_w >> wb >> -(ws >> tz_w >> wb) >> -(ws >> weekday_w >> wb))[([](auto& ctx) {
      const int h = at_c<0>(_attr(ctx));
      if (h < 1 || h > 12) {
        _pass(ctx) = false;
        return;
      }
      Temporal t;
      t.kind = TKind::time;
      t.hour = static_cast<std::int8_t>((h % 12) + at_c<1>(_attr(ctx)));
      t.minute = 0;
      if (at_c<3>(_attr(ctx))) {
        t.weekday = static_cast<std::int8_t>(*at_c<3>(_attr(ctx)));
      }
      _val(ctx) = t;
    })] |
    // noon Thursday; midnight Friday
    (as<int>((lit("noon") >> attr(12)) | (lit("midday") >> attr(12)) | (lit("midnight") >> attr(24))) >>
     ws >> weekday_w >> wb)[([](auto& ctx) {
      Temporal t;
      t.kind = TKind::time;
      t.hour = static_cast<std::int8_t>(at_c<0>(_attr(ctx)));
      t.minute = 0;
      t.weekday = static_cast<std::int8_t>(at_c<1>(_attr(ctx)));
      _val(ctx) = t;
    })] |
    ((lit("noon") | lit("midday")) >> wb)[([](auto& ctx) {
      Temporal t;
      t.kind = TKind::time;
      t.hour = 12;
      t.minute = 0;
      _val(ctx) = t;
    })] |
    (lit("midnight") >> wb)[([](auto& ctx) {
      Temporal t;
      t.kind = TKind::time;
      t.hour = 24;
      t.minute = 0;
      _val(ctx) = t;
    })] |
    // this morning; yesterday afternoon; tomorrow night; last night; tonight
    (as<Ref>((lit("this") >> attr(Ref::today)) | (lit("yesterday") >> attr(Ref::yesterday)) |
             (lit("tomorrow") >> attr(Ref::tomorrow)) | (lit("last") >> attr(Ref::yesterday))) >>
     ws >> part_w >> wb)[([](auto& ctx) {
      const Ref r = at_c<0>(_attr(ctx));
      const int part = at_c<1>(_attr(ctx));
      if (r == Ref::yesterday && part != 3) {
        // "last night" is yesterday's night; "last morning" is not a phrase.
      }
      Temporal t;
      t.kind = TKind::time;
      t.ref = r;
      t.part = static_cast<std::int8_t>(part);
      _val(ctx) = t;
    })] |
    ((lit("tonight") | lit("overnight")) >> wb)[([](auto& ctx) {
      Temporal t;
      t.kind = TKind::time;
      t.ref = Ref::today;
      t.part = 3;
      _val(ctx) = t;
    })];

// count + unit: "three months", "three-month", "an hour", "a year and a half",
// "half an hour", "47-year-old"
auto const count_range_sep = (-ws >> dash >> -ws) | (ws >> (lit("to") | lit("or")) >> ws);

// A count that reads as a year ("the 1988 quarter") is not a count of units.
auto const year_like = [](const ast::Number& n) {
  return n.int_digits == 4 && !n.grouped && !n.decimal && n.value >= 1000 && n.value < 2200;
};

auto const dur_core_def =
    // two to three years; 2-3 days
    (count() >> count_range_sep >> count() >> (ws | hyphen) >> unit_w >> wb)[([](auto& ctx) {
      const auto& a = _attr(ctx);
      if (!(at_c<0>(a).value < at_c<1>(a).value) || at_c<0>(a).vague || at_c<1>(a).vague ||
          year_like(at_c<0>(a)) || year_like(at_c<1>(a))) {
        _pass(ctx) = false;
        return;
      }
      Temporal t;
      t.kind = TKind::duration;
      t.count = at_c<0>(a).value;
      t.count2 = at_c<1>(a).value;
      t.unit = at_c<2>(a);
      _val(ctx) = t;
    })] |
    (count() >> as<bool>((hyphen >> attr(true)) | (ws >> attr(false))) >> unit_w >> wb >>
     -(ws >> lit("and") >> ws >> lit("a") >> ws >> lit("half") >> wb >> attr(0.5)) >>
     -(((hyphen | ws) >> lit("old") >> wb) >> attr(true)))[([](auto& ctx) {
      const auto& a = _attr(ctx);
      Temporal t;
      t.kind = TKind::duration;
      t.count = at_c<0>(a).value + (at_c<3>(a) ? *at_c<3>(a) : 0.0);
      t.count_vague = at_c<0>(a).vague;
      t.hyphenated = at_c<1>(a);
      t.unit = at_c<2>(a);
      t.age = static_cast<bool>(at_c<4>(a));
      if (t.count < 0 || year_like(at_c<0>(a))) {
        _pass(ctx) = false;
        return;
      }
      _val(ctx) = t;
    })] |
    (lit("half") >> ws >> (lit("an") | lit("a")) >> ws >> unit_w >> wb)[([](auto& ctx) {
      Temporal t;
      t.kind = TKind::duration;
      t.count = 0.5;
      t.unit = _attr(ctx);
      _val(ctx) = t;
    })];

auto const duration_rule_def =
    // close to 20 years; the past two months; the first nine months. A
    // hedge word before "the" is a preposition ("over the past two years").
    (-(hedge_pre >> ws >> !(lit("the") >> ws)) >> -(lit("the") >> ws >> attr(true)) >> -(dur_pre_w >> ws) >>
     dur_core)[([](auto& ctx) {
      Temporal t = at_c<3>(_attr(ctx));
      if (at_c<1>(_attr(ctx)) && t.hyphenated && !at_c<2>(_attr(ctx))) {
        _pass(ctx) = false;  // "the two-week delay": "the" belongs to "delay"
        return;
      }
      if (at_c<0>(_attr(ctx))) {
        t.hedge = *at_c<0>(_attr(ctx));
      }
      _val(ctx) = t;
    })] |
    // the past year; the coming week
    (lit("the") >> ws >> dur_pre_w >> ws >> unit_sg_w >> wb)[([](auto& ctx) {
      Temporal t;
      t.kind = TKind::duration;
      t.count = 1;
      t.unit = at_c<1>(_attr(ctx));
      _val(ctx) = t;
    })] |
    // recent years, recent weeks: an unspecified stretch up to now
    (lit("recent") >> ws >>
     as<TUnit>((lit("years") >> attr(TUnit::year)) | (lit("months") >> attr(TUnit::month)) |
               (lit("weeks") >> attr(TUnit::week)) | (lit("decades") >> attr(TUnit::decade)) |
               (lit("days") >> attr(TUnit::day))) >> wb)[([](auto& ctx) {
      Temporal t;
      t.kind = TKind::duration;
      t.unit = _attr(ctx);
      t.count_vague = true;
      _val(ctx) = t;
    })] |
    // years, months (bare plurals: "for years"); checked in context later
    as<TUnit>((lit("years") >> attr(TUnit::year)) | (lit("months") >> attr(TUnit::month)) |
              (lit("weeks") >> attr(TUnit::week)) | (lit("decades") >> attr(TUnit::decade)) |
              (lit("days") >> attr(TUnit::day)) | (lit("hours") >> attr(TUnit::hour)))[([](auto& ctx) {
      Temporal t;
      t.kind = TKind::duration;
      t.unit = _attr(ctx);
      t.count_vague = true;
      _val(ctx) = t;
    })] >> wb;

auto const make_set = [](TUnit unit, double count) {
  Temporal t;
  t.kind = TKind::set;
  t.unit = unit;
  t.count = count;
  return t;
};

auto const every = (lit("every") | lit("each") | lit("per")) >> ws;
auto const per_w = lit("a") | lit("an") | lit("per") | lit("each") | lit("every");

auto const set_rule_def =
    (set_adv_w >> wb)[([](auto& ctx) { _val(ctx) = make_set(_attr(ctx).unit, _attr(ctx).count); })] |
    (every >> lit("other") >> ws >> unit_sg_w >> wb)[([](auto& ctx) {
      _val(ctx) = make_set(_attr(ctx), 2);
    })] |
    (every >> unit_sg_w >> wb)[([](auto& ctx) { _val(ctx) = make_set(_attr(ctx), 1); })] |
    (lit("every") >> ws >> count() >> ws >> unit_w >> wb)[([](auto& ctx) {
      _val(ctx) = make_set(at_c<1>(_attr(ctx)), at_c<0>(_attr(ctx)).value);
    })] |
    as<int>((every >> weekday_w >> wb) | weekday_plural_w >> wb)[([](auto& ctx) {
      Temporal t = make_set(TUnit::week, 1);
      t.weekday = static_cast<std::int8_t>(_attr(ctx));
      _val(ctx) = t;
    })] |
    // "$5 a year", "$18 an hour": a rate, accepted only right after an
    // amount
    ((lit("an") | lit("a")) >> ws >> as<TUnit>(unit_sg_w | rate_unit_w) >> wb)[([](auto& ctx) {
      Temporal t = make_set(_attr(ctx), 1);
      t.rate = true;
      _val(ctx) = t;
    })] |
    (every >> part_w >> wb)[([](auto& ctx) {
      Temporal t = make_set(TUnit::day, 1);
      t.part = static_cast<std::int8_t>(_attr(ctx));
      _val(ctx) = t;
    })] |
    (every >> (lit("season") | lit("year")) >> wb)[([](auto& ctx) {
      _val(ctx) = make_set(TUnit::year, 1);
    })] |
    (every >> season_w >> wb)[([](auto& ctx) {
      Temporal t = make_set(TUnit::year, 1);
      t.season = static_cast<std::int8_t>(_attr(ctx));
      _val(ctx) = t;
    })] |
    // once a week; twice a month; three times a year
    (as<int>((lit("once") >> attr(1)) | (lit("twice") >> attr(2)) | (lit("thrice") >> attr(3))) >>
     ws >> per_w >> ws >> unit_sg_w >> wb)[([](auto& ctx) {
      Temporal t = make_set(at_c<1>(_attr(ctx)), 1);
      t.frequency = static_cast<std::int8_t>(at_c<0>(_attr(ctx)));
      _val(ctx) = t;
    })] |
    (count() >> ws >> lit("times") >> ws >> per_w >> ws >> unit_sg_w >> wb)[([](auto& ctx) {
      const double n = at_c<0>(_attr(ctx)).value;
      if (n < 1 || n > 100) {
        _pass(ctx) = false;
        return;
      }
      Temporal t = make_set(at_c<1>(_attr(ctx)), 1);
      t.frequency = static_cast<std::int8_t>(n);
      _val(ctx) = t;
    })];

BOOST_SPIRIT_DEFINE(time_rule, dur_core, duration_rule, set_rule)

}  // namespace cc::parse::grammar
