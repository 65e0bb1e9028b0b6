// Instantiation unit for the quantity grammar (see parse/config.hpp).
#include "parse/quantity_def.hpp"

namespace cc::parse {

namespace grammar {
BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)
}  // namespace grammar

grammar::quantity_type const& quantity() { return grammar::quantity_rule; }

}  // namespace cc::parse
