// Instantiation unit for times, durations and sets (see parse/config.hpp).
#include "parse/timex_def.hpp"

namespace cc::parse {

namespace grammar {
BOOST_SPIRIT_INSTANTIATE(time_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(duration_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(set_type, iterator_type, context_type)
}  // namespace grammar

grammar::time_type const& time_of_day() { return grammar::time_rule; }
grammar::duration_type const& duration() { return grammar::duration_rule; }
grammar::set_type const& set() { return grammar::set_rule; }

}  // namespace cc::parse
