// Table-driven tests for dates, times, durations and sets. The reference
// (publication) date is 2017-09-13, a Wednesday, unless a case says
// otherwise.
#include <doctest/doctest.h>

#include "value_summary.hpp"

using cc::test::Case;
using cc::test::describe;

namespace {

void run_cases(const Case* begin, const Case* end, const std::string& ref = "2017-09-13") {
  for (const Case* c = begin; c != end; ++c) {
    const std::string input = c->input;
    CAPTURE(input);
    CHECK(describe(c->input, ref) == std::string(c->expect));
  }
}

#define RUN(table) run_cases(std::begin(table), std::end(table))
#define RUN_AT(table, ref) run_cases(std::begin(table), std::end(table), ref)

}  // namespace

TEST_CASE("values::absolute dates") {
  const Case cases[] = {
      {"on September 12, 2017", "September 12, 2017 => date 2017-09-12 2017-09-12..2017-09-12"},
      {"on 12 September 2017", "12 September 2017 => date 2017-09-12 2017-09-12..2017-09-12"},
      {"on Sept. 12, 2017", "Sept. 12, 2017 => date 2017-09-12 2017-09-12..2017-09-12"},
      {"on September 12th, 2017", "September 12th, 2017 => date 2017-09-12 2017-09-12..2017-09-12"},
      {"on the 12th of September 2017", "the 12th of September 2017 => date 2017-09-12 2017-09-12..2017-09-12"},
      {"date 2017-09-13", "2017-09-13 => date 2017-09-13 2017-09-13..2017-09-13"},
      {"on 2017/09/13", "2017/09/13 => date 2017-09-13 2017-09-13..2017-09-13"},
      {"on 9/13/2017", "9/13/2017 => date 2017-09-13 2017-09-13..2017-09-13"},
      {"on 13/9/2017", "13/9/2017 => date 2017-09-13 2017-09-13..2017-09-13"},
      {"in Sept. 2017", "Sept. 2017 => date 2017-09 2017-09-01..2017-09-30"},
      {"in September 2017", "September 2017 => date 2017-09 2017-09-01..2017-09-30"},
      {"in September of 2017", "September of 2017 => date 2017-09 2017-09-01..2017-09-30"},
      {"in 2014", "2014 => date 2014 2014-01-01..2014-12-31"},
      {"in Q3 2022", "Q3 2022 => date 2022-Q3 2022-07-01..2022-09-30"},
      {"the third quarter of 2022", "the third quarter of 2022 => date 2022-Q3 2022-07-01..2022-09-30"},
      {"third-quarter profit", "third-quarter => date 2017-Q3 2017-07-01..2017-09-30"},
      {"in the 1990s", "the 1990s => date 199 1990-01-01..1999-12-31"},
      {"in the '90s", "the '90s => date 199 1990-01-01..1999-12-31"},
      {"in the 20th century", "the 20th century => date 19 1900-01-01..1999-12-31"},
      {"in mid-2019", "mid-2019 => date 2019 2019-05-01..2019-08-31 MID"},
      {"in early 2015", "early 2015 => date 2015 2015-01-01..2015-04-30 START"},
      {"by late 2016", "late 2016 => date 2016 2016-09-01..2016-12-31 END"},
      {"by the end of 2017", "the end of 2017 => date 2017 2017-09-01..2017-12-31 END"},
      {"in the first half of 2019", "the first half of 2019 => date 2019-H1 2019-01-01..2019-06-30"},
      {"in summer 2018", "summer 2018 => date 2018-SU 2018-06-01..2018-08-31"},
      {"in fiscal 2017", "fiscal 2017 => date 2017 2017-01-01..2017-12-31"},
      {"the 2016-17 season", "2016-17 => date 2016/2017 2016-01-01..2017-12-31"},
      {"between 2014 and 2017", "between 2014 and 2017 => date 2014/2017 2014-01-01..2017-12-31"},
      {"on Christmas Day 2016", "Christmas Day 2016 => date 2016-12-25 2016-12-25..2016-12-25"},
      {"Friday, Sept. 15, 2017", "Friday, Sept. 15, 2017 => date 2017-09-15 2017-09-15..2017-09-15"},
      {"in nineteen ninety-six", "nineteen ninety-six => date 1996 1996-01-01..1996-12-31"},
      {"on February 30, 2017", ""},
      {"the 2016 elections", "2016 => date 2016 2016-01-01..2016-12-31"},
      {"In 1997, the firm", "1997 => date 1997 1997-01-01..1997-12-31"},
  };
  RUN(cases);
}

