// The self-contained HTML report: one file with inline CSS, inline SVG
// graphs, a Content-Security-Policy, and a small hash-pinned filter script
// (the page reads fine without it).
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace cc::report {

struct HtmlInputs {
  const nlohmann::json* run = nullptr;     // documents, claims, findings
  std::string overview_svg;                // evidence overview
  std::string citation_svg;                // citation graph
  std::map<std::string, std::string> finding_svgs;  // finding id -> SVG
  std::string title = "crosscheck report";
};

// --- Interface ---

// Returns the HTML page. Every string from the input is escaped for its
// context; links are kept only for http and https URLs; bidi control
// characters are shown as visible marks.
std::string html_report(const HtmlInputs& in);

// Escapes `s` for HTML text and attribute values (& < > " '), replacing
// control characters by U+FFFD and showing bidi controls as visible
// "[U+202E]" marks.
std::string html_escape(std::string_view s);

// True for an absolute http or https URL without spaces or control
// characters.
bool safe_url(std::string_view url);

// Strips the XML declaration and DOCTYPE from Graphviz SVG so that it can
// be inlined in HTML.
std::string inline_svg(const std::string& svg);

}  // namespace cc::report
