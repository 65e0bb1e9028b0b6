// JSON Lines output of value mentions (the `crosscheck values` format).
#pragma once

#include <string>
#include <string_view>

#include "core/value.hpp"

namespace cc::values {

// Appends one JSON object (no newline) describing `m`, a mention in `text`,
// to `out`. When `file` is not empty a "file" member names the input.
// Invalid UTF-8 in the quoted text is replaced by U+FFFD; offsets are bytes
// into the original `text`.
void append_json(std::string& out, const Mention& m, std::string_view text, std::string_view file = {});

// Appends the shortest decimal form of `v` that reads back exactly.
void append_number(std::string& out, double v);

}  // namespace cc::values
