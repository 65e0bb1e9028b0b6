// Typed values found in text: numeric intervals, date intervals, TIMEX3
// values. Every value is an interval or a set, never a bare string.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/calendar.hpp"

namespace cc {

// A numeric interval. A missing bound is unbounded. A point value has
// low == high, both inclusive.
struct NumRange {
  std::optional<double> low;
  std::optional<double> high;
  bool low_inclusive = true;
  bool high_inclusive = true;
  bool approximate = false;

  static NumRange point(double v) { return NumRange{v, v, true, true, false}; }
  bool is_point() const { return low && high && *low == *high; }
};

enum class Granularity : std::uint8_t {
  none,
  time,
  day,
  weekend,
  week,
  month,
  quarter,
  half,
  season,
  year,
  decade,
  century,
  reference,  // PRESENT_REF, PAST_REF, FUTURE_REF
};

std::string_view to_string(Granularity g);

// A date interval: first and last day (inclusive). A missing day means the
// interval is open on that side (PAST_REF has no start) or could not be
// resolved (a relative date without a reference date).
struct DateRange {
  std::optional<Day> start;
  std::optional<Day> end;
  Granularity granularity = Granularity::none;
};

enum class MentionType : std::uint8_t { quantity, money, percent, date, time, duration, set, ordinal };

std::string_view to_string(MentionType t);

// One value mention in a text: byte span (end exclusive), type and value.
struct Mention {
  std::size_t start = 0;
  std::size_t end = 0;
  MentionType type = MentionType::quantity;

  // quantity, money, percent, ordinal, and the amount of a duration.
  NumRange num;
  // Counted noun ("employees"), ISO 4217 code, "%", unit symbol ("ft"), or
  // the duration unit ("year").
  std::string unit;
  // Physical quantities: dimension ("length") and the interval in SI units.
  std::string dimension;
  std::optional<NumRange> si;
  std::string si_unit;

  // date and time
  DateRange date;
  // ISO-TimeML TIMEX3 value for date, time, duration, set ("2018", "P3M").
  std::string timex;
  // TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN, ...
  std::string mod;
  // For relative dates: false when no reference date was available.
  bool resolved = true;
};

}  // namespace cc
