// Hand-written X3 primitive parsers shared by the value grammars. Included
// only by *_def.hpp files.
#pragma once

#include <charconv>
#include <cstdint>

#include "parse/ast.hpp"
#include "parse/config.hpp"
#include "util/text.hpp"

namespace cc::parse::grammar {

using text::is_word_byte;

// Whitespace inside a value phrase: spaces, tabs, NBSP (U+00A0), thin space
// (U+2009), narrow NBSP (U+202F), and at most one line break (a blank line
// ends the phrase).
struct ws_parser : x3::parser<ws_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    It it = first;
    int newlines = 0;
    while (it != last) {
      const auto c = static_cast<unsigned char>(*it);
      if (c == ' ' || c == '\t' || c == '\r') {
        ++it;
      } else if (c == '\n') {
        if (++newlines > 1) {
          return false;
        }
        ++it;
      } else if (c == 0xC2 && last - it >= 2 && static_cast<unsigned char>(it[1]) == 0xA0) {
        it += 2;
      } else if (c == 0xE2 && last - it >= 3 && static_cast<unsigned char>(it[1]) == 0x80 &&
                 (static_cast<unsigned char>(it[2]) == 0x89 ||
                  static_cast<unsigned char>(it[2]) == 0xAF)) {
        it += 3;
      } else {
        break;
      }
    }
    if (it == first) {
      return false;
    }
    first = it;
    return true;
  }
};

// Word boundary lookahead: succeeds, consuming nothing, at the end of input
// or before a byte that cannot continue a word.
struct wb_parser : x3::parser<wb_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    return first == last || !is_word_byte(static_cast<unsigned char>(*first));
  }
};

// A number written in digits: optional sign (-, +, U+2212), integer part with
// optional comma thousands separators ("1,200,000"), optional decimal part.
// Rejects integer parts longer than 15 digits (identifiers, not amounts),
// more than 9 decimals, and version-like "1.2.3". No exponent: "3e5" in prose
// is not a number.
struct digits_parser : x3::parser<digits_parser> {
  using attribute_type = ast::Number;
  static bool const has_attribute = true;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    It it = first;
    bool negative = false;
    if (it != last && (*it == '-' || *it == '+')) {
      negative = *it == '-';
      ++it;
    } else if (last - it >= 3 && static_cast<unsigned char>(it[0]) == 0xE2 &&
               static_cast<unsigned char>(it[1]) == 0x88 &&
               static_cast<unsigned char>(it[2]) == 0x92) {
      negative = true;
      it += 3;
    }
    const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    char buf[40];
    std::size_t n = 0;
    It run = it;
    while (it != last && is_digit(*it)) {
      ++it;
    }
    const auto lead = static_cast<std::size_t>(it - run);
    if (lead == 0) {
      return false;
    }
    std::size_t int_digits = lead;
    if (lead > 15) {
      return false;
    }
    for (It p = run; p != it; ++p) {
      buf[n++] = *p;
    }
    bool grouped = false;
    if (lead <= 3) {
      while (last - it >= 4 && *it == ',' && is_digit(it[1]) && is_digit(it[2]) &&
             is_digit(it[3]) && (last - it == 4 || !is_digit(it[4]))) {
        if (int_digits + 3 > 15) {
          return false;
        }
        buf[n++] = it[1];
        buf[n++] = it[2];
        buf[n++] = it[3];
        int_digits += 3;
        grouped = true;
        it += 4;
      }
    }
    bool decimal = false;
    if (last - it >= 2 && *it == '.' && is_digit(it[1])) {
      It d = it + 1;
      std::size_t dn = 0;
      while (d != last && is_digit(*d)) {
        ++d;
        ++dn;
      }
      if (dn > 9) {
        return false;
      }
      if (last - d >= 2 && *d == '.' && is_digit(d[1])) {
        return false;  // "1.2.3": a version or an identifier
      }
      buf[n++] = '.';
      for (It p = it + 1; p != d; ++p) {
        buf[n++] = *p;
      }
      decimal = true;
      it = d;
    }
    double v = 0;
    const auto res = std::from_chars(buf, buf + n, v);
    if (res.ec != std::errc()) {
      return false;
    }
    ast::Number num;
    num.value = negative ? -v : v;
    num.high = num.value;
    num.grouped = grouped;
    num.decimal = decimal;
    num.int_digits = static_cast<std::uint8_t>(int_digits);
    x3::traits::move_to(num, attr);
    first = it;
    return true;
  }
};

