// Table-driven tests for numbers, quantities, money, percentages, units and
// ordinals, including things that are not quantities.
#include <doctest/doctest.h>

#include <string>

#include "parse/parser.hpp"
#include "value_summary.hpp"

using cc::test::Case;
using cc::test::describe;

namespace {

void run_cases(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    const std::string input = c->input;
    CAPTURE(input);
    CHECK(describe(c->input) == std::string(c->expect));
  }
}

#define RUN(table) run_cases(std::begin(table), std::end(table))

}  // namespace

TEST_CASE("values::numbers in digits") {
  const Case cases[] = {
      {"It employs 10 people.", "10 => quantity 10 people"},
      {"It has 1,200 employees.", "1,200 => quantity 1200 employees"},
      {"About 1,234,567 votes were cast.", "About 1,234,567 => quantity ~[1111110.3,1358023.7] votes"},
      {"The rate rose to 3.5 points.", "3.5 => quantity 3.5 points"},
      {"Temperatures fell to -5 overnight.", "-5 => quantity -5 | overnight => time 2017-09-13TNI"},
      {"a loss of 0.25 shares", "0.25 => quantity 0.25 shares"},
      {"The fund holds 12,000,000 shares.", "12,000,000 => quantity 12000000 shares"},
      {"They counted 7 ballots, 8 boxes.", "7 => quantity 7 ballots | 8 => quantity 8 boxes"},
      {"Sales reached 1.2 million units.", "1.2 million => quantity 1200000 units"},
      {"It has 45m subscribers.", "45m => quantity 45000000 subscribers"},
      {"It has 2.5bn users.", "2.5bn => quantity 2500000000 users"},
      {"A 10k run.", "10k => quantity 10000 run"},
      {"3 trillion cells", "3 trillion => quantity 3000000000000 cells"},
      {"The group has 40 thousand members.", "40 thousand => quantity 40000 members"},
      {"1½ cups", "1½ => quantity 1.5 cups"},
      {"2 and a half tonnes", "2 and a half tonnes => quantity 2.5 t si=2500 kg"},
  };
  RUN(cases);
}

TEST_CASE("values::numbers in words") {
  const Case cases[] = {
      {"twenty-seven people died", "twenty-seven => quantity 27 people"},
      {"twenty seven people died", "twenty seven => quantity 27 people"},
      {"two hundred and fifty homes", "two hundred and fifty => quantity 250 homes"},
      {"three hundred homes", "three hundred => quantity 300 homes"},
      {"a hundred soldiers", "a hundred => quantity 100 soldiers"},
      {"a dozen executives", "a dozen => quantity 12 executives"},
      {"two dozen eggs", "two dozen => quantity 24 eggs"},
      {"half a dozen eggs", "half a dozen => quantity 6 eggs"},
      {"a single vote", "a single => quantity 1 vote"},
      {"a couple of weeks", "a couple of weeks => duration P2W"},
      {"a couple of reporters", "a couple of => quantity 2 reporters"},
      {"a pair of shoes", "a pair of => quantity 2 shoes"},
      {"five million people", "five million => quantity 5000000 people"},
      {"one and a half million people", "one and a half million => quantity 1500000 people"},
      {"half a million people", "half a million => quantity 500000 people"},
      {"two million three hundred thousand people", "two million three hundred thousand => quantity 2300000 people"},
      {"nineteen cases", "nineteen => quantity 19 cases"},
      {"ninety-nine problems", "ninety-nine => quantity 99 problems"},
      {"eleven players", "eleven => quantity 11 players"},
      {"zero cases", "zero => quantity 0 cases"},
      {"one office", "one => quantity 1 office"},
      {"three new offices in North America", "three => quantity 3 offices"},
      {"Three people were hurt.", "Three => quantity 3 people"},
      {"a thousand cuts", "a thousand => quantity 1000 cuts"},
      {"seven were injured", "seven => quantity 7"},
  };
  RUN(cases);
}

