#include <doctest/doctest.h>

#include <set>

#include "lexicon/gazetteer.hpp"
#include "reconcile/reconcile.hpp"

using namespace cc;

namespace {

const lexicon::Gazetteer& gaz() {
  static const lexicon::Gazetteer g = [] {
    auto r = lexicon::Gazetteer::load(CROSSCHECK_SOURCE_DIR "/grammars/places.txt");
    REQUIRE(r);
    return std::move(*r);
  }();
  return g;
}

Claim count(const std::string& id, const std::string& doc, double low, double high, const std::string& date,
            bool changing = true) {
  Claim c;
  c.id = id;
  c.document = doc;
  c.subject.key = "acme";
  c.subject.kind = "org";
  c.attribute = "employees";
  c.value.kind = ValueKind::quantity;
  c.value.num = NumRange{low, high, true, true, low != high};
  c.value.display = std::to_string(static_cast<int>(low));
  const auto span = parse_iso_span(date);
  c.time.range = DateRange{span->first, span->last, Granularity::day};
  c.changing = changing;
  c.context = {"acme", "employ", "plant"};
  return c;
}

// A date claim: the day `day` as written `text`, in a report published on
// `published`, about a subject of kind `kind`.
Claim date_claim(const std::string& id, const std::string& doc, const std::string& day, const std::string& published,
                 const std::string& text, const std::string& kind, const std::string& certainty = "asserted") {
  Claim c = count(id, doc, 0, 0, published, false);
  c.attribute = "date.begin";
  c.subject.kind = kind;
  c.certainty = certainty;
  c.value = ClaimValue{};
  c.value.kind = ValueKind::date;
  const auto span = parse_iso_span(day);
  c.value.date = DateRange{span->first, span->last, Granularity::day};
  c.value.display = day;
  c.text = text;
  c.context = {"attend", "rally", "havana"};
  return c;
}

std::vector<reconcile::DocInfo> docs() {
  return {{"a", "Outlet A", "2024-01-01", "Some article text number one about a plant and its workers today."},
          {"b", "Outlet B", "2024-01-01", "Another article with different words entirely about other things here."},
          {"c", "Outlet C", "2024-03-01", "A third article, later, that says something else about the same plant."}};
}

FindingKind only_kind(const reconcile::Result& r) {
  REQUIRE(r.findings.size() == 1);
  return r.findings[0].kind;
}

}  // namespace

