// Quantity grammar: hedged numbers, ranges, money, percentages, units.
#pragma once

#include "parse/ast.hpp"
#include "parse/config.hpp"

namespace cc::parse {

namespace grammar {
struct quantity_class;
using quantity_type = x3::rule<quantity_class, ast::Quantity>;
BOOST_SPIRIT_DECLARE(quantity_type)
}  // namespace grammar

// "less than 50", "about $600 million", "between 40 and 50", "27%", "45 m".
grammar::quantity_type const& quantity();

}  // namespace cc::parse
