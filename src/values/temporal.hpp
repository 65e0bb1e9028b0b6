// Resolution of temporal ASTs against a reference (publication) date and
// the dates named earlier in the same text.
#pragma once

#include <array>
#include <optional>
#include <string>

#include "core/value.hpp"
#include "parse/ast.hpp"

namespace cc::values {

struct TemporalContext {
  // The publication date; may cover a month or a year when only those are
  // known. Unset: relative dates stay unresolved.
  std::optional<DateRange> reference;
  // The last date named in the text before this mention ("That September"
  // takes its year from here; "a year earlier" counts from here).
  std::optional<DateRange> last_date;
  int last_year = 0;
  // The last year was named in this sentence or the one before.
  bool last_year_near = false;
  // The last date was named within a few sentences of this mention.
  bool last_date_near = false;
  // The year each month (1-12) had when last named in the text, with or
  // without a year of its own; 0 when not named yet. "the summit in April"
  // after "expected to join in April" is the same April.
  std::array<int, 13> month_year{};
  // Whether month_year[m] was set by the month named bare ("in March"):
  // a later "March 2025" (a base of comparison) does not move it.
  std::array<bool, 13> month_bare{};
  // The wording points to the future ("until", "starting", "will") or to
  // the past ("said", "was", a verb in -ed). Without either, a month or a
  // day named without a year is its occurrence nearest the reference.
  bool future_cue = false;
  bool past_cue = false;
};

// Fills `m.type`, `m.date`, `m.timex`, `m.mod` and, for durations, `m.num` and
// `m.unit` from `t`. Returns false when `t` does not name a real date
// (February 30th).
bool resolve_temporal(const parse::ast::Temporal& t, const TemporalContext& ctx, Mention& m);

// Returns the TIMEX3 value of the `g` unit containing `day` ("2017-09",
// "2017-W37", "2017-Q3").
std::string timex_of(Granularity g, Day day);

// Returns the first and last day of the `g` unit containing `day`.
DateRange span_of(Granularity g, Day day);

}  // namespace cc::values
