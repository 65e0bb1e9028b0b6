// Number grammar: digits, number words, scales, fractions, vague amounts.
#pragma once

#include "parse/ast.hpp"
#include "parse/config.hpp"

namespace cc::parse {

namespace grammar {
struct number_class;
struct count_class;
struct ordinal_class;
using number_type = x3::rule<number_class, ast::Number>;
using count_type = x3::rule<count_class, ast::Number>;
using ordinal_type = x3::rule<ordinal_class, int>;
BOOST_SPIRIT_DECLARE(number_type, count_type, ordinal_type)
}  // namespace grammar

// Any number: digits or words, with scale, fraction or vagueness.
grammar::number_type const& number();
// A count of time units or things: number() plus "a"/"an" = 1, "several",
// "a few", "many" (vague) — as in "a year ago", "several days".
grammar::count_type const& count();
// An ordinal: "27th", "3rd", "third", "twenty-first".
grammar::ordinal_type const& ordinal();

}  // namespace cc::parse
