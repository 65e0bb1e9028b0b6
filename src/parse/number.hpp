// Number grammar: digits, number words, scales, fractions, vague amounts.
#pragma once

#include "parse/ast.hpp"
#include "parse/config.hpp"

namespace cc::parse {

namespace grammar {
struct number_class;
struct count_class;
struct ordinal_class;
struct below100_class_public;
using number_type = x3::rule<number_class, ast::Number>;
using count_type = x3::rule<count_class, ast::Number>;
using ordinal_type = x3::rule<ordinal_class, int>;
using below100_type = x3::rule<below100_class_public, int>;
BOOST_SPIRIT_DECLARE(number_type, count_type, ordinal_type, below100_type)
}  // namespace grammar

// Any number: digits or words, with scale, fraction or vagueness.
grammar::number_type const& number();
// A count of time units or things: number() plus "a"/"an" = 1, "several",
// "a few", "many" (vague) — as in "a year ago", "several days".
grammar::count_type const& count();
// An ordinal: "27th", "3rd", "third", "twenty-first".
grammar::ordinal_type const& ordinal();
// A spelled number below 100: "seventeen", "ninety-six".
grammar::below100_type const& cardinal_below100();

}  // namespace cc::parse
