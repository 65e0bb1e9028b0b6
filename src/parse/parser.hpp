// Plain entry points to the value grammars. No X3 types: this header is the
// boundary the rest of crosscheck uses (and the exit path to Spirit X4).
//
// Every function parses lower-case ASCII text starting exactly at `first`
// and returns the end of the match, or nullptr when nothing matches there.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/ast.hpp"
#include "parse/pattern_ast.hpp"
#include "util/expected.hpp"

namespace cc::parse {

// While one is alive, the grammars remember the numbers they read across
// calls (each entry point below otherwise remembers only its own reads):
// the scanner tries several grammars at one place, and they read the same
// number there. The text the calls parse must not change meanwhile. One
// per thread at a time; nesting is allowed.
class NumberMemo {
 public:
  NumberMemo();
  ~NumberMemo();
  NumberMemo(const NumberMemo&) = delete;
  NumberMemo& operator=(const NumberMemo&) = delete;
};

const char* parse_quantity(const char* first, const char* last, ast::Quantity& out);
const char* parse_date(const char* first, const char* last, ast::Temporal& out);
const char* parse_time(const char* first, const char* last, ast::Temporal& out);
const char* parse_duration(const char* first, const char* last, ast::Temporal& out);
const char* parse_set(const char* first, const char* last, ast::Temporal& out);
const char* parse_ordinal(const char* first, const char* last, int& out);
const char* parse_number(const char* first, const char* last, ast::Number& out);

// Parses the text of a pattern file named `name`. Fails with
// "name:line:col: error: expected <what>" and the source line with a caret
// underneath, on the first syntax error. The AST points into `text`.
Expected<std::vector<pattern_ast::Rule>> parse_patterns(const std::string& name, std::string_view text);

// Formats "name:line:col" for a position `at` inside `text`.
std::string where(const std::string& name, std::string_view text, const char* at);

// The source line containing `at` and a caret line under it.
std::string caret(std::string_view text, const char* at);

}  // namespace cc::parse