TEST_CASE("values::fractions and shares") {
  const Case cases[] = {
      {"nearly a quarter of its earnings", "nearly a quarter => percent ~[22.5,25] %"},
      {"a quarter of the staff", "a quarter => percent 25 %"},
      {"a third of voters", "a third => percent 33.33333333 %"},
      {"two-thirds of members", "two-thirds => percent 66.66666667 %"},
      {"two thirds of members", "two thirds => percent 66.66666667 %"},
      {"three quarters of homes", "three quarters => percent 75 %"},
      {"half of the workers", "half => percent 50 %"},
      {"half the staff", "half => percent 50 %"},
      {"one in five adults", "one in five => percent 20 %"},
      {"odds of 1 in 2,500", "1 in 2,500 => percent 0.04 %"},
      {"1 in 4 children", "1 in 4 => percent 25 %"},
      {"one in 2,000 births", "one in 2,000 => percent 0.05 %"},
      {"reaching 64 in 2035.", "64 => quantity 64 | 2035 => date 2035 2035-01-01..2035-12-31"},
      {"one out of ten doctors", "one out of ten => percent 10 %"},
      {"a fifth of the budget", "a fifth => percent 20 %"},
      {"They cut it in half.", ""},
  };
  RUN(cases);
}

TEST_CASE("values::a measure between a count and its noun") {
  const Case cases[] = {
      {"54.2 million 60-kg bags of coffee", "54.2 million => quantity 54200000 bags | 60-kg => quantity 60 kg si=60 kg"},
      {"300 12-ounce cans", "300 => quantity 300 cans | 12-ounce => quantity 12 oz si=0.3401942775 kg"},
  };
  RUN(cases);
}

TEST_CASE("values::vague amounts") {
  const Case cases[] = {
      {"hundreds of protesters", "hundreds of => quantity ~[200,1000) protesters"},
      {"thousands of jobs", "thousands of => quantity ~[2000,10000) jobs"},
      {"tens of thousands of people", "tens of thousands of => quantity ~[20000,100000) people"},
      {"hundreds of thousands of users", "hundreds of thousands of => quantity ~[200000,1000000) users"},
      {"dozens of cars", "dozens of => quantity ~[24,100) cars"},
      {"millions of dollars", "millions of dollars => money ~[2000000,1000000000) USD"},
      {"several hundred workers", "several hundred => quantity ~[300,1000) workers"},
      {"a few hundred workers", "a few hundred => quantity ~[200,600) workers"},
      {"several reporters", "several => quantity ~[3,10) reporters"},
      {"a handful of staff", "a handful of => quantity ~[2,6) staff"},
      {"more than a dozen people", "more than a dozen => quantity (12,) people"},
      {"more than hundreds of people", "more than hundreds of => quantity ~[200,) people"},
  };
  RUN(cases);
}

TEST_CASE("values::hedges and bounds") {
  const Case cases[] = {
      {"less than 50 US employees", "less than 50 => quantity (,50) employees"},
      {"fewer than 50 employees", "fewer than 50 => quantity (,50) employees"},
      {"under 50 employees", "under 50 => quantity (,50) employees"},
      {"below 50 employees", "below 50 => quantity (,50) employees"},
      {"just under 50 employees", "just under 50 => quantity ~[45,50) employees"},
      {"more than 300 employees", "more than 300 => quantity (300,) employees"},
      {"over 300 employees", "over 300 => quantity (300,) employees"},
      {"exceeding 300 employees", "exceeding 300 => quantity (300,) employees"},
      {"above 300 employees", "above 300 => quantity (300,) employees"},
      {"in excess of 300 employees", "in excess of 300 => quantity (300,) employees"},
      {"just over 300 employees", "just over 300 => quantity ~(300,330] employees"},
      {"at least 300 employees", "at least 300 => quantity [300,) employees"},
      {"no fewer than 300 employees", "no fewer than 300 => quantity [300,) employees"},
      {"up to 300 employees", "up to 300 => quantity (,300] employees"},
      {"at most 300 employees", "at most 300 => quantity (,300] employees"},
      {"no more than 300 employees", "no more than 300 => quantity (,300] employees"},
      {"as many as 300 employees", "as many as 300 => quantity (,300] employees"},
      {"about 300 employees", "about 300 => quantity ~[270,330] employees"},
      {"around 300 employees", "around 300 => quantity ~[270,330] employees"},
      {"roughly 300 employees", "roughly 300 => quantity ~[270,330] employees"},
      {"some 300 employees", "some 300 => quantity ~[270,330] employees"},
      {"approximately 300 employees", "approximately 300 => quantity ~[270,330] employees"},
      {"an estimated 300 employees", "an estimated 300 => quantity ~[270,330] employees"},
      {"damage estimated at 300 homes", "estimated at 300 => quantity ~[270,330] homes"},
      {"nearly 300 employees", "nearly 300 => quantity ~[270,300] employees"},
      {"almost 300 employees", "almost 300 => quantity ~[270,300] employees"},
      {"close to 300 employees", "close to 300 => quantity ~[270,300] employees"},
      {"300 or more employees", "300 or more => quantity [300,) employees"},
      {"300 or fewer employees", "300 or fewer => quantity (,300] employees"},
      {"300+ employees", "300+ => quantity [300,) employees"},
      {"50 or so people", "50 or so => quantity ~[45,55] people"},
      {"10 or 12 miles", "10 or 12 miles => quantity [10,12] mi si=[16093.44,19312.128] m"},
      {"10 km or 6 miles away", "10 km => quantity 10 km si=10000 m | 6 miles => quantity 6 mi si=9656.064 m"},
      {"the score was 3-1", ""},
      {"Kaspersky stated it had about 300 North American employees",
       "about 300 => quantity ~[270,330] employees"},
  };
  RUN(cases);
}

