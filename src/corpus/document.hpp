// Documents: an article's bytes, what is known about it, and its cleaned
// text. Loading turns corpus directories, loose files (.txt, .html, .jsonl)
// and standard input into documents.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/value.hpp"
#include "text/clean.hpp"
#include "util/expected.hpp"

namespace cc::corpus {

struct Document {
  std::string id;          // stable: derived from the file name (and line for .jsonl)
  std::string file;        // as given in the manifest or on the command line
  std::string outlet;
  std::string url;
  std::string title;
  std::string author;
  std::string story;       // the corpus manifest's "story", if any
  std::string published;   // "2017-09-12", "2017-12", "2017", or "" when unknown
  // How `published` was obtained: manifest, metadata (HTML/JSON fields),
  // dateline, url, text (a lower bound: the latest absolute date the text
  // names), none.
  std::string published_source;
  std::optional<DateRange> published_range;
  // What claim offsets point into: "file" (the file's bytes), "extracted-text"
  // (text extracted from HTML), "jsonl-text" (the "text" field of the line).
  std::string offsets = "file";
  std::string content_hash;  // SHA-256 of `raw`
  std::string raw;           // the bytes offsets point into
  text::Cleaned cleaned;     // same length as `raw`
};

// Default largest document (article text) crosscheck reads: news articles
// are kilobytes; a bigger "article" is a mistake or an attack, and refusing
// it quickly beats minutes of work. `--max-size MB` raises it.
inline constexpr std::size_t k_default_max_document = std::size_t{4} << 20;

struct LoadOptions {
  text::BoilerplateRules boilerplate;
  std::size_t max_file_size = std::size_t{256} << 20;    // a JSON Lines file
  std::size_t max_document_size = k_default_max_document;  // one article
};

// --- Interface ---

// Loads every document named by `args`: corpus directories (with
// corpus.json, or every .txt/.html/.htm/.jsonl file in them), files, or "-"
// for standard input. Fails on the first bad input with a one-line Error
// naming it: missing file, malformed manifest, binary data, UTF-16, a file
// outside the corpus directory. Empty files load as empty documents.
Expected<std::vector<Document>> load(const std::vector<std::string>& args, const LoadOptions& options);

// Infers the publication date of `d` from its text and URL when the
// manifest gave none: a dateline or "date YYYY-MM-DD" line near the top, a
// /YYYY/MM/DD/ URL path, or (as a lower bound) the latest absolute date the
// text names. Sets published, published_range and published_source.
void infer_published(Document& d);

// Extracts readable text from HTML with a real HTML5 parser (gumbo): block
// elements become line breaks, script/style/nav/header/footer/aside/form
// are dropped, entities are decoded. Fills title, url and published from
// <title>, canonical/og:url and article:published_time when present.
struct HtmlText {
  std::string text;
  std::string title;
  std::string url;
  std::string published;
};
HtmlText html_to_text(const std::string& html);

// The deepest element nesting of `html`, estimated without parsing (void
// elements and elements with implied end tags do not nest). The HTML
// parser's time grows with the square of the depth, so loading refuses
// pages nested deeper than k_max_html_depth.
std::size_t html_depth(const std::string& html);
inline constexpr std::size_t k_max_html_depth = 5000;

// Parses JSON Lines `text` (named `name` in errors: "name:LINE") into
// documents appended to `out`, as loading a .jsonl file does.
Status parse_jsonl(const std::string& name, const std::string& text, const LoadOptions& opt,
                   std::vector<Document>& out);

}  // namespace cc::corpus
