#include <doctest/doctest.h>

#include <algorithm>

#include "corpus/document.hpp"
#include "corpus/manifest.hpp"
#include "extract/extractor.hpp"
#include "extract/json.hpp"
#include "extract/resources.hpp"

using namespace cc;

namespace {

const extract::Resources& resources() {
  static const extract::Resources res = [] {
    auto r = extract::Resources::load(CROSSCHECK_SOURCE_DIR "/grammars");
    REQUIRE(r);
    return std::move(*r);
  }();
  return res;
}

corpus::Document doc(const std::string& text, const std::string& published = "2024-03-01") {
  corpus::Document d;
  d.id = "d1";
  d.file = "d1.txt";
  d.raw = text;
  d.published = published;
  d.published_range = corpus::parse_published(published);
  d.cleaned = text::clean(d.raw, resources().boilerplate);
  return d;
}

const Claim* find(const std::vector<Claim>& claims, const std::string& text) {
  const auto it = std::find_if(claims.begin(), claims.end(), [&](const Claim& c) { return c.text == text; });
  return it == claims.end() ? nullptr : &*it;
}

// The claims of one article with the text `text`, published on `published`.
std::vector<Claim> claims_of(const std::string& text, const std::string& published) {
  return extract::extract(doc(text, published), resources());
}

// The claim whose words are `text`; the test case fails when there is none.
const Claim* need(const std::vector<Claim>& claims, const std::string& text) {
  const Claim* c = find(claims, text);
  REQUIRE_MESSAGE(c != nullptr, "no claim with the words '" << text << "'");
  return c;
}

}  // namespace

