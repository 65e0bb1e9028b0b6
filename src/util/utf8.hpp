// UTF-8 helpers. crosscheck keeps byte offsets into the original input, so
// cleaning never changes lengths unless documented.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cc::utf8 {

// Returns the length of the valid UTF-8 sequence starting at `s[i]`, or 0 if
// the bytes there are not valid UTF-8 (overlong forms, surrogates and code
// points above U+10FFFF are invalid).
std::size_t sequence_length(std::string_view s, std::size_t i);

// Returns true if `s` is entirely valid UTF-8.
bool is_valid(std::string_view s);

// Returns a copy of `s` in which every invalid byte is replaced by U+FFFD and
// every NUL byte by a space. Offsets change when bytes are replaced; callers
// that need original offsets use this only for display strings.
std::string sanitize(std::string_view s);

// Appends `s` to `out` as the body of a JSON string literal: escapes quotes,
// backslashes and control characters, and replaces invalid UTF-8 by U+FFFD.
void append_json_escaped(std::string& out, std::string_view s);

// Returns a copy of `s` with ASCII letters lowered and every other byte kept,
// so that offsets in the copy equal offsets in `s`.
std::string ascii_lower(std::string_view s);

}  // namespace cc::utf8
