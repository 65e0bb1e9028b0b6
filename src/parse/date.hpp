// Date grammar: absolute, relative and anaphoric calendar dates.
#pragma once

#include "parse/ast.hpp"
#include "parse/config.hpp"

namespace cc::parse {

namespace grammar {
struct date_class;
using date_type = x3::rule<date_class, ast::Temporal>;
BOOST_SPIRIT_DECLARE(date_type)
}  // namespace grammar

// "September 12, 2017", "Q3 2022", "the 1990s", "last October", "two days ago".
grammar::date_type const& date();

}  // namespace cc::parse
