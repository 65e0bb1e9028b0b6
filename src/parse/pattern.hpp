// Grammar of the claim-pattern language: a fixed X3 grammar that reads
// user-editable pattern files into pattern_ast::Rule values.
#pragma once

#include <vector>

#include "parse/config.hpp"
#include "parse/pattern_ast.hpp"

namespace cc::parse {

namespace grammar {
struct pattern_file_class;
using pattern_file_type = x3::rule<pattern_file_class, std::vector<pattern_ast::Rule>>;
BOOST_SPIRIT_DECLARE(pattern_file_type)

// Pattern files skip spaces, line breaks and '#' comments between tokens.
using pattern_skipper_type = decltype(x3::char_(" \t\r\n\v\f") | x3::lexeme['#' >> *(x3::char_ - x3::eol) >> (x3::eol | x3::eoi)]);
using pattern_context_type = x3::phrase_parse_context<pattern_skipper_type>::type;
}  // namespace grammar

grammar::pattern_file_type const& pattern_file();
grammar::pattern_skipper_type const& pattern_skipper();

}  // namespace cc::parse
