// AST produced by the value grammars. Plain structs: no X3 types, so the
// normalizers in values/ can use them without including Spirit.
#pragma once

#include <cstdint>

namespace cc::parse::ast {

// How a hedge word bounds a number (docs/values.md, "Hedges and bounds").
enum class Hedge : std::uint8_t {
  none,
  lt,          // less than, under, fewer than, below: exclusive upper bound
  le,          // up to, at most, no more than: inclusive upper bound
  gt,          // more than, over, exceeding, above: exclusive lower bound
  ge,          // at least, no fewer than: inclusive lower bound
  about,       // about, around, roughly, some, approximately: +-10%
  nearly,      // nearly, almost, close to: [90%, 100%] of the value
  just_under,  // just under, just shy of: [90%, 100%) of the value
  just_over,   // just over: (100%, 110%] of the value
};

// A number as written.
struct Number {
  double value = 0;      // the point value, or the low end of a vague amount
  double high = 0;       // the exclusive high end of a vague amount
  bool vague = false;    // "hundreds of", "several"
  bool words = false;    // spelled out ("twenty-seven")
  bool scaled = false;   // followed by a scale word or suffix ("1.2 million", "45m")
  bool fraction = false; // "a quarter", "two-thirds", "one in five"
  bool share = false;    // a fraction used as a share ("a quarter of", "one in five")
  bool grouped = false;  // digits with thousands separators ("1,200")
  bool decimal = false;  // digits with a decimal point
  std::uint8_t int_digits = 0;  // count of integer digits when written in digits
};

// A number with what it measures.
struct Amount {
  Number num;
  std::uint8_t currency = 0;  // index into currencies(); 0 = none
  std::uint16_t unit = 0;     // index into units(); 0 = none
  bool percent = false;
  bool points = false;        // "percentage points"
  double multiplier = 1;      // "cents" = 0.01 of the currency
};

struct Quantity {
  Hedge hedge = Hedge::none;  // before the number
  Amount a;
  bool range = false;         // "between a and b", "a-b", "a to b", "a or b"
  Amount b;
  Hedge post = Hedge::none;   // "or more", "or less", "+", "or so"
};

enum class Anchor : std::uint8_t {
  none,
  this_,        // this week, this September
  last,         // last week, last October, this past weekend
  next,         // next year, next Friday
  coming,       // this coming Friday: the first occurrence after today
  latest,       // the latest quarter: the most recent completed one
  that,         // That September, that day (refers to a date named earlier)
  following,    // the following year, the next day
  previous,     // the previous year, the day before
  earlier_this, // earlier this month
  later_this,   // later this year
};

enum class TUnit : std::uint8_t {
  none, second, minute, hour, day, week, weekend, fortnight, month, quarter, half, season, year,
  decade, century,
};

enum class Mod : std::uint8_t { none, early, mid, late, start, end };

enum class Ref : std::uint8_t { none, today, yesterday, tomorrow, present, past, future };

enum class TKind : std::uint8_t { date, time, duration, set };

// A temporal expression. Fields that are not set hold -1 (or none).
struct Temporal {
  TKind kind = TKind::date;
  std::int16_t year = -1;
  std::int8_t month = -1;
  std::int8_t day = -1;
  std::int8_t weekday = -1;  // 1 = Monday .. 7 = Sunday
  std::int8_t quarter = -1;  // 1..4
  std::int8_t half = -1;     // 1..2
  std::int8_t season = -1;   // 0 spring, 1 summer, 2 fall, 3 winter
  std::int16_t decade = -1;  // 199 for "the 1990s"
  std::int8_t century = -1;  // 20 for "the 20th century" (TIMEX3 "19")
  std::int8_t holiday = -1;  // index into holidays()
  bool year_two_digit = false;  // "'97"
  bool year_bare = false;       // a year standing alone ("in 2014")
  bool fiscal = false;
  bool month_only = false;      // a month name with no day and no year
  Mod mod = Mod::none;
  Anchor anchor = Anchor::none;
  Ref ref = Ref::none;
  TUnit unit = TUnit::none;     // deictic/offset/duration/set unit
  double count = 1;             // "two days ago", "three months"
  bool count_vague = false;     // "several years", bare "years"
  std::int8_t direction = 0;    // -1 ago/earlier, +1 later/from now
  bool anaphoric = false;       // counted from the last date in the text
  // time of day
  std::int8_t hour = -1;
  std::int8_t minute = -1;
  std::int8_t second = -1;
  std::int8_t part = -1;        // 0 MO, 1 AF, 2 EV, 3 NI, 4 DT (daytime)
  // durations and sets
  ast::Hedge hedge = Hedge::none;
  bool age = false;             // "47-year-old"
  std::int8_t frequency = 0;    // "twice a week" = 2
  bool rate = false;            // "a year" after an amount ("$5 a year")
  bool hyphenated = false;      // "three-month", "third-quarter": adjectival
  bool year_ago = false;        // "the year-earlier quarter", "year-ago"
  std::int8_t year_delta = 0;   // "last year's third quarter" = -1
  bool year_delta_set = false;
  double count2 = -1;           // high end of a count range ("two to three years")
  bool range_to_year = false;   // "2016-17", "between 2014 and 2017"
  std::int16_t year2 = -1;
};

}  // namespace cc::parse::ast