TEST_CASE("reconcile::intervals") {
  SUBCASE("overlap is agreement, with a rounding tolerance") {
    const auto r = reconcile::reconcile(docs(), {count("1", "a", 1370, 1370, "2024-01-01"),
                                                 count("2", "b", 1368, 1368, "2024-01-01")}, gaz());
    CHECK(only_kind(r) == FindingKind::agreement);
    CHECK(r.findings[0].independent == 2);
  }
  SUBCASE("a percentage is any figure that rounds to it: 4% and 4.4% agree, 4% and 5% or 4.4% and 4.6% differ") {
    const auto share = [](const std::string& id, const std::string& doc, double v) {
      Claim c = count(id, doc, v, v, "2024-01-01", false);
      c.value.kind = ValueKind::percent;
      c.value.unit = "%";
      c.attribute = "share.unemployment";
      return c;
    };
    CHECK(only_kind(reconcile::reconcile(docs(), {share("1", "a", 4), share("2", "b", 4.4)}, gaz())) ==
          FindingKind::agreement);
    CHECK(only_kind(reconcile::reconcile(docs(), {share("1", "a", 54), share("2", "b", 53.8)}, gaz())) ==
          FindingKind::agreement);
    CHECK(only_kind(reconcile::reconcile(docs(), {share("1", "a", 4), share("2", "b", 5)}, gaz())) ==
          FindingKind::contradiction);
    CHECK(only_kind(reconcile::reconcile(docs(), {share("1", "a", 4.4), share("2", "b", 4.6)}, gaz())) ==
          FindingKind::contradiction);
  }
  SUBCASE("two ranges that share only an end neither agree nor conflict; a point at the end agrees") {
    const auto range = [](const std::string& id, const std::string& doc, double lo, double hi) {
      Claim c = count(id, doc, lo, hi, "2024-01-01", false);
      c.value.kind = ValueKind::money;
      c.value.unit = "USD";
      c.attribute = "price.per_share";
      c.value.num.approximate = false;
      return c;
    };
    CHECK(reconcile::reconcile(docs(), {range("1", "a", 15, 17), range("2", "b", 17, 19)}, gaz()).findings.empty());
    CHECK(only_kind(reconcile::reconcile(docs(), {range("1", "a", 15, 17), range("2", "b", 16, 19)}, gaz())) ==
          FindingKind::agreement);
    CHECK(only_kind(reconcile::reconcile(docs(), {range("1", "a", 15, 17), range("2", "b", 17, 17)}, gaz())) ==
          FindingKind::partial_agreement);
  }
  SUBCASE("a denied figure does not conflict with a different figure") {
    Claim denied = count("1", "a", 0, 30, "2024-01-01", false);
    denied.value.num = NumRange{std::nullopt, 30.0, true, false, false};
    denied.certainty = "negated";  // "did not fall below 30"
    const auto r = reconcile::reconcile(docs(), {denied, count("2", "b", 46, 46, "2024-01-01", false)}, gaz());
    for (const auto& f : r.findings) {
      CHECK(f.kind != FindingKind::contradiction);
    }
  }
  SUBCASE("one inside a bound is a refinement") {
    Claim bound = count("1", "a", 0, 50, "2024-01-01");
    bound.value.num = NumRange{std::nullopt, 50.0, true, false, false};
    const auto r = reconcile::reconcile(docs(), {bound, count("2", "b", 40, 40, "2024-01-01")}, gaz());
    CHECK(only_kind(r) == FindingKind::partial_agreement);
  }
  SUBCASE("disjoint at the same time is a contradiction") {
    const auto r = reconcile::reconcile(docs(), {count("1", "a", 10, 10, "2024-01-01"),
                                                 count("2", "b", 14, 14, "2024-01-01")}, gaz());
    CHECK(only_kind(r) == FindingKind::contradiction);
    CHECK(r.findings[0].explanation.find("Outlet A") != std::string::npos);
  }
  SUBCASE("a changing figure reported later is an update") {
    const auto r = reconcile::reconcile(docs(), {count("1", "a", 10, 10, "2024-01-01"),
                                                 count("2", "c", 14, 14, "2024-03-01")}, gaz());
    CHECK(only_kind(r) == FindingKind::update);
  }
  SUBCASE("a fixed figure reported later is still a contradiction") {
    const auto r = reconcile::reconcile(docs(), {count("1", "a", 10, 10, "2024-01-01", false),
                                                 count("2", "c", 14, 14, "2024-03-01", false)}, gaz());
    CHECK(only_kind(r) == FindingKind::contradiction);
  }
  SUBCASE("an age one year apart is an update months later, a contradiction the same day") {
    const auto age = [](const std::string& id, const std::string& doc, double years, const std::string& date) {
      Claim c = count(id, doc, years, years, date, false);
      c.subject = Subject{};
      c.subject.key = "person:jo smith";
      c.subject.kind = "person";
      c.attribute = "age";
      return c;
    };
    CHECK(only_kind(reconcile::reconcile(docs(), {age("1", "a", 61, "2024-01-01"), age("2", "b", 62, "2024-01-01")},
                                         gaz())) == FindingKind::contradiction);
    CHECK(only_kind(reconcile::reconcile(docs(), {age("1", "a", 61, "2024-01-01"), age("2", "c", 62, "2024-06-01")},
                                         gaz())) == FindingKind::update);
    CHECK(only_kind(reconcile::reconcile(docs(), {age("1", "a", 61, "2024-01-01"), age("2", "c", 64, "2024-06-01")},
                                         gaz())) == FindingKind::contradiction);
  }
  SUBCASE("a smaller toll said of one place may be that place's part of the whole") {
    const auto toll = [](const std::string& id, const std::string& doc, double n, const std::string& place) {
      Claim c = count(id, doc, n, n, "2024-01-01");
      c.subject = Subject{};
      c.subject.key = "story:storm";
      c.subject.kind = "story";
      c.attribute = "deaths";
      c.scope.place = place;
      return c;
    };
    Claim later = toll("2", "b", 30, "");
    later.time.range = DateRange{parse_iso_span("2024-01-05")->first, parse_iso_span("2024-01-05")->last, Granularity::day};
    CHECK(reconcile::reconcile(docs(), {toll("1", "a", 12, "US-FL"), later}, gaz()).findings.empty());
    CHECK(only_kind(reconcile::reconcile(docs(), {toll("1", "a", 40, "US-FL"), later}, gaz())) == FindingKind::update);
  }
  SUBCASE("a figure in billions agrees with any figure that rounds to it at its stated precision") {
    const auto money = [](const std::string& id, const std::string& doc, double v) {
      Claim c = count(id, doc, v, v, "2024-01-01", false);
      c.attribute = "deal";
      c.value.kind = ValueKind::money;
      c.value.unit = "USD";
      c.value.num.approximate = false;
      return c;
    };
    CHECK(only_kind(reconcile::reconcile(docs(), {money("1", "a", 1.2e9), money("2", "b", 1.25e9)}, gaz())) !=
          FindingKind::contradiction);
    CHECK(only_kind(reconcile::reconcile(docs(), {money("1", "a", 1.5e9), money("2", "b", 1.6e9)}, gaz())) ==
          FindingKind::contradiction);
    CHECK(only_kind(reconcile::reconcile(docs(), {count("1", "a", 10, 10, "2024-01-01", false),
                                                  count("2", "b", 12, 12, "2024-01-01", false)}, gaz())) ==
          FindingKind::contradiction);
  }
  SUBCASE("a vague amount that holds a later figure is no update") {
    Claim dozens = count("2", "c", 24, 100, "2024-03-01");  // "dozens"
    dozens.value.num = NumRange{24.0, 100.0, true, false, true};
    const auto r = reconcile::reconcile(docs(), {count("1", "a", 37, 37, "2024-01-01"), dozens}, gaz());
    CHECK(only_kind(r) == FindingKind::partial_agreement);
  }
  SUBCASE("two hedged round figures far apart are two figures") {
    Claim a = count("1", "a", 990, 1210, "2024-01-01", false);  // about 1,100
    Claim b = count("2", "b", 1170, 1430, "2024-01-01", false);  // about 1,300
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::contradiction);
  }
  SUBCASE("a cut dated months before another is another round, not an update") {
    Claim a = count("1", "a", 600, 600, "2023-03-01");
    Claim b = count("2", "c", 1100, 1100, "2024-03-01");
    a.attribute = b.attribute = "employees.cut";
    a.time.source = "explicit";
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());
  }
  SUBCASE("a report that gives both figures tells of a dispute (police and organizers): not flagged") {
    // police 45,000 and organizers 60,000, both in each report
    const auto r = reconcile::reconcile(docs(), {count("1", "a", 45000, 45000, "2024-01-01", false),
                                                 count("2", "a", 60000, 60000, "2024-01-01", false),
                                                 count("3", "b", 45000, 45000, "2024-01-01", false),
                                                 count("4", "b", 60000, 60000, "2024-01-01", false)},
                                        gaz());
    for (const auto& f : r.findings) {
      CHECK(f.kind != FindingKind::contradiction);
    }
    CHECK(r.findings.size() == 2);  // the two agreements
    // each report with one figure only: a contradiction
    const auto r2 = reconcile::reconcile(docs(), {count("1", "a", 45000, 45000, "2024-01-01", false),
                                                  count("4", "b", 60000, 60000, "2024-01-01", false)},
                                         gaz());
    CHECK(only_kind(r2) == FindingKind::contradiction);
  }
  SUBCASE("a figure worldwide is the whole, as one with no place is") {
    Claim a = count("1", "a", 6200, 6200, "2024-01-01");
    a.scope.place = "region:world";
    CHECK(only_kind(reconcile::reconcile(docs(), {a, count("2", "b", 6200, 6200, "2024-01-01")}, gaz())) ==
          FindingKind::agreement);
    CHECK(only_kind(reconcile::reconcile(docs(), {a, count("2", "b", 5000, 5000, "2024-01-01")}, gaz())) ==
          FindingKind::contradiction);
  }
  SUBCASE("a person is born once, wherever the sentence says the birth took place") {
    Claim a = date_claim("1", "a", "1938", "2024-01-01", "1938", "person");
    Claim b = date_claim("2", "b", "1937", "2024-01-01", "1937", "person");
    a.attribute = b.attribute = "date.birth";
    a.subject.key = b.subject.key = "person:marcus bell";
    a.context = {"born", "memphis", "move"};
    b.context = {"album", "release"};
    a.scope.place = "US-TN/memphis";
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::contradiction);
  }
  SUBCASE("the story's event happened once, whatever the words around") {
    Claim a = date_claim("1", "a", "2024-01-01", "2024-01-01", "Monday", "story");
    Claim b = date_claim("2", "b", "2023-12-31", "2024-01-01", "Sunday", "story");
    a.subject.key = b.subject.key = "story:explosion";
    a.context = {"blast", "shake", "home"};
    b.context = {"ethylene", "make", "unit"};
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());  // date.begin: the words differ
    a.attribute = b.attribute = "date.occur";
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::contradiction);
  }
  SUBCASE("the story's event happened once: weekday names in reports of different days conflict") {
    // "stranded on Sunday" (reported on Sunday) and "came ashore on
    // Saturday" (reported on Wednesday)
    Claim a = date_claim("1", "a", "2024-01-07", "2024-01-07", "Sunday", "story");
    Claim b = date_claim("2", "b", "2024-01-06", "2024-01-10", "Saturday", "story");
    a.subject.key = b.subject.key = "story:stranding";
    a.attribute = b.attribute = "date.occur";
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::contradiction);
    // (another date of the story, "Sunday" and "Saturday" said days apart,
    // may be two events: no finding)
    a.attribute = b.attribute = "date.return";
    a.context = b.context = {"return", "sea", "whale"};
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());
  }
  SUBCASE("temperatures a few hundredths apart say so") {
    Claim a = count("1", "a", 1.48, 1.48, "2024-01-01", false);
    Claim b = count("2", "b", 1.45, 1.45, "2024-01-01", false);
    a.attribute = b.attribute = "temperature.change";
    a.value.unit = b.value.unit = "degC";
    const auto r = reconcile::reconcile(docs(), {a, b}, gaz());
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].kind == FindingKind::contradiction);
    CHECK(r.findings[0].explanation.find("differ by 0.03") != std::string::npos);
  }
  SUBCASE("an event's figure dated to its day, days before the report, is the report's news") {
    // "A magnitude 6.8 earthquake struck southern Peru early on Tuesday"
    // against "a 6.8-magnitude earthquake shook ...", both reported Tuesday
    Claim a = count("1", "a", 6.8, 6.8, "2023-12-30", false);
    Claim b = count("2", "b", 6.8, 6.8, "2024-01-01", false);
    a.attribute = b.attribute = "magnitude";
    a.subject.key = b.subject.key = "story:earthquake";
    a.subject.kind = b.subject.kind = "story";
    a.time.source = "explicit";
    // (the report's day, from a figure it dates by its publication)
    Claim pa = count("p1", "a", 1, 1, "2024-01-01");
    pa.subject.key = "acme-a";
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b, pa}, gaz())) == FindingKind::agreement);
    // (a year the report names is another event's: "In 2001, a magnitude
    // 8.4 earthquake")
    const auto year = parse_iso_span("2001");
    a.time.range = DateRange{year->first, year->last, Granularity::year};
    CHECK(reconcile::reconcile(docs(), {a, b, pa}, gaz()).findings.empty());
  }
  SUBCASE("a change both reports plan is one decision; an open change never conflicts") {
    // "Russia will cut 300,000 barrels a day" against "Russia will reduce its
    // output by 250,000 barrels a day", the same day
    Claim a = count("1", "a", 300000, 300000, "2024-01-01");
    Claim b = count("2", "b", 250000, 250000, "2024-01-01");
    a.attribute = b.attribute = "change.volume";
    a.subject.key = b.subject.key = "RU";
    a.subject.kind = b.subject.kind = "place";
    a.context = {"cut", "day", "russia"};
    b.context = {"day", "output", "reduce", "russia"};
    a.certainty = b.certainty = "planned";
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::contradiction);
    // (said of no period and not planned: "fell 300,000" and "fell
    // 250,000" may be of two spans)
    a.certainty = b.certainty = "asserted";
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());
  }
  SUBCASE("a weak kind's figures that reports date themselves meet by the reports' days") {
    // "206,000 jobs in July" in two reports on the economy a day apart
    const auto july = [](const std::string& id, const std::string& doc, double v, bool weak) {
      Claim c = count(id, doc, v, v, "2024-01-01");
      c.subject.kind = "story";
      c.subject.key = "story:economy";
      c.subject.parent = weak ? "story:" : "";
      c.time.source = "explicit";
      const auto span = parse_iso_span("2023-12");
      c.time.range = DateRange{span->first, span->last, Granularity::month};
      return c;
    };
    // (each report also has a figure dated by its publication: its day)
    Claim pa = count("p1", "a", 1, 1, "2024-01-01");
    Claim pb = count("p2", "b", 2, 2, "2024-01-01");
    pa.subject.key = "acme-a";
    pb.subject.key = "acme-b";
    CHECK(only_kind(reconcile::reconcile(docs(), {july("1", "a", 206000, true), july("2", "b", 206000, true), pa, pb},
                                         gaz())) == FindingKind::agreement);
    // an event's dated figure ("In 2019, an outbreak killed 40") meets no
    // other in other words ("a flu season in 2019 killed 45")
    Claim earlier_a = july("1", "a", 40, false);
    Claim earlier_b = july("2", "b", 45, false);
    earlier_a.context = {"kill", "outbreak", "texas"};
    earlier_b.context = {"flu", "hospital", "season"};
    CHECK(reconcile::reconcile(docs(), {earlier_a, earlier_b, pa, pb}, gaz()).findings.empty());
    // but in the same words, two reports of one story days apart speak of
    // one earlier event ("since 2011, when 120 whales died in the same
    // bay", "in 2011, when 150 whales died there")
    earlier_b.context = earlier_a.context;
    CHECK(only_kind(reconcile::reconcile(docs(), {earlier_a, earlier_b, pa, pb}, gaz())) == FindingKind::contradiction);
  }
  SUBCASE("an unnamed event is one event only in reports a fortnight apart") {
    Claim a = count("1", "a", 75, 75, "2024-01-01");
    Claim b = count("2", "c", 6, 6, "2024-03-01");
    a.subject.kind = b.subject.kind = "story";
    a.subject.key = b.subject.key = "story:bombing";
    a.attribute = b.attribute = "deaths";
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());
    b.time = a.time;  // the same day: one bombing, and the tolls conflict
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::contradiction);
  }
  SUBCASE("a generic word inside a name is often left out: Logan International Airport is Logan Airport") {
    Claim a = count("1", "a", 18.4, 18.4, "2024-01-01", false);
    Claim b = count("2", "b", 16.2, 16.2, "2024-01-01", false);
    a.attribute = b.attribute = "snow";
    a.subject.key = "logan international airport";
    b.subject.key = "logan airport";
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::contradiction);
    b.subject.key = "logan regional hospital";  // another subject
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());
  }
  SUBCASE("a change both reports date to the same day is that day's change, whatever the words around") {
    Claim a = count("1", "a", 3.1, 3.1, "2024-01-01");
    Claim b = count("2", "b", 2.9, 2.9, "2024-01-01");
    a.value.kind = b.value.kind = ValueKind::percent;
    a.attribute = b.attribute = "change";
    a.context = {"average", "close", "fall", "point"};
    b.context = {"dow", "fall", "one-day", "steepest"};
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());  // undated: too few words in common
    a.time.source = b.time.source = "explicit";                        // "on Monday" in both
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::contradiction);
  }
  SUBCASE("a count of what is still left is a later count, even on the same day") {
    Claim a = count("1", "a", 6, 6, "2024-01-01");  // "Six road workers were missing"
    Claim b = count("2", "b", 4, 4, "2024-01-01");  // "four workers remain missing"
    a.attribute = b.attribute = "missing";
    a.context = {"miss", "road", "worker"};
    b.context = {"miss", "remain", "worker"};
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::update);
    b.context = {"miss", "worker", "road"};
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::contradiction);
    b.quote = "Four road workers were still missing.";
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::update);
  }
  SUBCASE("two parts of one whole are one part only when the words around them say so") {
    Claim a = count("1", "a", 6, 6, "2024-01-01");  // "Six of the injured were in critical condition"
    Claim b = count("2", "c", 2, 2, "2024-01-04");  // "two of the injured died in hospital"
    a.attribute = b.attribute = "injuries";
    a.scope.population = b.scope.population = "part";
    a.context = {"injured", "critical", "condition"};
    b.context = {"injured", "die", "hospital"};
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());
    b.context = a.context;  // "Four of the injured were in critical condition"
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::update);
  }
  SUBCASE("a story about 'the jet' speaks of the corpus's one story event") {
    Claim a = count("1", "a", 3, 3, "2024-01-01");
    Claim b = count("2", "b", 4, 4, "2024-01-01");
    a.subject.kind = b.subject.kind = "story";
    a.subject.key = "story:flight";  // "A jet skidded off the runway, killing three"
    a.subject.parent = "story:";
    b.subject.key = "story:crash";  // "The crash killed four"
    a.attribute = b.attribute = "deaths";
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::contradiction);
    // with two kinds of story event in the corpus, the jet is neither's
    Claim c = count("3", "c", 9, 9, "2024-03-01");
    c.subject.kind = "story";
    c.subject.key = "story:fire";
    c.attribute = "deaths";
    CHECK(reconcile::reconcile(docs(), {a, b, c}, gaz()).findings.empty());
    // and without the parent mark, a flight is its own event
    a.subject.parent.clear();
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());
  }
  SUBCASE("a fixed figure dated years before is another occurrence") {
    Claim a = count("1", "a", 8.4, 8.4, "2001-06-23", false);
    Claim b = count("2", "b", 6.8, 6.8, "2024-01-01", false);
    a.attribute = b.attribute = "magnitude";
    a.time.source = "explicit";
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());
  }
  SUBCASE("different scopes are never contradictions") {
    Claim us = count("2", "b", 40, 40, "2024-01-01");
    us.scope.place = "US";
    const auto r = reconcile::reconcile(docs(), {count("1", "a", 300, 300, "2024-01-01"), us}, gaz());
    for (const auto& f : r.findings) {
      CHECK(f.kind != FindingKind::contradiction);
    }
  }
  SUBCASE("an amount with or before fees: equal figures agree, different ones are never contradictions") {
    const auto money = [](const std::string& id, const std::string& doc, double v, const std::string& phase) {
      Claim c = count(id, doc, v, v, "2024-01-01", false);
      c.attribute = "sell";
      c.value.kind = ValueKind::money;
      c.value.unit = "USD";
      c.scope.phase = phase;
      return c;
    };
    auto r = reconcile::reconcile(docs(), {money("1", "a", 34.8e6, ""), money("2", "b", 30e6, "before fee")}, gaz());
    for (const auto& f : r.findings) {
      CHECK(f.kind != FindingKind::contradiction);
    }
    r = reconcile::reconcile(docs(), {money("1", "a", 34.8e6, ""), money("2", "b", 34.8e6, "including fee")}, gaz());
    CHECK(only_kind(r) == FindingKind::agreement);
    r = reconcile::reconcile(docs(), {money("1", "a", 34.8e6, "including fee"), money("2", "b", 30e6, "before fee")},
                             gaz());
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].kind == FindingKind::scope_differs);
    CHECK(r.findings[0].explanation.find("measure or phase") != std::string::npos);
    // an amount over a span of years against a year's: never a contradiction
    r = reconcile::reconcile(docs(), {money("1", "a", 2e9, "over five years"), money("2", "b", 5e8, "")}, gaz());
    for (const auto& f : r.findings) {
      CHECK(f.kind != FindingKind::contradiction);
    }
    // conversions at the writer's rate: agree when equal, never contradict
    r = reconcile::reconcile(docs(), {money("1", "a", 127e6, "converted"), money("2", "b", 124e6, "converted")},
                             gaz());
    CHECK(r.findings.empty());
    r = reconcile::reconcile(docs(), {money("1", "a", 127e6, "converted"), money("2", "b", 127e6, "")}, gaz());
    CHECK(only_kind(r) == FindingKind::agreement);
    // a bare figure against an operating one stays another measure
    r = reconcile::reconcile(docs(), {money("1", "a", 34.8e6, ""), money("2", "b", 34.8e6, "operating")}, gaz());
    for (const auto& f : r.findings) {
      CHECK(f.kind != FindingKind::agreement);
    }
  }
  SUBCASE("temperature differences convert by the scale alone") {
    const auto warmer = [](const std::string& id, const std::string& doc, double v, const std::string& unit) {
      Claim c = count(id, doc, v, v, "2025-03-05", false);
      c.attribute = "temperature.change";
      c.value.unit = unit;
      return c;
    };
    auto r = reconcile::reconcile(docs(), {warmer("1", "a", 3, "degC"), warmer("2", "b", 5.4, "degF")}, gaz());
    CHECK(only_kind(r) == FindingKind::agreement);
    r = reconcile::reconcile(docs(), {warmer("1", "a", 3, "degC"), warmer("2", "b", 9, "degF")}, gaz());
    CHECK(only_kind(r) == FindingKind::contradiction);
  }
  SUBCASE("clock times compare as instants: zones written, or a zone's whole hours apart") {
    const auto at = [](const std::string& id, const std::string& doc, const std::string& day, const std::string& hm,
                       const std::string& text) {
      Claim c = date_claim(id, doc, day, "2025-03-06", text, "event");
      c.attribute = "date.liftoff";
      c.value.timex = day + "T" + hm;
      return c;
    };
    auto r = reconcile::reconcile(docs(), {at("1", "a", "2025-03-04", "21:15", "9:15 p.m. EST"),
                                           at("2", "b", "2025-03-05", "02:15", "02:15 GMT")},
                                  gaz());
    CHECK(only_kind(r) == FindingKind::agreement);
    r = reconcile::reconcile(docs(), {at("1", "a", "2025-03-04", "21:15", "9:15 p.m. EST"),
                                      at("2", "b", "2025-03-05", "03:15", "03:15 GMT")},
                             gaz());
    CHECK(only_kind(r) == FindingKind::contradiction);
    // no zone on one side: three hours apart may be one instant
    r = reconcile::reconcile(docs(), {at("1", "a", "2025-03-09", "23:47", "11:47 p.m."),
                                      at("2", "b", "2025-03-10", "02:47", "2:47 a.m.")},
                             gaz());
    CHECK(r.findings.empty());
    // "ET" in March before daylight saving is UTC-5, after it UTC-4
    r = reconcile::reconcile(docs(), {at("1", "a", "2025-07-04", "21:15", "9:15 p.m. ET"),
                                      at("2", "b", "2025-07-05", "01:15", "01:15 UTC")},
                             gaz());
    CHECK(only_kind(r) == FindingKind::agreement);
  }
  SUBCASE("a week may hold the Sunday before its Monday") {
    const auto week = [](const std::string& id, const std::string& doc, const std::string& from,
                         const std::string& to, Granularity g) {
      Claim c = date_claim(id, doc, from, "2025-01-15", from, "org");
      c.attribute = "date.file";
      const auto a = parse_iso_span(from);
      const auto b = parse_iso_span(to);
      c.value.date = DateRange{a->first, b->last, g};
      return c;
    };
    auto r = reconcile::reconcile(docs(), {week("1", "a", "2025-01-12", "2025-01-12", Granularity::day),
                                           week("2", "b", "2025-01-13", "2025-01-19", Granularity::week)},
                                  gaz());
    CHECK(only_kind(r) == FindingKind::partial_agreement);
    r = reconcile::reconcile(docs(), {week("1", "a", "2025-01-11", "2025-01-11", Granularity::day),
                                      week("2", "b", "2025-01-13", "2025-01-19", Granularity::week)},
                             gaz());
    CHECK(only_kind(r) == FindingKind::contradiction);
  }
  SUBCASE("a changing figure of an undated report may be an update, never a contradiction") {
    Claim undated = count("1", "a", 300, 300, "2024-01-01");
    undated.time.range = DateRange{};
    auto r = reconcile::reconcile(docs(), {undated, count("2", "b", 400, 400, "2024-01-01")}, gaz());
    CHECK(only_kind(r) == FindingKind::update);
    CHECK(r.findings[0].explanation.find("not dated to the day") != std::string::npos);
    // a report dated only to a month, against a day in it
    Claim month = count("1", "a", 300, 300, "2024-01");
    month.time.source = "publication";
    r = reconcile::reconcile(docs(), {month, count("2", "b", 400, 400, "2024-01-15")}, gaz());
    CHECK(only_kind(r) == FindingKind::update);
    // a fixed figure still conflicts
    Claim fixed_a = count("1", "a", 300, 300, "2024-01-01", false);
    fixed_a.time.range = DateRange{};
    r = reconcile::reconcile(docs(), {fixed_a, count("2", "b", 400, 400, "2024-01-01", false)}, gaz());
    CHECK(only_kind(r) == FindingKind::contradiction);
  }
  SUBCASE("changes on two different days are two figures") {
    const auto change = [](const std::string& id, const std::string& doc, double v, const std::string& day) {
      Claim c = count(id, doc, v, v, day);
      c.attribute = "change.share";
      c.value.kind = ValueKind::percent;
      c.value.unit = "%";
      c.time.source = "explicit";
      return c;
    };
    auto r = reconcile::reconcile(docs(), {change("1", "a", 5, "2025-03-04"), change("2", "b", 3, "2025-03-05")}, gaz());
    CHECK(r.findings.empty());
    r = reconcile::reconcile(docs(), {change("1", "a", 5, "2025-03-04"), change("2", "b", 7, "2025-03-04")}, gaz());
    CHECK(only_kind(r) == FindingKind::contradiction);
    // a year's change against a day's in it: two figures
    r = reconcile::reconcile(docs(), {change("1", "a", 30, "2025"), change("2", "b", 3, "2025-03-04")}, gaz());
    CHECK(r.findings.empty());
    // a change said of no period may agree, never contradict
    Claim open = change("1", "a", 30, "2025-03-05");
    open.time.source = "publication";
    r = reconcile::reconcile(docs(), {open, change("2", "b", 28, "2025")}, gaz());
    CHECK(r.findings.empty());
  }
  SUBCASE("different subjects are not compared") {
    Claim other = count("2", "b", 14, 14, "2024-01-01");
    other.subject.key = "globex";
    const auto r = reconcile::reconcile(docs(), {count("1", "a", 10, 10, "2024-01-01"), other}, gaz());
    CHECK(r.findings.empty());
  }
  SUBCASE("unrelated contexts do not contradict") {
    Claim other = count("2", "b", 14, 14, "2024-01-01");
    other.context = {"board", "vote", "merger"};
    const auto r = reconcile::reconcile(docs(), {count("1", "a", 10, 10, "2024-01-01"), other}, gaz());
    CHECK(r.findings.empty());
  }
}

