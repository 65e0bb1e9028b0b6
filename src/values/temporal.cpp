#include "values/temporal.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "parse/tables.hpp"

namespace cc::values {

using parse::ast::Anchor;
using parse::ast::Mod;
using parse::ast::Ref;
using parse::ast::Temporal;
using parse::ast::TKind;
using parse::ast::TUnit;

namespace {

// Formats one or two ints into a format whose conversions are all "%d"
// or "%0<width>d" (as printf would).
std::string fmt(const char* f, int a, int b = 0) {
  std::string out;
  const int args[2] = {a, b};
  int next = 0;
  for (const char* p = f; *p != '\0'; ++p) {
    if (*p != '%') {
      out += *p;
      continue;
    }
    ++p;
    if (*p == '0') {
      ++p;
    }
    int width = 0;
    while (*p >= '0' && *p <= '9') {
      width = width * 10 + (*p++ - '0');
    }
    append_zero_padded(out, args[next < 2 ? next++ : 1], width);  // (*p is 'd')
  }
  return out;
}

// Meteorological seasons (northern hemisphere): spring = Mar-May, summer =
// Jun-Aug, fall = Sep-Nov, winter = Dec-Feb (winter Y starts in December Y).
constexpr const char* k_season_code[] = {"SP", "SU", "FA", "WI"};

int season_of_month(int m) { return m == 12 || m <= 2 ? 3 : (m - 3) / 3; }

DateRange season_span(int year, int season) {
  const int first_month = season == 3 ? 12 : 3 + season * 3;
  const Day start = days_from_civil(year, first_month, 1);
  const Day end = add_months(start, 3) - 1;
  return DateRange{start, end, Granularity::season};
}

Granularity granularity_of(TUnit u) {
  switch (u) {
    case TUnit::second:
    case TUnit::minute:
    case TUnit::hour: return Granularity::time;
    case TUnit::day: return Granularity::day;
    case TUnit::week:
    case TUnit::fortnight: return Granularity::week;
    case TUnit::weekend: return Granularity::weekend;
    case TUnit::month: return Granularity::month;
    case TUnit::quarter: return Granularity::quarter;
    case TUnit::half: return Granularity::half;
    case TUnit::season: return Granularity::season;
    case TUnit::year: return Granularity::year;
    case TUnit::decade: return Granularity::decade;
    case TUnit::century: return Granularity::century;
    case TUnit::none: break;
  }
  return Granularity::none;
}

// Moves `d` by `n` units.
Day shift(Day d, TUnit u, int n) {
  switch (u) {
    case TUnit::day: return d + n;
    case TUnit::week:
    case TUnit::weekend: return d + 7 * n;
    case TUnit::fortnight: return d + 14 * n;
    case TUnit::month: return add_months(d, n);
    case TUnit::quarter: return add_months(d, 3 * n);
    case TUnit::half: return add_months(d, 6 * n);
    case TUnit::season: return add_months(d, 3 * n);
    case TUnit::year: return add_months(d, 12 * n);
    case TUnit::decade: return add_months(d, 120 * n);
    case TUnit::century: return add_months(d, 1200 * n);
    default: return d;
  }
}

DateRange unite(const DateRange& a, const DateRange& b) {
  DateRange r = a;
  if (a.start && b.start) {
    r.start = std::min(*a.start, *b.start);
  }
  if (a.end && b.end) {
    r.end = std::max(*a.end, *b.end);
  }
  return r;
}

// The finest standard TIMEX3 value that contains the whole interval.
std::string timex_containing(const DateRange& r, Granularity g) {
  if (!r.start || !r.end) {
    return {};
  }
  const Ymd a = civil_from_days(*r.start);
  const Ymd b = civil_from_days(*r.end);
  if (timex_of(g, *r.start) == timex_of(g, *r.end)) {
    return timex_of(g, *r.start);
  }
  if (a.year == b.year && a.month == b.month) {
    return fmt("%04d-%02d", a.year, a.month);
  }
  if (a.year == b.year) {
    return fmt("%04d", a.year);
  }
  return {};
}

// Applies f (a function of one reference day returning a range) to both ends
// of a possibly partial reference and unites the results.
template <typename F>
std::optional<DateRange> over_reference(const TemporalContext& ctx, F f) {
  if (!ctx.reference || !ctx.reference->start || !ctx.reference->end) {
    return std::nullopt;
  }
  const auto a = f(*ctx.reference->start);
  if (*ctx.reference->start == *ctx.reference->end) {
    return a;
  }
  const auto b = f(*ctx.reference->end);
  if (!a || !b) {
    return std::nullopt;
  }
  return unite(*a, *b);
}

// Narrows `r` to its early, middle or late part, on the boundaries a reader
// would use: a year splits into Jan-Apr, May-Aug, Sep-Dec; a month into
// days 1-10, 11-20, 21-end; a decade into years 0-3, 4-6, 7-9; anything
// else into thirds of its days.
void apply_mod(DateRange& r, Mod mod, Granularity g) {
  if (mod == Mod::none || !r.start || !r.end) {
    return;
  }
  const int part = (mod == Mod::early || mod == Mod::start) ? 0 : mod == Mod::mid ? 1 : 2;
  const Ymd a = civil_from_days(*r.start);
  switch (g) {
    case Granularity::year: {
      const Day s = days_from_civil(a.year, 1 + 4 * part, 1);
      r.start = s;
      r.end = add_months(s, 4) - 1;
      return;
    }
    case Granularity::month: {
      const int first = 1 + 10 * part;
      r.start = days_from_civil(a.year, a.month, first);
      r.end = part == 2 ? *r.end : days_from_civil(a.year, a.month, first + 9);
      return;
    }
    case Granularity::decade: {
      static constexpr int k_first[] = {0, 4, 7};
      static constexpr int k_last[] = {3, 6, 9};
      r.start = days_from_civil(a.year + k_first[part], 1, 1);
      r.end = days_from_civil(a.year + k_last[part], 12, 31);
      return;
    }
    default: {
      const Day len = *r.end - *r.start + 1;
      const Day third = std::max<Day>(1, len / 3);
      if (part == 0) {
        r.end = *r.start + third - 1;
      } else if (part == 1) {
        r.start = *r.start + third;
        r.end = *r.end - third;
      } else {
        r.start = *r.end - third + 1;
      }
    }
  }
}

const char* mod_code(Mod mod) {
  switch (mod) {
    case Mod::early:
    case Mod::start: return "START";
    case Mod::mid: return "MID";
    case Mod::late:
    case Mod::end: return "END";
    case Mod::none: break;
  }
  return "";
}

enum class Lean : std::uint8_t { past, future, nearest };

// Year of a month/day (or month, season, quarter) named without a year.
// past: the latest occurrence that starts on or before the reference;
// future: the first that ends on or after it; nearest: whichever is closer
// (the past one on a tie).
template <typename SpanOfYear>
std::optional<DateRange> nearest_occurrence(Day ref, Lean lean, SpanOfYear span_of_year) {
  const int y = civil_from_days(ref).year;
  std::optional<DateRange> past;
  std::optional<DateRange> future;
  for (int yy = y + 1; yy >= y - 1 && !past; --yy) {
    const auto r = span_of_year(yy);
    if (r && r->start && *r->start <= ref) {
      past = r;
    }
  }
  for (int yy = y - 1; yy <= y + 1 && !future; ++yy) {
    const auto r = span_of_year(yy);
    if (r && r->end && *r->end >= ref) {
      future = r;
    }
  }
  if (!past || !future) {
    return past ? past : future;
  }
  // How far each candidate lies from the reference (0 when it contains it).
  const Day dp = *past->end >= ref ? 0 : ref - *past->end;
  const Day df = *future->start <= ref ? 0 : *future->start - ref;
  switch (lean) {
    case Lean::past: return past;
    case Lean::future:
      // Nor does a future cue send a month just past a whole year ahead.
      return df > 183 && dp <= 92 ? past : future;
    case Lean::nearest: break;
  }
  if (dp == 0) {
    return past;  // contains the reference
  }
  // News is past-biased: the next occurrence wins only when it is both
  // closer and within about a quarter of the reference.
  // A named day (a holiday, a month and day) is simply the nearer one.
  if (past->granularity == Granularity::day) {
    return df < dp ? future : past;
  }
  return df < dp && df <= 92 ? future : past;
}

// The last completed quarter before `ref` (earnings reports published in
// October speak of the third quarter).
DateRange last_completed_quarter(Day ref) {
  const DateRange cur = span_of(Granularity::quarter, ref);
  return span_of(Granularity::quarter, *cur.start - 1);
}

std::optional<DateRange> month_day_span(int year, int month, int day) {
  if (day > 0) {
    if (!valid_date(year, month, day)) {
      return std::nullopt;
    }
    const Day d = days_from_civil(year, month, day);
    return DateRange{d, d, Granularity::day};
  }
  const Day s = days_from_civil(year, month, 1);
  return DateRange{s, s + days_in_month(year, month) - 1, Granularity::month};
}

Day easter_sunday(int y) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  const int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
  return days_from_civil(y, month, day);
}

std::optional<DateRange> holiday_span(int year, int index) {
  const auto& hol = parse::holidays()[static_cast<std::size_t>(index)];
  Day d = 0;
  if (hol.easter) {
    d = easter_sunday(year) + hol.easter_offset;
  } else if (hol.nth != 0) {
    if (hol.nth > 0) {
      const Day first = days_from_civil(year, hol.month, 1);
      const int delta = (hol.weekday - iso_weekday(first) + 7) % 7;
      d = first + delta + 7 * (hol.nth - 1);
    } else {
      const Day last = days_from_civil(year, hol.month, days_in_month(year, hol.month));
      d = last - (iso_weekday(last) - hol.weekday + 7) % 7;
    }
  } else {
    d = days_from_civil(year, hol.month, hol.day);
  }
  return DateRange{d, d, Granularity::day};
}

std::string duration_timex(double count, TUnit unit, bool vague) {
  const char* code = "Y";
  bool time = false;
  double n = count;
  switch (unit) {
    case TUnit::second: code = "S"; time = true; break;
    case TUnit::minute: code = "M"; time = true; break;
    case TUnit::hour: code = "H"; time = true; break;
    case TUnit::day: code = "D"; break;
    case TUnit::week: code = "W"; break;
    case TUnit::weekend: code = "D"; n = count * 2; break;
    case TUnit::fortnight: code = "W"; n = count * 2; break;
    case TUnit::month: code = "M"; break;
    case TUnit::quarter: code = "M"; n = count * 3; break;
    case TUnit::half: code = "M"; n = count * 6; break;
    case TUnit::season: code = "M"; n = count * 3; break;
    case TUnit::year: code = "Y"; break;
    case TUnit::decade: code = "Y"; n = count * 10; break;
    case TUnit::century: code = "Y"; n = count * 100; break;
    case TUnit::none: return {};
  }
  const std::string prefix = time ? "PT" : "P";
  if (vague) {
    if (unit == TUnit::decade) {
      return "PXDE";
    }
    if (unit == TUnit::century) {
      return "PXCE";
    }
    return prefix + "X" + code;
  }
  // Express halves exactly in the next smaller unit where one exists.
  if (n != std::floor(n)) {
    struct Smaller {
      TUnit unit;
      double factor;
      const char* code;
      bool time;
    };
    const Smaller smaller = unit == TUnit::year     ? Smaller{TUnit::month, 12, "M", false}
                            : unit == TUnit::month  ? Smaller{TUnit::day, 30, "D", false}
                            : unit == TUnit::week   ? Smaller{TUnit::day, 7, "D", false}
                            : unit == TUnit::day    ? Smaller{TUnit::hour, 24, "H", true}
                            : unit == TUnit::hour   ? Smaller{TUnit::minute, 60, "M", true}
                            : unit == TUnit::minute ? Smaller{TUnit::second, 60, "S", true}
                                                    : Smaller{TUnit::none, 0, "", false};
    const double m = n * smaller.factor;
    if (smaller.unit != TUnit::none && m == std::floor(m) && unit != TUnit::month) {
      char buf[48];
      std::snprintf(buf, sizeof buf, "%s%.0f%s", smaller.time ? "PT" : "P", m, smaller.code);
      return buf;
    }
    char buf[48];
    std::snprintf(buf, sizeof buf, "%s%g%s", prefix.c_str(), n, code);
    return buf;
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, "%s%.0f%s", prefix.c_str(), n, code);
  return buf;
}

const char* part_code(int part) {
  static constexpr const char* k_parts[] = {"MO", "AF", "EV", "NI", "DT"};
  return part >= 0 && part < 5 ? k_parts[part] : "";
}

std::string_view unit_name(TUnit u) {
  switch (u) {
    case TUnit::second: return "second";
    case TUnit::minute: return "minute";
    case TUnit::hour: return "hour";
    case TUnit::day: return "day";
    case TUnit::week: return "week";
    case TUnit::weekend: return "weekend";
    case TUnit::fortnight: return "fortnight";
    case TUnit::month: return "month";
    case TUnit::quarter: return "quarter";
    case TUnit::half: return "half";
    case TUnit::season: return "season";
    case TUnit::year: return "year";
    case TUnit::decade: return "decade";
    case TUnit::century: return "century";
    case TUnit::none: break;
  }
  return "";
}

bool resolve_duration(const Temporal& t, Mention& m) {
  // (no period and no age is negative: "about -07-a quarter" is no
  // duration, and a hedge around a negative count would be a reversed
  // interval)
  if (t.count < 0) {
    return false;
  }
  if (t.age) {
    // "a 47-year-old man": an age, a quantity of the person, not a period
    // (TimeML does not annotate ages either).
    m.type = MentionType::quantity;
    m.num = NumRange::point(t.count);
    m.unit = std::string(unit_name(t.unit)) + "s old";
    return true;
  }
  m.type = MentionType::duration;
  m.unit = std::string(unit_name(t.unit));
  const bool range = t.count2 > t.count;
  m.timex = duration_timex(t.count, t.unit, t.count_vague || range);
  if (m.timex.empty()) {
    return false;
  }
  using parse::ast::Hedge;
  const double v = t.count;
  NumRange r = NumRange::point(v);
  if (range) {
    r = NumRange{v, t.count2, true, true, false};
  } else if (t.count_vague) {
    r = NumRange{std::nullopt, std::nullopt, true, true, true};
  }
  switch (t.hedge) {
    case Hedge::none: break;
    case Hedge::lt: r = NumRange{std::nullopt, v, true, false, false}; m.mod = "LESS_THAN"; break;
    case Hedge::le: r = NumRange{std::nullopt, v, true, true, false}; m.mod = "EQUAL_OR_LESS"; break;
    case Hedge::gt: r = NumRange{v, std::nullopt, false, true, false}; m.mod = "MORE_THAN"; break;
    case Hedge::ge: r = NumRange{v, std::nullopt, true, true, false}; m.mod = "EQUAL_OR_MORE"; break;
    case Hedge::about: r = NumRange{v * 0.9, v * 1.1, true, true, true}; m.mod = "APPROX"; break;
    case Hedge::nearly: r = NumRange{v * 0.9, v, true, true, true}; m.mod = "APPROX"; break;
    case Hedge::just_under: r = NumRange{v * 0.9, v, true, false, true}; m.mod = "LESS_THAN"; break;
    case Hedge::just_over: r = NumRange{v, v * 1.1, false, true, true}; m.mod = "MORE_THAN"; break;
  }
  m.num = r;
  return true;
}

bool resolve_set(const Temporal& t, Mention& m) {
  m.type = MentionType::set;
  if (t.weekday > 0) {
    m.timex = fmt("XXXX-WXX-%d", t.weekday);
  } else if (t.season >= 0) {
    m.timex = std::string("XXXX-") + k_season_code[t.season];
  } else if (t.part >= 0) {
    m.timex = std::string("XXXX-XX-XXT") + part_code(t.part);
  } else {
    m.timex = duration_timex(t.count, t.unit, false);
  }
  if (t.frequency > 0) {
    m.num = NumRange::point(t.frequency);
  }
  m.unit = std::string(unit_name(t.unit));
  return !m.timex.empty();
}

// The day a time of day or a part of the day falls on.
std::optional<DateRange> day_of_ref(const TemporalContext& ctx, int offset) {
  return over_reference(ctx, [&](Day ref) -> std::optional<DateRange> {
    return DateRange{ref + offset, ref + offset, Granularity::day};
  });
}

bool resolve_time(const Temporal& t, const TemporalContext& ctx, Mention& m, std::optional<DateRange> day) {
  m.type = MentionType::time;
  if (!day) {
    int offset = 0;
    if (t.ref == Ref::yesterday) {
      offset = -1;
    } else if (t.ref == Ref::tomorrow) {
      offset = 1;
    }
    day = day_of_ref(ctx, offset);
    // "... landed in Denver on Saturday. The flight left at 7:45 a.m.": a
    // clock time with no day of its own is on the day named just before
    if (t.ref == Ref::none && t.part < 0 && ctx.last_date_near && ctx.last_date && ctx.last_date->start &&
        ctx.last_date->end && *ctx.last_date->start == *ctx.last_date->end &&
        ctx.last_date->granularity == Granularity::day) {
      day = DateRange{ctx.last_date->start, ctx.last_date->end, Granularity::day};
    }
  }
  std::string suffix;
  if (t.part >= 0) {
    suffix = std::string("T") + part_code(t.part);
  } else if (t.hour >= 0) {
    suffix = fmt("T%02d:%02d", t.hour, t.minute < 0 ? 0 : t.minute);
  }
  if (day && day->start && day->end && *day->start == *day->end) {
    m.date = DateRange{day->start, day->end, Granularity::time};
    m.timex = format_iso(*day->start) + suffix;
  } else {
    m.resolved = day.has_value();
    if (day) {
      m.date = *day;
      m.date.granularity = Granularity::time;
    }
    m.timex = "XXXX-XX-XX" + suffix;
  }
  return true;
}

}  // namespace

