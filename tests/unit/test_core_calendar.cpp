#include <doctest/doctest.h>

#include "core/calendar.hpp"
#include "values/temporal.hpp"

using namespace cc;

TEST_CASE("core::calendar") {
  SUBCASE("round trip") {
    for (int y : {1, 1582, 1900, 1970, 1999, 2000, 2017, 2024, 2100, 9999}) {
      for (int m = 1; m <= 12; ++m) {
        for (int d : {1, 15, days_in_month(y, m)}) {
          const Ymd r = civil_from_days(days_from_civil(y, m, d));
          CHECK(r.year == y);
          CHECK(r.month == m);
          CHECK(r.day == d);
        }
      }
    }
  }
  SUBCASE("epoch and weekdays") {
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(iso_weekday(days_from_civil(2017, 9, 13)) == 3);  // Wednesday
    CHECK(iso_weekday(days_from_civil(2024, 7, 15)) == 1);  // Monday
    CHECK(iso_weekday(days_from_civil(1969, 12, 31)) == 3);
  }
  SUBCASE("leap years") {
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(1900, 2) == 28);
    CHECK(days_in_month(2000, 2) == 29);
    CHECK_FALSE(valid_date(2017, 2, 29));
    CHECK(valid_date(2016, 2, 29));
  }
  SUBCASE("ISO weeks") {
    CHECK(iso_week(days_from_civil(2017, 9, 13)).week == 37);
    CHECK(iso_week(days_from_civil(2021, 1, 3)).year == 2020);
    CHECK(iso_week(days_from_civil(2021, 1, 3)).week == 53);
    CHECK(iso_week(days_from_civil(2024, 12, 30)).year == 2025);
    CHECK(format_iso(iso_week_monday(2017, 37)) == "2017-09-11");
  }
  SUBCASE("add months clamps the day") {
    CHECK(format_iso(add_months(days_from_civil(2017, 1, 31), 1)) == "2017-02-28");
    CHECK(format_iso(add_months(days_from_civil(2016, 3, 31), -1)) == "2016-02-29");
    CHECK(format_iso(add_months(days_from_civil(2017, 12, 15), 1)) == "2018-01-15");
    // far before year 0 (a fuzzer found "4.1 million years ago"): still a month 1..12
    CHECK(civil_from_days(add_months(days_from_civil(2017, 3, 15), -12 * 2019 - 5)).month == 10);
  }
  SUBCASE("month overflow in days_from_civil") {
    CHECK(format_iso(days_from_civil(2017, 13, 1)) == "2018-01-01");
    CHECK(format_iso(days_from_civil(2017, 0, 1)) == "2016-12-01");
  }
  SUBCASE("partial ISO dates") {
    const auto y = parse_iso_span("2017");
    REQUIRE(y);
    CHECK(format_iso(y->first) == "2017-01-01");
    CHECK(format_iso(y->last) == "2017-12-31");
    const auto m = parse_iso_span("2017-02");
    REQUIRE(m);
    CHECK(format_iso(m->last) == "2017-02-28");
    CHECK_FALSE(parse_iso_span("2017-13"));
    CHECK_FALSE(parse_iso_span("2017-02-30"));
    CHECK_FALSE(parse_iso_span("17-02-03"));
    CHECK_FALSE(parse_iso_span(""));
  }
  SUBCASE("TIMEX3 values") {
    const Day d = days_from_civil(2017, 9, 13);
    CHECK(values::timex_of(Granularity::week, d) == "2017-W37");
    CHECK(values::timex_of(Granularity::quarter, d) == "2017-Q3");
    CHECK(values::timex_of(Granularity::decade, d) == "201");
    CHECK(values::timex_of(Granularity::century, d) == "20");
    CHECK(values::timex_of(Granularity::season, days_from_civil(2018, 1, 10)) == "2017-WI");
    CHECK(values::timex_of(Granularity::weekend, d) == "2017-W37-WE");
  }
}

TEST_CASE("append_zero_padded formats as printf's %0Nd") {
  const auto pad = [](int v, int width) {
    std::string s = "x";
    cc::append_zero_padded(s, v, width);
    return s;
  };
  CHECK(pad(7, 2) == "x07");
  CHECK(pad(2017, 4) == "x2017");
  CHECK(pad(12345, 4) == "x12345");
  CHECK(pad(0, 0) == "x0");
  CHECK(pad(3, 0) == "x3");
  CHECK(pad(-5, 4) == "x-005");
  CHECK(pad(-2147483647 - 1, 2) == "x-2147483648");
  CHECK(cc::format_iso(cc::days_from_civil(987, 3, 9)) == "0987-03-09");
}
