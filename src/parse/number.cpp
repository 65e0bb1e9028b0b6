// Instantiation unit for the number grammar (see parse/config.hpp).
#include "parse/number_def.hpp"
#include "parse/parser.hpp"

namespace cc::parse {

namespace grammar {
BOOST_SPIRIT_INSTANTIATE(number_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(count_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(ordinal_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(below100_type, iterator_type, context_type)
}  // namespace grammar

namespace memo {
State& state() {
  thread_local State s;
  return s;
}
void next_call() {
  State& s = state();
  if (s.open == 0) {
    ++s.generation;
  }
}
}  // namespace memo

NumberMemo::NumberMemo() {
  auto& s = memo::state();
  ++s.open;
  ++s.generation;
}
NumberMemo::~NumberMemo() {
  auto& s = memo::state();
  --s.open;
  ++s.generation;
}

grammar::number_type const& number() { return grammar::number_rule; }
grammar::count_type const& count() { return grammar::count_rule; }
grammar::ordinal_type const& ordinal() { return grammar::ordinal_rule; }
grammar::below100_type const& cardinal_below100() { return grammar::below100_rule; }

}  // namespace cc::parse