TEST_CASE("extract::claims") {
  SUBCASE("a count with its noun, scope, hedge and subject") {
    const auto d = doc("Acme Corp said fewer than 50 US employees will be laid off.\n");
    const auto claims = extract::extract(d, resources());
    const Claim* c = need(claims, "fewer than 50");
    CHECK(c->attribute == "employees.cut");
    CHECK(c->subject.key == "acme");
    CHECK(c->scope.place == "US");
    CHECK_FALSE(c->value.num.low.has_value());
    CHECK(*c->value.num.high == 50);
    CHECK_FALSE(c->value.num.high_inclusive);
    CHECK(c->attribution.speaker == "acme");
    CHECK(c->certainty == "planned");
  }
  SUBCASE("a list of places scopes a count to the whole list; a city and its state are one place") {
    const auto d = doc("Acme Corp runs 14 plants in Norway, Sweden and Denmark. "
                       "Acme Corp has 12 plants in Norway alone. Acme Corp has 40 employees in Austin, Texas.\n");
    const auto claims = extract::extract(d, resources());
    const Claim* all = need(claims, "14");
    const Claim* norway = need(claims, "12");
    const Claim* austin = need(claims, "40");
    CHECK(all->scope.place == "DK+NO+SE");
    CHECK(all->scope.place_name == "Norway, Sweden and Denmark");
    CHECK(norway->scope.place == "NO");
    CHECK(austin->scope.place.find('+') == std::string::npos);
  }
  SUBCASE("a place after the counted noun phrase, but not another count's") {
    const auto d = doc("Acme Corp is recalling 1.2 million sport utility vehicles in the United States. "
                       "Bolt Inc has 6,500 staff and 14 plants across Norway and Sweden.\n");
    const auto claims = extract::extract(d, resources());
    const Claim* vehicles = need(claims, "1.2 million");
    const Claim* staff = need(claims, "6,500");
    CHECK(vehicles->scope.place == "US");
    CHECK(staff->scope.place.empty());
  }
  SUBCASE("a nationality is never the subject; a price per share is its own attribute") {
    const auto d = doc("At least 74 people, including eight Americans, were killed in the blast. "
                       "Acme Corp made a $15-a-share offer for Bolt Inc, worth $283.7 million.\n");
    const auto claims = extract::extract(d, resources());
    for (const auto& c : claims) {
      CHECK(c.subject.key != "americans");
    }
    const Claim* per_share = need(claims, "$15-a-share");
    const Claim* total = need(claims, "$283.7 million");
    CHECK(per_share->attribute.find(".per_share") != std::string::npos);
    CHECK(total->attribute.find(".per_") == std::string::npos);
  }
  SUBCASE("an operating loss is another measure than a loss") {
    const auto d = doc("Unisys had an operating loss of about $30 million. Unisys posted a $648.2 million loss.\n");
    const auto claims = extract::extract(d, resources());
    const Claim* operating = need(claims, "about $30 million");
    const Claim* loss = need(claims, "$648.2 million");
    CHECK(operating->scope.phase == "operating");
    CHECK(loss->scope.phase.empty());
  }
  SUBCASE("a name before a lower-case word for an event is the event, whatever the word for it") {
    const auto d = doc("The Red Pine wildfire had burned 21,000 acres. The fire officials said the Red Pine blaze was "
                       "10% contained. Last year's Brush Creek fire burned 8,000 acres.\n");
    const auto claims = extract::extract(d, resources());
    const Claim* acres = need(claims, "21,000 acres");
    const Claim* share = need(claims, "10%");
    const Claim* last_year = need(claims, "8,000 acres");
    CHECK(acres->subject.key == "event:red pine fire");
    CHECK(share->subject.key == "event:red pine fire");
    CHECK(share->attribute == "share.contain");
    CHECK(last_year->subject.key == "event:brush creek fire");
  }
  SUBCASE("the old figure of a change counts the same thing at its own date, or is no claim") {
    const auto d = doc("More than 900 firefighters are working the fire, up from about 600 on Sunday. "
                       "Acme Corp has 300 employees, up from 250.\n",
                       "2026-08-04");
    const auto claims = extract::extract(d, resources());
    const Claim* now = need(claims, "More than 900");
    const Claim* before = need(claims, "about 600");
    CHECK(before->attribute == now->attribute);
    CHECK(before->time.timex == "2026-08-02");
    CHECK(*before->value.num.low == doctest::Approx(540));
    CHECK(find(claims, "250") == nullptr);
  }
  SUBCASE("a person's age: set off after the name, or the N-year-old; not a relative's") {
    const auto d = doc("Acme signed forward Lucas Prado on Monday. Prado, 22, signed a five-year contract. "
                       "The 21-year-old scored 24 goals. He visited his 6-year-old son.\n",
                       "2026-07-15");
    const auto claims = extract::extract(d, resources());
    const Claim* set_off = need(claims, "22");
    const Claim* noun = need(claims, "21-year-old");
    const Claim* goals = need(claims, "24");
    const Claim* son = need(claims, "6-year-old");
    CHECK(set_off->subject.key == "person:lucas prado");
    CHECK(set_off->attribute == "age");
    CHECK(noun->subject.key == "person:lucas prado");
    CHECK(noun->attribute == "age");
    CHECK(goals->subject.key == "person:lucas prado");
    CHECK(son->attribute == "age.son");
  }
  SUBCASE("a rate: its change in points, its new level, the level before, a forecast's year") {
    const auto d = doc("The Bank of Norland raised its benchmark interest rate by a quarter of a percentage point to "
                       "4.75% on Wednesday. The rate stood at 4.5% before the decision. Inflation in Norland eased to "
                       "3.6% in August. The bank expects inflation to fall to 2.5% by the end of next year.\n",
                       "2026-09-17");
    const auto claims = extract::extract(d, resources());
    const Claim* change = need(claims, "a quarter of a percentage point");
    const Claim* level = need(claims, "4.75%");
    const Claim* eased = need(claims, "3.6%");
    const Claim* forecast = need(claims, "2.5%");
    CHECK(change->attribute == "change.rate");
    CHECK(change->value.display == "0.25 percentage points");
    CHECK(level->attribute == "share.rate");
    CHECK(find(claims, "4.5%") == nullptr);
    CHECK(eased->attribute == "share.inflation");
    CHECK(eased->time.timex == "2026-08");
    CHECK(forecast->time.timex == "2027");
  }
  SUBCASE("a derailment is a crash; 'since 1998, when' dates its figure; a limit is no speed") {
    const auto d = doc("A passenger train derailed near Larsby on Saturday, killing four people. The train was "
                       "travelling at about 120 km/h on a curve with a speed limit of 80 km/h. It was the deadliest "
                       "accident since 1998, when 11 people died in a collision.\n",
                       "2026-04-11");
    const auto claims = extract::extract(d, resources());
    const Claim* toll = need(claims, "four");
    const Claim* speed = need(claims, "about 120 km/h");
    const Claim* limit = need(claims, "80 km/h");
    const Claim* old_toll = need(claims, "11");
    CHECK(toll->subject.key == "story:crash");
    CHECK(speed->subject.key == "story:crash");
    CHECK(speed->attribute == "speed");
    CHECK(limit->attribute == "limit");
    CHECK(old_toll->time.timex == "1998");
  }
  SUBCASE("a share of a workforce, the size of a change, a coordinated clause's own verb") {
    const auto d = doc("Acme Corp said it would cut 5% of its workforce. Acme's market value has fallen by more than "
                       "$20 billion this year. Police arrested 23 people, and 11 officers were hurt.\n",
                       "2025-03-03");
    const auto claims = extract::extract(d, resources());
    const Claim* share = need(claims, "5%");
    const Claim* fall = need(claims, "more than $20 billion");
    const Claim* arrested = need(claims, "23");
    CHECK(share->attribute.rfind("share.", 0) == 0);
    CHECK(fall->attribute == "change.value");
    CHECK(arrested->attribute != "injuries");
  }
  SUBCASE("parts after 'including' count what the whole counts; Georgia after Florida is the state") {
    const auto d = doc("The storm killed 30 people, including 12 in Florida and 18 in Georgia.\n", "2025-03-02");
    const auto claims = extract::extract(d, resources());
    const Claim* whole = need(claims, "30");
    const Claim* georgia = need(claims, "18");
    CHECK(georgia->attribute == whole->attribute);
    CHECK(georgia->subject.key == whole->subject.key);
    CHECK(georgia->scope.place == "US-GA");
  }
  SUBCASE("what is measured of an unnamed thing the article is about is the thing's") {
    const auto d = doc("Council approves new stadium\n\nThe Brenton City Council approved a new 45,000-seat stadium "
                       "for the Riverhawks on Monday. The stadium will seat 42,000. The bridge, which opened in 1937, "
                       "is 1.7 miles long.\n",
                       "2025-06-05");
    const auto claims = extract::extract(d, resources());
    const Claim* design = need(claims, "45,000-seat");
    const Claim* seats = need(claims, "42,000");
    CHECK(design->subject.key == "thing:stadium");
    CHECK(seats->subject.key == "thing:stadium");
    CHECK(seats->subject.kind == "thing");
  }
  SUBCASE("a placed plant: 'Acme's Dayton plant' and 'its plant in Dayton, Ohio, in March' are one unit") {
    const auto d = doc("Acme Corp will close its plant in Dayton, Ohio, in March, cutting 400 jobs. "
                       "Acme's Dayton plant, which employs 400 people, will close in May.\n",
                       "2025-05-01");
    const auto claims = extract::extract(d, resources());
    const Claim* march = need(claims, "March");
    const Claim* may = need(claims, "May");
    CHECK(march->attribute == "date.close");
    CHECK(may->attribute == "date.close");
    CHECK(march->subject.key == "acme/plant@US-OH/dayton");
    CHECK(may->subject.key == march->subject.key);
  }
  SUBCASE("a share named by the adjective after it: 'was 95% effective'") {
    const auto d = doc("The vaccine was 95% effective in the trial. Prices were 30% cheaper.\n", "2025-05-01");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "95%")->attribute == "share.effective");
    CHECK(need(claims, "30%")->attribute != "share.cheaper");
  }
  SUBCASE("a name inside a relative clause is not the subject; 'Lumen Digital' is no person") {
    const auto d = doc("Vibely says it has 45 million users. The ban on Vibely, which the Commerce Department "
                       "announced on Monday, will take effect on March 16. Lumen Digital, Vibely's parent company, "
                       "was founded in 2015.\n",
                       "2026-02-12");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "March 16")->subject.key == "vibely");
    CHECK(need(claims, "2015")->subject.kind == "org");
  }
  SUBCASE("a named ship: the name after its kind is the ship, in every mention; 'the canal' is the canal") {
    const auto d = doc("Ship blocks canal\n\nA 400-metre container ship ran aground in the Merida Canal on Tuesday. "
                       "The stranded container ship Sea Lantern, which can carry about 20,000 containers, was "
                       "refloated on Friday, three days after it ran aground. At least 100 vessels were waiting "
                       "at either end of the canal. About 50 ships a day pass through the canal. The Sea Lantern, "
                       "built in 2018, is 59 metres wide.\n",
                       "2026-03-28");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "400-metre")->subject.key == "thing:ship");
    CHECK(need(claims, "400-metre")->subject.parent == "sea lantern");
    CHECK(need(claims, "2018")->subject.kind == "thing");
    CHECK(need(claims, "2018")->subject.unit == "ship");
    CHECK(need(claims, "about 20,000")->attribute == "capacity");
    CHECK(need(claims, "Tuesday")->attribute == "date.crash");
    CHECK(need(claims, "Friday")->attribute == "date.refloat");
    CHECK(need(claims, "At least 100")->attribute == "vehicles");
    CHECK(need(claims, "At least 100")->subject.key == "merida canal");
    CHECK(need(claims, "About 50")->attribute == "vehicles.per_day");
  }
  SUBCASE("a figure set off by commas takes the date of its noun's verb; an age does not") {
    const auto d = doc("The record crest, 80 feet, was set in 1937. Jo Osei, 61, joined Acme Corp in 2009.\n",
                       "2025-04-07");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "80 feet")->time.source == "explicit");
    CHECK(need(claims, "80 feet")->time.timex == "1937");
    CHECK(need(claims, "61")->time.source != "explicit");
  }
  SUBCASE("'45 million monthly users' are users, '4,400 flights a day' a rate") {
    const auto d = doc("Vibely has about 45 million monthly users. SkyBridge Air runs 4,400 flights a day.\n",
                       "2025-04-07");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "about 45 million")->attribute.find("per_") == std::string::npos);
    CHECK(need(claims, "4,400")->attribute.ends_with(".per_day"));
  }
  SUBCASE("a race: a country's runner is a person, a time after 'won in' is the finishing time") {
    const auto d = doc("Kenya's Daniel Kiptoo broke the world record on Sunday, winning the Lisbon Marathon in 2:00:35. "
                       "The 24-year-old Kenyan took 34 seconds off the record. In the women's race, Amina Wanjiru of "
                       "Kenya won in 2 hours, 16 minutes and 42 seconds.\n",
                       "2026-10-11");
    const auto claims = extract::extract(d, resources());
    const Claim* time = need(claims, "2:00:35");
    CHECK(time->subject.key == "person:daniel kiptoo");
    CHECK(time->attribute == "duration.finish");
    CHECK(time->value.display == "2:00:35");
    const Claim* age = need(claims, "24-year-old");
    CHECK(age->subject.key == "person:daniel kiptoo");
    CHECK(age->scope.place.empty());
    const Claim* women = need(claims, "2 hours, 16 minutes and 42 seconds");
    CHECK(women->subject.key == "person:amina wanjiru");
    CHECK(women->value.display == "2:16:42");
  }
  SUBCASE("an amount 'before taxes' is no tax; a jackpot is a role of money") {
    const auto d = doc("The MegaStar jackpot is $1.6 billion. The cash option is $716 million before taxes.\n",
                       "2026-01-13");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "$1.6 billion")->attribute == "jackpot");
    CHECK(need(claims, "$716 million")->attribute != "tax");
  }
  SUBCASE("a year before a noun dates the noun; a venue's possessive after a price is no subject") {
    const auto d = doc("The 1890 canvas had been owned by the collector Helen Marsh since 1986. Its 2019 report said "
                       "the plant employed 300 people. A painting by Claude Monet sold for $34.8 million at "
                       "Sotheby's on Tuesday.\n",
                       "2025-05-14");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "1890")->attribute == "date.canvas");
    CHECK(need(claims, "1986")->attribute == "date.own");
    CHECK(need(claims, "2019")->attribute == "date.report");
    CHECK(need(claims, "$34.8 million")->subject.key == "claude monet");
  }
  SUBCASE("heights and elevations; a measure in a clause naming the story's event is the event's") {
    const auto d = doc("Volcano erupts in the south\n\nA volcano erupted on Tuesday, sending a column of ash about 8 "
                       "km into the sky. The Hekla volcano, which rises 1,491 metres above sea level, last erupted in "
                       "2000. The volcano stands 1,491 m (4,892 ft) tall.\n",
                       "2025-09-16");
    const auto claims = extract::extract(d, resources());
    const Claim* ash = need(claims, "about 8 km");
    CHECK(ash->attribute == "height");
    CHECK(ash->subject.key == "story:eruption");
    CHECK(need(claims, "1,491 metres")->attribute == "elevation");
    CHECK(need(claims, "1,491 m")->attribute == "height");
    const Claim* last = need(claims, "2000");
    CHECK(last->subject.key != "story:eruption");
  }
  SUBCASE("a search story: names, depths, a measure written as an adjective, a relative clause's verb") {
    const auto d = doc("A search was under way on Monday for a submersible that lost contact on Sunday, the U.S. "
                       "Coast Guard said. The wreck lies about 12,500 feet below the surface. The 22-foot craft "
                       "vanished during a dive to the Empress of Halifax. DeepVenture Expeditions operates the "
                       "craft. DeepVenture charges $250,000 a seat. Texas Instruments said revenue rose 5%.\n",
                       "2025-06-19");
    extract::Options opt;
    std::vector<extract::EntityMention> entities;
    const auto claims = extract::extract(d, resources(), opt, &entities);
    CHECK(need(claims, "Monday")->attribute != "date.lose");
    CHECK(need(claims, "about 12,500 feet")->attribute == "depth");
    const Claim* craft = need(claims, "22-foot");
    CHECK(craft->subject.key == "thing:craft");
    CHECK(need(claims, "$250,000")->subject.key == "deepventure expeditions");
    bool coast_guard = false;
    bool ti_person = false;
    for (const auto& e : entities) {
      coast_guard = coast_guard || e.subject.key == "coast guard";
      ti_person = ti_person || (e.subject.kind == "person" && e.subject.surface == "Texas Instruments");
    }
    CHECK(coast_guard);
    CHECK(!ti_person);
  }
  SUBCASE("a figure in a relative clause takes no verb from past it; a filing's date; a decade as written") {
    const auto d = doc("Brightwell, which has about 9,000 employees and 415 locations, plans to close 120 of them. "
                       "Brightwell Home, the retailer that filed for bankruptcy this week, will close 11 stores. It "
                       "grew rapidly in the 1990s.\n",
                       "2025-01-15");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "415")->attribute.find("close") == std::string::npos);
    CHECK(need(claims, "this week")->attribute == "date.file");
    CHECK(need(claims, "the 1990s")->value.display == "1990s");
  }
  SUBCASE("a figure set against another clause's is not that clause's subject's; 'respectively'") {
    const auto d = doc("Samsung Electronics said demand was strong. Apple sold 50 million phones in the quarter, "
                       "while Samsung sold 60 million. Acme Corp and Globex Inc employ 3,000 and 1,200 people, "
                       "respectively.\n",
                       "2025-03-05");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "50 million")->subject.key.find("samsung") == std::string::npos);
    CHECK(need(claims, "60 million")->subject.key.find("samsung") != std::string::npos);
    CHECK(need(claims, "3,000")->subject.key == "acme");
    CHECK(need(claims, "1,200")->subject.key == "globex");
  }
  SUBCASE("an amount over a span of years has that span as its scope") {
    const auto d = doc("Acme Corp will invest $2 billion over five years. Workers want a 20% pay rise over three "
                       "years. Acme Corp will invest $500 million this year.\n",
                       "2025-03-05");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "$2 billion")->scope.phase == "over five years");
    CHECK(need(claims, "20%")->scope.phase == "over three years");
    CHECK(need(claims, "$500 million")->scope.phase.empty());
  }
  SUBCASE("an amount converted into another currency is only a conversion") {
    const auto d = doc("Hartwell Group agreed to pay a fine of £100m ($127m). It was fined €50m, or about $54m, "
                       "and $3m in costs.\n",
                       "2025-03-05");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "£100m")->scope.phase.empty());
    CHECK(need(claims, "$127m")->scope.phase == "converted");
    CHECK(need(claims, "about $54m")->scope.phase == "converted");
    CHECK(need(claims, "$3m")->scope.phase.empty());
    const auto u = doc("The bridge is 1.2 miles (2 km) long and 30 metres high.\n", "2025-03-05");
    const auto bridge = extract::extract(u, resources());
    CHECK(need(bridge, "1.2 miles")->scope.phase.empty());
    CHECK(need(bridge, "2 km")->scope.phase == "converted");
    CHECK(need(bridge, "30 metres")->scope.phase.empty());
  }
  SUBCASE("an event's measure dated to a day changes from day to day; a verb's level is a length's") {
    const auto d = doc("Hurricane Delia's winds reached 150 mph on Sunday. The river rose to 55.4 feet.\n",
                       "2025-06-09");
    const auto claims = extract::extract(d, resources());
    const Claim* winds = need(claims, "150 mph");
    CHECK(winds->attribute == "speed");
    CHECK(winds->changing);
    CHECK(winds->time.timex == "2025-06-08");
    CHECK(need(claims, "55.4 feet")->attribute == "level");
  }
  SUBCASE("a temperature above normal or a warming is a difference") {
    const auto d = doc("Temperatures will be 3C above normal this week. The planet has warmed by about 1.2C. It "
                       "was 41C in Seville on Monday.\n",
                       "2025-03-05");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "3C")->attribute == "temperature.change");
    CHECK(need(claims, "3C")->subject.key.rfind("thing:", 0) != 0);
    CHECK(need(claims, "about 1.2C")->attribute == "temperature.change");
    CHECK(need(claims, "41C")->attribute == "temperature");
  }
  SUBCASE("forecasters' figures are expectations; the month May is no modal") {
    const auto d = doc("Analysts expected Acme Corp to report revenue of $5 billion for the quarter. Economists "
                       "polled by Reuters had forecast inflation of 3.1% in May. Inflation was 3.3% in May.\n",
                       "2025-06-15");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "$5 billion")->scope.phase == "expected");
    CHECK(need(claims, "3.1%")->scope.phase == "expected");
    const Claim* actual = need(claims, "3.3%");
    CHECK(actual->scope.phase.empty());
    CHECK(actual->certainty == "asserted");
  }
  SUBCASE("a change is the change of the day written after it") {
    const auto d = doc("Shares of Acme Corp fell 5% on Tuesday after the report.\n", "2025-03-06");
    const auto claims = extract::extract(d, resources());
    const Claim* fell = need(claims, "5%");
    CHECK(fell->attribute.rfind("change.", 0) == 0);
    CHECK(fell->time.source == "explicit");
    CHECK(fell->time.timex == "2025-03-04");
    const auto r = doc("Acme Corp's revenue rose 12% to $4.5 billion in 2024.\n", "2025-03-06");
    const auto rose = extract::extract(r, resources());
    CHECK(need(rose, "12%")->time.timex == "2024");
  }
  SUBCASE("an amount reckoned before or without fees, taxes or a premium is another measure") {
    const auto d = doc("The painting sold for $30 million before fees. The sculpture sold for $12 million, excluding "
                       "the buyer's premium. The drawing sold for $2 million net of taxes. The vase sold for $1 "
                       "million. The bowl sold for $3 million with fees.\n",
                       "2025-05-14");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "$30 million")->scope.phase == "before fee");
    const Claim* with = need(claims, "$3 million");
    CHECK(with->scope.phase == "including fee");
    CHECK(with->attribute != "fee");
    CHECK(need(claims, "$12 million")->scope.phase == "excluding premium");
    const Claim* net = need(claims, "$2 million");
    CHECK(net->scope.phase == "excluding tax");
    CHECK(net->attribute != "tax");
    CHECK(need(claims, "$1 million")->scope.phase.empty());
  }
  SUBCASE("delivered, produced, destroyed and damaged are figures of their own; a figure's period is its scope") {
    const auto d = doc("Acme Corp delivered 435,000 vehicles and produced 410,000 vehicles. The fire destroyed 120 "
                       "homes. Another 300 homes were damaged. Acme Corp reported revenue of $5.2 billion for the "
                       "quarter.\n",
                       "2025-05-01");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "435,000")->attribute == "vehicles.deliver");
    CHECK(need(claims, "410,000")->attribute == "vehicles.produce");
    CHECK(need(claims, "120")->attribute == "homes.destroy");
    CHECK(need(claims, "$5.2 billion")->scope.phase == "quarter");
    const auto fy = doc("The Denver City Council approved a $12.1 billion budget for fiscal year 2026.\n", "2025-06-05");
    const auto budget = extract::extract(fy, resources());
    CHECK(need(budget, "$12.1 billion")->scope.phase.empty());
    CHECK(need(budget, "$12.1 billion")->time.timex == "2026");
    const auto h = doc("The median home price rose to $420,000. The average sale price was $510,000.\n", "2025-05-01");
    const auto homes = extract::extract(h, resources());
    CHECK(need(homes, "$420,000")->scope.phase == "median");
    CHECK(need(homes, "$510,000")->scope.phase == "average");
  }
  SUBCASE("a verdict: a person speaking after the figure is no subject; a subordinate clause's verb is not the date's") {
    const auto d = doc("A jury ordered Norchem Industries to pay $200 million. The verdict includes $150 million in "
                       "punitive damages, the family's lawyer, Ana Ruiz, said. Norchem Industries shares fell 4% on "
                       "Tuesday after a jury ordered the company to pay.\n",
                       "2026-05-13");
    const auto claims = extract::extract(d, resources());
    const Claim* punitive = need(claims, "$150 million");
    CHECK(punitive->subject.key == "norchem");
    CHECK(punitive->scope.phase == "punitive");
    CHECK(need(claims, "Tuesday")->attribute != "date.ban");
  }
  SUBCASE("a launch: model numbers in names, a name that is also a word, a coordinated model, a starting price") {
    const auto d = doc("Orbit on Tuesday unveiled the Pulse 7 and the Pulse 7 Pro. The Pulse 7 starts at $799 and the "
                       "Pulse 7 Pro at $1,099, according to Orbit. Orbit sold about 48 million phones last year.\n",
                       "2026-09-08");
    const auto claims = extract::extract(d, resources());
    const Claim* base = need(claims, "$799");
    CHECK(base->subject.key == "pulse 7");
    CHECK(base->attribute == "price");
    CHECK(need(claims, "$1,099")->subject.key == "pulse 7 pro");
    CHECK(need(claims, "about 48 million")->subject.key == "orbit");
  }
  SUBCASE("a poll: its figures are its own, 'leads X 48% to 44%' gives each candidate a share, its sample") {
    const auto d = doc("A Ledger poll released on Monday shows Governor Ruth Alvarez leading challenger Mark Feld 48% "
                       "to 44%. The poll of 1,012 likely voters was conducted Oct. 14-17. A Horizon Research survey "
                       "found the race tied at 46%.\n",
                       "2026-10-20");
    const auto claims = extract::extract(d, resources());
    const Claim* lead = need(claims, "48%");
    CHECK(lead->subject.key == "person:ruth alvarez");
    CHECK(lead->attribute == "share.vote");
    CHECK(lead->scope.population == "ledger poll");
    CHECK_FALSE(lead->changing);
    const Claim* trail = need(claims, "44%");
    CHECK(trail->subject.key == "person:mark feld");
    const Claim* sample = need(claims, "1,012");
    CHECK(sample->attribute == "sample");
    CHECK(sample->subject.key == "ledger");
    CHECK(need(claims, "46%")->scope.population == "horizon research poll");
  }
  SUBCASE("a dateline's next word opens the sentence; a portfolio before a title is no name; 'underground' is depth") {
    const auto d = doc("SANTIAGO, Feb 2 (Andes Wire) - Rescuers were drilling toward 33 miners trapped about 700 "
                       "metres underground at the San Telmo mine, Mining Minister Luis Prado said.\n",
                       "2026-02-02");
    const auto claims = extract::extract(d, resources());
    const Claim* trapped = need(claims, "33");
    CHECK(trapped->subject.key != "rescuers");
    CHECK(trapped->subject.key != "mining");
    CHECK(need(claims, "about 700 metres")->attribute == "depth");
  }
  SUBCASE("a budget: GDP is no name, borrowing is a role across a predicate, growing by 0.8% is growth") {
    const auto d = doc("Debt will stand at 98% of GDP by 2028. Government borrowing is expected to reach £87.2bn, the "
                       "Treasury said. The Treasury expects the economy to grow by 0.8% this year.\n",
                       "2026-03-18");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "98%")->subject.key != "gdp");
    CHECK(need(claims, "£87.2bn")->attribute == "borrowing");
    const Claim* growth = need(claims, "0.8%");
    CHECK(growth->attribute == "share.growth");
    CHECK(growth->time.timex == "2026");
  }
  SUBCASE("scores and tallies: '3-1' after 'beat', '51-49' after 'voted', a series apart") {
    const auto d = doc("Arsenal beat Chelsea 3-1 on Saturday. The Senate voted 51-49 to approve the bill. The Knicks "
                       "lead the series 3-1.\n",
                       "2026-03-01");
    const auto claims = extract::extract(d, resources());
    std::vector<const Claim*> pairs;
    for (const auto& c : claims) {
      if (c.rule == "tally") {
        pairs.push_back(&c);
      }
    }
    const auto t = doc("Carlos Alcaraz beat Jannik Sinner 6-3, 6-4 on Sunday.\n", "2026-07-12");
    const auto tennis = extract::extract(t, resources());
    CHECK(need(tennis, "6-3, 6-4")->value.text == "6-3 6-4");
    REQUIRE(pairs.size() == 3);
    CHECK(pairs[0]->attribute == "score");
    CHECK(pairs[0]->value.text == "3-1");
    CHECK(pairs[0]->subject.key == "arsenal");
    CHECK(pairs[1]->attribute == "tally");
    CHECK(pairs[1]->value.text == "51-49");
    CHECK(pairs[2]->attribute == "score.series");
  }
  SUBCASE("a match: a role word opening a name, 'the striker', a relative clause's antecedent, the loser after 'over'") {
    const auto d = doc("Striker Luca Moretti, 27, scored twice for Harbor City, who have now won eight straight league "
                       "matches. The striker, who has 21 goals this season, scored in the 3-1 victory over Riverton.\n",
                       "2026-04-12");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "27")->subject.key == "person:luca moretti");
    const Claim* streak = need(claims, "eight");
    CHECK(streak->subject.key == "harbor city");
    CHECK(streak->attribute == "games");
    CHECK(need(claims, "21")->subject.key == "person:luca moretti");
    CHECK(need(claims, "3-1")->subject.key != "riverton");
  }
  SUBCASE("a launch: the satellite's weight is the satellite's and asserted; an orbit's altitude; lift-off") {
    const auto d = doc("The Vega 4 rocket carrying a weather satellite lifted off at 10:32 a.m. on Thursday. The "
                       "satellite, which weighs 4,600 kg, will circle the Earth at about 800 km above the Earth.\n",
                       "2026-06-11");
    const auto claims = extract::extract(d, resources());
    const Claim* mass = need(claims, "4,600 kg");
    CHECK(mass->subject.key == "thing:satellite");
    CHECK(mass->certainty == "asserted");
    CHECK(need(claims, "about 800 km")->attribute == "altitude");
    CHECK(need(claims, "10:32 a.m.")->attribute == "date.liftoff");
  }
  SUBCASE("'closed at $45.20, up 4%' in a sentence about shares is the shares' change") {
    const auto d = doc("Acme Corp shares closed at $45.20 on Monday, up 4%.\n", "2026-03-02");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "4%")->attribute == "change.share");
  }
  SUBCASE("a listing: money raised is funding, a loss on revenue, a price per share, a founder's year, 'could'") {
    const auto d = doc("Norvik Labs Inc priced its initial public offering at $21 a share on Tuesday, raising $630 "
                       "million. Norvik Labs lost $58 million in 2025 on revenue of $310 million. It sold 30 million "
                       "shares at $21. Chief executive Ana Ruiz, who co-founded the company in 2015, spoke on "
                       "Wednesday. The offering could reach $724.5 million.\n",
                       "2026-06-10");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "$630 million")->attribute == "funding");
    CHECK(need(claims, "$58 million")->attribute == "loss");
    CHECK(need(claims, "$310 million")->attribute == "revenue");
    const Claim* founded = need(claims, "2015");
    CHECK(founded->attribute == "date.found");
    CHECK(founded->subject.key == "norvik");
    CHECK(need(claims, "$724.5 million")->certainty == "considered");
    std::size_t per_share = 0;
    for (const auto& c : claims) {
      per_share += c.text == "$21" && c.attribute == "price.per_share" ? 1 : 0;
    }
    CHECK(per_share == 2);  // "at $21 a share", "sold 30 million shares at $21"
  }
  SUBCASE("a change set off after an amount is the amount's change, for its period") {
    const auto d = doc("Norvik Labs reported revenue of $310 million last year, up 42% from 2024. Norvik Labs said "
                       "its sales rose 12% last year to $90 million.\n",
                       "2026-06-10");
    const auto claims = extract::extract(d, resources());
    const Claim* up = need(claims, "42%");
    CHECK(up->attribute == "change.revenue");
    CHECK(up->time.timex == "2025");
    CHECK(need(claims, "$90 million")->attribute == "sales");
  }
  SUBCASE("a market report: compound and adverb openers are no names, a cited source counts half for the topic") {
    const auto d = doc("Existing-home sales fell 2.7% in March, the National Association of Realtors said on "
                       "Tuesday. The median price rose 3.1% from a year earlier to $403,700. First-time buyers made "
                       "up 31% of sales. Nationally, mortgage rates were 6.8% last week, according to Freddie Mac.\n",
                       "2026-04-21");
    const auto claims = extract::extract(d, resources());
    for (const auto& c : claims) {
      CHECK(c.subject.key != "first-time");
      CHECK(c.subject.key != "nationally");
      CHECK(c.subject.key != "existing-home");
    }
    const Claim* price = need(claims, "$403,700");
    CHECK(price->attribute == "price");  // the role before the change verb, past "from a year earlier"
    CHECK(price->subject.key == need(claims, "2.7%")->subject.key);
    CHECK(need(claims, "31%")->subject.key == price->subject.key);
  }
  SUBCASE("a wage law: a size threshold, jobs a change could cost, a wage by the hour, 'the number of workers'") {
    const auto d = doc("Businesses with fewer than 26 employees get an extra year. The change could cost 30,000 jobs. "
                       "Fast-food workers already earn at least $20 an hour. The agency puts the number of workers "
                       "who will get a raise at 2.4 million. Acme, a company with 5,000 employees, backed it.\n",
                       "2026-03-05");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "fewer than 26")->attribute == "threshold.employees");
    CHECK(need(claims, "30,000")->attribute == "employees.cut");
    CHECK(need(claims, "at least $20")->attribute == "wage.per_hour");
    CHECK(need(claims, "2.4 million")->attribute == "employees");
    CHECK(need(claims, "5,000")->attribute == "employees");
    for (const auto& c : claims) {
      CHECK(c.text != "an hour");  // the rate's unit, not a duration
    }
  }
  SUBCASE("an amount right after a verb of change is the change; money raised is not") {
    const auto d = doc("Telerate shares fell 50 cents on Friday to close at $20 each. Telerate raised $500 million "
                       "in May.\n",
                       "1989-11-02");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "50 cents")->attribute == "change");
    CHECK(need(claims, "$20")->attribute == "close");
    CHECK(need(claims, "$500 million")->attribute.rfind("change", 0) != 0);
  }
  SUBCASE("tariffs: rates by the goods they are charged on, coordinated rates, set not measured") {
    const auto d = doc("The Commerce Department will impose a 25% tariff on imported steel and a 15% tariff on solar "
                       "panels. New U.S. tariffs of 25% on steel imports and 15% on solar panels start soon. Existing "
                       "tariffs of 10% on aluminum remain. Imports of steel rose 12% in the first half.\n",
                       "2026-08-03");
    const auto claims = extract::extract(d, resources());
    std::vector<std::string> scopes;
    for (const auto& c : claims) {
      if (c.attribute == "share.tariff") {
        scopes.push_back(c.scope.population);
        CHECK_FALSE(c.changing);
      }
      CHECK(c.subject.key != "new u.s.");
    }
    CHECK(scopes == std::vector<std::string>{"on steel", "on solar", "on steel", "on solar", "on aluminum"});
    CHECK(need(claims, "12%")->attribute == "change.import");
  }
  SUBCASE("a spill: released and recovered oil, a dateline's place, a spot off the coast, what a thing has") {
    const auto d = doc("HARBOR POINT (Coastal Wire) - A ruptured pipeline spilled about 3,000 barrels of crude oil "
                       "into the ocean off Harbor Point, the pipeline's operator, Meridian Pipeline Co, said on "
                       "Sunday. The slick covers 13 square miles, the Coast Guard said. Crews collected 450 barrels "
                       "of oil. The company said the pipeline was installed in 1984. The 17-mile pipeline has three "
                       "valves.\n",
                       "2026-10-12");
    const auto claims = extract::extract(d, resources());
    const Claim* spilled = need(claims, "about 3,000 barrels");
    CHECK(spilled->attribute == "oil.release");
    CHECK(spilled->subject.key == "meridian pipeline");
    CHECK(need(claims, "450 barrels")->attribute == "oil.recover");
    const Claim* installed = need(claims, "1984");
    CHECK(installed->attribute == "date.open");
    CHECK(installed->subject.key == "thing:pipeline");
    CHECK(need(claims, "three")->subject.key == "thing:pipeline");
    CHECK(need(claims, "13 square miles")->subject.key != "harbor point");
  }
  SUBCASE("a box office: markets, 'the film' for a quoted title, another film's debut, an example in passing") {
    const auto d = doc("\"Starfall,\" the epic from Halcyon Pictures, added $142 million from international markets, "
                       "for a global opening of $260 million. The film opened to $121 million domestically and $142 "
                       "million abroad, ahead of the $96 million debut of \"Harbor Lights\" in May. Screens such as "
                       "IMAX accounted for 22% of the total.\n",
                       "2026-07-12");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "$260 million")->scope.phase == "market:world");
    CHECK(need(claims, "$121 million")->scope.phase == "market:home");
    CHECK(need(claims, "$121 million")->subject.key == "starfall");
    std::size_t abroad = 0;
    for (const auto& c : claims) {
      abroad += c.text == "$142 million" && c.scope.phase == "market:abroad" ? 1 : 0;
    }
    CHECK(abroad == 2);
    CHECK(need(claims, "$96 million")->subject.key == "harbor lights");
  }
  SUBCASE("an asteroid: a designated name, how near it passes, the Moon's distance in a relative clause") {
    const auto d = doc("The asteroid 2026 RK4, found on September 13, will pass within 1.2 million miles of Earth. "
                       "The asteroid is roughly 400 to 850 feet across. The asteroid will be five times farther "
                       "away than the Moon, which orbits at an average distance of 238,900 miles.\n",
                       "2026-09-23");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "September 13")->attribute == "date.discover");
    CHECK(need(claims, "1.2 million miles")->attribute == "distance");
    const Claim* size = need(claims, "roughly 400 to 850 feet");
    CHECK(size->value.display == "roughly 400 to 850 feet");
    CHECK(need(claims, "238,900 miles")->subject.key != size->subject.key);
  }
  SUBCASE("school closures: a district is a body, a date after another figure, staff cut, money saved") {
    const auto d = doc("The Lakewood Unified School District will close six schools. Enrollment has fallen to 38,500 "
                       "students from about 45,000 in 2016. The closures will save $14 million a year. The district "
                       "said 40 staff positions will be cut.\n",
                       "2026-02-10");
    const auto claims = extract::extract(d, resources());
    const Claim* now = need(claims, "38,500");
    CHECK(now->subject.key == "lakewood unified school district");
    CHECK(now->subject.kind == "org");
    CHECK(now->time.source == "publication");  // "in 2016" is the earlier figure's
    CHECK(need(claims, "about 45,000")->time.timex == "2016");
    CHECK(need(claims, "$14 million")->attribute == "savings.per_year");
    CHECK(need(claims, "40")->attribute == "employees.cut");
  }
  SUBCASE("an emergency landing: a clock time on the day named before, fire officials, passengers treated") {
    const auto d = doc("A jet carrying 186 passengers made an emergency landing in Denver on Saturday. It left at 7:45 "
                       "a.m. and had climbed to 11,000 feet before the crew turned back. Three passengers were "
                       "treated for minor injuries, fire officials said.\n",
                       "2026-04-05");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "7:45 a.m.")->value.timex == "2026-04-04T07:45");
    CHECK(need(claims, "11,000 feet")->attribute == "level");
    CHECK(need(claims, "Three")->attribute == "injuries");
    CHECK(need(claims, "186")->subject.key != "story:fire");
  }
  SUBCASE("'Kestrel Foods' and 'Kestrel' are one company") {
    const auto d = doc("Jo Osei joined Kestrel Foods in 2011. Kestrel has offices in Minneapolis and Toronto.\n",
                       "2025-06-03");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "has offices in Minneapolis and Toronto")->subject.key == "kestrel foods");
  }
  SUBCASE("'Austin-based Acme' says where Acme is; 'will pay $1.25 billion for Bolt' is the deal's price") {
    const auto d = doc("Austin-based Acme Corp said on Monday it will pay $1.25 billion for Bolt Inc.\n", "2025-05-01");
    const auto claims = extract::extract(d, resources());
    const Claim* hq = need(claims, "Austin-based");
    CHECK(hq->attribute == "headquarters");
    CHECK(hq->subject.key == "acme");
    CHECK(hq->value.kind == ValueKind::place);
    const Claim* price = need(claims, "$1.25 billion");
    CHECK(price->attribute == "deal");
    CHECK(price->subject.key == "acme+bolt");
  }
  SUBCASE("a founding is the organization's; an unnamed law's effective date is the law's") {
    const auto d = doc("The new law takes effect on January 2. John Doe founded Acme Corp in 1999 in his garage.\n",
                       "2025-09-11");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "January 2")->subject.key == "thing:law");
    CHECK(need(claims, "1999")->subject.key == "acme");
  }
  SUBCASE("an ordinal on what the verb acts on tells dates of two events apart") {
    const auto d = doc("Acme Corp opened its first store in 1998. Acme Corp opened its 100th store in 2005.\n",
                       "2025-05-01");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "1998")->scope.population == "first");
    CHECK(need(claims, "2005")->scope.population == "100th");
  }
  SUBCASE("a title set off after a name makes a person and a title claim") {
    const auto d = doc("Jane Doe, Acme's chief executive officer, declined to comment.\n", "2025-05-01");
    const auto claims = extract::extract(d, resources());
    const Claim* title = need(claims, "Jane Doe, Acme's chief executive officer");
    CHECK(title->subject.key == "person:jane doe");
    CHECK(title->attribute == "title");
  }
  SUBCASE("'No one was injured' is a toll of zero; 'two workers were injured' a toll; a denial is negated") {
    const auto d = doc("No one was injured in the fire at the Acme plant. Two workers were injured in the fire. "
                       "Acme Corp denied that it would cut 300 jobs at its Ohio plant.\n",
                       "2025-05-01");
    const auto claims = extract::extract(d, resources());
    const Claim* zero = need(claims, "No one");
    CHECK(zero->attribute == "injuries");
    CHECK(*zero->value.num.low == 0);
    CHECK(need(claims, "Two")->attribute == "injuries");
    CHECK(need(claims, "300")->certainty == "negated");
  }
  SUBCASE("a cue word used as a noun is no cue: 'In its main study, people lost 13.6%'") {
    const auto d = doc("In its main study, people on the highest dose lost 13.6% of their body weight. "
                       "Acme Corp may study whether to cut 300 jobs.\n",
                       "2026-05-08");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "13.6%")->certainty == "asserted");
    CHECK(need(claims, "300")->certainty == "considered");
  }
  SUBCASE("a framing date sets the claim's time") {
    const auto d = doc("In 2017, Acme Corp had about 300 North American employees.\n");
    const auto claims = extract::extract(d, resources());
    const Claim* c = need(claims, "about 300");
    CHECK(c->time.source == "explicit");
    CHECK(c->time.timex == "2017");
    CHECK(c->scope.place == "region/north-america");
    CHECK(c->value.num.approximate);
  }
  SUBCASE("a year or month after the figure dates it, unless another clause holds it") {
    const auto d = doc("Across the state, 310 cases were reported last year. "
                       "Acme Corp said 4.1 million customers were exposed in the breach it discovered in May.\n",
                       "2025-07-15");
    const auto claims = extract::extract(d, resources());
    const Claim* state = need(claims, "310");
    const Claim* exposed = need(claims, "4.1 million");
    CHECK(state->time.timex == "2024");
    CHECK(state->scope.place == "region:state");  // a place that opens the sentence scopes it
    CHECK(exposed->time.source == "publication");
  }
  SUBCASE("layoffs: a phrasal verb, the share of a count, a past month, the dateline's day") {
    const auto d = doc("SEATTLE, Jan 10 (Briefwire) - Streamly Inc would lay off about 1,100 employees, "
                       "or roughly 12% of its staff. In March, Streamly eliminated 600 positions.\n",
                       "2024-01-11");
    const auto claims = extract::extract(d, resources());
    const Claim* cut = need(claims, "about 1,100");
    const Claim* share = need(claims, "roughly 12%");
    const Claim* march = need(claims, "March");
    CHECK(cut->attribute == "employees.cut");  // "lay off", not "lie off"
    CHECK(cut->time.source == "dateline");
    CHECK(cut->time.timex == "2024-01-10");
    CHECK(share->attribute == "share.employees.cut");
    CHECK(march->value.timex == "2023-03");  // "eliminated": the March before
  }
  SUBCASE("a change gives its new figure; tiers, effective dates and revenue") {
    const auto d = doc("RIVERTON, Dec 11 (Citywire) - The Riverton Transit Authority on Wednesday proposed raising the "
                       "base fare for buses and subways from $2.75 to $3.25. "
                       "The board approved an increase in the base fare, to $3.00 from $2.75, effective March 1. "
                       "Reduced fares for seniors and people with disabilities would rise from $1.35 to $1.60. "
                       "The fare increase will raise about $38 million annually, the authority said.\n",
                       "2025-12-12");
    const auto claims = extract::extract(d, resources());
    const Claim* proposed = need(claims, "$2.75 to $3.25");
    const Claim* seniors = need(claims, "$1.35 to $1.60");
    const Claim* revenue = need(claims, "about $38 million");
    const Claim* effective = need(claims, "March 1");
    CHECK(proposed->attribute == "fare");
    CHECK(*proposed->value.num.low == doctest::Approx(3.25));  // the new fare, not a range of fares
    CHECK(*proposed->value.num.high == doctest::Approx(3.25));
    CHECK(proposed->subject.key == "riverton transit authority");  // a public body is the topic when no firm is named
    CHECK(seniors->attribute == "fare");
    CHECK(seniors->scope.population == "seniors");
    CHECK(*seniors->value.num.low == doctest::Approx(1.6));
    CHECK(revenue->attribute == "revenue.per_year");
    CHECK(effective->attribute == "date.effective");
    CHECK(find(claims, "$2.75") == nullptr);  // "to $3.00 from $2.75": the old fare
    CHECK(find(claims, "Dec 11") == nullptr);  // the dateline
  }
  SUBCASE("an accident: who was aboard, harm nouns over earlier roles, distances") {
    const auto d = doc("Jet overruns runway\n\n"
                       "PORTO VALE, March 2 (Globalwire) - A jet carrying 142 passengers and six crew members crashed. "
                       "Three people were killed and more than 40 injured in the crash. There were 148 people on board. "
                       "It came to rest about 200 meters beyond the end of the runway. The runway is 2,400 meters long.\n",
                       "2025-03-02");
    const auto claims = extract::extract(d, resources());
    const Claim* pax = need(claims, "142");
    const Claim* crew = need(claims, "six");
    const Claim* injured = need(claims, "more than 40");
    const Claim* dead = need(claims, "Three");
    const Claim* aboard = need(claims, "148");
    const Claim* beyond = need(claims, "about 200 meters");
    const Claim* runway = need(claims, "2,400 meters");
    CHECK(pax->attribute == "passengers");
    CHECK(crew->attribute == "crew");  // "crew members", not members of anything
    CHECK(injured->attribute == "injuries");  // not the "killed" of the clause before
    CHECK(dead->scope.population.empty());  // "more" is the next figure's
    CHECK(aboard->attribute == "aboard");
    CHECK(aboard->subject.key == "story:crash");
    CHECK(pax->subject.key != "globalwire");  // the wire credit is no subject
    CHECK(beyond->attribute == "distance");
    CHECK(runway->attribute == "length");
  }
  SUBCASE("a jet's passengers are the flight's, and a crash outranks the jet") {
    const auto d = doc("Jet makes emergency landing\n\nDENVER (Air Wire) - An Acme Airlines jet carrying 186 "
                       "passengers and six crew members made an emergency landing on Saturday. The Boeing 737, "
                       "with 168 passengers aboard, landed safely.\n",
                       "2026-04-05");
    const auto claims = extract::extract(d, resources());
    const Claim* first = need(claims, "186");
    const Claim* second = need(claims, "168");
    CHECK(first->subject.key == "story:flight");
    CHECK(first->subject.parent == "story:");  // weak: joins the corpus's story event
    CHECK(second->subject.key == "story:flight");
    const auto hurt = extract::extract(doc("A jet made an emergency landing. Three people were taken to a hospital "
                                           "with minor injuries. Two others were taken to hospital.\n",
                                           "2026-04-05"),
                                       resources());
    CHECK(need(hurt, "Three")->attribute == "injuries");  // the injuries say what the count is
    CHECK(need(hurt, "Two")->attribute == "hospitalized");
    const auto crash = doc("Jet crash kills three\n\nA jet carrying 142 passengers crashed on Sunday, killing three "
                           "people. The Acme flight was arriving from Lisbon.\n",
                           "2025-03-02");
    const auto more = extract::extract(crash, resources());
    CHECK(need(more, "142")->subject.key == "story:crash");
    CHECK(need(more, "142")->subject.parent.empty());
  }
  SUBCASE("a theft: the men who stole, the source cited, worth, what remains, participles, centuries") {
    const auto d = doc("Thieves stole jewels from the Acme Museum on Saturday. Police in Springfield are searching "
                       "for four men who stole nine pieces of 19th-century jewelry from the Acme Museum. The jewels "
                       "are valued at 11 million euros, according to the museum's director, Jan Smit. The stolen "
                       "items are worth an estimated $12 million. The remaining jewels are worth about $9 million. "
                       "Police arrested two men and recovered three of the eight stolen pieces.\n",
                       "2026-02-15");
    const auto claims = extract::extract(d, resources());
    const Claim* nine = need(claims, "nine");
    CHECK(nine->subject.key == "acme museum");  // not the police's: a relative clause on "men"
    CHECK(nine->attribute == "piece.affect");
    CHECK(need(claims, "11 million euros")->subject.key == "acme museum");  // the director is the source
    const auto opening = extract::extract(doc("Thieves stole jewels from the Acme Museum. According to the museum's "
                                              "director, Jan Smit, the jewels are worth 11 million euros.\n",
                                              "2026-02-15"),
                                          resources());
    CHECK(need(opening, "11 million euros")->subject.key == "acme museum");  // an opening "According to" too
    const auto website = extract::extract(doc("According to its website, Acme Corp employs about 500 people, "
                                              "most of them in its North American division.\n",
                                              "2026-02-15"),
                                          resources());
    CHECK(need(website, "about 500")->subject.key == "acme");  // the phrase ends at its first comma
    CHECK(need(claims, "an estimated $12 million")->attribute == "value");   // worth: the value
    CHECK(need(claims, "about $9 million")->scope.population == "part");     // what remains
    CHECK(need(claims, "two")->attribute == "man.arrest");
    CHECK(need(claims, "eight")->attribute == "piece.affect");  // "stolen pieces"
    CHECK(need(claims, "three")->scope.population == "part");
    for (const auto& c : claims) {
      CHECK(c.text.find("century") == std::string::npos);  // a thing's age, no date of an event
    }
  }
  SUBCASE("a census: places as subjects, regions by their kind, changes by and to, the year to a month") {
    const auto d = doc("Springfield's population grew 3.1% in the year to July 2025, to about 251,000. Ada County, "
                       "which includes Springfield, grew 2.4% to 540,000. Idaho as a whole grew 1.9%. The nation's "
                       "population rose 0.9%. The city added roughly 7,600 residents. Births outnumbered deaths "
                       "by about 900. Its population grew by about 7,000 people.\n",
                       "2026-05-21");
    const auto claims = extract::extract(d, resources());
    const Claim* growth = need(claims, "3.1%");
    CHECK(growth->attribute == "change.population");
    CHECK(growth->time.timex == "2025-07");  // a change over a year, stamped at the month it ends
    CHECK(need(claims, "about 251,000")->attribute == "population");  // the level the change reached
    CHECK(need(claims, "2.4%")->subject.key == "place:ada county");   // past the relative clause
    CHECK(need(claims, "540,000")->subject.key == "place:ada county");
    CHECK(need(claims, "1.9%")->subject.key == "US-ID");
    CHECK(need(claims, "0.9%")->subject.key == "region:nation");
    CHECK(need(claims, "roughly 7,600")->attribute == "residents.gain");  // "added": a reporting verb too
    CHECK(need(claims, "about 900")->attribute == "margin");
    CHECK(need(claims, "about 7,000")->attribute == "change.population");
  }
  SUBCASE("an outbreak on a farm: a price per dozen, a superlative's year, a date before a reporting verb") {
    const auto d = doc("It is the largest outbreak in the state this year. Wholesale egg prices have risen 18% since "
                       "February, to $4.10 a dozen. State officials on Monday confirmed an outbreak at the farm.\n",
                       "2026-03-03");
    const auto claims = extract::extract(d, resources());
    for (const auto& c : claims) {
      CHECK(c.text != "a dozen");    // what the price is for, no count
      CHECK(c.text != "this year");  // what "the largest" ranks over, no date
    }
    CHECK(need(claims, "Monday")->attribute == "date.statement");
  }
  SUBCASE("a crowd crush: hurt after an auxiliary, the injured as a noun, another crush, a capacity") {
    const auto d = doc("Crowd crush at festival kills nine\n\nAt least nine people died and 52 were hurt when the crowd surged "
                       "on Saturday. Six of the injured were in critical condition. The site has a capacity of "
                       "75,000. A similar crush at another festival in 2019 killed four people.\n",
                       "2026-08-16");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "52")->attribute == "injuries");  // "were hurt": a participle, not a noun
    const Claim* six = need(claims, "Six");
    CHECK(six->attribute == "injuries");  // "the injured were": the participle is the noun
    CHECK(six->scope.population == "part");
    CHECK(need(claims, "75,000")->attribute == "capacity");
    CHECK(need(claims, "four")->subject.key != need(claims, "At least nine")->subject.key);
  }
  SUBCASE("a blizzard: a storm's kind, snow depth whatever the verb") {
    const auto d = doc("Blizzard buries the city in snow\n\nA blizzard dumped 18.4 inches of snow on the city by Sunday "
                       "evening.\n",
                       "2026-01-26");
    const auto claims = extract::extract(d, resources());
    const Claim* snow = need(claims, "18.4 inches");
    CHECK(snow->attribute == "snow");  // not "released": a depth
    CHECK(snow->subject.key == "story:storm");
    CHECK(need(claims, "Sunday evening")->value.timex == "2026-01-25");
  }
  SUBCASE("a market report: points or percent, a change dated after the other measure, lost and gained") {
    const auto d = doc("The Dow Jones Industrial Average fell 1,210 points, or 3.1%, on Monday to close at 37,840. "
                       "The S&P 500 lost 3.4% and the Nasdaq Composite gained 0.2%.\n",
                       "2026-09-15");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "1,210")->attribute == "change.point");
    const Claim* pct = need(claims, "3.1%");
    CHECK(pct->attribute == "change");  // the same change in percent
    CHECK(pct->time.timex == "2026-09-14");
    CHECK(need(claims, "3.4%")->attribute == "change");  // "lost", not a share, nor "change.500"
    CHECK(need(claims, "0.2%")->attribute == "change");
  }
  SUBCASE("a tornado: parts of the toll, the storm, a rating, a time's colon, a day with its clock time") {
    const auto d = doc("Tornado kills seven in small town\n\nThe tornado that struck the town on Tuesday night killed "
                       "seven people, including two children, and sent 34 to hospitals. A survey upgraded the "
                       "tornado to an EF4, with winds estimated at 170 mph. The storm touched down at 8:15 p.m. "
                       "on Tuesday and traveled 24 miles, the weather service's office in Memphis said. The toll "
                       "rose to nine on Thursday after two people died of their injuries.\n",
                       "2026-04-17");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "two")->scope.population == "part");  // two children among the seven
    CHECK(need(claims, "34")->attribute == "hospitalized");    // a verb ends the list of parts
    const Claim* winds = need(claims, "estimated at 170 mph");
    CHECK(winds->value.num.low.value_or(0) < 170);             // an estimate: about 170
    const Claim* touch = need(claims, "8:15 p.m.");
    CHECK(touch->subject.key == "story:tornado");              // "the storm" names the tornado
    CHECK(touch->value.timex == "2026-04-14T20:15");
    CHECK(find(claims, "Tuesday") == nullptr);                 // the day is the clock time's
    CHECK(need(claims, "24 miles")->subject.key == "story:tornado");  // past the colon of "8:15"
    for (const auto& c : claims) {
      CHECK(c.subject.key.find("ef4") == std::string::npos);  // a rating, not an organization
      CHECK(c.subject.key.find("/office") == std::string::npos);  // not the topic's office
    }
    const Claim* later = nullptr;  // the second "two"
    for (const auto& c : claims) {
      later = c.text == "two" ? &c : later;
    }
    REQUIRE(later != nullptr);
    CHECK(later->value.unit == "people");
    CHECK(later->attribute == "deaths");
    CHECK(later->scope.population == "part");  // added to the toll, not the toll
  }
  SUBCASE("a jobs report: the economy's figures, not the agency's; a dated old figure; synonyms in context") {
    const auto d = doc("US employers added 206,000 jobs in July\n\nU.S. employers added 206,000 jobs in July, more "
                       "than economists had expected, the Labor Department said on Friday. The unemployment rate "
                       "rose to 4.3% from 4.1% in June.\n",
                       "2026-08-07");
    const auto claims = extract::extract(d, resources());
    const Claim* jobs = need(claims, "206,000");
    CHECK(jobs->subject.key == "story:economy");  // not the Labor Department, which tells it
    CHECK(jobs->attribute == "employees.hire");   // "added" right before the number
    CHECK(need(claims, "4.3%")->subject.key == "story:economy");
    const Claim* june = need(claims, "4.1%");     // June's level, kept with its month
    CHECK(june->time.timex == "2026-06");
    const auto later = doc("Fed officials weigh July jobs data\n\nFriday's report showed that employers added "
                           "206,000 positions in July, while the unemployment rate ticked up to 4.3%.\n",
                           "2026-08-10");
    CHECK(need(extract::extract(later, resources()), "4.3%")->time.timex == "2026-08-07");  // the report's day
    const Claim* rate = need(claims, "4.3%");  // "jobless" and "unemployment" share a frame
    CHECK(std::find(rate->context.begin(), rate->context.end(), "frame.unemployment") != rate->context.end());
  }
  SUBCASE("a protest: the crowd by any verb, arrests add up") {
    const auto d = doc("Thousands march against pension reform\n\nTens of thousands of people marched through the "
                       "capital on Saturday. Police put the crowd at 45,000, while organizers said more than 120,000 "
                       "took part. Police said 12 people were detained. A similar protest in 2019, which police said "
                       "drew 250,000 people, ended peacefully.\n",
                       "2026-09-20");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "45,000")->attribute == "attendance");
    const Claim* organizers = need(claims, "more than 120,000");  // the verb after the count
    CHECK(organizers->attribute == "attendance");
    CHECK(organizers->value.unit.empty());  // "took part" counts no "part"
    CHECK(need(claims, "250,000")->attribute == "attendance");  // the verb right before it
    const Claim* detained = need(claims, "12");
    CHECK(detained->attribute == "people.arrest");
    CHECK(detained->changing);  // arrests add up over days
  }
  SUBCASE("unnamed speakers: police, a police spokesman, state emergency officials") {
    const auto d = doc("Storm kills seven in town\n\nThe storm killed seven people, state emergency officials said. "
                       "Fourteen people were detained, a police spokesman said. Police put the crowd at 45,000, "
                       "while organizers said more than 120,000 took part.\n",
                       "2026-04-15");
    const auto claims = extract::extract(d, resources());
    const Claim* dead = need(claims, "seven");
    CHECK(dead->attribution.speaker == "@state emergency officials");
    CHECK(dead->certainty == "reported");
    CHECK(need(claims, "Fourteen")->attribution.speaker == "@police spokesman");
    CHECK(need(claims, "45,000")->attribution.speaker != "@organizers");  // the speaker of another clause
  }
  SUBCASE("an obituary: ages, birth, the first person of a last name") {
    const auto d = doc("Jazz pianist dies\n\nMarcus Bell, the jazz pianist, died on Sunday at his home. He was 87. "
                       "His daughter, Alicia Bell, said the cause was heart failure. Bell, who was born in Memphis, "
                       "Tennessee, in 1937, released 42 albums. A memorial for Marcus Bell, who died on Sunday at "
                       "87, will be held on May 30.\n",
                       "2026-05-20");
    const auto claims = extract::extract(d, resources());
    const Claim* age = need(claims, "87");
    CHECK(age->attribute == "age");                      // "He was 87."
    CHECK(age->subject.key == "person:marcus bell");     // not the daughter, named after
    const Claim* born = need(claims, "1937");
    CHECK(born->attribute == "date.birth");              // whatever the clause's verb
    CHECK(born->subject.key == "person:marcus bell");    // "Bell" is the first Bell
    CHECK(need(claims, "42")->time.timex == "2026-05-20");  // the birth frames nothing
    std::vector<const Claim*> ages;
    for (const auto& c : claims) {
      if (c.attribute == "age") {
        ages.push_back(&c);
      }
      CHECK(c.attribute != "deaths");  // "died ... at 87" is an age, not a toll
    }
    CHECK(ages.size() == 2);
    const Claim* died = nullptr;  // the second "Sunday": past, in a clause of its own
    for (const auto& c : claims) {
      died = c.text == "Sunday" ? &c : died;
    }
    REQUIRE(died != nullptr);
    CHECK(died->value.timex == "2026-05-17");
  }
  SUBCASE("a shipwreck: a nationality is no name, last week's event is this one, a distance off a coast") {
    const auto d = doc("Boat sinks\n\nAt least 78 bodies have been recovered after a fishing boat sank off the "
                       "Peloponnese on Wednesday, Greek officials said. The coast guard said 140 survivors had been "
                       "rescued. The boat sank about 50 miles southwest of the coast. The search for survivors of "
                       "last week's shipwreck, in which at least 82 people died, was scaled back.\n",
                       "2026-06-14");
    const auto claims = extract::extract(d, resources());
    const Claim* dead = need(claims, "At least 78");
    CHECK(dead->subject.key == "story:shipwreck");  // not "Greek", a nationality
    const Claim* rescued = need(claims, "140");
    CHECK(rescued->subject.key == "story:shipwreck");
    CHECK(std::find(rescued->context.begin(), rescued->context.end(), "people") != rescued->context.end());
    CHECK(need(claims, "about 50 miles")->attribute == "distance");  // no change: a bearing follows
    CHECK(need(claims, "at least 82")->subject.key == "story:shipwreck");  // "last week's" dates this one
    const auto carrying = doc("Boat capsizes\n\nThe boat was believed to be carrying about 400 people when it "
                              "capsized. The ferry was licensed to carry 150 passengers.\n",
                              "2026-06-14");
    const auto carried = extract::extract(carrying, resources());
    CHECK(need(carried, "about 400")->attribute == "aboard");  // those on board
    CHECK(need(carried, "150")->attribute == "capacity");      // what it may carry
  }
  SUBCASE("a museum: visitors are attendance, an end extended or moved, a name that only modifies") {
    const auto d = doc("Record year\n\nThe Louvre welcomed 9.1 million visitors in 2026, the museum said. Its "
                       "exhibition of late paintings has been extended until January 19. The Vermeer exhibition, "
                       "which has drawn about 650,000 visitors, will now close on January 12 instead of January 5. "
                       "The Louvre said it.\n",
                       "2027-01-05");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "9.1 million")->attribute == "attendance");
    const Claim* until = need(claims, "January 19");
    CHECK(until->attribute == "date.close");        // "extended until"
    CHECK(until->value.timex == "2027-01-19");      // a deadline ahead
    const Claim* close = need(claims, "January 12");
    CHECK(close->attribute == "date.close");
    CHECK(close->subject.key == "louvre");          // "The Vermeer exhibition": Vermeer only modifies it
    CHECK(std::find(close->context.begin(), close->context.end(), "frame.close") != close->context.end());
    CHECK(find(claims, "January 5") == nullptr);    // "instead of": the date given up
    CHECK(need(claims, "about 650,000")->subject.key == "louvre");
  }
  SUBCASE("a waiting list: a participle before a noun is no cue, a target, a unit word as a modifier") {
    const auto d = doc("Waiting list\n\nThe waiting list for planned hospital care in England stood at 7.28 "
                       "million at the end of September, according to NHS England. Some 59.8% of patients had been "
                       "waiting less than 18 weeks, against a target of 92%. Acme plans to close 40 stores.\n",
                       "2026-11-13");
    const auto claims = extract::extract(d, resources());
    const Claim* list = need(claims, "7.28 million");
    CHECK(list->certainty != "planned");  // "planned hospital care"
    CHECK(list->subject.key.find('/') == std::string::npos);  // "hospital care" names no unit
    CHECK(need(claims, "92%")->scope.phase == "target");
    CHECK(need(claims, "Some 59.8%")->scope.phase.empty());
    CHECK(need(claims, "40")->certainty == "planned");  // "plans to" still is a cue
  }
  SUBCASE("a medal table: kinds of medals, a country's medals at a named event, an earlier edition") {
    const auto d = doc("Hosts top table\n\nBERLIN (Sports Wire) - Germany finished top of the medal table at the "
                       "European Athletics Championships on Sunday with 14 gold medals and 31 medals in all. Britain "
                       "was second with 11 golds. Germany won 9 gold medals at the last championships, in Rome in "
                       "2024. Germany's 14 gold medals put the hosts clear.\n",
                       "2026-08-10");
    const auto claims = extract::extract(d, resources());
    const Claim* golds = need(claims, "14");
    CHECK(golds->attribute == "gold");   // the kind of medal is what is counted
    CHECK(golds->subject.key == "DE");   // the clause's subject, past the dateline
    CHECK(golds->scope.place.empty());   // "European" in the event's name is no scope
    const Claim* all = need(claims, "31");
    CHECK(all->attribute == "medal");
    CHECK(std::find(all->context.begin(), all->context.end(), "frame.total") != all->context.end());  // "in all"
    CHECK(need(claims, "11")->attribute == "gold");  // "golds"
    CHECK(need(claims, "9")->time.timex == "2024");  // ", in Rome in 2024"
    std::vector<const Claim*> fourteen;
    for (const auto& c : claims) {
      if (c.text == "14") {
        fourteen.push_back(&c);
      }
    }
    REQUIRE(fourteen.size() == 2);
    CHECK(fourteen[1]->subject.key == "DE");  // "Germany's 14 gold medals"
  }
  SUBCASE("a climate report: a year in the clause's subject dates its figures, a dateline city, a treaty") {
    const auto d = doc("Second-warmest year\n\nGENEVA (Science Wire) - Last year was the second-warmest since records "
                       "began, with the global average temperature 1.48C above pre-industrial levels, the World "
                       "Meteorological Organization said. Only 2024 was hotter, at 1.55C above the 1850-1900 average. "
                       "The Paris Agreement aims to limit warming to 1.5C. Global temperatures in 2025 were 1.45C "
                       "above pre-industrial levels. Acme on Monday said it would cut 900 jobs.\n",
                       "2027-01-10");
    const auto claims = extract::extract(d, resources());
    const Claim* last_year = need(claims, "1.48C");
    CHECK(last_year->time.timex == "2026");  // "Last year was ..., with"
    CHECK(last_year->subject.key == "world meteorological organization");  // not the Paris Agreement
    const Claim* record = need(claims, "1.55C");
    CHECK(record->time.timex == "2024");  // not the 1850-1900 reference period
    CHECK(need(claims, "1.45C")->time.timex == "2025");  // "Global temperatures in 2025 were"
    CHECK(need(claims, "900")->time.timex == "2027-01-10");  // a day before "said" dates the saying
    std::vector<extract::EntityMention> entities;
    extract::extract(d, resources(), extract::Options{}, &entities);
    REQUIRE_FALSE(entities.empty());
    CHECK(entities.front().subject.kind == "place");  // GENEVA, the dateline's city
  }
  SUBCASE("crossings: counts of people by what they did, the day they did it, running totals") {
    const auto d = doc("Crossings\n\nMore than 700 people crossed the English Channel in small boats on Saturday, "
                       "according to Home Office figures. French police said they had stopped 11 boats from leaving "
                       "beaches near Calais and Dunkirk. The number of people who have crossed the Channel in small "
                       "boats this year has passed 30,000, the Home Office said. The record year, 2022, saw 45,774 "
                       "arrivals. About 2,300 people have been returned to France.\n",
                       "2026-08-16");
    const auto claims = extract::extract(d, resources());
    const Claim* day = need(claims, "More than 700");
    CHECK(day->attribute == "people.cross");         // the verb right after the counted people
    CHECK(day->time.timex == "2026-08-15");          // the day it happened, not the report's
    CHECK(day->subject.key == "home office");        // not the Channel they crossed
    CHECK(need(claims, "11")->attribute == "vehicles.stop");
    const Claim* year = need(claims, "30,000");
    CHECK(year->changing);                           // this year's count so far
    CHECK(year->subject.key == "home office");
    const Claim* record = need(claims, "45,774");
    CHECK(record->attribute == "people");            // arrivals are people
    CHECK(record->time.timex == "2022");             // "The record year, 2022,"
    CHECK(need(claims, "About 2,300")->attribute == "people.return");  // "have been returned"
    std::vector<extract::EntityMention> entities;
    extract::extract(d, resources(), extract::Options{}, &entities);
    bool dunkirk = false;
    for (const auto& en : entities) {
      if (en.subject.surface == "Dunkirk") {
        dunkirk = true;
        CHECK(en.subject.kind == "place");  // joined to Calais after "near"
      }
      if (en.subject.surface == "Home Office") {
        CHECK(en.subject.kind == "org");
      }
    }
    CHECK(dunkirk);
  }
  SUBCASE("an output cut: measured changes, a relative clause's estimate, 'while' clauses, 'the kingdom'") {
    const auto d = doc("Producers cut output\n\nOPEC agreed on Sunday to cut output by 1.2 million barrels a day from "
                       "January, to prop up prices that have fallen by a fifth since the summer. Saudi Arabia will "
                       "carry 500,000 barrels a day of the reduction. The kingdom pumped 9 million barrels a day in "
                       "October. Saudi Arabia will make the biggest contribution, cutting 400,000 barrels a day, "
                       "while Russia will cut 300,000 barrels a day. Global demand, which the group puts "
                       "at 103 million barrels a day, is rising. OPEC last cut output in October 2024, by 2 million "
                       "barrels a day. The satellite, which weighs 4,600 kg, is late.\n",
                       "2026-11-29");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "1.2 million barrels")->attribute == "change.volume");  // "cut output by"
    CHECK(need(claims, "500,000 barrels")->attribute == "change.volume");      // "of the reduction"
    CHECK(need(claims, "400,000 barrels")->attribute == "change.volume");      // "cutting"
    const Claim* russia = need(claims, "300,000 barrels");
    CHECK(russia->subject.key == "RU");  // the subject of the "while" clause
    const Claim* pumped = need(claims, "9 million barrels");
    CHECK(pumped->attribute == "volume");  // a level
    CHECK(pumped->subject.key == "SA");    // "The kingdom": the country last named
    CHECK(need(claims, "103 million barrels")->attribute == "volume.demand");
    CHECK(need(claims, "4,600 kg")->attribute == "mass");  // its own measure
    const Claim* last = need(claims, "2 million barrels");
    CHECK(last->time.timex == "2024-10");  // "in October 2024, by"
    CHECK(need(claims, "January")->attribute == "date.effective");  // a plan "from" a later date
    CHECK(need(claims, "a fifth")->scope.phase == "since the summer");
    // an organization word with no organization named, in an article about
    // a place: no one's, not the place's
    const auto place_doc = doc("Riyadh cuts\n\nSaudi Arabia will reduce its output by 500,000 barrels a day. "
                               "In total, the group will cut 1.2 million barrels a day.\n",
                               "2026-11-30");
    const auto place_claims = extract::extract(place_doc, resources());
    CHECK(need(place_claims, "500,000 barrels")->subject.key == "SA");
    CHECK(need(place_claims, "1.2 million barrels")->subject.key.empty());
  }
  SUBCASE("a drought: shares of capacity and of normal, a speaker of another's clause, fines per case") {
    const auto d = doc("Water limits ordered\n\nThe Valley Water Authority on Tuesday ordered water restrictions "
                       "after its reservoirs fell to 23% of capacity. The authority, which operates 12 reservoirs "
                       "in the Sierra foothills, said they held 31% of its capacity a month ago. The general "
                       "manager, Rosa Medina, spoke on Tuesday. Medina said the reservoirs were at their lowest "
                       "since 1977, when they dropped to 15% of capacity. The region has had 4.1 inches of rain "
                       "since January, about a third of normal. Fines start at $100 for a first violation and "
                       "rise to $500 for repeat offenders.\n",
                       "2026-10-21");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "23%")->attribute == "share.capacity");
    CHECK(need(claims, "31%")->attribute == "share.capacity");  // "of its capacity"
    const Claim* low = need(claims, "15%");
    CHECK(low->attribute == "share.capacity");  // whatever the verb ("dropped")
    CHECK(low->subject.key == "valley water authority");  // not Medina, who says it
    CHECK(low->time.timex == "1977");
    CHECK(need(claims, "about a third")->attribute == "share.normal");
    CHECK(need(claims, "12")->subject.key == "valley water authority");  // "The authority", not "Sierra"
    CHECK(need(claims, "$100")->scope.phase == "for first violation");
    CHECK(need(claims, "$500")->scope.phase == "for repeat offender");
  }
  SUBCASE("a concert tour: running totals, a cited trade outlet, the tour named by its noun, a year's tour") {
    const auto d = doc("Tour passes $400 million\n\nLena Marsh's Northern Lights tour has grossed $412 million "
                       "from 68 shows so far, according to figures compiled by the trade publication Boxscore. "
                       "The tour has sold 2.1 million tickets, at an average price of $196. Fans paid an average "
                       "of $169 a ticket, Boxscore said. The stadium sold out all three of her dates. Her 2023 tour "
                       "sold 1.6 million tickets. The tour has now grossed more than $450 million. The promise to "
                       "cut fares by half has now been abandoned.\n",
                       "2026-06-02");
    const auto claims = extract::extract(d, resources());
    const Claim* gross = need(claims, "$412 million");
    CHECK(gross->attribute == "revenue");  // "grossed", as "brought in"
    CHECK(gross->changing);                // "so far": a running total
    CHECK(gross->subject.key == "northern lights");
    CHECK(need(claims, "68")->changing);
    CHECK(need(claims, "2.1 million")->subject.key == "northern lights");  // "The tour": the name it followed
    const Claim* price = need(claims, "$196");
    CHECK(price->attribute == "fare");  // a price in a clause about tickets
    CHECK(price->scope.phase == "average");
    const Claim* paid = need(claims, "$169");
    CHECK(paid->attribute == "fare");
    CHECK(paid->scope.phase == "average");  // "an average of"
    CHECK(paid->subject.key != "boxscore");  // a cited outlet, never the subject
    CHECK(need(claims, "three")->attribute.rfind("shows", 0) == 0);  // "of her dates": not "her"
    CHECK(need(claims, "1.6 million")->time.timex == "2023");        // "Her 2023 tour"
    CHECK(need(claims, "more than $450 million")->changing);          // "has now grossed"
    for (const auto& c : claims) {
      CHECK(c.subject.key != "boxscore");
      if (c.text == "half") {
        CHECK_FALSE(c.changing);  // "has now been abandoned" is no running total
      }
    }
  }
  SUBCASE("a stranding: animals' toll, refloated, a place opened by 'Port', the event's own verbs") {
    const auto d = doc("Whales stranded on beach\n\nAbout 60 pilot whales stranded on a beach near Port Elda on "
                       "Sunday. By late afternoon 22 of the whales had died, the regional department said. "
                       "Volunteers had refloated nine. Rescuers had returned 25 to the sea. Sixty-two pilot whales "
                       "came ashore on the beach at Kelso Point, outside Port Elda, on Sunday morning, the "
                       "department said on Monday. Thirty-one of them have now died. Strandings on this coast "
                       "happen about three times a year. The worst was in 2011, when 150 whales died there. "
                       "Marine group Sea Watch said 28 were returned to the sea, and Sea Watch has 40 staff.\n",
                       "2026-10-12");
    const auto claims = extract::extract(d, resources());
    const Claim* stranded = need(claims, "About 60");
    CHECK(stranded->subject.key == "story:stranding");  // not the topic named later
    const Claim* died = need(claims, "22");
    CHECK(died->attribute == "whale.deaths");  // apart from any people's toll
    CHECK(died->scope.population.empty());     // the toll, not a part of it
    CHECK(died->subject.key == "story:stranding");
    CHECK(died->changing);
    CHECK(need(claims, "Thirty-one")->attribute == "whale.deaths");  // "them": the whales counted before
    CHECK(need(claims, "150")->attribute == "whale.deaths");
    CHECK(need(claims, "150")->time.timex == "2011");
    CHECK(need(claims, "nine")->attribute == "rescued");  // "refloated"
    CHECK(need(claims, "25")->attribute == "rescued");    // "returned 25 to the sea"
    CHECK(need(claims, "28")->attribute == "rescued");    // "28 were returned to the sea"
    CHECK(need(claims, "Sunday")->attribute == "date.occur");  // "stranded": the story's own verb
    const Claim* morning = need(claims, "Sunday morning");     // past ", outside Port Elda,"
    CHECK(morning->attribute == "date.occur");
    CHECK(morning->subject.key == "story:stranding");
    for (const auto& c : claims) {
      CHECK(c.subject.key.find("port elda") == std::string::npos);   // a place, never a subject
      CHECK(c.subject.key.find("strandings") == std::string::npos);  // a plural gerund, no name
    }
  }
  SUBCASE("an explosion: when it happened, and a fire marshal is no fire") {
    const auto d = doc("Explosion at chemical plant kills two\n\nAn explosion at a chemical plant on Tuesday killed "
                       "two workers. The blast, at about 10:15 a.m., shook homes miles away. The explosion occurred "
                       "in a unit that makes ethylene, the Harris County fire marshal said.\n",
                       "2026-03-11");
    const auto claims = extract::extract(d, resources());
    const Claim* when = need(claims, "10:15 a.m.");
    CHECK(when->attribute == "date.occur");
    CHECK(when->subject.key == "story:explosion");
    for (const auto& c : claims) {
      CHECK(c.subject.key.find("event:") == std::string::npos);  // no event named "Harris County fire"
    }
  }
  SUBCASE("inflation: consumer prices against a year earlier, the economy's") {
    const auto d = doc("US inflation eases in March\n\nU.S. consumer prices rose 3.2% in March from a year earlier, "
                       "the Labor Department said on Wednesday. Gasoline prices fell 2.1% during the month. "
                       "Inflation slowed to 3.4% in February, the government said.\n",
                       "2026-04-15");
    const auto claims = extract::extract(d, resources());
    const Claim* march = need(claims, "3.2%");
    CHECK(march->attribute == "share.inflation");
    CHECK(march->subject.key == "story:economy");
    CHECK(need(claims, "2.1%")->attribute != "share.inflation");  // over the month, and not consumer prices
    CHECK(need(claims, "3.4%")->subject.key == "story:economy");  // "Inflation" opens the sentence
  }
  SUBCASE("growth: at an annual rate, gross domestic product") {
    const auto d = doc("US economy grows in third quarter\n\nThe U.S. economy grew at a 2.4% annual rate in the third "
                       "quarter, the Commerce Department said. Gross domestic product rose at a 2.1% annualized pace in "
                       "the July-September quarter, the government said.\n",
                       "2026-10-29");
    const auto claims = extract::extract(d, resources());
    const Claim* a = need(claims, "2.4%");
    CHECK(a->attribute == "share.growth");
    CHECK(a->subject.key == "story:economy");
    const Claim* b = need(claims, "2.1%");
    CHECK(b->attribute == "share.growth");
    CHECK(b->scope.phase.empty());  // "domestic" names no home market here
    CHECK(b->time.timex == "2026-Q3");
  }
  SUBCASE("a margin is not the time taken") {
    const auto d = doc("Kiptoo finished in 2:00:53, 16 seconds inside the previous record.\n", "2026-10-13");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "2:00:53")->attribute == "duration.finish");
    CHECK(need(claims, "16 seconds")->attribute == "duration.margin");
  }
  SUBCASE("a ferry: licensed to carry is a capacity, survivors rescued") {
    const auto d = doc("Ferry capsizes off the coast, killing at least 14\n\nThe ferry, a wooden vessel, was licensed "
                       "to carry 150 passengers. Officials said about 140 survivors had been rescued. Rescuers "
                       "had pulled 120 people from the water.\n",
                       "2026-07-05");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "150")->attribute == "capacity");  // not the passengers aboard
    CHECK(need(claims, "about 140")->attribute == "rescued");
    CHECK(need(claims, "120")->attribute == "rescued");
  }
  SUBCASE("tuition: the verb's object changed, the level after it, a yearly figure, some form of") {
    const auto d = doc("Trustees voted on Thursday to raise in-state tuition by 4% to $11,200 a year. About 62% of "
                       "undergraduates receive some form of financial aid.\n",
                       "2026-06-19");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "4%")->attribute == "change.tuition");
    CHECK(need(claims, "$11,200")->attribute == "tuition");  // yearly whether or not the year is said
    const auto d2 = doc("The board approved a 4% increase in tuition. The union wants a 20% pay rise.\n", "2026-06-19");
    const auto claims2 = extract::extract(d2, resources());
    CHECK(need(claims2, "4%")->attribute == "change.tuition");  // a noun of change says the same as the verb
    CHECK(need(claims2, "20%")->attribute.rfind("change", 0) == 0);
    const auto d3 = doc("Residents will pay $11,800 in tuition after the board approved a 4% increase on Thursday.\n",
                        "2026-06-19");
    CHECK(need(extract::extract(d3, resources()), "4%")->attribute == "change.tuition");  // what the clause says costs
    CHECK(need(claims, "About 62%")->attribute.find("found") == std::string::npos);  // "form" is a noun
  }
  SUBCASE("a ship strikes a bridge: missing workers, the ship's own figures, a name that holds a role word") {
    const auto d = doc("Cargo ship strikes bridge, causing partial collapse\n\nA container ship struck the bridge "
                       "early on Monday. Six road workers were missing. The bridge opened in 1977. The Dalia Crest, "
                       "a 290-metre container ship built in 2015, remains pinned under a section of the bridge.\n",
                       "2026-05-12");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "Six")->attribute == "missing");  // workers missing, not a workforce
    const Claim* built = need(claims, "2015");
    CHECK(built->subject.key != "thing:bridge");  // the ship's year, not the bridge's
    CHECK(need(claims, "1977")->subject.key == "thing:bridge");
    CHECK(need(claims, "290-metre")->attribute == "length");  // "Crest" is a word of a name
  }
  SUBCASE("a vote: the side a share stands for, turnout, the county as topic, a bare weekday") {
    const auto d = doc("Voters in Marlow County approved a $450 million bond measure to rebuild four aging schools "
                       "on Tuesday, with 58% voting in favor and 42% against. Turnout was about 31%. "
                       "About 31% of the county's 212,000 registered voters cast ballots. "
                       "Two years ago, the board approved a smaller plan.\n",
                       "2025-05-12");
    const auto claims = extract::extract(d, resources());
    const Claim* yes = need(claims, "58%");
    const Claim* no = need(claims, "42%");
    const Claim* turnout = need(claims, "about 31%");
    const Claim* voters = need(claims, "212,000");
    const Claim* tuesday = need(claims, "Tuesday");
    const Claim* board = need(claims, "Two years ago");
    CHECK(yes->attribute == "share.vote.yes");
    CHECK(no->attribute == "share.vote.no");
    CHECK(turnout->attribute == "share.turnout");
    CHECK(voters->value.unit == "voters");  // the first plural, not "ballots"
    CHECK(yes->subject.key == "place:marlow county");
    CHECK(tuesday->value.timex == "2025-05-06");  // "approved ... on Tuesday": the one before
    CHECK(board->scope.population == "other");  // a smaller plan
  }
  SUBCASE("an earthquake: magnitude, depth, coordinated tolls, aftershocks") {
    const auto d = doc("Earthquake in Peru\n\n"
                       "At least nine people died and more than 120 were injured when a 6.8-magnitude earthquake shook "
                       "southern Peru. The quake struck at a depth of 35 kilometers. "
                       "More than 300 aftershocks have been recorded, the largest of magnitude 5.2.\n",
                       "2026-02-03");
    const auto claims = extract::extract(d, resources());
    const Claim* dead = need(claims, "At least nine");
    const Claim* injured = need(claims, "more than 120");
    const Claim* magnitude = need(claims, "6.8-magnitude");
    const Claim* depth = need(claims, "35 kilometers");
    const Claim* aftershock = need(claims, "5.2");
    CHECK(dead->attribute == "deaths");
    CHECK(dead->scope.population.empty());
    CHECK(injured->attribute == "injuries");  // its own verb, not the "died" before "and"
    CHECK(magnitude->attribute == "magnitude");
    CHECK(depth->attribute == "depth");
    CHECK(depth->subject.key == "story:earthquake");
    CHECK(aftershock->attribute == "magnitude");
    CHECK(aftershock->scope.population == "other");
  }
  SUBCASE("store closings: closed, opened and operated stores; a price change; a coordinated verb") {
    const auto d = doc("The Denver-based Homewell Corp operates 820 stores in Canada and employs about 24,000 people. "
                       "Homewell Corp said it would close 145 stores and open 12 smaller stores. "
                       "Homewell Corp shares rose 9% on Wednesday.\n",
                       "2025-02-19");
    const auto claims = extract::extract(d, resources());
    const Claim* operated = need(claims, "820");
    const Claim* staff = need(claims, "about 24,000");
    const Claim* closed = need(claims, "145");
    const Claim* opened = need(claims, "12");
    const Claim* rise = need(claims, "9%");
    CHECK(operated->attribute == "offices");
    CHECK(staff->subject.key == "homewell");  // not the stores named before "and employs"
    CHECK(closed->attribute == "offices.close");
    CHECK(opened->attribute == "offices.open");
    CHECK(rise->attribute == "change.share");
  }
  SUBCASE("a town qualified by its state, a worldwide workforce, a city's population") {
    const auto d = doc("Nimbus Systems will build a data center in Millbrook, Ohio, with 300 permanent jobs. "
                       "Nimbus Systems employs 18,000 people worldwide. "
                       "Millbrook, a city of 28,000 people, lost about 900 jobs when a paper mill closed in 2019.\n",
                       "2025-09-09");
    const auto claims = extract::extract(d, resources());
    const Claim* staff = need(claims, "18,000");
    const Claim* population = need(claims, "28,000");
    const Claim* lost = need(claims, "about 900");
    CHECK(staff->scope.place == "region:world");
    CHECK(population->attribute == "population");
    CHECK(lost->attribute != "population");  // the role belongs to the figure before
    CHECK(lost->subject.key.find("/plant") == std::string::npos);  // "a paper mill" is not the company's
    const auto it = std::find_if(claims.begin(), claims.end(),
                                 [](const Claim& c) { return c.scope.place_name == "Millbrook, Ohio"; });
    if (it != claims.end()) {
      CHECK(it->scope.place == "US-OH");  // not a Millbrook in another state
    }
  }
  SUBCASE("results: the period of a figure, a change before it, estimates, profit by any name") {
    const auto d = doc("Orbitel Inc reported third-quarter revenue of $8.4 billion, beating analysts' average estimate of "
                       "$8.1 billion. Orbitel said revenue rose 12% to $8.3 billion in the three months ended "
                       "September 30. Orbitel Inc earned $1.2 billion in the quarter.\n",
                       "2025-10-23");
    const auto claims = extract::extract(d, resources());
    const Claim* q3 = need(claims, "$8.4 billion");
    const Claim* estimate = need(claims, "$8.1 billion");
    const Claim* rose = need(claims, "$8.3 billion");
    const Claim* change = need(claims, "12%");
    const Claim* profit = need(claims, "$1.2 billion");
    CHECK(q3->attribute == "revenue");
    CHECK(q3->time.timex == "2025-Q3");
    CHECK(estimate->scope.phase == "expected");
    CHECK(rose->value.num.low == doctest::Approx(8.3e9));  // not a range from 12 to $8.3 billion
    CHECK(*rose->time.range.start == parse_iso_span("2025-07-02")->first);  // three months to September 30
    CHECK(change->attribute == "change.revenue");
    CHECK(profit->attribute == "profit");
  }
  SUBCASE("a fine is the fined party's, however the report words it") {
    const auto d = doc("The European Commission fined U.S. technology company Vantix 1.1 billion euros on Tuesday. "
                       "Regulators ordered Vantix to pay 1.2 billion euros. "
                       "The European Commission's 1.3 billion euro fine against Vantix was announced.\n",
                       "2026-04-14");
    const auto claims = extract::extract(d, resources());
    for (const char* text : {"1.1 billion euros", "1.2 billion euros", "1.3 billion euro"}) {
      const Claim* c = need(claims, text);
      CHECK(c->attribute == "fine");
      CHECK(c->subject.key == "vantix");
    }
  }
  SUBCASE("a person: age in apposition, coordinated verbs, where the company has offices") {
    const auto d = doc("Kestrel Foods Inc said chief executive Martin Osei will step down. "
                       "Martin Osei, 61, joined the company in 2009 and became CEO in 2018. "
                       "The company has offices in Minneapolis, Toronto and Mexico City.\n",
                       "2025-06-02");
    const auto claims = extract::extract(d, resources());
    const Claim* age = need(claims, "61");
    const Claim* joined = need(claims, "2009");
    const Claim* became = need(claims, "2018");
    CHECK(age->attribute == "age");
    CHECK(age->subject.key == "person:martin osei");
    CHECK(joined->subject.key == "person:martin osei");  // past the apposition ", 61,"
    CHECK(became->attribute != joined->attribute);  // "became" governs 2018, not "joined"
    const auto offices = std::find_if(claims.begin(), claims.end(), [](const Claim& c) { return c.value.kind == ValueKind::set; });
    REQUIRE(offices != claims.end());
    CHECK(offices->value.items.size() == 3);
  }
  SUBCASE("an election: shares by candidate, the object of 'beat', 'there' after a fronted place") {
    const auto d = doc("Maria Lopez was elected mayor, winning 54% of the vote against 46% for incumbent Tom Reed. "
                       "Challenger Maria Lopez beat Mayor Tom Reed with 53.8% of the vote. "
                       "In Millford, Mayor Ann Cole won a third term. Turnout there was 29%.\n",
                       "2025-11-05");
    const auto claims = extract::extract(d, resources());
    const Claim* loser = need(claims, "46%");
    const Claim* beat = need(claims, "53.8%");
    const Claim* turnout = need(claims, "29%");
    CHECK(loser->subject.key == "person:tom reed");
    CHECK(beat->subject.key == "person:maria lopez");  // not the object of "beat"
    CHECK(turnout->scope.place == "place:millford");
  }
  SUBCASE("a flood: heights by what they measure, rain, a forecast weekday, 'to fall'") {
    const auto d = doc("The Ohio River is expected to crest at about 58 feet in Cincinnati on Wednesday, forecasters said. "
                       "The Ohio River rose to 55.4 feet. Parts of Kentucky received more than 10 inches of rain. "
                       "Flood stage in Cincinnati is 52 feet. The river is expected to fall below flood stage by Sunday.\n",
                       "2025-04-07");
    const auto claims = extract::extract(d, resources());
    const Claim* crest = need(claims, "about 58 feet");
    const Claim* level = need(claims, "55.4 feet");
    const Claim* rain = need(claims, "more than 10 inches");
    const Claim* stage = need(claims, "52 feet");
    const Claim* wednesday = need(claims, "Wednesday");
    CHECK(crest->attribute == "crest");
    CHECK(level->attribute == "level");
    CHECK(rain->attribute == "rain");
    CHECK(stage->attribute == "stage");
    CHECK(wednesday->value.timex == "2025-04-09");  // "expected to crest ... on Wednesday": the coming one
    CHECK(find(claims, "fall") == nullptr);  // "to fall below": a verb, not autumn
  }
  SUBCASE("a headquarters move, a part of a placed count, a founding year without the places after it") {
    const auto d = doc("Lumora Inc will move its headquarters from Chicago to Austin, Texas. "
                       "About 400 of its 1,100 Chicago employees will be offered jobs in Austin. "
                       "Lumora Inc, founded in 2011, also has offices in Denver, Toronto and London.\n",
                       "2025-03-11");
    const auto claims = extract::extract(d, resources());
    const auto move = std::find_if(claims.begin(), claims.end(), [](const Claim& c) { return c.attribute == "headquarters.move"; });
    const Claim* part = need(claims, "About 400");
    const Claim* founded = need(claims, "2011");
    REQUIRE(move != claims.end());
    CHECK(move->value.display.find("Austin") != std::string::npos);
    CHECK(part->attribute == "employees");  // not "1,100"
    CHECK(part->scope.population == "part");
    CHECK(founded->scope.place.empty());
  }
  SUBCASE("a stadium: capacity, another verb's date, an offset from a plan") {
    const auto d = doc("The Riverhawks approved a 45,000-seat stadium. "
                       "The Riverhawks stadium will cost $1.5 billion and open in 2028, a year later than planned.\n",
                       "2025-06-05");
    const auto claims = extract::extract(d, resources());
    const Claim* seats = need(claims, "45,000-seat");
    const Claim* cost = need(claims, "$1.5 billion");
    CHECK(seats->attribute == "capacity");
    CHECK(cost->time.source != "explicit");  // 2028 is when it opens, not when it costs
    CHECK(find(claims, "a year later") == nullptr);
  }
  SUBCASE("a takeover in British style: pence after digits, one deal from either party's side") {
    const auto d = doc("Hartwell Group has agreed to a £2.3bn takeover by American rival Coreline Inc on Tuesday. "
                       "Coreline Inc will pay 410p a share, a 38 per cent premium. "
                       "Coreline Inc said it had agreed to buy Hartwell Group for £2.4 billion.\n",
                       "2025-03-12");
    const auto claims = extract::extract(d, resources());
    const Claim* target_side = need(claims, "£2.3bn");
    const Claim* buyer_side = need(claims, "£2.4 billion");
    const Claim* pence = need(claims, "410p");
    const Claim* premium = need(claims, "38 per cent");
    CHECK(target_side->attribute == "deal");
    CHECK(buyer_side->attribute == "deal");  // "agreed to buy" names the deal too
    CHECK(target_side->subject.key == buyer_side->subject.key);
    CHECK(pence->value.unit == "GBP");
    CHECK(*pence->value.num.low == doctest::Approx(4.1));
    CHECK(premium->attribute == "share.premium");
  }
  SUBCASE("a fraction of a whole: the share is of the cut, the whole is no cut") {
    const auto d = doc("Novant Labs will lay off about a third of its 900 employees.\n", "2025-05-02");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "about a third")->attribute == "share.employees.cut");
    CHECK(need(claims, "900")->attribute == "employees");
  }
  SUBCASE("a strike: strikers, an inset year, a place after 'in its'") {
    const auto d = doc("About 30,000 Parcelo warehouse workers walked off the job on Monday. "
                       "Parcelo employs 95,000 people in its US warehouses. "
                       "The last strike at Parcelo, in 2019, involved about 4,000 workers.\n",
                       "2025-10-06");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "About 30,000")->attribute == "employees.strike");
    CHECK(need(claims, "95,000")->scope.place == "US");
    CHECK(need(claims, "about 4,000")->time.timex == "2019");
  }
  SUBCASE("an unnamed event in the lede is the subject of its tolls and dates") {
    const auto d = doc("Outbreak sickens 12\n\n"
                       "An outbreak of measles has sickened 12 people and killed one since late June, officials said. "
                       "Nine of them were hospitalized. Four patients remain in hospital. "
                       "The first patient fell ill on June 26. "
                       "In neighboring Pine County, three unrelated cases have been reported. "
                       "Last year, a smaller outbreak sickened five people.\n",
                       "2025-07-15");
    const auto claims = extract::extract(d, resources());
    const Claim* sick = need(claims, "12");
    const Claim* one = need(claims, "one");
    const Claim* nine = need(claims, "Nine");
    const Claim* four = need(claims, "Four");
    const Claim* ill = need(claims, "June 26");
    const Claim* pine = need(claims, "three");
    const Claim* other = need(claims, "five");
    CHECK(sick->attribute == "cases");  // "sickened", not the later "killed"
    CHECK(sick->subject.key == "story:outbreak");
    CHECK(one->attribute == "deaths");
    CHECK(nine->attribute == "hospitalized");
    CHECK(nine->scope.population.empty());  // "nine of them" is all the hospitalized, not a part
    CHECK(four->attribute == "hospitalized");
    CHECK(ill->subject.key == "story:outbreak");
    CHECK(pine->scope.place == "place:pine county");
    CHECK(pine->scope.population == "unrelated");
    CHECK(other->subject.key != "story:outbreak");  // another, smaller outbreak
  }
  SUBCASE("a status claim from a pattern, about a unit") {
    const auto d = doc("Acme Corp is considering closing its Denver, Colorado plant.\n");
    const auto claims = extract::extract(d, resources());
    REQUIRE_FALSE(claims.empty());
    const auto it = std::find_if(claims.begin(), claims.end(), [](const Claim& c) { return c.attribute == "status.close"; });
    REQUIRE(it != claims.end());
    CHECK(it->value.text == "considering");
    CHECK(it->subject.kind == "unit");
    CHECK(it->subject.parent == "acme");
    CHECK(it->subject.place == "US-CO/denver");
    CHECK(it->rule == "status_considering_unit");
  }
  SUBCASE("a set of places and a title") {
    const auto d = doc("Acme Corp plans to open offices in Chicago, Toronto and Boston, chief executive Jane Roe said.\n");
    const auto claims = extract::extract(d, resources());
    const auto set = std::find_if(claims.begin(), claims.end(), [](const Claim& c) { return c.value.kind == ValueKind::set; });
    REQUIRE(set != claims.end());
    CHECK(set->value.item_names == std::vector<std::string>{"Chicago", "Toronto", "Boston"});
    CHECK(set->certainty == "planned");
    const auto title = std::find_if(claims.begin(), claims.end(), [](const Claim& c) { return c.attribute == "title"; });
    REQUIRE(title != claims.end());
    CHECK(title->subject.key == "person:jane roe");
    CHECK(title->value.text == "chief executive");
  }
  SUBCASE("a title set off before the name; a former title is no title") {
    const auto d = doc("Acme Corp's chief financial officer, Jane Doe, said the plan would work. John Roe, the "
                       "former chief executive of Acme Corp, disagreed.\n");
    const auto claims = extract::extract(d, resources());
    std::vector<const Claim*> titles;
    for (const auto& c : claims) {
      if (c.attribute == "title") {
        titles.push_back(&c);
      }
    }
    REQUIRE(titles.size() == 1);
    CHECK(titles[0]->subject.key == "person:jane doe");
    CHECK(titles[0]->value.text == "chief financial officer");
  }
  SUBCASE("attribution to an upstream report") {
    const auto d = doc("The plant employs 400 people, according to Reuters.\n");
    const auto claims = extract::extract(d, resources());
    const Claim* c = need(claims, "400");
    CHECK(c->attribution.origin == "reuters");
    CHECK(c->certainty == "reported");
  }
  SUBCASE("claims never come from boilerplate or headlines") {
    const auto d = doc("Acme To Cut 900 Jobs\n\nADVERTISEMENT 500 dollars\n\nAcme Corp will cut 1,200 jobs.\n");
    const auto claims = extract::extract(d, resources());
    CHECK(find(claims, "900") == nullptr);
    CHECK(find(claims, "500 dollars") == nullptr);
    CHECK(find(claims, "1,200") != nullptr);
  }
  SUBCASE("spans are byte offsets of the exact words") {
    const std::string text = "Caf\xC3\xA9 owners said 40 staff were laid off.\n";
    const auto d = doc(text);
    const auto claims = extract::extract(d, resources());
    const Claim* c = need(claims, "40");
    CHECK(text.substr(c->start, c->end - c->start) == "40");
    CHECK(c->start == 18);
  }
}