TEST_CASE("values::ranges") {
  const Case cases[] = {
      {"between 40 and 50 people", "between 40 and 50 => quantity [40,50] people"},
      {"40-50 people", "40-50 => quantity [40,50] people"},
      {"40–50 people", "40–50 => quantity [40,50] people"},
      {"40 to 50 people", "40 to 50 => quantity [40,50] people"},
      {"two or three days", "two or three days => duration PXD"},
      {"two or three people", "two or three => quantity [2,3] people"},
      {"$40-50 million", "$40-50 million => money [40000000,50000000] USD"},
      {"between $1bn and $2bn", "between $1bn and $2bn => money [1000000000,2000000000] USD"},
      {"20-30% of voters", "20-30% => percent [20,30] %"},
      {"20% to 30% of voters", "20% to 30% => percent [20,30] %"},
      {"3 to 4 km", "3 to 4 km => quantity [3,4] km si=[3000,4000] m"},
      {"about 40-50 people", "about 40-50 => quantity ~[36,55] people"},
      {"The vote was 3-2.", ""},
      {"between 2 and 3 million people", "between 2 and 3 million => quantity [2000000,3000000] people"},
  };
  RUN(cases);
}

TEST_CASE("values::money") {
  const Case cases[] = {
      {"exceeding $600 million in 2016", "exceeding $600 million => money (600000000,) USD | 2016 => date 2016 2016-01-01..2016-12-31"},
      {"exceeding \\$600 million", "exceeding \\$600 million => money (600000000,) USD"},
      {"a $45m deal", "$45m => money 45000000 USD"},
      {"a £45m deal", "£45m => money 45000000 GBP"},
      {"€1.2 billion in fines", "€1.2 billion => money 1200000000 EUR"},
      {"US$5 each", "US$5 => money 5 USD"},
      {"¥300 billion", "¥300 billion => money 300000000000 JPY"},
      {"₹500 crore", "₹500 crore => money 5000000000 INR"},
      {"$13.7 billion", "$13.7 billion => money 13700000000 USD"},
      {"$13.68bn", "$13.68bn => money 13680000000 USD"},
      {"C$20 million", "C$20 million => money 20000000 CAD"},
      {"A$3bn", "A$3bn => money 3000000000 AUD"},
      {"HK$10", "HK$10 => money 10 HKD"},
      {"it cost C$3 each", "C$3 => money 3 CAD"},
      {"paid US$5 and HK$3", "US$5 => money 5 USD | HK$3 => money 3 HKD"},
      {"600 million dollars", "600 million dollars => money 600000000 USD"},
      {"five million pounds", "five million pounds => money 5000000 GBP"},
      {"20 euros", "20 euros => money 20 EUR"},
      {"300 yen", "300 yen => money 300 JPY"},
      {"50 cents", "50 cents => money 0.5 USD"},
      {"EUR 3bn", "EUR 3bn => money 3000000000 EUR"},
      {"USD 5 million", "USD 5 million => money 5000000 USD"},
      {"about $300", "about $300 => money ~[270,330] USD"},
      {"more than $1 trillion", "more than $1 trillion => money (1000000000000,) USD"},
      {"$1,200", "$1,200 => money 1200 USD"},
      {"2 million roubles", "2 million roubles => money 2000000 RUB"},
      {"a 300-pound man", "300-pound => quantity 300 lb si=136.077711 kg"},
      {"$5 a year", "$5 => money 5 USD | a year => set P1Y"},
      {"$18 an hour", "$18 => money 18 USD | an hour => set PT1H"},
      // after a verb of change, "to" leads to the new level: two figures
      {"shares rose $1.20 to $45.30", "$1.20 => money 1.2 USD | $45.30 => money 45.3 USD"},
      {"prices will rise 3% to 5%", "3% to 5% => percent [3,5] %"},
  };
  RUN(cases);
}