TEST_CASE("values::relative dates") {
  const Case cases[] = {
      {"yesterday", "yesterday => date 2017-09-12 2017-09-12..2017-09-12"},
      {"today", "today => date 2017-09-13 2017-09-13..2017-09-13"},
      {"tomorrow", "tomorrow => date 2017-09-14 2017-09-14..2017-09-14"},
      {"the day before yesterday", "the day before yesterday => date 2017-09-11 2017-09-11..2017-09-11"},
      {"said on Monday", "Monday => date 2017-09-11 2017-09-11..2017-09-11"},
      {"said on Wednesday", "Wednesday => date 2017-09-13 2017-09-13..2017-09-13"},
      {"said Friday", "Friday => date 2017-09-08 2017-09-08..2017-09-08"},
      {"said on Thursday", "Thursday => date 2017-09-07 2017-09-07..2017-09-07"},
      {"will meet on Thursday", "Thursday => date 2017-09-14 2017-09-14..2017-09-14"},
      {"will vote on Friday", "Friday => date 2017-09-15 2017-09-15..2017-09-15"},
      {"last Friday", "last Friday => date 2017-09-08 2017-09-08..2017-09-08"},
      // a comparison, a range's end, a forecast made that day, a plan since changed
      {"in contrast to Friday, when 10 were arrested", "Friday => date 2017-09-08 2017-09-08..2017-09-08 | 10 => quantity 10"},
      {"shares bought from last week to Monday", "last week => date 2017-W36 2017-09-04..2017-09-10 | Monday => date 2017-09-11 2017-09-11..2017-09-11"},
      {"Cuba predicted Monday.", "Monday => date 2017-09-11 2017-09-11..2017-09-11"},
      {"The offer had been due to expire Friday.", "Friday => date 2017-09-08 2017-09-08..2017-09-08"},
      {"tendering 99% of the shares by the Monday deadline", "99% => percent 99 % | Monday => date 2017-09-11 2017-09-11..2017-09-11"},
      {"The vote was postponed to Friday.", "Friday => date 2017-09-15 2017-09-15..2017-09-15"},
      // a past verb far back still makes "by Sunday evening" past
      {"A blizzard dumped snow on the roads of the whole city and its airport by Sunday evening.",
       "Sunday evening => time 2017-09-10TEV"},
      {"this Friday", "this Friday => date 2017-09-15 2017-09-15..2017-09-15"},
      {"next Friday", "next Friday => date 2017-09-22 2017-09-22..2017-09-22"},
      {"last week", "last week => date 2017-W36 2017-09-04..2017-09-10"},
      {"this week", "this week => date 2017-W37 2017-09-11..2017-09-17"},
      {"next week", "next week => date 2017-W38 2017-09-18..2017-09-24"},
      {"this past weekend", "this past weekend => date 2017-W36-WE 2017-09-09..2017-09-10"},
      {"last month", "last month => date 2017-08 2017-08-01..2017-08-31"},
      {"this month", "this month => date 2017-09 2017-09-01..2017-09-30"},
      {"next month", "next month => date 2017-10 2017-10-01..2017-10-31"},
      {"earlier this month", "earlier this month => date 2017-09 2017-09-01..2017-09-13"},
      {"later this year", "later this year => date 2017 2017-09-13..2017-12-31"},
      {"last year", "last year => date 2016 2016-01-01..2016-12-31"},
      {"this year", "this year => date 2017 2017-01-01..2017-12-31"},
      {"next year", "next year => date 2018 2018-01-01..2018-12-31"},
      {"early next year", "early next year => date 2018 2018-01-01..2018-04-30 START"},
      {"late last year", "late last year => date 2016 2016-09-01..2016-12-31 END"},
      {"last quarter", "last quarter => date 2017-Q2 2017-04-01..2017-06-30"},
      {"last October", "last October => date 2016-10 2016-10-01..2016-10-31"},
      {"this September", "this September => date 2017-09 2017-09-01..2017-09-30"},
      {"next March", "next March => date 2018-03 2018-03-01..2018-03-31"},
      {"last fall", "last fall => date 2016-FA 2016-09-01..2016-11-30"},
      {"two days ago", "two days ago => date 2017-09-11 2017-09-11..2017-09-11"},
      {"a week ago", "a week ago => date 2017-W36 2017-09-04..2017-09-10"},
      {"a couple weeks ago", "a couple weeks ago => date 2017-W35 2017-08-28..2017-09-03"},
      {"a year ago", "a year ago => date 2016 2016-01-01..2016-12-31"},
      {"three months ago", "three months ago => date 2017-06 2017-06-01..2017-06-30"},
      {"a decade ago", "a decade ago => date 200 2000-01-01..2009-12-31"},
      {"five years from now", "five years from now => date 2022 2022-01-01..2022-12-31"},
      {"several years ago", "several years ago => date PAST_REF ?..2017-09-13"},
      {"now", "now => date PRESENT_REF 2017-09-13..2017-09-13"},
      {"currently", "currently => date PRESENT_REF 2017-09-13..2017-09-13"},
      {"recently", "recently => date PAST_REF ?..2017-09-13"},
      {"in the past", "the past => date PAST_REF ?..2017-09-13"},
      {"in the future", "the future => date FUTURE_REF 2017-09-13..?"},
      {"in recent years", "recent years => duration PXY"},
      {"in the coming weeks", "the coming weeks => date FUTURE_REF 2017-09-13..?"},
      {"in March", "March => date 2017-03 2017-03-01..2017-03-31"},
      {"in December", "December => date 2017-12 2017-12-01..2017-12-31"},
      {"It closed in December.", "December => date 2016-12 2016-12-01..2016-12-31"},
      {"in the spring", "the spring => date 2017-SP 2017-03-01..2017-05-31"},
      {"on Christmas", "Christmas => date 2017-12-25 2017-12-25..2017-12-25"},
      {"They met on Christmas.", "Christmas => date 2016-12-25 2016-12-25..2016-12-25"},
  };
  RUN(cases);
}

