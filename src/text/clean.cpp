#include "text/clean.hpp"

#include <algorithm>
#include <cstring>

#include "util/file.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace cc::text {

namespace {

// Replaces invalid UTF-8 and control bytes in place, keeping the length.
void make_valid(std::string& s) {
  std::size_t i = 0;
  if (s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xEF && static_cast<unsigned char>(s[1]) == 0xBB &&
      static_cast<unsigned char>(s[2]) == 0xBF) {
    s[0] = s[1] = s[2] = ' ';
    i = 3;
  }
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F) {
        s[i] = ' ';
      }
      ++i;
      continue;
    }
    const std::size_t n = utf8::sequence_length(s, i);
    if (n == 0) {
      s[i] = '?';
      ++i;
      continue;
    }
    // Zero-width no-break space (a BOM inside the text) and C1 controls.
    if (n == 3 && c == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
        static_cast<unsigned char>(s[i + 2]) == 0xBF) {
      s[i] = s[i + 1] = s[i + 2] = ' ';
    } else if (n == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      s[i] = s[i + 1] = ' ';
    }
    i += n;
  }
}

// Removes markdown link markup and backslash escapes, keeping the length:
// "[reported](#)" -> " reported     ", "\$600" -> " $600".
void strip_markup(std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && std::strchr("$*_[]()#&%", s[i + 1]) != nullptr) {
      s[i] = ' ';
      ++i;
      continue;
    }
    if (s[i] != '[') {
      continue;
    }
    // [text](target) on one line
    const std::size_t close = s.find(']', i + 1);
    if (close == std::string::npos || close + 1 >= s.size() || s[close + 1] != '(') {
      continue;
    }
    const std::size_t nl = s.find('\n', i);
    const std::size_t paren = s.find(')', close + 2);
    if (paren == std::string::npos || (nl != std::string::npos && paren > nl)) {
      continue;
    }
    s[i] = ' ';
    std::fill(s.begin() + static_cast<std::ptrdiff_t>(close), s.begin() + static_cast<std::ptrdiff_t>(paren + 1), ' ');
    i = paren;
  }
  // Autolinks "<https://...>" become spaces around the URL.
  for (std::size_t i = 0; i + 8 < s.size(); ++i) {
    if (s[i] == '<' && (s.compare(i + 1, 7, "http://") == 0 || s.compare(i + 1, 8, "https://") == 0)) {
      const std::size_t close = s.find('>', i);
      const std::size_t nl = s.find('\n', i);
      if (close != std::string::npos && (nl == std::string::npos || close < nl)) {
        s[i] = ' ';
        s[close] = ' ';
        i = close;
      }
    }
  }
}

std::string lower(std::string_view s) { return utf8::ascii_lower(s); }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

int count_words(std::string_view s) {
  int n = 0;
  bool in = false;
  for (const char c : s) {
    const bool w = c != ' ' && c != '\t';
    if (w && !in) {
      ++n;
    }
    in = w;
  }
  return n;
}

// "ServiceSite", "BanksThe": words glued by a page scraper.
int glued_words(std::string_view s) {
  int n = 0;
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    if (is_lower(s[i - 1]) && is_upper(s[i]) && is_lower(s[i + 1])) {
      // "McDonald", "iPhone": a glue needs a word start before it.
      std::size_t b = i;
      while (b > 0 && is_alpha(s[b - 1])) {
        --b;
      }
      if (i - b >= 3 && is_upper(s[b])) {
        ++n;
      }
    }
  }
  return n;
}

// The share of the words of `s` that start with a lower-case letter.
double lower_word_share(std::string_view s) {
  int words = 0;
  int lower_words = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_alpha(s[i]) && (i == 0 || s[i - 1] == ' ')) {
      ++words;
      lower_words += is_lower(s[i]) ? 1 : 0;
    }
  }
  return words == 0 ? 0.0 : static_cast<double>(lower_words) / words;
}

bool ends_sentence(std::string_view s) {
  while (!s.empty()) {
    const auto c = static_cast<unsigned char>(s.back());
    // closing quotes and brackets
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      s.remove_suffix(1);
      continue;
    }
    if (s.size() >= 3 && static_cast<unsigned char>(s[s.size() - 3]) == 0xE2 &&
        static_cast<unsigned char>(s[s.size() - 2]) == 0x80 &&
        (static_cast<unsigned char>(s.back()) >= 0x98 && static_cast<unsigned char>(s.back()) <= 0x9F)) {
      s.remove_suffix(3);
      continue;
    }
    break;
  }
  if (s.empty()) {
    return false;
  }
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',';
}

bool is_url_line(std::string_view s) {
  return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("www.", 0) == 0;
}