TEST_CASE("extract::a bill's vote, its start, and a march's estimators") {
  SUBCASE("the votes are the bill's, and so is what \"It\" in the next sentence does") {
    const auto d =
        doc("Elm County board approves fare reform\n\nThe Elm County Board of Supervisors voted on Tuesday "
            "to raise bus fares.\n\nThe bill passed by 31 votes to 12. It raises fares by 10 cents from "
            "September 2027.\n",
            "2027-03-10");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "31")->subject.key == "thing:law");
    const Claim* start = need(claims, "September 2027");
    CHECK(start->attribute == "date.effective");
    CHECK(start->subject.key == "thing:law");
    // ("from September 2027" and "starting in January" are one frame)
    CHECK(std::find(start->context.begin(), start->context.end(), "frame.effective") != start->context.end());
  }
  SUBCASE("a dateline's town and a body named by a word for speakers are not the topic") {
    const auto d =
        doc("ELMTON (Valley Wire) - The National Assembly voted on Thursday to raise the pension age.\n\n"
            "Police said 480 people marched on March 7. The change will save 18 million euros a year.\n",
            "2027-03-18");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "18 million euros")->subject.key == "national assembly");
  }
  SUBCASE("a crowd's size is the estimate of whoever gives it in its clause") {
    const auto d =
        doc("Unions said about 90,000 people marched through Elm City on Saturday, while police put the "
            "crowd at 30,000.\n\nPolice said 30,000 people marched in Elm City on Saturday.\n",
            "2027-03-08");
    const auto claims = extract::extract(d, resources());
    const Claim* unions = need(claims, "about 90,000");
    CHECK(unions->attribute == "attendance");
    CHECK(unions->scope.population == "union estimate");
    CHECK(unions->attribution.speaker == "@unions");
    const Claim* police = need(claims, "30,000");  // the first, in the unions' sentence
    CHECK(police->scope.population == "police estimate");
  }
  SUBCASE("a law marched against is not the story's event; the march is") {
    const auto d =
        doc("Thousands march against pension reform\n\nThousands of people marched through Elm City on "
            "Saturday to protest against the government's plan. Police said 12 people were detained.\n\n"
            "The reform would lift the retirement age to 67. Parliament will vote on the bill in May.\n",
            "2027-03-08");
    const auto claims = extract::extract(d, resources());
    CHECK(need(claims, "12")->subject.key == "story:protest");
  }
}

