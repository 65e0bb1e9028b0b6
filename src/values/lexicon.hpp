// Trigger lexicon for the value scanner. The scanner runs the X3 grammars
// only near words that can carry a value (anchors) and lets the phrase start
// a few words earlier at words that can open one (prefixes: "less", "the").
#pragma once

#include <cstdint>
#include <string_view>

namespace cc::values {

enum WordFlags : std::uint8_t {
  k_anchor = 1,     // can carry a value: numbers, months, units of time
  k_prefix = 2,     // can open a value phrase: hedges, determiners, anchors
  k_month = 4,      // a month name (checked for capitalization)
  k_weekday = 8,    // a weekday name (checked for capitalization)
  k_function = 16,  // a closed-class word: never a counted noun
  k_unit_noun = 32, // a word that is a unit of time ("years")
  k_temporal_prep = 64,  // in, on, since, until ...: introduces a date
};

// Returns the flags of the lower-case ASCII word `word`, or 0 if it has none.
// Words starting with a digit are not looked up here.
std::uint8_t word_flags(std::string_view word);

}  // namespace cc::values