TEST_CASE("values::month and day without a year") {
  const Case cases[] = {
      {"a final ruling on June 20th", "June 20th => date 2024-06-20 2024-06-20..2024-06-20"},
      {"to US customers starting July 20th", "July 20th => date 2024-07-20 2024-07-20..2024-07-20"},
      {"giving it until September 29th to cease", "September 29th => date 2024-09-29 2024-09-29..2024-09-29"},
      {"the July 20th deadline", "July 20th => date 2024-07-20 2024-07-20..2024-07-20"},
      {"It happened on Sept. 30.", "Sept. 30 => date 2023-09-30 2023-09-30..2023-09-30"},
      {"It happened on July 14.", "July 14 => date 2024-07-14 2024-07-14..2024-07-14"},
      {"They have searched for him since the Dec. 23 attack.", "Dec. 23 => date 2023-12-23 2023-12-23..2023-12-23"},
      {"They are expected to join in December. The summit in December will decide.",
       "December => date 2024-12 2024-12-01..2024-12-31 | December => date 2024-12 2024-12-01..2024-12-31"},
      {"The offer had been set to expire Aug. 6.", "Aug. 6 => date 2024-08-06 2024-08-06..2024-08-06"},
      // days of one month
      {"conducted July 10-12", "July 10-12 => date 2024-07-10/2024-07-12 2024-07-10..2024-07-12"},
      {"conducted Oct. 14-17, 2022", "Oct. 14-17, 2022 => date 2022-10-14/2022-10-17 2022-10-14..2022-10-17"},
      {"from 3-5 March", "3-5 March => date 2024-03-03/2024-03-05 2024-03-03..2024-03-05"},
      {"on Aug. 14 to 17", "Aug. 14 to 17 => date 2024-08-14/2024-08-17 2024-08-14..2024-08-17"},
      // months joined by a hyphen: one interval, a quarter when it is one
      {"in the July-September quarter", "July-September => date 2024-Q3 2024-07-01..2024-09-30"},
      {"in the May-July period", "May-July => date 2024-05/2024-07 2024-05-01..2024-07-31"},
      {"The dividend will be paid Aug. 14 to holders.", "Aug. 14 => date 2024-08-14 2024-08-14..2024-08-14"},
      {"Guidelines to be published in early August.", "early August => date 2024-08 2024-08-01..2024-08-10 START"},
      {"The offer was extended to Aug. 20.", "Aug. 20 => date 2024-08-20 2024-08-20..2024-08-20"},
      // a present perfect passive keeps a deadline ahead; a past perfect does not
      {"The show has been extended until Aug. 20.", "Aug. 20 => date 2024-08-20 2024-08-20..2024-08-20"},
      {"The show had been extended until Aug. 20.", "Aug. 20 => date 2023-08-20 2023-08-20..2023-08-20"},
      {"It must be repaid by Aug. 20.", "Aug. 20 => date 2024-08-20 2024-08-20..2024-08-20"},
      {"The fire had spread across the valley by Sunday.", "Sunday => date 2024-07-14 2024-07-14..2024-07-14"},
      {"The bonds were redeemed on Aug. 20.", "Aug. 20 => date 2023-08-20 2023-08-20..2023-08-20"},
      {"The deal is expected to close in the fourth quarter.", "the fourth quarter => date 2024-Q4 2024-10-01..2024-12-31"},
      {"Profit fell in the fourth quarter.", "the fourth quarter => date 2023-Q4 2023-10-01..2023-12-31"},
      {"a premium to Friday's close", "Friday => date 2024-07-12 2024-07-12..2024-07-12"},
      {"a premium to Friday\u2019s close", "Friday => date 2024-07-12 2024-07-12..2024-07-12"},
      {"The offer was extended to Friday.", "Friday => date 2024-07-19 2024-07-19..2024-07-19"},
      {"It happened on 1 March.", "1 March => date 2024-03-01 2024-03-01..2024-03-01"},
      {"The law takes effective on January 1.", "January 1 => date 2025-01-01 2025-01-01..2025-01-01"},
      {"The hearing is scheduled for Aug. 2.", "Aug. 2 => date 2024-08-02 2024-08-02..2024-08-02"},
      {"last October", "last October => date 2023-10 2023-10-01..2023-10-31"},
      {"starting this Friday", "this Friday => date 2024-07-19 2024-07-19..2024-07-19"},
      {"this past weekend", "this past weekend => date 2024-W28-WE 2024-07-13..2024-07-14"},
      {"last month", "last month => date 2024-06 2024-06-01..2024-06-30"},
  };
  RUN_AT(cases, "2024-07-15");
  // the figure a forecast is compared with is an earlier one
  CHECK(describe("Robusta output is forecast at 15.4 million bags, down from 16.1 million in May, the board said.",
                 "2027-09-15") ==
        "15.4 million => quantity 15400000 bags | 16.1 million => quantity 16100000 | May => date 2027-05 "
        "2027-05-01..2027-05-31");
  // a forecast as a noun is no future cue: last Tuesday, not next
  CHECK(describe("The board lowered its harvest forecast to 51 tonnes on Tuesday.", "2024-07-17") ==
        "51 tonnes => quantity 51 t si=51000 kg | Tuesday => date 2024-07-16 2024-07-16..2024-07-16");
  // an infinitive plans a month, whatever the verb before it
  CHECK(describe("The board voted on Monday to close six schools in June.", "2024-02-14") ==
        "Monday => date 2024-02-12 2024-02-12..2024-02-12 | six => quantity 6 schools | June => date 2024-06 "
        "2024-06-01..2024-06-30");
}

