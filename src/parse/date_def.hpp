// Date grammar definitions. Include only from date.cpp.
#pragma once

#include <optional>

#include <boost/fusion/include/at_c.hpp>

#include "parse/date.hpp"
#include "parse/hedge_words.hpp"
#include "parse/number.hpp"
#include "parse/primitives.hpp"
#include "parse/temporal_words.hpp"

namespace cc::parse::grammar {

using boost::fusion::at_c;
using x3::_attr;
using x3::_pass;
using x3::_val;
using x3::attr;
using x3::lit;
using ast::Temporal;

x3::symbols<Mod> const decade_mod_w({{"early", Mod::early}, {"mid", Mod::mid}, {"late", Mod::late}},
                                    "modifier");
x3::symbols<int> const offset_dir_w(
    {{"ago", -1}, {"earlier", -2}, {"later", 2}, {"hence", 1}, {"back", -1}}, "ago");

// --- Rules ---

date_type const date_rule = "date";

x3::rule<struct day_n_class, int> const day_n = "day";
x3::rule<struct year_n_class, int> const year_n = "year";
x3::rule<struct month_n_class, int> const month_n = "month";
x3::rule<struct mdy_class, Temporal> const mdy = "date";
x3::rule<struct dmy_class, Temporal> const dmy = "date";
x3::rule<struct my_class, Temporal> const my = "month and year";
x3::rule<struct numeric_class, Temporal> const numeric = "numeric date";
x3::rule<struct decade_class, Temporal> const decade = "decade";
x3::rule<struct year_range_class, Temporal> const year_range = "range of years";
x3::rule<struct quarter_class, Temporal> const quarter = "quarter";
x3::rule<struct half_class, Temporal> const half = "half year";
x3::rule<struct century_class, Temporal> const century = "century";
x3::rule<struct season_class, Temporal> const season = "season";
x3::rule<struct holiday_class, Temporal> const holiday = "holiday";
x3::rule<struct year_class, Temporal> const year = "year";
x3::rule<struct deictic_class, Temporal> const deictic = "relative date";
x3::rule<struct offset_class, Temporal> const offset = "relative date";
x3::rule<struct ref_class, Temporal> const ref = "reference date";
x3::rule<struct weekday_class, Temporal> const weekday = "weekday";
x3::rule<struct month_only_class, Temporal> const month_only = "month";
x3::rule<struct modded_class, Temporal> const modded = "date";
x3::rule<struct mod_target_class, Temporal> const mod_target = "date";

x3::symbols<int> const year_anchor_w({{"this", 0}, {"last", -1}, {"next", 1}, {"the current", 0}}, "year");

auto const the = lit("the") >> ws;
auto const comma_sp = (lit(',') >> -ws) | ws;

auto const day_n_def = (uint1_2 >> -(lit("st") | lit("nd") | lit("rd") | lit("th")) >> wb)[([](auto& ctx) {
  const int d = _attr(ctx);
  _pass(ctx) = d >= 1 && d <= 31;
  _val(ctx) = d;
})];

auto const year_n_def = (uint4 >> wb)[([](auto& ctx) {
  const int y = _attr(ctx);
  _pass(ctx) = y >= 1000 && y <= 2199;
  _val(ctx) = y;
})];

auto const month_n_def = (month_w >> wb)[([](auto& ctx) { _val(ctx) = _attr(ctx); })];

auto const to_year = [](int two_digits) { return two_digits >= 30 ? 1900 + two_digits : 2000 + two_digits; };

// September 12, 2017; July 20th; Sept. 30
auto const mdy_def = (month_n >> ws >> day_n >> -(comma_sp >> year_n))[([](auto& ctx) {
  Temporal t;
  t.month = static_cast<std::int8_t>(at_c<0>(_attr(ctx)));
  t.day = static_cast<std::int8_t>(at_c<1>(_attr(ctx)));
  if (at_c<2>(_attr(ctx))) {
    t.year = static_cast<std::int16_t>(*at_c<2>(_attr(ctx)));
  }
  _val(ctx) = t;
})];

// 12 September 2017; the 20th of July
auto const dmy_def =
    (-the >> day_n >> ws >> -(lit("of") >> ws) >> month_n >> -(comma_sp >> year_n))[([](auto& ctx) {
      Temporal t;
      t.day = static_cast<std::int8_t>(at_c<0>(_attr(ctx)));
      t.month = static_cast<std::int8_t>(at_c<1>(_attr(ctx)));
      if (at_c<2>(_attr(ctx))) {
        t.year = static_cast<std::int16_t>(*at_c<2>(_attr(ctx)));
      }
      _val(ctx) = t;
    })];

// A year written out: "2017", "nineteen ninety-four".
x3::rule<struct year_spelled_class, int> const year_spelled = "year";
auto const year_spelled_def = year_n[([](auto& ctx) { _val(ctx) = _attr(ctx); })] |
                              (cardinal_below100() >> ws >> cardinal_below100())[([](auto& ctx) {
                                const int hi = at_c<0>(_attr(ctx));
                                const int lo = at_c<1>(_attr(ctx));
                                _pass(ctx) = hi >= 15 && hi <= 20 && lo >= 10;
                                _val(ctx) = hi * 100 + lo;
                              })];

// September 2017; Sept. 2017; September of 2017; January nineteen ninety-seven
auto const my_def =
    (month_n >> ((lit(',') >> -ws) | (ws >> -(lit("of") >> ws))) >> year_spelled)[([](auto& ctx) {
      Temporal t;
      t.month = static_cast<std::int8_t>(at_c<0>(_attr(ctx)));
      t.year = static_cast<std::int16_t>(at_c<1>(_attr(ctx)));
      _val(ctx) = t;
    })] |
    // June last year; January this year; March next year
    (month_n >> ws >> year_anchor_w >> ws >> lit("year") >> wb)[([](auto& ctx) {
      Temporal t;
      t.month = static_cast<std::int8_t>(at_c<0>(_attr(ctx)));
      t.year_delta = static_cast<std::int8_t>(at_c<1>(_attr(ctx)));
      t.year_delta_set = true;
      _val(ctx) = t;
    })];

// 2017-09-13; 2017/09/13; 2017-09; 9/13/2017 (US order unless the first
// number cannot be a month)
auto const numeric_def =
    ((uint4 >> (lit('-') | lit('/')) >> uint2 >> (lit('-') | lit('/')) >> uint2 >> wb)[([](auto& ctx) {
       Temporal t;
       const int y = at_c<0>(_attr(ctx));
       const int m = at_c<1>(_attr(ctx));
       const int d = at_c<2>(_attr(ctx));
       if (y < 1000 || m < 1 || m > 12 || d < 1 || d > 31) {
         _pass(ctx) = false;
         return;
       }
       t.year = static_cast<std::int16_t>(y);
       t.month = static_cast<std::int8_t>(m);
       t.day = static_cast<std::int8_t>(d);
       _val(ctx) = t;
     })]) |
    ((uint4 >> lit('-') >> uint2 >> !(lit('-') | x3::char_('0', '9')) >> wb)[([](auto& ctx) {
      // "2017-09" is a month; "2011-12" and "2019-20" read as ranges of years.
      const int y = at_c<0>(_attr(ctx));
      const int m = at_c<1>(_attr(ctx));
      if (y < 1000 || m < 1 || m > 12 || m > y % 100) {
        _pass(ctx) = false;
        return;
      }
      Temporal t;
      t.year = static_cast<std::int16_t>(y);
      t.month = static_cast<std::int8_t>(m);
      _val(ctx) = t;
    })]) |
    ((uint1_2 >> lit('/') >> uint1_2 >> lit('/') >> as<int>(uint4 | uint2) >> wb)[([](auto& ctx) {
      int a = at_c<0>(_attr(ctx));
      int b = at_c<1>(_attr(ctx));
      int y = at_c<2>(_attr(ctx));
      if (y < 100) {
        y = to_year(y);
      }
      if (a > 12 && b <= 12) {
        std::swap(a, b);
      }
      if (a < 1 || a > 12 || b < 1 || b > 31) {
        _pass(ctx) = false;
        return;
      }
      Temporal t;
      t.year = static_cast<std::int16_t>(y);
      t.month = static_cast<std::int8_t>(a);
      t.day = static_cast<std::int8_t>(b);
      _val(ctx) = t;
    })]);

auto const make_decade = [](auto& ctx, const auto& mod, int first_year) {
  Temporal t;
  t.decade = static_cast<std::int16_t>(first_year / 10);
  t.mod = mod ? *mod : Mod::none;
  _val(ctx) = t;
};

// the 1990s; the '90s; the mid-1990s; the nineties
auto const decade_def =
    (-the >> -(decade_mod_w >> (ws | hyphen)) >> uint4 >> -apos >> lit('s') >> wb)[([](auto& ctx) {
      const int y = at_c<1>(_attr(ctx));
      if (y % 10 != 0 || y < 1000) {
        _pass(ctx) = false;
        return;
      }
      make_decade(ctx, at_c<0>(_attr(ctx)), y);
    })] |
    (-the >> -(decade_mod_w >> (ws | hyphen)) >> apos >> uint2 >> lit('s') >> wb)[([](auto& ctx) {
      const int y = at_c<1>(_attr(ctx));
      if (y % 10 != 0) {
        _pass(ctx) = false;
        return;
      }
      make_decade(ctx, at_c<0>(_attr(ctx)), to_year(y));
    })] |
    (the >> -(decade_mod_w >> (ws | hyphen)) >> decade_w >> wb)[([](auto& ctx) {
      make_decade(ctx, at_c<0>(_attr(ctx)), 1900 + 10 * at_c<1>(_attr(ctx)));
    })];

// 2016-17; 2014-2017; between 2014 and 2017
auto const year_range_def =
    (year_n >> dash >> as<int>(uint4 | uint2) >> wb)[([](auto& ctx) {
      const int a = at_c<0>(_attr(ctx));
      int b = at_c<1>(_attr(ctx));
      if (b < 100) {
        b = (a / 100) * 100 + b;
      }
      if (b <= a || b - a > 50) {
        _pass(ctx) = false;
        return;
      }
      Temporal t;
      t.year = static_cast<std::int16_t>(a);
      t.year2 = static_cast<std::int16_t>(b);
      t.range_to_year = true;
      _val(ctx) = t;
    })] |
    (lit("between") >> ws >> year_n >> ws >> lit("and") >> ws >> year_n)[([](auto& ctx) {
      const int a = at_c<0>(_attr(ctx));
      const int b = at_c<1>(_attr(ctx));
      if (b <= a) {
        _pass(ctx) = false;
        return;
      }
      Temporal t;
      t.year = static_cast<std::int16_t>(a);
      t.year2 = static_cast<std::int16_t>(b);
      t.range_to_year = true;
      _val(ctx) = t;
    })];

auto const make_quarter = [](auto& ctx, int q, std::optional<int> y) {
  Temporal t;
  t.quarter = static_cast<std::int8_t>(q);
  if (y) {
    t.year = static_cast<std::int16_t>(*y < 100 ? to_year(*y) : *y);
  }
  _val(ctx) = t;
};

// the third quarter (of 2022); third-quarter; Q3 2022; Q3'22; 2022 Q3

auto const quarter_def =
    // this year's third quarter; last year's fourth quarter
    (year_anchor_w >> ws >> lit("year") >> apos >> lit('s') >> ws >> -(lit("fiscal") >> ws) >> quarter_ord_w >>
     (ws | hyphen) >> lit("quarter") >> wb)[([](auto& ctx) {
      Temporal t;
      t.quarter = static_cast<std::int8_t>(at_c<1>(_attr(ctx)));
      t.year_delta = static_cast<std::int8_t>(at_c<0>(_attr(ctx)));
      t.year_delta_set = true;
      _val(ctx) = t;
    })] |
    // the 1988 third quarter
    (-the >> year_n >> ws >> -(lit("fiscal") >> ws) >> quarter_ord_w >> (ws | hyphen) >> lit("quarter") >>
     wb)[([](auto& ctx) {
      make_quarter(ctx, at_c<1>(_attr(ctx)), std::optional<int>(at_c<0>(_attr(ctx))));
    })] |
    // third-quarter profit: adjectival, "the" belongs to the noun after it
    (-(lit("fiscal") >> (ws | hyphen)) >> quarter_ord_w >> hyphen >> lit("quarter") >> wb)[([](auto& ctx) {
      make_quarter(ctx, _attr(ctx), std::nullopt);
    })] |
    (-the >> -(lit("fiscal") >> (ws | hyphen)) >> quarter_ord_w >> ws >> lit("quarter") >> wb >>
     -(((ws >> lit("of") >> ws) | (lit(',') >> ws) | ws) >> year_n))[([](auto& ctx) {
      const auto& y = at_c<1>(_attr(ctx));
      make_quarter(ctx, at_c<0>(_attr(ctx)), y ? std::optional<int>(*y) : std::nullopt);
    })] |
    (lit('q') >> x3::char_("1-4") >> -as<int>(((ws | hyphen) >> year_n) | (-ws >> apos >> uint2)) >>
     wb)[([](auto& ctx) {
      const auto& y = at_c<1>(_attr(ctx));
      make_quarter(ctx, at_c<0>(_attr(ctx)) - '0', y ? std::optional<int>(*y) : std::nullopt);
    })] |
    (year_n >> ws >> lit('q') >> x3::char_("1-4") >> wb)[([](auto& ctx) {
      make_quarter(ctx, at_c<1>(_attr(ctx)) - '0', at_c<0>(_attr(ctx)));
    })];

// the first half of 2019; H1 2019; second-half
auto const half_def =
    (-the >> as<int>((lit("first") >> attr(1)) | (lit("second") >> attr(2)) | (lit("last") >> attr(2)) |
                     (lit("latter") >> attr(2))) >> (ws | hyphen) >>
     lit("half") >> wb >> -(((ws >> lit("of") >> ws) | ws) >> year_n))[([](auto& ctx) {
      Temporal t;
      t.half = static_cast<std::int8_t>(at_c<0>(_attr(ctx)));
      if (at_c<1>(_attr(ctx))) {
        t.year = static_cast<std::int16_t>(*at_c<1>(_attr(ctx)));
      }
      _val(ctx) = t;
    })] |
    (lit('h') >> x3::char_("1-2") >> (ws | hyphen) >> year_n)[([](auto& ctx) {
      Temporal t;
      t.half = static_cast<std::int8_t>(at_c<0>(_attr(ctx)) - '0');
      t.year = static_cast<std::int16_t>(at_c<1>(_attr(ctx)));
      _val(ctx) = t;
    })];

// the 20th century; the twenty-first century
auto const century_def = (-the >> ordinal() >> (ws | hyphen) >> lit("century") >> wb)[([](auto& ctx) {
  const int c = _attr(ctx);
  if (c < 1 || c > 22) {
    _pass(ctx) = false;
    return;
  }
  Temporal t;
  t.century = static_cast<std::int8_t>(c);
  _val(ctx) = t;
})];

// summer 2018; the spring of 2019; last fall (deictic); fall
auto const season_def =
    (-the >> season_w >> wb >> -((((ws >> -(lit("of") >> ws)) | (lit(',') >> ws))) >> year_n))[([](auto& ctx) {
      Temporal t;
      t.season = static_cast<std::int8_t>(at_c<0>(_attr(ctx)));
      if (at_c<1>(_attr(ctx))) {
        t.year = static_cast<std::int16_t>(*at_c<1>(_attr(ctx)));
      }
      _val(ctx) = t;
    })];

// Christmas; Thanksgiving Day 2019
auto const holiday_def = (holiday_w >> wb >> -(ws >> year_n))[([](auto& ctx) {
  Temporal t;
  t.holiday = static_cast<std::int8_t>(at_c<0>(_attr(ctx)));
  if (at_c<1>(_attr(ctx))) {
    t.year = static_cast<std::int16_t>(*at_c<1>(_attr(ctx)));
  }
  _val(ctx) = t;
})];

// 2014; the year 2000; fiscal 1989; FY2017; nineteen ninety-six
auto const year_def =
    (cardinal_below100() >> ws >> cardinal_below100())[([](auto& ctx) {
      const int hi = at_c<0>(_attr(ctx));
      const int lo = at_c<1>(_attr(ctx));
      if (hi < 15 || hi > 20 || lo < 10) {
        _pass(ctx) = false;
        return;
      }
      Temporal t;
      t.year = static_cast<std::int16_t>(hi * 100 + lo);
      _val(ctx) = t;
    })] |
    as<int>((the >> lit("year") >> ws >> year_n) | (lit("fiscal") >> ws >> -(lit("year") >> ws) >> year_n) |
            (lit("fy") >> -ws >> year_n))[([](auto& ctx) {
      Temporal t;
      t.year = static_cast<std::int16_t>(_attr(ctx));
      _val(ctx) = t;
    })] |
    year_n[([](auto& ctx) {
      Temporal t;
      t.year = static_cast<std::int16_t>(_attr(ctx));
      t.year_bare = true;
      _val(ctx) = t;
    })];

auto const year_ago_adj =
    -the >> -(lit("comparable") >> ws) >> lit("year") >> (hyphen | ws) >> (lit("earlier") | lit("ago")) >> wb;

// last week; this September; That September; next Friday; earlier this month
auto const deictic_def =
    (anchor_w >> ws >> unit_sg_w >> wb)[([](auto& ctx) {
      Temporal t;
      t.anchor = at_c<0>(_attr(ctx));
      t.unit = at_c<1>(_attr(ctx));
      _val(ctx) = t;
    })] |
    // last Oct. 23
    (anchor_w >> ws >> month_n >> ws >> day_n)[([](auto& ctx) {
      Temporal t;
      t.anchor = at_c<0>(_attr(ctx));
      t.month = static_cast<std::int8_t>(at_c<1>(_attr(ctx)));
      t.day = static_cast<std::int8_t>(at_c<2>(_attr(ctx)));
      _val(ctx) = t;
    })] |
    (anchor_w >> ws >> month_n)[([](auto& ctx) {
      Temporal t;
      t.anchor = at_c<0>(_attr(ctx));
      t.month = static_cast<std::int8_t>(at_c<1>(_attr(ctx)));
      _val(ctx) = t;
    })] |
    (anchor_w >> ws >> weekday_w >> wb >> -(ws >> part_w >> wb))[([](auto& ctx) {
      Temporal t;
      t.anchor = at_c<0>(_attr(ctx));
      t.weekday = static_cast<std::int8_t>(at_c<1>(_attr(ctx)));
      if (at_c<2>(_attr(ctx))) {
        t.part = static_cast<std::int8_t>(*at_c<2>(_attr(ctx)));
        t.kind = ast::TKind::time;
      }
      _val(ctx) = t;
    })] |
    (anchor_w >> ws >> season_w >> wb)[([](auto& ctx) {
      Temporal t;
      t.anchor = at_c<0>(_attr(ctx));
      t.season = static_cast<std::int8_t>(at_c<1>(_attr(ctx)));
      _val(ctx) = t;
    })] |
    // "the quarter": the quarter being reported on
    (the >> lit("quarter") >> wb)[([](auto& ctx) {
      Temporal t;
      t.anchor = Anchor::that;
      t.unit = TUnit::quarter;
      _val(ctx) = t;
    })] |
    // "the weekend", "the week": the one around the reference date
    (the >> as<TUnit>((lit("weekend") >> attr(TUnit::weekend)) | (lit("week") >> attr(TUnit::week))) >> wb)[([](auto& ctx) {
      Temporal t;
      t.anchor = _attr(ctx) == TUnit::weekend ? Anchor::none : Anchor::this_;
      t.unit = _attr(ctx);
      _val(ctx) = t;
    })] |
    // the year-earlier third quarter; the year-ago period; year-earlier
    (year_ago_adj >> ws >> quarter_ord_w >> ws >> lit("quarter") >> wb)[([](auto& ctx) {
      Temporal t;
      t.year_ago = true;
      t.unit = TUnit::quarter;
      t.quarter = static_cast<std::int8_t>(_attr(ctx));
      _val(ctx) = t;
    })] |
    (year_ago_adj >> ws >> (lit("quarter") | lit("period")) >> wb)[([](auto& ctx) {
      Temporal t;
      t.year_ago = true;
      t.unit = TUnit::quarter;
      _val(ctx) = t;
    })] |
    (year_ago_adj)[([](auto& ctx) {
      Temporal t;
      t.year_ago = true;
      t.unit = TUnit::year;
      _val(ctx) = t;
    })];

// two days ago; a year earlier; three weeks later; five years from now
auto const offset_def =
    (-(hedge_pre >> ws) >> count() >> ws >> unit_w >> wb >> -(ws >> lit("or") >> ws >> lit("so")) >> ws >>
     offset_dir_w >> wb)[([](auto& ctx) {
      Temporal t;
      const auto& n = at_c<1>(_attr(ctx));
      if (n.int_digits == 4 && !n.grouped) {
        _pass(ctx) = false;
        return;
      }
      t.hedge = at_c<0>(_attr(ctx)) ? *at_c<0>(_attr(ctx)) : ast::Hedge::none;
      t.count = n.value;
      t.count_vague = n.vague;
      t.unit = at_c<2>(_attr(ctx));
      const int dir = at_c<3>(_attr(ctx));
      t.direction = static_cast<std::int8_t>(dir < 0 ? -1 : 1);
      t.anaphoric = dir == -2 || dir == 2;
      _val(ctx) = t;
    })] |
    (count() >> ws >> unit_w >> wb >> ws >> lit("from") >> ws >> lit("now") >> wb)[([](auto& ctx) {
      Temporal t;
      t.count = at_c<0>(_attr(ctx)).value;
      t.count_vague = at_c<0>(_attr(ctx)).vague;
      t.unit = at_c<1>(_attr(ctx));
      t.direction = 1;
      _val(ctx) = t;
    })] |
    (the >> lit("day") >> ws >> as<int>((lit("before") >> ws >> lit("yesterday") >> attr(-2)) |
                                        (lit("after") >> ws >> lit("tomorrow") >> attr(2))) >>
     wb)[([](auto& ctx) {
      Temporal t;
      t.count = 2;
      t.unit = TUnit::day;
      t.direction = static_cast<std::int8_t>(_attr(ctx) < 0 ? -1 : 1);
      _val(ctx) = t;
    })];

// today, yesterday, now, recently, the past, the future; recent years;
// the coming weeks
auto const ref_def =
    (ref_w >> wb)[([](auto& ctx) {
      Temporal t;
      t.ref = _attr(ctx);
      _val(ctx) = t;
    })] |