TEST_CASE("reconcile::sets, statuses and independence") {
  const auto set = [](const std::string& id, const std::string& doc, std::vector<std::string> items) {
    Claim c = count(id, doc, 0, 0, "2024-01-01");
    c.attribute = "office.open";
    c.value = ClaimValue{};
    c.value.kind = ValueKind::set;
    c.value.items = items;
    c.value.item_names = items;
    return c;
  };
  SUBCASE("equal sets agree, subsets partly agree, conflicting members contradict") {
    auto r = reconcile::reconcile(docs(), {set("1", "a", {"x", "y", "z"}), set("2", "b", {"x", "y", "z"})}, gaz());
    CHECK(only_kind(r) == FindingKind::agreement);
    r = reconcile::reconcile(docs(), {set("1", "a", {"x", "y", "z"}), set("2", "b", {"x", "z"})}, gaz());
    CHECK(only_kind(r) == FindingKind::partial_agreement);
    r = reconcile::reconcile(docs(), {set("1", "a", {"x", "y", "z"}), set("2", "b", {"x", "y", "w"})}, gaz());
    CHECK(only_kind(r) == FindingKind::contradiction);
  }
  SUBCASE("a public body by the word before its kind is that body: 'Commerce' and 'the Commerce Department'") {
    Claim a = count("1", "a", 25, 25, "2024-01-01", false);
    a.subject.key = "commerce department";
    Claim b = count("2", "b", 25, 25, "2024-01-01", false);
    b.subject.key = "commerce";
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::agreement);
    b.subject.key = "treasury";
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());
    // ("Ridgeline SUVs" names no kind of body or firm: not "Ridgeline")
    a.subject.key = "ridgeline suvs";
    b.subject.key = "ridgeline";
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());
  }
  SUBCASE("a later report that quotes an estimate revises figures a few percent off") {
    Claim a = count("1", "a", 260, 260, "2024-01-01", false);
    a.attribute = "open";
    Claim b = count("2", "c", 263, 263, "2024-03-01", false);
    b.attribute = "open";
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::contradiction);
    Claim estimate = count("3", "c", 118, 118, "2024-03-01", false);
    estimate.attribute = "amount";
    estimate.scope.phase = "expected";
    const auto r = reconcile::reconcile(docs(), {a, b, estimate}, gaz());
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].kind == FindingKind::update);
  }
  SUBCASE("status progression over time is an update") {
    Claim a = count("1", "a", 0, 0, "2024-01-01");
    a.attribute = "status.close";
    a.value = ClaimValue{};
    a.value.kind = ValueKind::status;
    a.value.text = "considering";
    Claim b = a;
    b.id = "2";
    b.document = "c";
    b.value.text = "done";
    const auto span = parse_iso_span("2024-03-01");
    b.time.range = DateRange{span->first, span->last, Granularity::day};
    const auto r = reconcile::reconcile(docs(), {a, b}, gaz());
    CHECK(only_kind(r) == FindingKind::update);
  }
  SUBCASE("two outlets citing one origin are one source") {
    Claim a = count("1", "a", 10, 10, "2024-01-01");
    Claim b = count("2", "b", 10, 10, "2024-01-01");
    a.attribution.origin = "reuters";
    a.attribution.origin_name = "Reuters";
    b.attribution.origin = "reuters";
    b.attribution.origin_name = "Reuters";
    const auto r = reconcile::reconcile(docs(), {a, b}, gaz());
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].independent == 1);
  }
  SUBCASE("near-duplicate documents are one source") {
    auto d = docs();
    d[1].text = d[0].text;
    const auto r = reconcile::reconcile(d, {count("1", "a", 10, 10, "2024-01-01"), count("2", "b", 10, 10, "2024-01-01")},
                                        gaz());
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].independent == 1);
    CHECK(r.copy_cluster[1] == 0);
  }
  SUBCASE("in a large corpus (MinHash candidates) copies are found and distinct articles kept apart") {
    // 600 articles of 200 words drawn from 3,000; article 2k+1 is article
    // 2k with 4 words changed (Jaccard of 5-word shingles about 0.8).
    std::uint64_t seed = 12345;
    const auto next = [&seed] {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      return seed >> 33;
    };
    std::vector<reconcile::DocInfo> many;
    for (int d = 0; d < 600; ++d) {
      reconcile::DocInfo info{"d" + std::to_string(d), "Outlet " + std::to_string(d), "2024-01-01", ""};
      if (d % 2 == 1) {
        std::string text = many.back().text;
        for (int k = 1; k <= 4; ++k) {
          const auto at = text.find(' ', text.size() * static_cast<std::size_t>(k) / 5);
          text.insert(at, " changed" + std::to_string(k));
        }
        info.text = text;
      } else {
        for (int w = 0; w < 200; ++w) {
          info.text += "w" + std::to_string(next() % 3000) + " ";
        }
      }
      many.push_back(info);
    }
    const auto r = reconcile::reconcile(many, {}, gaz());
    REQUIRE(r.copy_cluster.size() == 600);
    int joined = 0;
    for (int d = 0; d < 600; d += 2) {
      joined += r.copy_cluster[static_cast<std::size_t>(d)] == r.copy_cluster[static_cast<std::size_t>(d + 1)] ? 1 : 0;
    }
    CHECK(joined >= 295);  // MinHash may miss a rare pair, not many
    std::set<int> distinct(r.copy_cluster.begin(), r.copy_cluster.end());
    CHECK(distinct.size() >= 300);  // and never merges unrelated articles
    CHECK(distinct.size() <= 305);
  }
  SUBCASE("finding ids are stable fingerprints") {
    const auto r1 = reconcile::reconcile(docs(), {count("1", "a", 10, 10, "2024-01-01"), count("2", "b", 10, 10, "2024-01-01")}, gaz());
    const auto r2 = reconcile::reconcile(docs(), {count("2", "b", 10, 10, "2024-01-01"), count("1", "a", 10, 10, "2024-01-01")}, gaz());
    REQUIRE(r1.findings.size() == 1);
    REQUIRE(r2.findings.size() == 1);
    CHECK(r1.findings[0].id == r2.findings[0].id);
  }
}