TEST_CASE("values::dates named earlier in the text") {
  const Case cases[] = {
      {"In 2017, intelligence found ties. That September, the department banned it.",
       "2017 => date 2017 2017-01-01..2017-12-31 | That September => date 2017-09 2017-09-01..2017-09-30"},
      {"The plant opened in 2009. A year later it closed.",
       "2009 => date 2009 2009-01-01..2009-12-31 | A year later => date 2010 2010-01-01..2010-12-31"},
      {"The storm hit on March 3, 2019. The following day, roads reopened.",
       "March 3, 2019 => date 2019-03-03 2019-03-03..2019-03-03 | The following day => date 2019-03-04 2019-03-04..2019-03-04"},
      {"It was founded in 1990. Three years earlier, its owner had left.",
       "1990 => date 1990 1990-01-01..1990-12-31 | Three years earlier => date 1987 1987-01-01..1987-12-31"},
      {"On May 4, 2012, it filed. That day, shares fell.",
       "May 4, 2012 => date 2012-05-04 2012-05-04..2012-05-04 | That day => date 2012-05-04 2012-05-04..2012-05-04"},
      {"In 2005 sales began. That year, it hired 40 staff.",
       "2005 => date 2005 2005-01-01..2005-12-31 | That year => date 2005 2005-01-01..2005-12-31 | 40 => quantity 40 staff"},
      // the month named bare stays the report's month after a base of
      // comparison a year back
      {"Sales slid in March to a record pace.\n\nPrices climbed from March 2023.\n\nBuyers made most purchases in "
       "March, the group said.",
       "March => date 2024-03 2024-03-01..2024-03-31 | March 2023 => date 2023-03 2023-03-01..2023-03-31 | "
       "March => date 2024-03 2024-03-01..2024-03-31"},
  };
  RUN_AT(cases, "2024-07-15");
}