// Fixed-width unsigned integer of `Min`..`Max` digits not followed by
// another digit.
template <int Min, int Max>
struct fixed_uint_parser : x3::parser<fixed_uint_parser<Min, Max>> {
  using attribute_type = int;
  static bool const has_attribute = true;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    It it = first;
    int v = 0;
    int n = 0;
    while (it != last && *it >= '0' && *it <= '9' && n < Max) {
      v = v * 10 + (*it - '0');
      ++it;
      ++n;
    }
    if (n < Min || (it != last && *it >= '0' && *it <= '9')) {
      return false;
    }
    x3::traits::move_to(v, attr);
    first = it;
    return true;
  }
};

// A whole number written with digits and optional comma thousands groups
// ("4", "2500", "2,500"), below a billion, not followed by another digit or
// group: the denominator in "1 in 2,500".
struct whole_uint_parser : x3::parser<whole_uint_parser> {
  using attribute_type = int;
  static bool const has_attribute = true;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    It it = first;
    long long v = 0;
    int n = 0;
    while (it != last && digit(*it) && n < 9) {
      v = v * 10 + (*it - '0');
      ++it;
      ++n;
    }
    if (n == 0 || (it != last && digit(*it))) {
      return false;
    }
    // comma groups, only after one to three leading digits
    while (n <= 3 && it != last && *it == ',') {
      It g = it;
      ++g;
      int k = 0;
      long long w = v;
      while (g != last && digit(*g) && k < 3) {
        w = w * 10 + (*g - '0');
        ++g;
        ++k;
      }
      if (k != 3 || (g != last && digit(*g)) || w >= 1000000000LL) {
        break;
      }
      v = w;
      it = g;
      n = 1;  // (another group may follow)
    }
    if (it != last && *it == '.') {
      It d = it;
      ++d;
      if (d != last && digit(*d)) {
        return false;  // a decimal number
      }
    }
    x3::traits::move_to(static_cast<int>(v), attr);
    first = it;
    return true;
  }
};

// as<T>(p): parses `p` with attribute T. X3 in Boost 1.74 gives
// `a | b` with two int attributes the attribute variant<int, int>; wrapping
// the alternative in a rule of attribute T collapses it.
template <typename T>
struct as_type {
  template <typename Expr>
  constexpr auto operator()(Expr&& expr) const {
    return x3::rule<struct as_class, T>{"value"} = x3::as_parser(std::forward<Expr>(expr));
  }
};
template <typename T>
inline constexpr as_type<T> as{};

inline ws_parser const ws{};
inline wb_parser const wb{};
inline digits_parser const digits{};
inline fixed_uint_parser<1, 2> const uint1_2{};
inline fixed_uint_parser<2, 2> const uint2{};
inline fixed_uint_parser<4, 4> const uint4{};
inline whole_uint_parser const whole_uint{};

// Dashes in ranges and compounds: hyphen, en dash, em dash, U+2010, U+2011.
inline auto const dash = x3::lit('-') | x3::lit("\xE2\x80\x93") | x3::lit("\xE2\x80\x94") |
                         x3::lit("\xE2\x80\x90") | x3::lit("\xE2\x80\x91");
// Hyphen in compound words ("twenty-seven", "three-month").
inline auto const hyphen = x3::lit('-') | x3::lit("\xE2\x80\x90") | x3::lit("\xE2\x80\x91");
// Apostrophes: ASCII and U+2019.
inline auto const apos = x3::lit('\'') | x3::lit("\xE2\x80\x99");

}  // namespace cc::parse::grammar