std::string timex_of(Granularity g, Day day) {
  const Ymd d = civil_from_days(day);
  switch (g) {
    case Granularity::time:
    case Granularity::day: return format_iso(day);
    case Granularity::week: {
      const IsoWeek w = iso_week(day);
      return fmt("%04d-W%02d", w.year, w.week);
    }
    case Granularity::weekend: {
      const IsoWeek w = iso_week(day);
      return fmt("%04d-W%02d", w.year, w.week) + "-WE";
    }
    case Granularity::month: return fmt("%04d-%02d", d.year, d.month);
    case Granularity::quarter: return fmt("%04d-Q%d", d.year, (d.month - 1) / 3 + 1);
    case Granularity::half: return fmt("%04d-H%d", d.year, (d.month - 1) / 6 + 1);
    case Granularity::season: {
      const int s = season_of_month(d.month);
      const int y = (s == 3 && d.month <= 2) ? d.year - 1 : d.year;
      return fmt("%04d-", y) + k_season_code[s];
    }
    case Granularity::year: return fmt("%04d", d.year);
    case Granularity::decade: return fmt("%03d", d.year / 10);
    case Granularity::century: return fmt("%02d", d.year / 100);
    case Granularity::none:
    case Granularity::reference: break;
  }
  return {};
}

DateRange span_of(Granularity g, Day day) {
  const Ymd d = civil_from_days(day);
  switch (g) {
    case Granularity::time:
    case Granularity::day: return DateRange{day, day, g};
    case Granularity::week: {
      const Day mon = day - (iso_weekday(day) - 1);
      return DateRange{mon, mon + 6, g};
    }
    case Granularity::weekend: {
      const Day sat = day - (iso_weekday(day) - 1) + 5;
      return DateRange{sat, sat + 1, g};
    }
    case Granularity::month: {
      const Day s = days_from_civil(d.year, d.month, 1);
      return DateRange{s, s + days_in_month(d.year, d.month) - 1, g};
    }
    case Granularity::quarter: {
      const int q0 = ((d.month - 1) / 3) * 3 + 1;
      const Day s = days_from_civil(d.year, q0, 1);
      return DateRange{s, add_months(s, 3) - 1, g};
    }
    case Granularity::half: {
      const int h0 = ((d.month - 1) / 6) * 6 + 1;
      const Day s = days_from_civil(d.year, h0, 1);
      return DateRange{s, add_months(s, 6) - 1, g};
    }
    case Granularity::season: {
      const int s = season_of_month(d.month);
      const int y = (s == 3 && d.month <= 2) ? d.year - 1 : d.year;
      return season_span(y, s);
    }
    case Granularity::year:
      return DateRange{days_from_civil(d.year, 1, 1), days_from_civil(d.year, 12, 31), g};
    case Granularity::decade: {
      const int y0 = (d.year / 10) * 10;
      return DateRange{days_from_civil(y0, 1, 1), days_from_civil(y0 + 9, 12, 31), g};
    }
    case Granularity::century: {
      const int y0 = (d.year / 100) * 100;
      return DateRange{days_from_civil(y0, 1, 1), days_from_civil(y0 + 99, 12, 31), g};
    }
    case Granularity::none:
    case Granularity::reference: break;
  }
  return DateRange{day, day, g};
}