    ((-the >> lit("coming") >> ws >> (lit("years") | lit("months") | lit("weeks") | lit("days") |
                                      lit("decades")) >> wb)[([](auto& ctx) {
      Temporal t;
      t.ref = Ref::future;
      _val(ctx) = t;
    })]);

// Friday; Friday night (a time); Friday, Sept. 15, 2017 (weekday and date)
auto const weekday_def =
    (weekday_w >> -lit(',') >> ws >> as<Temporal>(mdy | dmy))[([](auto& ctx) {
      Temporal t = at_c<1>(_attr(ctx));
      t.weekday = static_cast<std::int8_t>(at_c<0>(_attr(ctx)));
      _val(ctx) = t;
    })] |
    (weekday_w >> wb >> -(ws >> part_w >> wb))[([](auto& ctx) {
      Temporal t;
      t.weekday = static_cast<std::int8_t>(at_c<0>(_attr(ctx)));
      if (at_c<1>(_attr(ctx))) {
        t.part = static_cast<std::int8_t>(*at_c<1>(_attr(ctx)));
        t.kind = ast::TKind::time;
      }
      _val(ctx) = t;
    })];

auto const month_only_def = month_n[([](auto& ctx) {
  Temporal t;
  t.month = static_cast<std::int8_t>(_attr(ctx));
  t.month_only = true;
  _val(ctx) = t;
})];

// What early/mid/late/the end of can modify.
auto const copy = [](auto& ctx) { _val(ctx) = _attr(ctx); };
auto const mod_target_def =
    my[copy] | season[copy] | deictic[copy] | year[copy] | month_only[copy] |
    (the >> unit_sg_w >> wb)[([](auto& ctx) {
      // "the end of the year": the current one
      Temporal t;
      t.anchor = Anchor::this_;
      t.unit = _attr(ctx);
      _val(ctx) = t;
    })];

// early 2015; mid-2019; late last year; the end of September
auto const modded_def = (mod_w >> (ws | hyphen) >> mod_target)[([](auto& ctx) {
  Temporal t = at_c<1>(_attr(ctx));
  t.mod = at_c<0>(_attr(ctx));
  t.year_bare = false;
  t.month_only = false;
  _val(ctx) = t;
})];

auto const date_rule_def = weekday | numeric | decade | year_range | quarter | half | mdy | my | dmy |
                           century | modded | deictic | offset | season | holiday | year | ref |
                           month_only;

BOOST_SPIRIT_DEFINE(day_n, year_n, year_spelled, month_n, mdy, dmy, my, numeric, decade, year_range, quarter, half,
                    century, season, holiday, year, deictic, offset, ref, weekday, month_only,
                    mod_target, modded, date_rule)

}  // namespace cc::parse::grammar
