// Number grammar: digits, number words, scales, fractions, vague amounts.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

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

// Remembered reads of the number and count rules, per thread. A read is
// valid for one generation: each entry point of parser.hpp starts a new
// one, unless a NumberMemo (parser.hpp) holds the generation open across
// calls on an unchanging text.
namespace memo {
enum class Rule : std::uint8_t { number, count };
struct Entry {
  std::uint64_t generation = 0;
  const char* first = nullptr;
  const char* last = nullptr;
  const char* end = nullptr;  // nullptr: the rule failed there
  Rule rule = Rule::number;
  ast::Number value;
};
struct State {
  std::uint64_t generation = 1;
  int open = 0;  // NumberMemo scopes alive
  std::array<Entry, 16> entries{};
  std::size_t next = 0;
};
State& state();
// A new generation, unless a NumberMemo is open.
void next_call();

// Reads `rule` at `first` through `parse` (which advances its iterator and
// fills `attr`), or replays the remembered read.
template <typename Parse>
bool read(Rule rule, const char*& first, const char* last, ast::Number& attr, Parse&& parse) {
  State& s = state();
  for (const Entry& e : s.entries) {
    if (e.generation == s.generation && e.first == first && e.last == last && e.rule == rule) {
      if (e.end == nullptr) {
        return false;
      }
      attr = e.value;
      first = e.end;
      return true;
    }
  }
  const char* it = first;
  const bool ok = parse(it);
  Entry& e = s.entries[s.next];
  s.next = (s.next + 1) % s.entries.size();
  e.generation = s.generation;
  e.first = first;
  e.last = last;
  e.rule = rule;
  e.end = ok ? it : nullptr;
  if (ok) {
    e.value = attr;
    first = it;
  }
  return ok;
}
}  // namespace memo

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
