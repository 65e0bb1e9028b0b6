// The one iterator and context type every value grammar is instantiated
// with. Grammars run without a skipper on ASCII-lowered text, so the context
// is x3::unused_type. A rule used with any other context fails to link with
// "undefined reference to parse_rule": keep every caller on these types.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace cc::parse {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;
using context_type = x3::unused_type;

}  // namespace cc::parse