TEST_CASE("reconcile::a very large group stays bounded and exact") {
  // 300 documents from 300 outlets: 200 say 10, 100 say 20, same time.
  std::vector<reconcile::DocInfo> many;
  std::vector<Claim> claims;
  for (int i = 0; i < 300; ++i) {
    const std::string id = "d" + std::to_string(i);
    many.push_back({id, "Outlet " + std::to_string(i), "2024-01-01",
                    "Article " + std::to_string(i) + " with words of its own: " + std::to_string(i * 7919)});
    const double v = i % 3 == 2 ? 20 : 10;
    claims.push_back(count("c" + std::to_string(i), id, v, v, "2024-01-01", false));
  }
  const auto r = reconcile::reconcile(many, claims, gaz());
  int agreements = 0;
  int contradictions = 0;
  for (const auto& f : r.findings) {
    if (f.kind == FindingKind::agreement) {
      ++agreements;
      CHECK((f.claims.size() == 200 || f.claims.size() == 100));  // each value one cluster
    } else if (f.kind == FindingKind::contradiction) {
      ++contradictions;
      REQUIRE(f.sides.size() == 2);
      CHECK(f.sides[0].size() <= 24);  // listed claims are capped ...
      CHECK(f.sides[1].size() <= 24);
      CHECK(f.independent == 300);     // ... the source counts are not
      CHECK(f.explanation.find("against") != std::string::npos);
    }
  }
  CHECK(agreements == 2);
  CHECK(contradictions == 1);
}