TEST_CASE("values::dates without a reference") {
  const Case cases[] = {
      {"next year", "next year => date ? ?..?"},
      {"September 12, 2017", "September 12, 2017 => date 2017-09-12 2017-09-12..2017-09-12"},
      {"In 2017 it grew. That September it shrank.",
       "2017 => date 2017 2017-01-01..2017-12-31 | That September => date 2017-09 2017-09-01..2017-09-30"},
  };
  RUN_AT(cases, "");
}

TEST_CASE("values::partial reference dates") {
  const Case cases[] = {
      {"earlier this month", "earlier this month => date 2017-12 2017-12-01..2017-12-31"},
      {"in September", "September => date 2017-09 2017-09-01..2017-09-30"},
      {"earlier this year", "earlier this year => date 2017 2017-01-01..2017-12-31"},
      {"yesterday", "yesterday => date 2017 2017-11-30..2017-12-30"},
  };
  RUN_AT(cases, "2017-12");
}

TEST_CASE("values::durations") {
  const Case cases[] = {
      {"a three-month deadline", "three-month => duration P3M"},
      {"lost 13.6% over 72 weeks", "13.6% => percent 13.6 % | over 72 weeks => duration P72W"},
      {"It took over two years", "over two years => duration P2Y MORE_THAN"},
      {"for three months", "three months => duration P3M"},
      {"operating for close to 20 years", "close to 20 years => duration P20Y APPROX"},
      {"an hour later", "an hour => duration PT1H"},
      {"it took an hour", "an hour => duration PT1H"},
      {"for 90 days", "90 days => duration P90D"},
      {"for two weeks", "two weeks => duration P2W"},
      {"a decade of growth", "a decade => duration P10Y"},
      {"two decades", "two decades => duration P20Y"},
      {"half an hour", "half an hour => duration PT30M"},
      {"a year and a half", "a year and a half => duration P18M"},
      {"two and a half years", "two and a half years => duration P30M"},
      {"the past two months", "the past two months => duration P2M"},
      {"the first nine months", "the first nine months => duration P9M"},
      {"more than five years", "more than five years => duration P5Y MORE_THAN"},
      {"a 47-year-old man", "47-year-old => quantity 47 years old"},
      {"for years", "years => duration PXY"},
      {"for several years", "several years => duration PXY"},
      {"a 10-year plan", "10-year => duration P10Y"},
      {"the past year", "the past year => duration P1Y"},
      {"in 30 minutes", "30 minutes => duration PT30M"},
      {"two to three years", "two to three years => duration PXY"},
      // parts of one duration; an elapsed time written like a clock
      {"in 2 hours, 14 minutes and 4 seconds", "2 hours, 14 minutes and 4 seconds => duration PT2H14M4S"},
      {"it lasted two years and three months", "two years and three months => duration P2Y3M"},
      {"waited 3 hours and about 20 minutes",
       "3 hours => duration PT3H | about 20 minutes => duration PT20M APPROX"},
      {"lost contact about 1 hour and 45 minutes into the dive", "about 1 hour and 45 minutes => duration PT1H45M APPROX"},
      {"took nearly 2 hours and 10 minutes", "nearly 2 hours and 10 minutes => duration PT2H10M APPROX"},
      {"won in 2:00:35", "2:00:35 => duration PT2H0M35S"},
      {"a record of 2:01:09", "2:01:09 => duration PT2H1M9S"},
      {"at 2:00:35 the gun fired", "2:00:35 => time 2017-09-13T02:00"},
  };
  RUN(cases);
}

