// Instantiation unit for the pattern-language grammar. It has its own
// context (a skipper); a mismatch shows as "undefined reference to
// parse_rule" at link time.
#include "parse/pattern_def.hpp"

namespace cc::parse {

namespace grammar {
BOOST_SPIRIT_INSTANTIATE(pattern_file_type, char const*, pattern_context_type)
}  // namespace grammar

grammar::pattern_file_type const& pattern_file() { return grammar::pattern_file_rule; }

grammar::pattern_skipper_type const& pattern_skipper() {
  static const grammar::pattern_skipper_type k_skipper =
      x3::char_(" \t\r\n\v\f") | x3::lexeme['#' >> *(x3::char_ - x3::eol) >> (x3::eol | x3::eoi)];
  return k_skipper;
}

}  // namespace cc::parse