TEST_CASE("extract::an avalanche: its toll, its altitude, and the season's toll") {
  const std::string text =
      "Avalanche kills three skiers near Elmhorn\n\nELMHORN (Alpine Desk) - An avalanche swept through an off-piste "
      "area near Elmhorn on Tuesday, killing three skiers, police said.\n\nThe avalanche struck at about 10,500 "
      "feet. The resort's tower stands at 300 metres.\n\nAvalanches have killed 19 people in Switzerland this "
      "winter, the Elm Institute for Snow and Avalanche Research said.\n";
  const auto claims = claims_of(text, "2027-02-09");
  SUBCASE("\"killing three skiers\" is the avalanche's toll") {
    const Claim* c = need(claims, "three");
    CHECK(c->attribute == "deaths");
    CHECK(c->subject.key == "story:avalanche");
  }
  SUBCASE("a length at which something happens is an altitude; one a thing stands at is not") {
    const Claim* c = need(claims, "about 10,500 feet");
    CHECK(c->attribute == "altitude");
    CHECK(c->subject.key == "story:avalanche");
    CHECK(need(claims, "300 metres")->attribute != "altitude");
  }
  SUBCASE("avalanches at large are not this one; a name keeps its words after \"for ... and\"") {
    const Claim* c = need(claims, "19");
    CHECK(c->subject.key != "story:avalanche");
    CHECK(c->attribution.speaker == "elm institute for snow and avalanche research");
  }
  SUBCASE("last Tuesday's avalanche near a town, in a closed relative clause, is the story's") {
    const auto later = claims_of(
        "Calls grow to close slopes after avalanche\n\nLast Tuesday's avalanche near Elmhorn, which killed five "
        "skiers, started at 2,600 metres, investigators said on Monday.\n",
        "2027-02-15");
    const Claim* c = need(later, "2,600 metres");
    CHECK(c->attribute == "altitude");
    CHECK(c->subject.key == "story:avalanche");
  }
  SUBCASE("people of a kind counted by a verb of harm are their own toll") {
    const auto other = claims_of("Three climbers died on the mountain on Sunday.\n", "2027-02-15");
    CHECK(need(other, "Three")->attribute == "climber.deaths");
  }
}

