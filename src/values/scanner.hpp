// The value scanner: finds and normalizes every value mention in running
// English text (crosscheck values). One pass over the bytes; the X3 grammars
// run only near trigger words (values/lexicon.hpp).
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "core/value.hpp"

namespace cc::values {

struct ScanOptions {
  // Publication date that relative dates resolve against. May cover a month
  // or a year. Unset: relative dates are reported unresolved.
  std::optional<DateRange> reference;
};

// Returns every value mention in `text`, in text order, never overlapping.
// Offsets are bytes into `text`. Never fails: malformed or binary input
// yields fewer mentions, never a crash. Runs in time linear in `text`.
std::vector<Mention> scan(std::string_view text, const ScanOptions& options = {});

// The same mentions, handed to `sink` one by one in text order as soon as
// each is final: memory stays bounded however long `text` is.
void scan_each(std::string_view text, const ScanOptions& options, const std::function<void(Mention&&)>& sink);

}  // namespace cc::values