TEST_CASE("values::percentages") {
  const Case cases[] = {
      {"27% of them", "27% => percent 27 %"},
      {"27 % of them", "27 % => percent 27 %"},
      {"61.5 per cent of them", "61.5 per cent => percent 61.5 %"},
      {"50 percent of them", "50 percent => percent 50 %"},
      {"fifty percent of them", "fifty percent => percent 50 %"},
      {"30 pct", "30 pct => percent 30 %"},
      {"2 percentage points", "2 percentage points => percent 2 pp"},
      {"by 25 basis points", "25 basis points => percent 0.25 pp"},
      {"a 50bp cut", "50bp => percent 0.5 pp"},
      {"by a quarter of a percentage point to 4.75%",
       "a quarter of a percentage point => percent 0.25 pp | 4.75% => percent 4.75 %"},
      {"cut by half a percentage point", "half a percentage point => percent 0.5 pp"},
      {"nearly 40%", "nearly 40% => percent ~[36,40] %"},
      {"more than 10%", "more than 10% => percent (10,) %"},
      {"up to 5%", "up to 5% => percent (,5] %"},
      {"the rate ticked up to 4.3%", "4.3% => percent 4.3 %"},  // after a verb of movement: the new level
      {"could be paid up to 5%", "up to 5% => percent (,5] %"},
      {"-3.2%", "-3.2% => percent -3.2 %"},
  };
  RUN(cases);
}

TEST_CASE("values::physical units") {
  const Case cases[] = {
      {"the town reached 46.8C (116.2F)", "46.8C => quantity 46.8 degC si=319.95 K | 116.2F => quantity 116.2 degF si=319.9277778 K"},
      {"a 45 m tower", "45 m => quantity 45 m si=45 m"},
      {"won the 100m final", "100m => quantity 100 m si=100 m"},
      {"a 400m-long ship", "400m => quantity 400 m si=400 m"},
      {"a 148 ft tower", "148 ft => quantity 148 ft si=45.1104 m"},
      {"148 feet tall", "148 feet => quantity 148 ft si=45.1104 m"},
      {"12 km away", "12 km => quantity 12 km si=12000 m"},
      {"12km away", "12km => quantity 12 km si=12000 m"},
      {"five miles away", "five miles => quantity 5 mi si=8046.72 m"},
      {"a 45-metre tower", "45-metre => quantity 45 m si=45 m"},
      {"3 kg of rice", "3 kg => quantity 3 kg si=3 kg"},
      {"10 tonnes of steel", "10 tonnes => quantity 10 t si=10000 kg"},
      {"200 lbs", "200 lbs => quantity 200 lb si=90.718474 kg"},
      {"2,000 hectares", "2,000 hectares => quantity 2000 ha si=20000000 m2"},
      {"500 square miles", "500 square miles => quantity 500 mi2 si=1294994055 m2"},
      {"1,000 barrels", "1,000 barrels => quantity 1000 bbl si=158.9872949 m3"},
      {"60 mph", "60 mph => quantity 60 mph si=26.8224 m/s"},
      {"100 km/h", "100 km/h => quantity 100 km/h si=27.77777778 m/s"},
      {"35°C heat", "35°C => quantity 35 degC si=308.15 K"},
      {"95 degrees Fahrenheit", "95 degrees Fahrenheit => quantity 95 degF si=308.15 K"},
      {"a 500 MW plant", "500 MW => quantity 500 MW si=500000000 W"},
      {"2 GB of data", "2 GB => quantity 2 GB si=2000000000 B"},
      {"about 45 m", "about 45 m => quantity ~[40.5,49.5] m si=~[40.5,49.5] m"},
  };
  RUN(cases);
}