TEST_CASE("extract::a crop forecast: whose harvest, which frost, what is forecast") {
  SUBCASE("a place that owns the measured thing, not the body that tells it") {
    const auto claims = claims_of(
        "Coffee crop forecast cut\n\nPeru's coffee output will fall to 52.4 million bags this season, the "
        "National Crop Board said on Thursday, as a drought hit the main growing regions.\n\nThe board expects "
        "38.1 million bags of arabica.\n",
        "2027-05-21");
    CHECK(need(claims, "52.4 million")->subject.key == "PE");
  }
  SUBCASE("a frost on a day, even \"a frost\", dates the story's frost") {
    const auto claims = claims_of(
        "Frost hits coffee farms\n\nThe board lowered its forecast on Tuesday, blaming a frost on July 3 that "
        "damaged trees.\n",
        "2027-09-15");
    const Claim* c = need(claims, "July 3");
    CHECK(c->attribute == "date.occur");
    CHECK(c->subject.key == "story:frost");
  }
  SUBCASE("a forecast is marked, apart from the words claims share") {
    const auto claims = claims_of(
        "Arabica output is now seen at 36.5 million bags. Robusta output rose to 15.4 million bags.\n", "2027-09-15");
    const Claim* seen = need(claims, "36.5 million");
    CHECK(std::find(seen->context.begin(), seen->context.end(), "~forecast") != seen->context.end());
    const Claim* rose = need(claims, "15.4 million");
    CHECK(std::find(rose->context.begin(), rose->context.end(), "~forecast") == rose->context.end());
  }
}

