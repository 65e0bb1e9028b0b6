#include "core/calendar.hpp"

#include <charconv>
#include <cstdio>

namespace cc {

// Algorithms after Howard Hinnant, "chrono-Compatible Low-Level Date
// Algorithms" (public domain description), on 64-bit intermediates.
Day days_from_civil(int y, int m, int d) {
  // Normalize month overflow first.
  long yy = y;
  long mm = m;
  if (mm < 1 || mm > 12) {
    const long k = (mm - 1) >= 0 ? (mm - 1) / 12 : -((12 - mm) / 12);
    yy += k;
    mm -= k * 12;
  }
  yy -= mm <= 2 ? 1 : 0;
  const long era = (yy >= 0 ? yy : yy - 399) / 400;
  const long yoe = yy - era * 400;
  const long mp = (mm + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + 1 - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<Day>(era * 146097 + doe - 719468 + (d - 1));
}

Ymd civil_from_days(Day day) {
  long z = static_cast<long>(day) + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = yoe + era * 400;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  return Ymd{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int iso_weekday(Day day) {
  // 1970-01-01 was a Thursday (4).
  const long w = ((static_cast<long>(day) % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

int days_in_month(int y, int m) {
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2) {
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return leap ? 29 : 28;
  }
  return k_days[(m - 1) % 12];
}

bool valid_date(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

IsoWeek iso_week(Day day) {
  const int wd = iso_weekday(day);
  const Day thursday = day - (wd - 1) + 3;
  const int year = civil_from_days(thursday).year;
  const Day jan1 = days_from_civil(year, 1, 1);
  return IsoWeek{year, (thursday - jan1) / 7 + 1};
}

Day iso_week_monday(int year, int week) {
  const Day jan4 = days_from_civil(year, 1, 4);
  const Day week1_monday = jan4 - (iso_weekday(jan4) - 1);
  return week1_monday + (week - 1) * 7;
}

Day add_months(Day day, int months) {
  const Ymd d = civil_from_days(day);
  const long total = static_cast<long>(d.year) * 12 + (d.month - 1) + months;
  // floor division: a shift to before year 0 still gives a month 1..12
  const long year = total >= 0 ? total / 12 : -((-total + 11) / 12);
  const int y = static_cast<int>(year);
  const int m = static_cast<int>(total - year * 12) + 1;
  const int dd = d.day > days_in_month(y, m) ? days_in_month(y, m) : d.day;
  return days_from_civil(y, m, dd);
}

void append_zero_padded(std::string& out, int v, int width) {
  char digits[12];
  unsigned u = v < 0 ? 0u - static_cast<unsigned>(v) : static_cast<unsigned>(v);
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (v < 0) {
    out += '-';
    --width;
  }
  for (int k = n; k < width; ++k) {
    out += '0';
  }
  while (n > 0) {
    out += digits[--n];
  }
}

std::string format_iso(Day day) {
  const Ymd d = civil_from_days(day);
  std::string out;
  out.reserve(10);
  append_zero_padded(out, d.year, 4);
  out += '-';
  append_zero_padded(out, d.month, 2);
  out += '-';
  append_zero_padded(out, d.day, 2);
  return out;
}

std::optional<DaySpan> parse_iso_span(std::string_view text) {
  auto num = [&](std::size_t pos, std::size_t len) -> std::optional<int> {
    if (pos + len > text.size()) {
      return std::nullopt;
    }
    int v = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
      if (text[i] < '0' || text[i] > '9') {
        return std::nullopt;
      }
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  const auto y = num(0, 4);
  if (!y || *y < 1) {
    return std::nullopt;
  }
  if (text.size() == 4) {
    return DaySpan{days_from_civil(*y, 1, 1), days_from_civil(*y, 12, 31), 1};
  }
  if (text.size() < 7 || text[4] != '-') {
    return std::nullopt;
  }
  const auto m = num(5, 2);
  if (!m || *m < 1 || *m > 12) {
    return std::nullopt;
  }
  if (text.size() == 7) {
    return DaySpan{days_from_civil(*y, *m, 1), days_from_civil(*y, *m, days_in_month(*y, *m)), 2};
  }
  if (text.size() != 10 || text[7] != '-') {
    return std::nullopt;
  }
  const auto d = num(8, 2);
  if (!d || !valid_date(*y, *m, *d)) {
    return std::nullopt;
  }
  const Day day = days_from_civil(*y, *m, *d);
  return DaySpan{day, day, 3};
}

}  // namespace cc