TEST_CASE("values::counted nouns") {
  const Case cases[] = {
      {"employs 10 people, all U.S. citizens", "10 => quantity 10 people"},
      {"asked 22 government agencies to share", "22 => quantity 22 agencies"},
      {"offices in 31 countries.", "31 => quantity 31 countries"},
      {"three Kaspersky entities – AO", "three => quantity 3 entities"},
      {"5 million users affected", "5 million => quantity 5000000 users"},
      {"a four-page document", "four => quantity 4 page"},
      {"a 10-person team", "10 => quantity 10 person"},
      {"two sources close to the firm", "two => quantity 2 sources"},
      {"12 police officers", "12 => quantity 12 officers"},
      {"40 staff were laid off", "40 => quantity 40 staff"},
      {"10 were killed", "10 => quantity 10"},
      {"7 of them", "7 => quantity 7"},
  };
  RUN(cases);
}

TEST_CASE("values::ordinals") {
  const Case cases[] = {
      {"its 27th anniversary", "27th => ordinal 27 anniversary"},
      {"the 3rd round", "3rd => ordinal 3 round"},
      {"the 1st place", "1st => ordinal 1 place"},
      {"the 22nd floor", "22nd => ordinal 22 floor"},
      {"its third office", "third => ordinal 3 office"},
      {"the twenty-first attempt", "twenty-first => ordinal 21 attempt"},
      {"the first round", "first => ordinal 1 round"},
      {"As first reported by Reuters", ""},
      {"She came second.", ""},
  };
  RUN(cases);
}

TEST_CASE("values::not quantities") {
  const Case cases[] = {
      {"running Windows 10 on a Boeing 737", ""},
      {"see page 12 and section 4", ""},
      {"Flight 370 vanished", ""},
      {"patched CVE-2024-3094 quickly", ""},
      {"the asteroid 2026 RK4 passed", ""},
      {"the COVID-19 pandemic", ""},
      {"call 555-123-4567 now", "now => date PRESENT_REF 2017-09-13..2017-09-13"},
      {"call (202) 555-0143 today", "today => date 2017-09-13 2017-09-13..2017-09-13"},
      {"call +1 202 555 0143", ""},
      {"at 1600 Pennsylvania Avenue", ""},
      {"10 Downing Street said", ""},
      {"open 24/7 for customers", ""},
      {"the recent report", ""},
      {"prices may rise", ""},
      {"someone often said", ""},
      {"a weighty tennis match", ""},
      {"a 4G network", ""},
      {"a 3D printer", ""},
      {"the iPhone 15 launch", ""},
      {"Fortune 500\nAll Rankings", ""},
      {"version 1.2.3 shipped", ""},
      {"the G20 summit", ""},
      {"one of the world's leading firms", ""},
      {"no one knows", ""},
      {"the March on Washington", ""},
      {"Theresa May said", ""},
      {"prices fall in autumn", "autumn => date 2017-FA 2017-09-01..2017-11-30"},
      {"Hello world", ""},
      {"Anton Shingarev, Kaspersky Lab's vice president", ""},
      {"her Zero Day blog", ""},
      {"Air Force One landed", ""},
      {"No. 5 in the ranking", ""},
      {"#3 in the chart", ""},
  };
  RUN(cases);
}

TEST_CASE("the number memo never replays a read of other text") {
  // one buffer, rewritten in place: the same address holds other words
  std::string buf = "twelve apples";
  cc::parse::ast::Number n;
  const char* end = cc::parse::parse_number(buf.data(), buf.data() + buf.size(), n);
  REQUIRE(end != nullptr);
  CHECK(n.value == 12);
  buf.replace(0, 6, "thirty");
  end = cc::parse::parse_number(buf.data(), buf.data() + buf.size(), n);
  REQUIRE(end != nullptr);
  CHECK(n.value == 30);

  // within a memo, a read that ends earlier is another read
  std::string q = "5 million people";
  {
    const cc::parse::NumberMemo memo;
    cc::parse::ast::Quantity whole;
    cc::parse::ast::Quantity cut;
    REQUIRE(cc::parse::parse_quantity(q.data(), q.data() + q.size(), whole) != nullptr);
    REQUIRE(cc::parse::parse_quantity(q.data(), q.data() + 1, cut) != nullptr);
    CHECK(whole.a.num.value == 5e6);
    CHECK(cut.a.num.value == 5);
  }
  // and a memo that has closed is forgotten
  q.replace(0, 1, "7");
  cc::parse::ast::Quantity again;
  REQUIRE(cc::parse::parse_quantity(q.data(), q.data() + q.size(), again) != nullptr);
  CHECK(again.a.num.value == 7e6);
}