TEST_CASE("extract::a doping ban: its length, the sample's day, the race time") {
  const auto claims = claims_of(
      "Sprinter banned\n\nNorwegian sprinter Jana Berg has been banned for four years after testing positive, "
      "the Elm Integrity Board said on Tuesday.\n\nThe ban is backdated to Nov. 12, 2026, when her sample was "
      "taken.\n\nThe Norwegian, who won silver in 22.31 seconds last August, has 21 days to appeal. Berg ran "
      "22.35 seconds in the heats.\n",
      "2027-04-06");
  SUBCASE("\"for four years after testing positive\" is the ban's length, not a date four years back") {
    CHECK(need(claims, "four years")->attribute == "duration.ban");
  }
  SUBCASE("the day a sample was taken is the sample's, and \"her sample\" the athlete's") {
    const Claim* c = need(claims, "Nov. 12, 2026");
    CHECK(c->attribute == "date.sample");
    CHECK(c->subject.key == "person:jana berg");
    const auto other = claims_of("A steroid was found in a sample she gave on Nov. 21, 2026.\n", "2027-04-07");
    CHECK(need(other, "Nov. 21, 2026")->attribute == "date.sample");
  }
  SUBCASE("\"The Norwegian\" is the athlete; a time run is a finishing time") {
    const Claim* won = need(claims, "22.31 seconds");
    CHECK(won->subject.key == "person:jana berg");
    CHECK(won->attribute == "duration.finish");
    CHECK(need(claims, "22.35 seconds")->attribute == "duration.finish");
  }
}

