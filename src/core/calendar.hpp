// Civil-calendar arithmetic on days (proleptic Gregorian, days since
// 1970-01-01). All functions are total for years 1..9999.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cc {

using Day = std::int32_t;

struct Ymd {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

// --- Interface ---

// Returns the day number of `y`-`m`-`d`; `d` may exceed the month's length,
// in which case the result rolls over like mktime.
Day days_from_civil(int y, int m, int d);

// Returns the civil date of `day`.
Ymd civil_from_days(Day day);

// Returns 1 (Monday) .. 7 (Sunday).
int iso_weekday(Day day);

// Returns the number of days in month `m` of year `y`.
int days_in_month(int y, int m);

// Returns true if `y`-`m`-`d` names a real day.
bool valid_date(int y, int m, int d);

struct IsoWeek {
  int year = 0;
  int week = 0;  // 1..53
};

// Returns the ISO-8601 week containing `day`.
IsoWeek iso_week(Day day);

// Returns the Monday of ISO week `week` of ISO year `year`.
Day iso_week_monday(int year, int week);

// Returns `day` moved by `months` calendar months, clamping the day of month
// (Jan 31 + 1 month = Feb 28/29).
Day add_months(Day day, int months);

// Appends `v` in decimal, zero-padded to `width` characters as printf's
// "%0<width>d" does (a minus sign counts in the width). Dates and TIMEX3
// values are formatted this way, once per mention: snprintf costs more.
void append_zero_padded(std::string& out, int v, int width);

// Formats `day` as "YYYY-MM-DD".
std::string format_iso(Day day);

// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY" and returns the first and last day
// it covers; nullopt if malformed or out of range.
struct DaySpan {
  Day first = 0;
  Day last = 0;
  int precision = 3;  // 1 year, 2 month, 3 day
};
std::optional<DaySpan> parse_iso_span(std::string_view text);

// --- Inline implementations ---

inline Ymd ymd_of(Day day) { return civil_from_days(day); }

}  // namespace cc