TEST_CASE("reconcile::look-alikes that are not contradictions") {
  SUBCASE("a generic count never contradicts") {
    Claim a = count("1", "a", 6, 6, "2024-01-01", false);
    Claim b = count("2", "b", 17, 17, "2024-01-01", false);
    a.attribute = b.attribute = "people";
    const auto r = reconcile::reconcile(docs(), {a, b}, gaz());
    for (const auto& f : r.findings) {
      CHECK(f.kind != FindingKind::contradiction);
    }
    a.attribute = b.attribute = "amount.per_share";  // "86 cents a share" against "three cents a share"
    const auto r2 = reconcile::reconcile(docs(), {a, b}, gaz());
    for (const auto& f : r2.findings) {
      CHECK(f.kind != FindingKind::contradiction);
    }
  }
  SUBCASE("'Thursday' and 'Wednesday night' in reports of different days are two events") {
    const auto r = reconcile::reconcile(
        docs(), {date_claim("1", "a", "2024-01-03", "2024-01-01", "Wednesday night", "person"),
                 date_claim("2", "c", "2024-02-29", "2024-03-01", "Thursday", "person")},
        gaz());
    CHECK(r.findings.empty());
  }
  SUBCASE("but a named one-time event's day is one fact") {
    const auto r = reconcile::reconcile(
        docs(), {date_claim("1", "a", "2024-01-03", "2024-01-01", "Wednesday", "event"),
                 date_claim("2", "c", "2024-01-02", "2024-03-01", "Tuesday night", "event")},
        gaz());
    CHECK(only_kind(r) == FindingKind::contradiction);
  }
  SUBCASE("two dates that one article states both are two things, in its copy too") {
    // the article: the ban starts on the 20th, the wind-down on the 19th
    const auto r = reconcile::reconcile(
        docs(), {date_claim("1", "a", "2024-01-20", "2024-01-01", "January 20", "org"),
                 date_claim("2", "a", "2024-01-19", "2024-01-01", "this Friday", "org"),
                 date_claim("3", "b", "2024-01-20", "2024-01-01", "January 20", "org"),
                 date_claim("4", "b", "2024-01-19", "2024-01-01", "this Friday", "org")},
        gaz());
    for (const auto& f : r.findings) {
      CHECK(f.kind != FindingKind::contradiction);
    }
    // a third article with only another day still conflicts with both
    auto claims = std::vector<Claim>{date_claim("1", "a", "2024-01-20", "2024-01-01", "January 20", "org"),
                                     date_claim("5", "c", "2024-01-25", "2024-01-01", "January 25", "org")};
    CHECK(only_kind(reconcile::reconcile(docs(), claims, gaz())) == FindingKind::contradiction);
  }
  SUBCASE("absolute dates in reports of different days still conflict") {
    const auto r = reconcile::reconcile(
        docs(), {date_claim("1", "a", "2024-01-03", "2024-01-01", "Jan. 3", "person"),
                 date_claim("2", "c", "2024-01-05", "2024-03-01", "January 5", "person")},
        gaz());
    CHECK(only_kind(r) == FindingKind::contradiction);
  }
}