TEST_CASE("extract::an app's users: rare-word names, stocks, targets") {
  const auto claims = claims_of(
      "Can Chirp catch Flicker?\n\nSPRINGFIELD (Tech Desk) - Chirp, the short-video app, said on Wednesday it "
      "had 205 million monthly active users for the fourth quarter. Its rival Flicker has more than 900 million "
      "monthly users.\n\nChirp, which was founded in 2019, aimed to reach 1 billion monthly users by 2030. The "
      "central bank keeps its 2% inflation target.\n\nNationally, the median price climbed 3.1% to $403,700.\n",
      "2027-02-04");
  SUBCASE("a rare word set off by an apposition or a relative clause is a name; an adverb is not") {
    CHECK(need(claims, "205 million")->subject.key == "chirp");
    CHECK(need(claims, "2019")->subject.key == "chirp");
    CHECK(need(claims, "$403,700")->subject.key != "nationally");
  }
  SUBCASE("a count for a quarter is the count at the quarter's end, no quarter's figure") {
    const Claim* c = need(claims, "205 million");
    CHECK(c->scope.phase.empty());
    CHECK(c->time.timex == "2026-Q4");
  }
  SUBCASE("a count aimed at, and a target named after its figure, are targets") {
    CHECK(need(claims, "1 billion")->scope.phase == "target");
    CHECK(need(claims, "2%")->scope.phase == "target");
  }
}

TEST_CASE("extract::tourist numbers: visitors as a subject, a time word after a figure, a clause of its own") {
  const auto claims = claims_of(
      "Record year for tourism\n\nForeign visitors to Ruritania climbed to 32.1 million last year, official data "
      "showed on Thursday.\n\nState officials confirmed an outbreak at a farm with 1.4 million hens.\n\nPortugal "
      "drew a record 31.2 million foreign tourists last year, and about a quarter of them stayed in Lisbon. "
      "Lisbon's tourist tax will rise to 4 euros a night.\n",
      "2027-01-29");
  SUBCASE("the counted noun that opens the clause, and its population word") {
    const Claim* c = need(claims, "32.1 million");
    CHECK(c->attribute == "attendance");
    CHECK(c->value.unit.empty());  // ("last year" is no counted noun)
    CHECK(c->scope.population == "foreign");
    CHECK(need(claims, "1.4 million")->scope.population.empty());  // the speakers are not the hens
  }
  SUBCASE("a place named in a clause after \", and\" does not take the figure from the clause's subject") {
    const Claim* c = need(claims, "31.2 million");
    CHECK(c->attribute == "attendance");
    const auto weekly = claims_of(
        "Can Lisbon cope with the crowds?\n\nPortugal drew a record 31.2 million foreign tourists last year, and "
        "about a quarter of them stayed in Lisbon.\n\nHotel occupancy in the capital averaged 81% in 2026.\n",
        "2027-02-05");
    CHECK(need(weekly, "31.2 million")->subject.key == "PT");
  }
}