TEST_CASE("values::times of day") {
  const Case cases[] = {
      {"5:01 AM ET", "5:01 AM ET => time 2017-09-13T05:01"},
      {"at 11:47 p.m. local time on Monday", "11:47 p.m. => time 2017-09-11T23:47 | Monday => date 2017-09-11 2017-09-11..2017-09-11"},
      {"at 3 p.m.", "3 p.m. => time 2017-09-13T15:00"},
      {"at 5pm", "5pm => time 2017-09-13T17:00"},
      {"at 17:45", "17:45 => time 2017-09-13T17:45"},
      {"at noon", "noon => time 2017-09-13T12:00"},
      {"at midnight", "midnight => time 2017-09-13T24:00"},
      {"this morning", "this morning => time 2017-09-13TMO"},
      {"yesterday afternoon", "yesterday afternoon => time 2017-09-12TAF"},
      {"last night", "last night => time 2017-09-12TNI"},
      {"tonight", "tonight => time 2017-09-13TNI"},
      {"on Friday night", "Friday night => time 2017-09-08TNI"},
      {"at 12:00 a.m.", "12:00 a.m. => time 2017-09-13T00:00"},
      // a time followed by its day: one mention, or the day given to the time
      {"until 5 p.m. EST Sept. 15.", "5 p.m. EST Sept. 15 => time 2017-09-15T17:00"},
      {"until 5 p.m. EST, Sept. 15, when", "5 p.m. EST, Sept. 15 => time 2017-09-15T17:00"},
      {"at 10 a.m. on Sept. 15", "10 a.m. => time 2017-09-15T10:00 | Sept. 15 => date 2017-09-15 2017-09-15..2017-09-15"},
      {"scheduled for Friday at 10:32 a.m.", "Friday => date 2017-09-15 2017-09-15..2017-09-15 | 10:32 a.m. => time 2017-09-15T10:32"},
  };
  RUN(cases);
}

TEST_CASE("values::sets of times") {
  const Case cases[] = {
      {"every week", "every week => set P1W"},
      {"each season", "each season => set P1Y"},
      {"daily", "daily => set P1D"},
      {"published weekly", "weekly => set P1W"},
      {"paid annually", "annually => set P1Y"},
      {"every two weeks", "every two weeks => set P2W"},
      {"every other month", "every other month => set P2M"},
      {"twice a month", "twice a month => set P1M"},
      {"three times a year", "three times a year => set P1Y"},
      {"every Monday", "every Monday => set XXXX-WXX-1"},
      {"on Mondays", "Mondays => set XXXX-WXX-1"},
      {"every summer", "every summer => set XXXX-SU"},
      {"per year", "per year => set P1Y"},
      {"every morning", "every morning => set XXXX-XX-XXTMO"},
  };
  RUN(cases);
}

TEST_CASE("values::a hedge before a compound duration scales to the whole") {
  cc::values::ScanOptions opt;
  opt.reference = cc::corpus::parse_published("2025-06-19");
  const auto about = cc::values::scan("about 1 hour and 45 minutes into the dive", opt);
  REQUIRE(about.size() == 1);
  CHECK(about[0].unit == "minute");
  CHECK(*about[0].num.low == doctest::Approx(94.5));
  CHECK(*about[0].num.high == doctest::Approx(115.5));
  const auto nearly = cc::values::scan("nearly 2 hours and 10 minutes", opt);
  REQUIRE(nearly.size() == 1);
  CHECK(*nearly[0].num.low == doctest::Approx(117));
  CHECK(*nearly[0].num.high == doctest::Approx(130));
}
