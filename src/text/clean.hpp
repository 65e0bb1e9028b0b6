// Cleaning article text without moving a byte: every transformation keeps
// the length, so an offset into the cleaned text is an offset into the
// original file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/expected.hpp"

namespace cc::text {

// A byte range [start, end) of a document.
struct Range {
  std::size_t start = 0;
  std::size_t end = 0;
};

// Why a line is not article prose.
enum class LineKind : unsigned char {
  prose,        // body text: claims come from here
  headline,     // a title or subheading on its own line: dates only, no claims
  byline,       // author, dateline, credits: metadata only
  boilerplate,  // navigation, ads, share/related links, footers: ignored
};

struct Line {
  Range range;  // without the line break
  LineKind kind = LineKind::prose;
};

// What the cleaner produced for one document.
struct Cleaned {
  // Same length as the input; valid UTF-8: invalid bytes become '?', NUL and
  // other control bytes (but tab, CR, LF) become ' ', a UTF-8 BOM becomes
  // spaces, markdown link remnants ("[reported](#)") and escapes ("\$600")
  // lose their markup (replaced by spaces).
  std::string text;
  std::vector<Line> lines;
};

// Phrases that mark a line as boilerplate, one per line, lower case
// (grammars/boilerplate.txt). Empty uses none.
struct BoilerplateRules {
  std::vector<std::string> phrases;
};

// --- Interface ---

// Loads boilerplate phrases from `path` ('#' comments, blank lines ignored).
// Fails with "<path>: cannot open: ...".
Expected<BoilerplateRules> load_boilerplate(const std::string& path);

// Returns `bytes` cleaned and split into classified lines. Never fails.
Cleaned clean(std::string_view bytes, const BoilerplateRules& rules);

// Returns true if `bytes` starts with a UTF-16 byte-order mark.
bool is_utf16(std::string_view bytes);

}  // namespace cc::text