bool has_phrase(const std::string& low, const BoilerplateRules& rules) {
  for (const auto& p : rules.phrases) {
    if (low.find(p) != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool is_utf16(std::string_view bytes) {
  return bytes.size() >= 2 && ((static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xFE) ||
                               (static_cast<unsigned char>(bytes[0]) == 0xFE && static_cast<unsigned char>(bytes[1]) == 0xFF));
}

Expected<BoilerplateRules> load_boilerplate(const std::string& path) {
  auto bytes = file::read(path, 1 << 20);
  if (!bytes) {
    return bytes.error();
  }
  BoilerplateRules r;
  std::size_t pos = 0;
  while (pos <= bytes->size()) {
    std::size_t nl = bytes->find('\n', pos);
    if (nl == std::string::npos) {
      nl = bytes->size();
    }
    const std::string_view line = trim(std::string_view(*bytes).substr(pos, nl - pos));
    if (!line.empty() && line[0] != '#') {
      r.phrases.push_back(lower(line));
    }
    pos = nl + 1;
  }
  return r;
}

Cleaned clean(std::string_view bytes, const BoilerplateRules& rules) {
  Cleaned out;
  out.text.assign(bytes.data(), bytes.size());
  make_valid(out.text);
  strip_markup(out.text);
  const std::string& s = out.text;

  // Split into lines.
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t nl = s.find('\n', pos);
    if (nl == std::string::npos) {
      nl = s.size();
    }
    std::size_t e = nl;
    if (e > pos && s[e - 1] == '\r') {
      --e;
    }
    out.lines.push_back(Line{Range{pos, e}, LineKind::prose});
    pos = nl + 1;
  }

  // Classify each line, then runs of short unpunctuated lines.
  std::vector<Line>& lines = out.lines;
  bool footer = false;
  bool seen_prose = false;
  bool seen_line = false;  // a non-blank line before this one
  for (std::size_t k = 0; k < lines.size(); ++k) {
    Line& line = lines[k];
    const std::string_view raw(s.data() + line.range.start, line.range.end - line.range.start);
    const std::string_view t = trim(raw);
    if (t.empty()) {
      continue;
    }
    const bool seen_text = seen_line;
    seen_line = true;
    const std::string low = lower(t);
    if (footer) {
      line.kind = LineKind::boilerplate;
      continue;
    }
    const bool copyright = low.find("\xC2\xA9") != std::string::npos || low.find("all rights reserved") != std::string::npos ||
                           low.rfind("copyright ", 0) == 0;
    if (copyright && seen_prose) {
      footer = true;  // everything after the copyright notice is the page footer
      line.kind = LineKind::boilerplate;
      continue;
    }
    // Glued words ("BanksThe Former Head of ...", "TrumpTwitter") mark
    // run-together link lists, but a sentence of mostly lower-case words
    // with a camel-case name ("JetBlue canceled 2,100 flights.",
    // "told TechCrunch.") is prose.
    const bool glued = glued_words(t) > 0 && !(ends_sentence(t) && lower_word_share(t) >= 0.4);
    if (copyright || is_url_line(t) || has_phrase(low, rules) || glued ||
        (count_words(t) == 1 && !ends_sentence(t) && t.size() > 3 &&
         std::all_of(t.begin(), t.end(), [](char c) { return !is_lower(c); }))) {
      line.kind = LineKind::boilerplate;  // "ADVERTISEMENT", "SPONSORED"
      continue;
    }
    if (!ends_sentence(t) && count_words(t) <= 20) {
      // (the document's first line is its headline however short, "Tornado
      // kills seven", unless it names an author: "By Jane Doe")
      // (not when the text goes on in lower case after a blank line: a
      // sentence cut in two)
      bool continued = false;
      for (std::size_t j = k + 1; j < lines.size() && !seen_text; ++j) {
        const std::string_view next = trim(std::string_view(s.data() + lines[j].range.start,
                                                            lines[j].range.end - lines[j].range.start));
        if (!next.empty()) {
          continued = is_lower(next.front());
          break;
        }
      }
      const bool first = !seen_text && !continued;
      const bool by = low.rfind("by ", 0) == 0;
      line.kind = count_words(t) <= 4 && (by || !first) ? LineKind::byline : LineKind::headline;
    } else {
      seen_prose = true;
    }
  }
  // A run of three or more consecutive unpunctuated lines is a menu or a list
  // of related stories, not a headline.
  for (std::size_t k = 0; k < lines.size();) {
    std::size_t j = k;
    while (j < lines.size() && lines[j].range.end > lines[j].range.start &&
           (lines[j].kind == LineKind::headline || lines[j].kind == LineKind::byline ||
            lines[j].kind == LineKind::boilerplate) &&
           !trim(std::string_view(s.data() + lines[j].range.start, lines[j].range.end - lines[j].range.start)).empty()) {
      ++j;
    }
    if (j - k >= 3) {
      for (std::size_t m = k; m < j; ++m) {
        lines[m].kind = LineKind::boilerplate;
      }
    }
    k = j == k ? k + 1 : j;
  }
  // A boilerplate line takes the rest of its paragraph with it ("Related
  // Story" followed by the teaser headline).
  for (std::size_t k = 1; k < lines.size(); ++k) {
    const bool prev_blank = trim(std::string_view(s.data() + lines[k - 1].range.start,
                                                  lines[k - 1].range.end - lines[k - 1].range.start))
                                .empty();
    if (!prev_blank && lines[k - 1].kind == LineKind::boilerplate && lines[k].kind != LineKind::prose) {
      lines[k].kind = LineKind::boilerplate;
    }
  }
  return out;
}

}  // namespace cc::text