TEST_CASE("reconcile::crowd estimates are their estimators'") {
  const auto crowd = [](const std::string& id, const std::string& doc, double v, const std::string& who) {
    Claim c = count(id, doc, v, v, "2024-01-01", false);
    c.attribute = "attendance";
    c.value.unit = "people";
    c.scope.population = who.empty() ? std::string() : who + " estimate";
    return c;
  };
  SUBCASE("the police's and the unions' figures are not compared") {
    const auto r = reconcile::reconcile(docs(), {crowd("1", "a", 480000, "police"), crowd("2", "b", 1200000, "union")},
                                        gaz());
    for (const auto& f : r.findings) {
      CHECK(f.kind != FindingKind::contradiction);
    }
  }
  SUBCASE("one estimator's figures in two reports compare") {
    CHECK(only_kind(reconcile::reconcile(docs(), {crowd("1", "a", 480000, "police"), crowd("2", "b", 300000, "police")},
                                         gaz())) == FindingKind::contradiction);
  }
  SUBCASE("an estimate against a figure no one is said to give may agree, never contradict") {
    CHECK(only_kind(reconcile::reconcile(docs(), {crowd("1", "a", 380000, "organiser"), crowd("2", "b", 380000, "")},
                                         gaz())) == FindingKind::agreement);
    const auto r = reconcile::reconcile(docs(), {crowd("1", "a", 480000, "police"), crowd("2", "b", 1200000, "")},
                                        gaz());
    for (const auto& f : r.findings) {
      CHECK(f.kind != FindingKind::contradiction);
    }
  }
}

TEST_CASE("reconcile::where an event happened is one fact") {
  const auto altitude = [](const std::string& id, const std::string& doc, double v, std::vector<std::string> ctx) {
    Claim c = count(id, doc, v, v, "2024-01-01", false);
    c.subject.key = "story:avalanche";
    c.subject.kind = "story";
    c.attribute = "altitude";
    c.value.unit = "m";
    c.context = std::move(ctx);
    return c;
  };
  // (no context word in common: "broke loose at an altitude of" against
  // "started at ... investigators said")
  CHECK(only_kind(reconcile::reconcile(docs(), {altitude("1", "a", 3200, {"break", "loose", "slide"}),
                                                altitude("2", "c", 2600, {"investigator", "start"})},
                                       gaz())) == FindingKind::contradiction);
}