bool resolve_temporal(const Temporal& t, const TemporalContext& ctx, Mention& m) {
  if (t.kind == TKind::duration) {
    return resolve_duration(t, m);
  }
  if (t.kind == TKind::set) {
    return resolve_set(t, m);
  }
  m.type = MentionType::date;
  std::optional<DateRange> r;
  std::string timex;
  const bool future = ctx.future_cue;
  const Lean lean = ctx.future_cue ? Lean::future : ctx.past_cue ? Lean::past : Lean::nearest;
  // The year for a month, season or quarter named without one.
  const auto anchored = [&](auto span_of_year) -> std::optional<DateRange> {
    if (t.anchor == Anchor::that && ctx.last_year > 0) {
      return span_of_year(ctx.last_year);
    }
    if (ctx.last_year_near && ctx.last_year > 0 && t.anchor == Anchor::none && !ctx.reference) {
      return span_of_year(ctx.last_year);
    }
    switch (t.anchor) {
      case Anchor::this_:
        return over_reference(ctx, [&](Day ref) { return span_of_year(civil_from_days(ref).year); });
      case Anchor::last:
      case Anchor::previous:
      case Anchor::latest:
        // The latest occurrence that ends before the reference.
        return over_reference(ctx, [&](Day ref) -> std::optional<DateRange> {
          const int y = civil_from_days(ref).year;
          for (int yy = y; yy >= y - 2; --yy) {
            const auto s = span_of_year(yy);
            if (s && *s->end < ref && !(*s->start <= ref && ref <= *s->end)) {
              return s;
            }
          }
          return std::nullopt;
        });
      case Anchor::coming:
        return over_reference(ctx, [&](Day ref) { return nearest_occurrence(ref, Lean::future, span_of_year); });
      case Anchor::next:
      case Anchor::following:
        return over_reference(ctx, [&](Day ref) -> std::optional<DateRange> {
          const int y = civil_from_days(ref).year;
          for (int yy = y; yy <= y + 2; ++yy) {
            const auto s = span_of_year(yy);
            if (s && *s->start > ref) {
              return s;
            }
          }
          return std::nullopt;
        });
      default:
        return over_reference(ctx, [&](Day ref) { return nearest_occurrence(ref, lean, span_of_year); });
    }
  };

  Granularity g = Granularity::none;
  if (t.kind == TKind::time && (t.hour >= 0 || t.part >= 0) && t.weekday < 0) {
    return resolve_time(t, ctx, m, std::nullopt);
  }

  if (t.ref != Ref::none && t.kind == TKind::date) {
    int offset = 0;
    switch (t.ref) {
      case Ref::today: break;
      case Ref::yesterday: offset = -1; break;
      case Ref::tomorrow: offset = 1; break;
      case Ref::present:
      case Ref::past:
      case Ref::future: {
        m.date.granularity = Granularity::reference;
        m.timex = t.ref == Ref::present ? "PRESENT_REF" : t.ref == Ref::past ? "PAST_REF" : "FUTURE_REF";
        if (ctx.reference) {
          if (t.ref != Ref::past) {
            m.date.start = ctx.reference->start;
          }
          if (t.ref != Ref::future) {
            m.date.end = ctx.reference->end;
          }
        }
        return true;
      }
      case Ref::none: break;
    }
    r = day_of_ref(ctx, offset);
    g = Granularity::day;
  } else if (t.range_to_year) {
    m.date = DateRange{days_from_civil(t.year, 1, 1), days_from_civil(t.year2, 12, 31), Granularity::year};
    m.timex = fmt("%04d/%04d", t.year, t.year2);
    return true;
  } else if (t.decade >= 0) {
    r = span_of(Granularity::decade, days_from_civil(t.decade * 10, 1, 1));
    g = Granularity::decade;
  } else if (t.century >= 0) {
    // "the 20th century" = 1900-1999 (TIMEX3 "19").
    r = span_of(Granularity::century, days_from_civil((t.century - 1) * 100, 1, 1));
    g = Granularity::century;
  } else if (t.holiday > 0) {
    const int h = t.holiday;
    if (t.year > 0) {
      r = holiday_span(t.year, h);
    } else {
      r = anchored([&](int y) { return holiday_span(y, h); });
    }
    g = Granularity::day;
  } else if (t.year_ago) {
    // "the year-earlier quarter", "year-ago": the same period a year before
    // the one under discussion (the last date named, else the reference).
    const bool quarter_context = ctx.last_date && ctx.last_date->start && ctx.last_date_near &&
                                 ctx.last_date->granularity == Granularity::quarter;
    g = t.unit == TUnit::quarter || quarter_context ? Granularity::quarter : Granularity::year;
    const int q = t.quarter;
    const auto from = [&](Day base) -> std::optional<DateRange> {
      DateRange cur = span_of(g, base);
      if (q > 0) {
        const int y = civil_from_days(base).year;
        cur = span_of(g, days_from_civil(y, (q - 1) * 3 + 1, 1));
      }
      return span_of(g, add_months(*cur.start, -12));
    };
    if (ctx.last_date && ctx.last_date->start && ctx.last_date_near &&
        ctx.last_date->granularity == Granularity::quarter) {
      r = from(*ctx.last_date->start);
    } else if (g == Granularity::quarter && q <= 0) {
      r = over_reference(ctx, [&](Day ref) { return from(*last_completed_quarter(ref).start); });
    } else {
      r = over_reference(ctx, from);
    }
  } else if (t.quarter > 0 && t.year_delta_set) {
    // "last year's third quarter"
    const int q = t.quarter;
    const int delta = t.year_delta;
    r = over_reference(ctx, [&](Day ref) -> std::optional<DateRange> {
      const int y = civil_from_days(ref).year + delta;
      return span_of(Granularity::quarter, days_from_civil(y, (q - 1) * 3 + 1, 1));
    });
    g = Granularity::quarter;
  } else if (t.quarter > 0 && t.year > 0) {
    r = span_of(Granularity::quarter, days_from_civil(t.year, (t.quarter - 1) * 3 + 1, 1));
    g = Granularity::quarter;
  } else if (t.quarter > 0) {
    const int q = t.quarter;
    const auto span_q = [&](int y) -> std::optional<DateRange> {
      return span_of(Granularity::quarter, days_from_civil(y, (q - 1) * 3 + 1, 1));
    };
    if (t.anchor == Anchor::none) {
      // A quarter named without a year is the current or a completed one:
      // business news reports on quarters after they end. A future cue
      // ("expected to close in the third quarter") points at the coming one.
      r = over_reference(ctx, [&](Day ref) {
        return nearest_occurrence(ref, ctx.future_cue ? Lean::future : Lean::past, span_q);
      });
    } else {
      r = anchored(span_q);
    }
    g = Granularity::quarter;
  } else if (t.half > 0) {
    const int h = t.half;
    const auto span_h = [&](int y) -> std::optional<DateRange> {
      return span_of(Granularity::half, days_from_civil(y, (h - 1) * 6 + 1, 1));
    };
    r = t.year > 0 ? span_h(t.year) : anchored(span_h);
    g = Granularity::half;
  } else if (t.season >= 0 && t.unit == TUnit::none) {
    const int s = t.season;
    const auto span_s = [&](int y) -> std::optional<DateRange> { return season_span(y, s); };
    r = t.year > 0 ? span_s(t.year) : anchored(span_s);
    g = Granularity::season;
  } else if (t.month > 0) {
    const int mo = t.month;
    const int dd = t.day;
    if (t.year > 0) {
      r = month_day_span(t.year, mo, dd);
      if (!r) {
        return false;
      }
    } else if (t.year_delta_set) {
      // "June last year"
      r = over_reference(ctx, [&](Day ref) { return month_day_span(civil_from_days(ref).year + t.year_delta, mo, dd); });
    } else if (t.anchor == Anchor::none && !ctx.future_cue && !ctx.past_cue && ctx.month_year[mo] > 0 &&
               ctx.reference && ctx.reference->start &&
               std::abs(ctx.month_year[mo] - civil_from_days(*ctx.reference->start).year) <= 1) {
      // The same month named again, with no tense of its own
      r = month_day_span(ctx.month_year[mo], mo, dd);
      if (!r) {
        return false;
      }
    } else {
      r = anchored([&](int y) { return month_day_span(y, mo, dd); });
    }
    g = dd > 0 ? Granularity::day : Granularity::month;
  } else if (t.year > 0) {
    r = span_of(Granularity::year, days_from_civil(t.year, 1, 1));
    g = Granularity::year;
  } else if (t.weekday > 0 && t.unit == TUnit::none) {
    const int wd = t.weekday;
    const auto from = [&](Day ref) -> std::optional<DateRange> {
      const int cur = iso_weekday(ref);
      Day d = ref;
      switch (t.anchor) {
        case Anchor::this_: d = ref - (cur - 1) + (wd - 1); break;
        case Anchor::next:
        case Anchor::following: d = ref - (cur - 1) + 7 + (wd - 1); break;
        case Anchor::coming: d = ref + ((wd - cur + 6) % 7) + 1; break;
        case Anchor::last:
        case Anchor::previous: d = ref - ((cur - wd + 7) % 7 == 0 ? 7 : (cur - wd + 7) % 7); break;
        default:
          if (future || (lean == Lean::nearest && (wd - cur + 7) % 7 == 1)) {
            // With a future cue, or (without any cue) when it names tomorrow.
            d = ref + (wd - cur + 7) % 7;
          } else {
            d = ref - (cur - wd + 7) % 7;
          }
          break;
      }
      return DateRange{d, d, Granularity::day};
    };
    if (t.anchor == Anchor::that && ctx.last_date && ctx.last_date->start) {
      r = from(*ctx.last_date->start);
    } else {
      r = over_reference(ctx, from);
    }
    g = Granularity::day;
    if ((t.part >= 0 || t.hour >= 0) && r) {
      return resolve_time(t, ctx, m, r);
    }
  } else if (t.unit != TUnit::none && t.direction != 0) {
    // two days ago; a year earlier. "an hour later" names no calendar date.
    if (t.unit == TUnit::hour || t.unit == TUnit::minute || t.unit == TUnit::second) {
      return false;
    }
    g = granularity_of(t.unit);
    // "4.1 million years ago" names no calendar date
    const double years_per_unit = t.unit == TUnit::day ? 1.0 / 365 : t.unit == TUnit::week ? 1.0 / 52
                                : t.unit == TUnit::month ? 1.0 / 12 : t.unit == TUnit::quarter ? 0.25
                                : t.unit == TUnit::decade ? 10.0 : t.unit == TUnit::century ? 100.0 : 1.0;
    if (std::fabs(t.count) * years_per_unit > 5000) {
      return false;
    }
    const int n = static_cast<int>(std::lround(t.count)) * t.direction;
    const auto from = [&](Day base) -> std::optional<DateRange> { return span_of(g, shift(base, t.unit, n)); };
    if (t.count_vague) {
      // "several years ago": somewhere in the past, at that granularity.
      m.date.granularity = Granularity::reference;
      m.timex = t.direction < 0 ? "PAST_REF" : "FUTURE_REF";
      if (ctx.reference) {
        (t.direction < 0 ? m.date.end : m.date.start) = t.direction < 0 ? ctx.reference->end : ctx.reference->start;
      }
      return true;
    }
    const bool quarter_context = ctx.last_date && ctx.last_date->start && ctx.last_date_near &&
                                 ctx.last_date->granularity == Granularity::quarter;
    if (t.unit == TUnit::year && quarter_context) {
      // "a year earlier" after "the third quarter": that quarter a year before.
      g = Granularity::quarter;
      r = span_of(g, shift(*ctx.last_date->start, TUnit::year, n));
    } else if (t.anaphoric && ctx.last_date && ctx.last_date->start) {
      r = from(*ctx.last_date->start);
    } else {
      r = over_reference(ctx, from);
    }
  } else if (t.unit != TUnit::none) {
    // last week, this year, earlier this month, that day, the following year
    g = granularity_of(t.unit);
    int n = 0;
    switch (t.anchor) {
      case Anchor::last:
      case Anchor::previous: n = -1; break;
      case Anchor::next:
      case Anchor::coming:
      case Anchor::following: n = 1; break;
      default: break;
    }
    const bool from_last = t.anchor == Anchor::that || t.anchor == Anchor::following ||
                           t.anchor == Anchor::previous;
    const auto from = [&](Day base) -> std::optional<DateRange> {
      if (t.anchor == Anchor::latest) {
        // "the latest quarter": the most recent completed one.
        return t.unit == TUnit::quarter ? last_completed_quarter(base) : span_of(g, shift(base, t.unit, -1));
      }
      DateRange s = span_of(g, shift(base, t.unit, n));
      if (t.unit == TUnit::weekend && t.anchor == Anchor::none && !future && iso_weekday(base) < 6) {
        // "the weekend" read on a weekday: the one just past.
        s = span_of(g, base - 7);
      }
      if (t.unit == TUnit::weekend && t.anchor == Anchor::last) {
        // "this past weekend": the latest weekend that ended before `base`.
        const Day sat = base - (iso_weekday(base) - 1) + 5;
        const Day s0 = sat + 1 < base ? sat : sat - 7;
        s = DateRange{s0, s0 + 1, Granularity::weekend};
      }
      if (t.anchor == Anchor::earlier_this) {
        s.end = std::max(*s.start, base);
      } else if (t.anchor == Anchor::later_this) {
        s.start = std::min(*s.end, base);
      }
      return s;
    };
    if (t.unit == TUnit::quarter && t.anchor == Anchor::that) {
      // "the quarter", "that quarter": the quarter under discussion, else
      // the last completed one.
      if (ctx.last_date && ctx.last_date->start && ctx.last_date->granularity == Granularity::quarter) {
        r = span_of(g, *ctx.last_date->start);
      } else {
        r = over_reference(ctx, [&](Day ref) -> std::optional<DateRange> { return last_completed_quarter(ref); });
      }
    } else if (from_last && ctx.last_date && ctx.last_date->start) {
      r = from(*ctx.last_date->start);
    } else {
      r = over_reference(ctx, from);
    }
    if (r && (t.anchor == Anchor::earlier_this || t.anchor == Anchor::later_this)) {
      // TIMEX3 names the enclosing unit ("earlier this month" = 2017-12).
      m.date = *r;
      m.date.granularity = g;
      m.timex = timex_of(g, *r->start);
      return true;
    }
  } else {
    return false;
  }

  if (!r) {
    m.resolved = false;
    m.date.granularity = g;
    return true;
  }
  r->granularity = g;
  timex = timex_containing(*r, g);
  apply_mod(*r, t.mod, g);
  m.mod = mod_code(t.mod);
  m.date = *r;
  m.timex = timex;
  if (t.kind == TKind::time && t.part >= 0) {
    return resolve_time(t, ctx, m, r);
  }
  return true;
}

}  // namespace cc::values
