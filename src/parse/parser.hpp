// Plain entry points to the value grammars. No X3 types: this header is the
// boundary the rest of crosscheck uses (and the exit path to Spirit X4).
//
// Every function parses lower-case ASCII text starting exactly at `first`
// and returns the end of the match, or nullptr when nothing matches there.
#pragma once

#include "parse/ast.hpp"

namespace cc::parse {

const char* parse_quantity(const char* first, const char* last, ast::Quantity& out);
const char* parse_date(const char* first, const char* last, ast::Temporal& out);
const char* parse_time(const char* first, const char* last, ast::Temporal& out);
const char* parse_duration(const char* first, const char* last, ast::Temporal& out);
const char* parse_set(const char* first, const char* last, ast::Temporal& out);
const char* parse_ordinal(const char* first, const char* last, int& out);
const char* parse_number(const char* first, const char* last, ast::Number& out);

}  // namespace cc::parse