TEST_CASE("extract::a tunnel's delays: what is delayed, \"not until\", and whose phase") {
  const auto claims = claims_of(
      "Tunnel delayed\n\nThe cost of the Elm tunnel has risen to $5.1 billion from an original estimate of "
      "$4.2 billion, and its opening has been delayed to 2030, officials said.\n\nThe bridge will not open until "
      "2031.\n",
      "2027-03-09");
  SUBCASE("a phase word after \"from\" is the other figure's") {
    CHECK(need(claims, "$5.1 billion")->scope.phase.empty());
  }
  SUBCASE("\"its opening has been delayed to 2030\" dates the opening") {
    CHECK(need(claims, "2030")->attribute == "date.open");
  }
  SUBCASE("\"will not open until 2031\" is when it opens, no denial") {
    const Claim* c = need(claims, "2031");
    CHECK(c->attribute == "date.open");
    CHECK(c->certainty != "negated");
  }
}

TEST_CASE("extract::a birth at a zoo: the day of a birth, a weight at birth") {
  const auto claims = claims_of(
      "Panda cub born\n\nA giant panda named Mei Lan gave birth to a cub at Elm Zoo on Saturday, the zoo said on "
      "Monday.\n\nThe cub weighed 150 grams at birth, keepers said.\n",
      "2027-08-16");
  CHECK(need(claims, "Saturday")->attribute == "date.birth");
  CHECK(need(claims, "150 grams")->scope.phase == "at birth");
}

TEST_CASE("extract::shares of a measure: coverage, rates, doses and their time") {
  SUBCASE("a rate named by its measure is the measure's; a bare \"the rate\" the measure named before") {
    const auto claims = claims_of(
        "Rates\n\nThe literacy rate in Elm County stands at 91%. The jobless rate rose to 5.2 per cent. "
        "Vaccination against measles in Elm County fell to 84 per cent in 2026. The rate for the second dose "
        "stood at 76 per cent.\n",
        "2027-03-11");
    CHECK(need(claims, "91%")->attribute == "share.literacy");
    CHECK(need(claims, "5.2 per cent")->attribute == "share.unemployment");
    CHECK(need(claims, "84 per cent")->attribute == "share.coverage");
    const Claim* second = need(claims, "76 per cent");
    CHECK(second->attribute == "share.coverage");
    CHECK(second->scope.phase == "second dose");
    // (no date of its own: the year the share before it was dated to)
    CHECK(second->time.timex == "2026");
  }
  SUBCASE("another measure of the same data holds for its period too") {
    const auto claims = claims_of(
        "Results\n\nThe share of entries awarded top grades rose to 28.4% this year. The pass rate dipped to "
        "96.9%.\n",
        "2027-08-13");
    CHECK(need(claims, "96.9%")->time.timex == "2027");
  }
  SUBCASE("a share of the same scope with no date is no share of the year before") {
    const auto claims = claims_of("Turnout\n\nTurnout was 62% in 2019. This time turnout was 55%.\n", "2027-06-11");
    CHECK(need(claims, "62%")->time.timex == "2019");
    CHECK(need(claims, "55%")->time.timex != "2019");
  }
  SUBCASE("a rate last named with no measure stays a rate") {
    const auto claims = claims_of(
        "Bank holds\n\nInflation fell to 2.1% in May. The central bank raised its interest rate by a quarter "
        "point. The rate now stands at 4.5%.\n",
        "2027-06-11");
    const Claim* rate = need(claims, "4.5%");
    CHECK(rate->attribute == "share.rate");
    // ("now": the present rate, not May's)
    CHECK(rate->time.source != "explicit");
  }
  SUBCASE("a share of people given a vaccine is its coverage, by dose") {
    const auto claims = claims_of(
        "Jabs\n\nAbout 70% of adults have received a booster dose. Only 84% of Ruritanian children got their "
        "first measles jab in 2026. Some 65% of nurses were vaccinated. Coverage for the second dose was 71%.\n",
        "2027-03-10");
    const Claim* booster = need(claims, "About 70%");
    CHECK(booster->attribute == "share.coverage");
    CHECK(booster->scope.phase == "booster dose");
    const Claim* first = need(claims, "84%");
    CHECK(first->attribute == "share.coverage");
    CHECK(first->scope.phase == "first dose");
    // (the children it is "of" are no words between the share and its year)
    CHECK(first->time.timex == "2026");
    CHECK(need(claims, "Some 65%")->attribute == "share.coverage");
    CHECK(need(claims, "71%")->scope.phase == "second dose");
  }
  SUBCASE("a place opening the sentence without a comma, and a place after an adjective") {
    const auto claims = claims_of(
        "Coverage\n\nCoverage in Austria fell to 84% last year, officials in Austria said. In Vienna the rate was "
        "just 79%. Neighbouring Hungary reports 92% coverage. Austria plans more clinics.\n",
        "2027-03-18");
    CHECK(need(claims, "79%")->scope.place == "AT/vienna");
    CHECK(need(claims, "92%")->subject.key == "HU");
  }
  SUBCASE("a figure \", including\" in another holds for the other's time") {
    const auto claims = claims_of("Cases\n\nThe country recorded 1,240 measles cases last year, including three "
                                  "deaths.\n",
                                  "2027-03-10");
    CHECK(need(claims, "1,240")->time.timex == "2026");
    CHECK(need(claims, "three")->time.timex == "2026");
  }
}

TEST_CASE("extract::an organization named once after a lede about a country is no topic") {
  const auto claims = claims_of(
      "Coverage falls\n\nELMHORN (Health Wire) - Only 84% of Austrian children got their first measles jab in "
      "2026, the health ministry said.\n\nThe World Health Organization recommends coverage of at least 95%. "
      "The country recorded 1,240 measles cases last year.\n",
      "2027-03-10");
  CHECK(need(claims, "84%")->subject.key == "AT");
  CHECK(need(claims, "1,240")->subject.key == "AT");
  // (the organization's own sentence is still its)
  CHECK(need(claims, "at least 95%")->subject.key != "AT");
}

TEST_CASE("extract::the price of a good is the good's, by its unit") {
  const auto claims = claims_of(
      "Eggs\n\nThe average price of a dozen large eggs in U.S. cities rose to a record $4.95 in January, up 15% "
      "from December, the Labor Department said. Egg prices climbed 15.2% in January to an average of $4.59 a "
      "dozen. A dozen eggs now costs $4.95 on average. The department expects egg prices to rise a further 20% "
      "this year. The cost of a new rail tunnel has risen to $5.1 billion.\n",
      "2027-02-12");
  SUBCASE("the price and its changes are the good's, whoever tells them") {
    for (const char* text : {"$4.95", "$4.59", "15%", "15.2%", "20%"}) {
      CAPTURE(text);
      CHECK(need(claims, text)->subject.key == "thing:egg");
    }
    const Claim* first = need(claims, "$4.95");
    CHECK(first->attribute == "price.per_dozen");
    CHECK(first->scope.phase == "average");
    CHECK(need(claims, "$4.59")->attribute == "price.per_dozen");
    CHECK(need(claims, "15%")->attribute == "change.price");
    // ("to rise a further 20%": past "a further" to the verb of change)
    CHECK(need(claims, "20%")->attribute == "change.price");
  }
  SUBCASE("the month of a change dates the level it reached") {
    CHECK(need(claims, "$4.59")->time.timex == "2027-01");
  }
  SUBCASE("a dozen that a price is for is no count") {
    for (const auto& c : claims) {
      CHECK(c.text != "a dozen");
      CHECK(c.text != "A dozen");
    }
  }
  SUBCASE("the unit a price is for, by its singular name") {
    const auto other = claims_of("Coffee\n\nThe price of a pound of coffee rose to $4.10. The cost of one liter of "
                                 "milk rose to $1.20.\n",
                                 "2027-02-12");
    CHECK(need(other, "$4.10")->attribute == "price.per_pound");
    CHECK(need(other, "$1.20")->attribute == "price.per_litre");
  }
  SUBCASE("the cost of a thing with no unit is no price") {
    const Claim* c = need(claims, "$5.1 billion");
    CHECK(c->attribute.rfind("price", 0) != 0);
  }
}

TEST_CASE("extract::rates per population, tolls of a kind of people, and a change's level") {
  const auto claims = claims_of(
      "Roads\n\nELMHORN (Road Wire) - Road deaths in Ruritania fell 8% last year to 1,150, the traffic authority "
      "said on Thursday.\n\nPedestrians accounted for 380 of the deaths. Cyclist deaths rose to 95. The death rate "
      "fell to 2.4 per 100,000 people. That is 24 deaths per million inhabitants, against an average of 46 per "
      "million. There were 3.1 crashes per 10,000 vehicles. The air held 427 parts per million of carbon "
      "dioxide.\n",
      "2027-04-02");
  SUBCASE("a rate per population, normalized to per 100,000") {
    const Claim* rate = need(claims, "2.4");
    CHECK(rate->attribute == "deaths.per_capita");
    CHECK(*rate->value.num.low == doctest::Approx(2.4));
    const Claim* million = need(claims, "24");
    CHECK(million->attribute == "deaths.per_capita");
    CHECK(*million->value.num.low == doctest::Approx(2.4));
    const Claim* average = need(claims, "46");
    CHECK(average->attribute == "deaths.per_capita");
    CHECK(average->scope.phase == "average");
    CHECK(need(claims, "3.1")->attribute == "crashes.per_vehicle");
    // (the people it is per are no count; parts per million no rate)
    CHECK(find(claims, "100,000") == nullptr);
    CHECK(need(claims, "427")->attribute.find("per_capita") == std::string::npos);
  }
  SUBCASE("people of a kind are their own toll") {
    CHECK(need(claims, "380")->attribute == "pedestrian.deaths");
    CHECK(need(claims, "380")->scope.population.empty());
    CHECK(need(claims, "95")->attribute == "cyclist.deaths");
  }
  SUBCASE("the level a change reached is the clause's role, at the change's time") {
    const Claim* level = need(claims, "1,150");
    CHECK(level->attribute == "deaths");
    CHECK(level->time.timex == "2026");
    // (the country, not the dateline's town nor the authority that tells it)
    CHECK(level->subject.key == "ruritania");
  }
}

TEST_CASE("extract::a place that is the claim's subject narrows nothing") {
  const auto claims = claims_of("Measles\n\nRuritania is poor. Measles killed three people in Austria in 2026, "
                                "and Austria recorded 1,240 cases in Vienna.\n",
                                "2027-03-18");
  const Claim* deaths = need(claims, "three");
  CHECK(deaths->subject.key == "AT");
  CHECK(deaths->scope.place.empty());
  // (a place within the subject still does)
  CHECK(need(claims, "1,240")->scope.place == "AT/vienna");
}

TEST_CASE("extract::a verb before a toll is no kind of people") {
  const auto claims = claims_of("Bombings\n\nThe bombings have killed more than 200 people.\n", "1998-08-11");
  CHECK(need(claims, "more than 200")->attribute == "deaths");
}

TEST_CASE("extract::a strike of workers, and people stranded") {
  const auto claims = claims_of(
      "Strike\n\nPilots at Acme Air will strike for 48 hours from Friday, the airline said. The storm struck the "
      "coast on Monday.\n\nLast week's strike stranded about 85,000 passengers.\n",
      "2027-05-05");
  SUBCASE("people who strike walk out; a storm that strikes makes landfall") {
    CHECK(need(claims, "48 hours")->attribute == "duration.strike");
    CHECK(need(claims, "Monday")->attribute == "date.landfall");
  }
  SUBCASE("a kind's participle on people is no event of the kind") {
    CHECK(need(claims, "about 85,000")->subject.key != "story:stranding");
  }
  SUBCASE("a verb and its particle share the frame of one word") {
    const auto out = claims_of("Strike\n\nPilots at Acme Air will walk out for two days starting Saturday.\n",
                               "2027-05-06");
    const Claim* c = need(out, "Saturday");
    CHECK(std::find(c->context.begin(), c->context.end(), "frame.walkout") != c->context.end());
  }
}

TEST_CASE("extract::market shares, each maker's, dated by the figure before") {
  const auto claims = claims_of(
      "Phones\n\nGlobal shipments rose 4% to 302 million units in the third quarter, research firm Acme Research "
      "said. Bolt led the market with a 21% share, followed by Crest at 17% and Dyna at 14%. Bolt's market share "
      "is 22% now. Crest holds 18% of the global market.\n",
      "2027-10-15");
  SUBCASE("a share of a market, however it is said") {
    for (const char* text : {"21%", "17%", "14%", "22%", "18%"}) {
      CAPTURE(text);
      CHECK(need(claims, text)->attribute == "share.market");
    }
  }
  SUBCASE("a name listed after the agent takes the figure after it") {
    CHECK(need(claims, "17%")->subject.key == "crest");
    CHECK(need(claims, "14%")->subject.key == "dyna");
  }
  SUBCASE("shares told in the past right after a dated figure are of its period") {
    CHECK(need(claims, "21%")->time.timex == "2027-Q3");
    // (not one in the present tense)
    CHECK(need(claims, "22%")->time.timex != "2027-Q3");
  }
  SUBCASE("nor after a comparison the sentence before dates") {
    const auto other = claims_of(
        "List\n\nThe list is 3 million higher than in February 2020, when 4.43 million people were waiting. Only "
        "59.8% of patients were seen within 18 weeks.\n",
        "2026-11-20");
    CHECK(need(other, "59.8%")->time.timex != "2020-02");
  }
}

TEST_CASE("extract::a street value is no expectation") {
  const auto claims = claims_of(
      "Haul\n\nPolice seized 2.5 tonnes of cocaine with a street value of about 190 million euros. Wall Street "
      "analysts' estimate was $8.1 billion.\n",
      "2027-06-02");
  CHECK(need(claims, "about 190 million euros")->scope.phase.empty());
  CHECK(need(claims, "$8.1 billion")->scope.phase == "expected");
}

TEST_CASE("extract::claim_json_text writes what claim_json does") {
  corpus::LoadOptions opt;
  opt.boilerplate = resources().boilerplate;
  auto docs = corpus::load({CROSSCHECK_SOURCE_DIR "/claims/kaspersky", CROSSCHECK_SOURCE_DIR "/tests/stories/storm"}, opt);
  REQUIRE(docs);
  std::size_t n = 0;
  for (const auto& d : *docs) {
    for (const auto& c : extract::extract(d, resources())) {
      const auto tree = extract::claim_json(c);
      const auto text = extract::claim_json_text(c);
      // same members, same values (doubles may print differently but parse equal)
      CHECK(nlohmann::json::parse(text) == tree);
      auto no_quote = tree;
      no_quote.erase("quote");
      CHECK(nlohmann::json::parse(extract::claim_json_text(c, false)) == no_quote);
      ++n;
    }
  }
  CHECK(n > 50);
  Claim odd;
  odd.quote = std::string("tab\there \"quoted\" back\\slash \x01 bad \xFF end");
  odd.value.kind = ValueKind::quantity;
  odd.value.num.low = 1e21;
  odd.value.num.high = 0.000012;
  const auto j = nlohmann::json::parse(extract::claim_json_text(odd));
  CHECK(j["quote"] == "tab\there \"quoted\" back\\slash \x01 bad \xEF\xBF\xBD end");
  CHECK(j["value"]["low"] == 1e21);
  CHECK(j["value"]["high"] == 0.000012);
}
