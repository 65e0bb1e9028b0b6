// Word lists shared by the date and timex grammars. Inline variables: one
// instance for the whole program.
#pragma once

#include "parse/ast.hpp"
#include "parse/config.hpp"
#include "parse/tables.hpp"

namespace cc::parse::grammar {

using ast::Anchor;
using ast::Mod;
using ast::Ref;
using ast::TUnit;

inline x3::symbols<int> const month_w(
    {{"january", 1},  {"jan.", 1},      {"jan", 1},       {"february", 2}, {"feb.", 2},
     {"feb", 2},      {"march", 3},     {"mar.", 3},      {"april", 4},    {"apr.", 4},
     {"apr", 4},      {"may", 5},       {"june", 6},      {"jun.", 6},     {"jun", 6},
     {"july", 7},     {"jul.", 7},      {"jul", 7},       {"august", 8},   {"aug.", 8},
     {"aug", 8},      {"september", 9}, {"sept.", 9},     {"sept", 9},     {"sep.", 9},
     {"sep", 9},      {"october", 10},  {"oct.", 10},     {"oct", 10},     {"november", 11},
     {"nov.", 11},    {"nov", 11},      {"december", 12}, {"dec.", 12},    {"dec", 12}},
    "month");

inline x3::symbols<int> const weekday_w(
    {{"monday", 1},   {"mon.", 1},      {"tuesday", 2},   {"tues.", 2},    {"tue.", 2},
     {"wednesday", 3}, {"wed.", 3},     {"thursday", 4},  {"thurs.", 4},   {"thur.", 4},
     {"thu.", 4},     {"friday", 5},    {"fri.", 5},      {"saturday", 6}, {"sat.", 6},
     {"sunday", 7},   {"sun.", 7}},
    "weekday");

inline x3::symbols<int> const weekday_plural_w(
    {{"mondays", 1}, {"tuesdays", 2}, {"wednesdays", 3}, {"thursdays", 4}, {"fridays", 5},
     {"saturdays", 6}, {"sundays", 7}},
    "weekdays");

inline x3::symbols<int> const season_w(
    {{"spring", 0}, {"summer", 1}, {"autumn", 2}, {"fall", 2}, {"winter", 3}}, "season");

// Parts of the day (TIMEX3 MO, AF, EV, NI).
inline x3::symbols<int> const part_w(
    {{"morning", 0}, {"afternoon", 1}, {"evening", 2}, {"night", 3}}, "part of day");

// Units of time, singular only (deictic phrases: "last week").
inline x3::symbols<TUnit> const unit_sg_w(
    {{"day", TUnit::day},         {"week", TUnit::week},       {"weekend", TUnit::weekend},
     {"month", TUnit::month},     {"quarter", TUnit::quarter}, {"year", TUnit::year},
     {"decade", TUnit::decade},   {"century", TUnit::century}},
    "unit of time");

// Units of time a rate is given in besides unit_sg_w ("$18 an hour").
inline x3::symbols<TUnit> const rate_unit_w({{"hour", TUnit::hour}, {"minute", TUnit::minute}, {"second", TUnit::second}},
                                            "unit of a rate");

// Units of time for counts and durations, singular, plural, abbreviated.
inline x3::symbols<TUnit> const unit_w(
    {{"second", TUnit::second},     {"seconds", TUnit::second},   {"secs", TUnit::second},
     {"minute", TUnit::minute},     {"minutes", TUnit::minute},   {"mins", TUnit::minute},
     {"hour", TUnit::hour},         {"hours", TUnit::hour},       {"hrs", TUnit::hour},
     {"day", TUnit::day},           {"days", TUnit::day},         {"week", TUnit::week},
     {"weeks", TUnit::week},        {"weekend", TUnit::weekend},  {"weekends", TUnit::weekend},
     {"fortnight", TUnit::fortnight}, {"fortnights", TUnit::fortnight},
     {"month", TUnit::month},       {"months", TUnit::month},     {"quarter", TUnit::quarter},
     {"quarters", TUnit::quarter},  {"year", TUnit::year},        {"years", TUnit::year},
     {"yr", TUnit::year},           {"yrs", TUnit::year},         {"decade", TUnit::decade},
     {"decades", TUnit::decade},    {"century", TUnit::century},  {"centuries", TUnit::century}},
    "unit of time");

inline x3::symbols<Anchor> const anchor_w(
    {{"this", Anchor::this_},          {"last", Anchor::last},
     {"next", Anchor::next},           {"this past", Anchor::last},
     {"this coming", Anchor::coming},  {"the coming", Anchor::next},
     {"coming", Anchor::next},         {"that", Anchor::that},
     {"that same", Anchor::that},      {"the same", Anchor::that},
     {"the following", Anchor::following}, {"the previous", Anchor::previous},
     {"the prior", Anchor::previous},  {"the preceding", Anchor::previous},
     {"earlier this", Anchor::earlier_this}, {"later this", Anchor::later_this},
     {"earlier in the", Anchor::earlier_this}, {"later in the", Anchor::later_this},
     {"the current", Anchor::this_},   {"the latest", Anchor::latest},
     {"the most recent", Anchor::latest}},
    "time anchor");

inline x3::symbols<Mod> const mod_w(
    {{"early", Mod::early},            {"mid", Mod::mid},
     {"late", Mod::late},              {"the end of", Mod::end},
     {"the start of", Mod::start},     {"the beginning of", Mod::start},
     {"the middle of", Mod::mid},      {"the turn of", Mod::start},
     {"end of", Mod::end},             {"start of", Mod::start},
     {"beginning of", Mod::start},     {"middle of", Mod::mid},
     {"the first days of", Mod::start}, {"the last days of", Mod::end},
     {"the early part of", Mod::early}, {"the latter part of", Mod::late}},
    "modifier");

inline x3::symbols<Ref> const ref_w(
    {{"today", Ref::today},            {"yesterday", Ref::yesterday},
     {"tomorrow", Ref::tomorrow},      {"now", Ref::present},
     {"right now", Ref::present},      {"currently", Ref::present},
     {"nowadays", Ref::present},       {"these days", Ref::present},
     {"at present", Ref::present},     {"the present", Ref::present},
     {"recently", Ref::past},          {"lately", Ref::past},
     {"the past", Ref::past},
     {"the future", Ref::future},
     {"the near future", Ref::future}, {"the foreseeable future", Ref::future},
     {"the long term", Ref::future}, {"the short term", Ref::future}, {"the near term", Ref::future}},
    "reference to the present");

inline x3::symbols<int> const quarter_ord_w(
    {{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"1st", 1}, {"2nd", 2},
     {"3rd", 3}, {"4th", 4}, {"final", 4}},
    "quarter");

inline x3::symbols<int> const decade_w(
    {{"twenties", 2}, {"thirties", 3}, {"forties", 4}, {"fifties", 5}, {"sixties", 6},
     {"seventies", 7}, {"eighties", 8}, {"nineties", 9}},
    "decade");

inline x3::symbols<int> const holiday_w = [] {
  x3::symbols<int> s(std::string("holiday"));
  for (const auto& sp : holiday_spellings()) {
    s.add(sp.text, sp.id);
  }
  return s;
}();

}  // namespace cc::parse::grammar