TEST_CASE("reconcile::forecasts revised between reports") {
  const auto forecast = [](const std::string& id, const std::string& doc, double v, const std::string& day) {
    Claim c = count(id, doc, v, v, day, false);
    c.attribute = "bag";
    c.context = {"bag", "harvest", "~forecast"};
    return c;
  };
  // weeks apart: revised; the same day: a conflict
  CHECK(only_kind(reconcile::reconcile(docs(), {forecast("1", "a", 38.1e6, "2024-01-01"),
                                                forecast("2", "c", 36.5e6, "2024-03-01")},
                                       gaz())) == FindingKind::update);
  CHECK(only_kind(reconcile::reconcile(docs(), {forecast("1", "a", 54.2e6, "2024-01-01"),
                                                forecast("2", "b", 52.4e6, "2024-01-01")},
                                       gaz())) == FindingKind::contradiction);
  // the mark is no shared word: two claims that share only it are not compared
  Claim x = forecast("1", "a", 16.1e6, "2024-01-01");
  Claim y = forecast("2", "b", 36.5e6, "2024-01-01");
  x.context = {"robusta", "~forecast"};
  y.context = {"arabica", "~forecast"};
  for (const auto& f : reconcile::reconcile(docs(), {x, y}, gaz()).findings) {
    CHECK(f.kind != FindingKind::contradiction);
  }
}

TEST_CASE("reconcile::a birth happens once, whatever day each report") {
  // "gave birth to a cub on Saturday" against "on Sunday" a day later
  Claim a = date_claim("1", "a", "2024-01-06", "2024-01-08", "Saturday", "other");
  Claim b = date_claim("2", "c", "2024-01-07", "2024-01-09", "Sunday", "other");
  a.attribute = b.attribute = "date.birth";
  CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::contradiction);
}

TEST_CASE("reconcile::physical units and plans") {
  const auto measure = [](const std::string& id, const std::string& doc, double v, const std::string& unit,
                          bool approximate) {
    Claim c = count(id, doc, approximate ? v * 0.9 : v, approximate ? v * 1.1 : v, "2024-01-01", false);
    c.value.num.approximate = approximate;
    c.attribute = "length";
    c.value.unit = unit;
    return c;
  };
  SUBCASE("45 m and 148 ft are one height") {
    const auto r = reconcile::reconcile(docs(), {measure("1", "a", 45, "m", false), measure("2", "b", 148, "ft", false)},
                                        gaz());
    CHECK(only_kind(r) == FindingKind::agreement);
  }
  SUBCASE("45 m and 200 ft differ") {
    const auto r = reconcile::reconcile(docs(), {measure("1", "a", 45, "m", false), measure("2", "b", 200, "ft", false)},
                                        gaz());
    CHECK(only_kind(r) == FindingKind::contradiction);
  }
  SUBCASE("about 12,000 acres and about 19 square miles agree") {
    Claim a = measure("1", "a", 12000, "acre", true);
    Claim b = measure("2", "b", 19, "mi2", true);
    a.attribute = b.attribute = "area";
    const auto r = reconcile::reconcile(docs(), {a, b}, gaz());
    CHECK(only_kind(r) == FindingKind::agreement);
  }
  SUBCASE("a story's one named ship is 'the ship' of reports that name it only in passing") {
    const auto built = [](const std::string& id, const std::string& doc, const std::string& year) {
      Claim c = date_claim(id, doc, year, "2026-03-24", year, "org");
      c.attribute = "date.open";
      c.value.date.granularity = Granularity::year;
      c.context = {"build", id};  // nothing else in common
      return c;
    };
    Claim a = built("1", "a", "2018");
    a.subject.key = "sea lantern";  // "The Sea Lantern, built in 2018"
    Claim b = built("2", "c", "2015");
    b.subject.key = "thing:ship";  // "The 400-metre ship, built in 2015"
    b.subject.kind = "thing";
    Claim named = measure("3", "b", 400, "m", false);  // "the container ship Sea Lantern"
    named.subject.key = "thing:ship";
    named.subject.kind = "thing";
    named.subject.parent = "sea lantern";
    named.time = a.time;  // reported the same days
    const auto r = reconcile::reconcile(docs(), {a, b, named}, gaz());
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].kind == FindingKind::contradiction);
    // without the article that names the ship, "Sea Lantern" is another subject
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());
  }
  SUBCASE("an unnamed ship is one ship only in reports two months apart, and only under one name") {
    const auto ship = [&](const std::string& id, const std::string& doc, double metres, const std::string& day) {
      Claim c = measure(id, doc, metres, "m", false);
      c.subject.key = "thing:ship";
      c.subject.kind = "thing";
      const auto span = parse_iso_span(day);
      c.time.range = DateRange{span->first, span->last, Granularity::day};
      return c;
    };
    Claim a = ship("1", "a", 400, "2024-01-01");  // "the 400-metre ship" blocking a canal
    Claim b = ship("2", "c", 35, "2024-05-01");   // "the 35-metre vessel", a ferry four months later
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());
    b.time = a.time;  // the same week: one ship, and the lengths conflict
    CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::contradiction);
    a.subject.parent = "sea lantern";  // but named differently: two ships
    b.subject.parent = "sinar baru";
    CHECK(reconcile::reconcile(docs(), {a, b}, gaz()).findings.empty());
  }
  SUBCASE("durations compare in seconds; a time to the second has no rounding tolerance") {
    const auto time = [](const std::string& id, const std::string& doc, double v, const std::string& unit) {
      Claim c = count(id, doc, v, v, "2024-01-01", false);
      c.value.kind = ValueKind::duration;
      c.value.unit = unit;
      c.attribute = "duration.finish";
      return c;
    };
    CHECK(only_kind(reconcile::reconcile(docs(), {time("1", "a", 3, "hour"), time("2", "b", 180, "minute")}, gaz())) ==
          FindingKind::agreement);
    CHECK(only_kind(reconcile::reconcile(docs(), {time("1", "a", 7235, "second"), time("2", "b", 7253, "second")},
                                         gaz())) == FindingKind::contradiction);
    CHECK(only_kind(reconcile::reconcile(docs(), {time("1", "a", 2, "hour"), time("2", "b", 150, "minute")}, gaz())) ==
          FindingKind::contradiction);
  }
  SUBCASE("two dated acts counted differently are two acts: their dates do not conflict") {
    const auto act = [](const std::string& id, const std::string& doc, const std::string& month, double jobs) {
      Claim date = date_claim(id + "d", doc, month, "2025-05-01", month, "org");
      date.attribute = "date.cut";
      date.context = {"cut", "job"};
      date.sentence_start = 10;
      Claim n = count(id + "n", doc, jobs, jobs, month, true);
      n.attribute = "employees.cut";
      n.sentence_start = 10;
      n.time.source = "explicit";
      return std::vector<Claim>{date, n};
    };
    std::vector<Claim> claims = act("1", "a", "2025-01-15", 500);
    for (auto& c : act("2", "b", "2025-06-15", 700)) {
      claims.push_back(c);
    }
    const auto r = reconcile::reconcile(docs(), claims, gaz());
    for (const auto& f : r.findings) {
      CHECK(f.kind != FindingKind::contradiction);
    }
    // the same count: one act, dated twice
    claims[3].value.num = NumRange{500.0, 500.0, true, true, false};
    const auto same = reconcile::reconcile(docs(), claims, gaz());
    bool dates_conflict = false;
    for (const auto& f : same.findings) {
      dates_conflict = dates_conflict || f.kind == FindingKind::contradiction;
    }
    CHECK(dates_conflict);
  }
  SUBCASE("clock times on one day: minutes apart conflict, the same minute agrees") {
    const auto struck = [](const std::string& id, const std::string& doc, const std::string& timex) {
      Claim c = date_claim(id, doc, "2025-05-05", "2025-05-06", "4 a.m.", "event");
      c.attribute = "date.strike";
      c.value.timex = timex;
      return c;
    };
    CHECK(only_kind(reconcile::reconcile(docs(), {struck("1", "a", "2025-05-05T04:17"), struck("2", "b", "2025-05-05T04:51")},
                                         gaz())) == FindingKind::contradiction);
    CHECK(only_kind(reconcile::reconcile(docs(), {struck("1", "a", "2025-05-05T04:17"), struck("2", "b", "2025-05-05T04:19")},
                                         gaz())) == FindingKind::agreement);
    CHECK(only_kind(reconcile::reconcile(docs(), {struck("1", "a", "2025-05-05T04:17"), struck("2", "b", "2025-05-05")},
                                         gaz())) == FindingKind::agreement);
  }
  SUBCASE("a surname alone is the corpus's one person of that name") {
    Claim full = count("1", "a", 48, 48, "2024-01-01", false);
    full.subject = Subject{"person:ruth alvarez", "Ruth Alvarez", "person", "", "", "", ""};
    full.attribute = "share.vote";
    full.value.kind = ValueKind::percent;
    full.value.unit = "%";
    Claim surname = full;
    surname.id = "2";
    surname.document = "b";
    surname.subject = Subject{"alvarez", "Alvarez", "other", "", "", "", ""};
    surname.value.num = NumRange{49.0, 49.0, true, true, false};
    CHECK(only_kind(reconcile::reconcile(docs(), {full, surname}, gaz())) == FindingKind::contradiction);
  }
  SUBCASE("a game's score: the same agrees, another conflicts in reports days apart, not weeks") {
    const auto score = [](const std::string& id, const std::string& doc, const std::string& text, const std::string& day) {
      Claim c = count(id, doc, 0, 0, day, false);
      c.attribute = "score";
      c.value = ClaimValue{};
      c.value.kind = ValueKind::text;
      c.value.text = text;
      c.value.display = text;
      c.context = {"beat", "chelsea"};
      return c;
    };
    CHECK(only_kind(reconcile::reconcile(docs(), {score("1", "a", "3-1", "2026-03-01"), score("2", "b", "3-1", "2026-03-01")},
                                         gaz())) == FindingKind::agreement);
    CHECK(only_kind(reconcile::reconcile(docs(), {score("1", "a", "3-1", "2026-03-01"), score("2", "b", "2-1", "2026-03-02")},
                                         gaz())) == FindingKind::contradiction);
    CHECK(reconcile::reconcile(docs(), {score("1", "a", "3-1", "2026-03-01"), score("2", "b", "2-1", "2026-03-20")}, gaz())
              .findings.empty());
  }
  SUBCASE("generic event dates: a year holding a day is no finding, the same day agrees") {
    Claim day = date_claim("1", "a", "2017-09-12", "2017-09-13", "Tuesday", "org");
    day.attribute = "date.event";
    Claim year = date_claim("2", "b", "2017", "2024-07-15", "2017", "org");
    year.attribute = "date.event";
    year.value.date.granularity = Granularity::year;
    CHECK(reconcile::reconcile(docs(), {day, year}, gaz()).findings.empty());
    Claim same = date_claim("3", "b", "2017-09-12", "2017-09-13", "Tuesday", "org");
    same.attribute = "date.event";
    CHECK(only_kind(reconcile::reconcile(docs(), {day, same}, gaz())) == FindingKind::agreement);
  }
  SUBCASE("units of different dimensions are not compared") {
    const auto r = reconcile::reconcile(docs(), {measure("1", "a", 45, "m", false), measure("2", "b", 45, "kg", false)},
                                        gaz());
    CHECK(r.findings.empty());
  }
  SUBCASE("a planned date reported later with another day is an update") {
    const auto r = reconcile::reconcile(
        docs(), {date_claim("1", "a", "2024-03-15", "2024-01-01", "2024-03-15", "org", "planned"),
                 date_claim("2", "c", "2024-03-01", "2024-03-01", "2024-03-01", "org", "planned")}, gaz());
    CHECK(only_kind(r) == FindingKind::update);
  }
  SUBCASE("but reports a day apart speak of one plan") {
    const auto r = reconcile::reconcile(
        docs(), {date_claim("1", "a", "2024-03-15", "2024-01-01", "2024-03-15", "org", "planned"),
                 date_claim("2", "c", "2024-03-01", "2024-01-02", "2024-03-01", "org", "planned")}, gaz());
    CHECK(only_kind(r) == FindingKind::contradiction);
  }
}

