// Times of day, durations and sets (TIMEX3 TIME, DURATION, SET).
#pragma once

#include "parse/ast.hpp"
#include "parse/config.hpp"

namespace cc::parse {

namespace grammar {
struct time_class;
struct duration_class;
struct set_class;
using time_type = x3::rule<time_class, ast::Temporal>;
using duration_type = x3::rule<duration_class, ast::Temporal>;
using set_type = x3::rule<set_class, ast::Temporal>;
BOOST_SPIRIT_DECLARE(time_type, duration_type, set_type)
}  // namespace grammar

// "5:01 AM ET", "3 p.m.", "noon", "this morning", "last night".
grammar::time_type const& time_of_day();
// "three months", "close to 20 years", "an hour", "the past two weeks", "47-year-old".
grammar::duration_type const& duration();
// "every week", "each season", "daily", "twice a month".
grammar::set_type const& set();

}  // namespace cc::parse
