// Sentences and tokens over cleaned text, with byte offsets into the
// document.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/clean.hpp"

namespace cc::text {

enum TokenFlags : std::uint16_t {
  k_word = 1,        // letters (and digits, hyphens, apostrophes inside)
  k_number = 2,      // starts with a digit
  k_punct = 4,       // punctuation
  k_cap = 8,         // starts with an upper-case letter
  k_allcaps = 16,    // two or more letters, all upper case ("FSB", "U.S.")
  k_possessive = 32, // the "'s" / "’s" of a possessive
  k_quote = 64,      // a quotation mark (straight or curly)
  k_dash = 128,      // a dash between words (—, –, --)
  k_abbrev = 256,    // letters with periods ("U.S.", "D.C.", "Inc.")
};

struct Token {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint16_t flags = 0;
  bool is(std::uint16_t f) const { return (flags & f) != 0; }
};

struct Sentence {
  Range range;
  bool headline = false;           // from a title or subheading line
  std::vector<Token> tokens;
};

// --- Interface ---

// Splits the prose and headline lines of `c` into sentences and tokens.
// Sentence splitting survives abbreviations (U.S., D.C., Inc., Sept., Mr.),
// initials, decimal numbers, quotation marks, and a sentence broken by a
// blank line ("... Lindqvist\n\nsaid."). Headlines are sentences of their
// own.
std::vector<Sentence> split_sentences(const Cleaned& c);

// Tokenizes `text[range]`; offsets are into `text`.
std::vector<Token> tokenize(std::string_view text, Range range);

// Returns the lower-case ASCII form of the token's bytes.
std::string token_lower(std::string_view text, const Token& t);

}  // namespace cc::text
