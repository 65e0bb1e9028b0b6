// Byte classification for English text in UTF-8. No allocation, no locale.
#pragma once

#include <array>

#include <cstddef>
#include <string_view>

namespace cc::text {

// --- Interface ---

// True for bytes that start or continue a word: ASCII letters and digits,
// '_', and lead bytes of non-ASCII letters (continuation bytes belong to
// their lead byte and are skipped with it). U+2000..U+2FFF (lead byte E2: dashes, quotes,
// currency signs) and U+0080..U+00BF (lead byte C2: NBSP, pound sign) are not
// word bytes.
constexpr bool is_word_byte(unsigned char c);

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
constexpr bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

// Returns the number of bytes of the UTF-8 sequence led by `c` (1 for ASCII
// and for stray continuation bytes).
constexpr std::size_t lead_length(unsigned char c) {
  return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

// Returns the length of the horizontal space (space, tab, NBSP, thin spaces)
// at `s[i]`, or 0.
std::size_t space_length(std::string_view s, std::size_t i);

// --- Inline implementations ---

namespace detail {
// (a table: the scanners ask this of every byte)
inline constexpr std::array<bool, 256> k_word_bytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[static_cast<std::size_t>(c)] = c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                                    (c >= '0' && c <= '9') || c == '_'
                                              : (c >= 0xC3 && c <= 0xDF) || c >= 0xE3;
  }
  return t;
}();
}  // namespace detail

constexpr bool is_word_byte(unsigned char c) { return detail::k_word_bytes[c]; }

inline std::size_t space_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t') {
    return 1;
  }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    return 2;
  }
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0x89 || static_cast<unsigned char>(s[i + 2]) == 0xAF)) {
    return 3;
  }
  return 0;
}

}  // namespace cc::text
