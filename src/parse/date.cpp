// Instantiation unit for the date grammar (see parse/config.hpp).
#include "parse/date_def.hpp"

namespace cc::parse {

namespace grammar {
BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)
}  // namespace grammar

grammar::date_type const& date() { return grammar::date_rule; }

}  // namespace cc::parse
