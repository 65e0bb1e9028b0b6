// Hand-written X3 primitives for numbers written in words ("twenty-seven",
// "two hundred and fifty", "one and a half million"). The combinator form
// re-parsed the same words once per alternative (eight attempts at the
// units for every spelled number); these read each word once. Included
// only by number_def.hpp.
#pragma once

#include <optional>
#include <string_view>

#include "parse/ast.hpp"
#include "parse/config.hpp"
#include "util/text.hpp"

namespace cc::parse::grammar {

namespace spelled {

// --- Interface ---

// Reads the lower-case word at `it` (letters only) and returns it; empty
// when `it` does not start a word.
std::string_view word_at(const char* it, const char* last);

// Skips whitespace inside a phrase (spaces, tabs, NBSP, thin spaces, at most
// one line break) and returns the position after it, or nullptr when there
// is none.
const char* skip_ws(const char* it, const char* last);

// A number below 100: "seventeen", "ninety-six", "twenty seven". Returns
// the end of the match and sets `value`, or nullptr.
const char* below100(const char* it, const char* last, int& value);

// A spelled number with groups and scales: "two million three hundred
// thousand", "a hundred", "one and a half million", "five hundred".
// "a" alone is not a number. Returns the end and fills `out`, or nullptr.
const char* number(const char* it, const char* last, ast::Number& out);

}  // namespace spelled

struct below100_parser : x3::parser<below100_parser> {
  using attribute_type = int;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    int v = 0;
    const char* e = spelled::below100(first, last, v);
    if (e == nullptr) {
      return false;
    }
    x3::traits::move_to(v, attr);
    first = e;
    return true;
  }
};

struct spelled_number_parser : x3::parser<spelled_number_parser> {
  using attribute_type = ast::Number;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    ast::Number n;
    const char* e = spelled::number(first, last, n);
    if (e == nullptr) {
      return false;
    }
    x3::traits::move_to(n, attr);
    first = e;
    return true;
  }
};

}  // namespace cc::parse::grammar