TEST_CASE("reconcile::a change said of no period agrees by its stated precision") {
  // "up 15% from December" (no period of its own) against "climbed 15.2% in
  // January": 15% is any figure that rounds to it
  const auto change = [](const std::string& id, const std::string& doc, double v, const std::string& day,
                         const std::string& source) {
    Claim c = count(id, doc, v, v, day);
    c.attribute = "change.price";
    c.value.kind = ValueKind::percent;
    c.value.unit = "%";
    c.value.num.approximate = false;
    c.time.source = source;
    return c;
  };
  CHECK(only_kind(reconcile::reconcile(docs(), {change("1", "a", 15, "2024-01-01", "publication"),
                                                change("2", "b", 15.2, "2024-01-01", "explicit")},
                                       gaz())) == FindingKind::agreement);
  // (and 15% against 17% is still no agreement)
  for (const auto& f : reconcile::reconcile(docs(), {change("1", "a", 15, "2024-01-01", "publication"),
                                                     change("2", "b", 17, "2024-01-01", "explicit")},
                                            gaz())
                           .findings) {
    CHECK(f.kind != FindingKind::agreement);
  }
}

TEST_CASE("reconcile::weekdays ahead of both reports name one coming event") {
  // "will strike for 48 hours from Friday" (reported on Wednesday) against
  // "walk out for two days starting Saturday" (reported on Thursday)
  Claim a = date_claim("1", "a", "2024-01-05", "2024-01-03", "Friday", "org", "planned");
  Claim b = date_claim("2", "c", "2024-01-06", "2024-01-04", "Saturday", "org");
  a.attribute = b.attribute = "date.effective";
  CHECK(only_kind(reconcile::reconcile(docs(), {a, b}, gaz())) == FindingKind::contradiction);
  // (days each report had already seen name each report's own news)
  Claim c = date_claim("1", "a", "2024-01-02", "2024-01-03", "Tuesday", "org");
  Claim d = date_claim("2", "c", "2024-01-03", "2024-01-04", "Wednesday", "org");
  c.attribute = d.attribute = "date.effective";
  for (const auto& f : reconcile::reconcile(docs(), {c, d}, gaz()).findings) {
    CHECK(f.kind != FindingKind::contradiction);
  }
}

TEST_CASE("reconcile::a percentage stated as a point holds only its precision") {
  const auto share = [](const std::string& id, const std::string& doc, double v) {
    Claim c = count(id, doc, v, v, "2024-01-01");
    c.attribute = "share.rate";
    c.value.kind = ValueKind::percent;
    c.value.unit = "%";
    c.value.num.approximate = false;
    c.time.source = "explicit";
    return c;
  };
  // "97.1%" and "96.9%" for one year: no rounding makes them one figure
  const auto r = reconcile::reconcile(docs(), {share("1", "a", 97.1), share("2", "b", 96.9)}, gaz());
  CHECK(only_kind(r) == FindingKind::contradiction);
  REQUIRE_FALSE(r.findings.empty());
  CHECK(r.findings.front().explanation.find("0.2 percentage points") != std::string::npos);
  // "28%" holds "28.4%"
  CHECK(only_kind(reconcile::reconcile(docs(), {share("1", "a", 28), share("2", "b", 28.4)}, gaz())) ==
        FindingKind::agreement);
}
