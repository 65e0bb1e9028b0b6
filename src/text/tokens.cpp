#include "text/tokens.hpp"

#include <algorithm>
#include <array>

#include "util/text.hpp"
#include "util/utf8.hpp"

namespace cc::text {

namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Length of a multi-byte punctuation mark at `s[i]` we care about: curly
// quotes, dashes, ellipsis, NBSP (as space). 0 when none.
std::size_t unicode_punct(std::string_view s, std::size_t i, bool* quote, bool* dash, bool* space) {
  *quote = *dash = *space = false;
  const auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  if (b(0) == 0xC2 && b(1) == 0xA0) {
    *space = true;
    return 2;
  }
  if (b(0) == 0xC2 && (b(1) == 0xAB || b(1) == 0xBB)) {
    *quote = true;  // « »
    return 2;
  }
  if (b(0) == 0xE2 && b(1) == 0x80) {
    const unsigned char c = static_cast<unsigned char>(b(2));
    if (c >= 0x98 && c <= 0x9F) {
      *quote = true;  // ‘ ’ ‚ ‛ “ ” „ ‟
      return 3;
    }
    if (c >= 0x90 && c <= 0x95) {
      *dash = c >= 0x92;  // ‒ – — ―  (0x90/0x91 are hyphens)
      return 3;
    }
    if (c == 0xA6 || c == 0xA2 || c == 0xB9 || c == 0xBA) {
      return 3;  // … • ‹ ›
    }
    if (c == 0x89 || c == 0xAF || c == 0x8B || (c >= 0x80 && c <= 0x8A)) {
      *space = true;  // thin and other spaces, zero-width space
      return 3;
    }
    if (c >= 0x8E && c <= 0x8F) {
      *space = true;  // LRM, RLM
      return 3;
    }
    if (c >= 0xAA && c <= 0xAE) {
      *space = true;  // bidi embeddings and overrides
      return 3;
    }
  }
  if (b(0) == 0xE2 && b(1) == 0x81 && b(2) >= 0xA6 && b(2) <= 0xA9) {
    *space = true;  // bidi isolates
    return 3;
  }
  return 0;
}

bool word_byte(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    return is_alnum(static_cast<char>(c)) || c == '_';
  }
  bool q = false;
  bool d = false;
  bool sp = false;
  if (unicode_punct(s, i, &q, &d, &sp) > 0) {
    return false;
  }
  // Other punctuation blocks: general punctuation (E2 80..), currency (E2 82),
  // arrows and symbols (E2 86..E2 9F), CJK punctuation (E3 80).
  if (c == 0xE2) {
    return false;
  }
  if (c == 0xC2) {
    return false;  // Latin-1 punctuation and symbols (£, ©, °)
  }
  return c >= 0xC3;
}

bool is_apostrophe(std::string_view s, std::size_t i, std::size_t* len) {
  if (s[i] == '\'') {
    *len = 1;
    return true;
  }
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x99) {
    *len = 3;
    return true;
  }
  return false;
}

constexpr std::array<std::string_view, 58> k_abbrevs{
    "mr",  "mrs",  "ms",   "dr",   "prof", "sen",  "rep",  "gov",  "gen",  "lt",   "col",  "sgt",
    "capt", "st",  "jr",   "sr",   "inc",  "corp", "ltd",  "co",   "llc",  "plc",  "jan",  "feb",
    "mar", "apr",  "jun",  "jul",  "aug",  "sep",  "sept", "oct",  "nov",  "dec",  "no",   "nos",
    "vs",  "etc",  "approx", "est", "dept", "univ", "ave",  "blvd", "mt",   "ft",   "fig",  "vol",
    "ch",  "pp",   "al",   "gov't", "bros", "mass", "calif", "fla",  "wash", "pres"};

// Words that start a new sentence after an abbreviation like "U.S." or "Inc.".
constexpr std::array<std::string_view, 40> k_openers{
    "the", "a",    "an",   "it",   "he",    "she",  "they",  "we",   "i",    "this",
    "that", "these", "those", "in", "on",   "at",   "but",   "and",  "so",   "however",
    "his", "her",  "its",  "their", "our",  "there", "after", "before", "when", "while",
    "as",  "if",   "for",  "some", "many", "most", "according", "last", "earlier", "meanwhile"};

std::string lower_word(std::string_view s, std::size_t b, std::size_t e) {
  std::string w(s.substr(b, e - b));
  for (auto& c : w) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return w;
}

}  // namespace

std::string token_lower(std::string_view text, const Token& t) { return lower_word(text, t.start, t.end); }

std::vector<Token> tokenize(std::string_view s, Range range) {
  std::vector<Token> out;
  std::size_t i = range.start;
  const std::size_t end = std::min(range.end, s.size());
  while (i < end) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (is_space(c)) {
      ++i;
      continue;
    }
    // Possessive 's / ’s right after a word
    std::size_t alen = 0;
    if (!out.empty() && out.back().end == i && out.back().is(k_word) && is_apostrophe(s, i, &alen) &&
        i + alen < end && (s[i + alen] == 's' || s[i + alen] == 'S') &&
        (i + alen + 1 >= end || !word_byte(s, i + alen + 1))) {
      out.push_back(Token{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + alen + 1), k_possessive});
      i += alen + 1;
      continue;
    }
    bool quote = false;
    bool dash = false;
    bool space = false;
    if (const std::size_t n = unicode_punct(s, i, &quote, &dash, &space); n > 0) {
      if (!space) {
        // A curly apostrophe inside a word is handled below with the word.
        Token t{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(std::min(i + n, end)), k_punct};
        if (quote) {
          t.flags |= k_quote;
        }
        if (dash) {
          t.flags |= k_dash;
        }
        out.push_back(t);
      }
      i += n;
      continue;
    }
    if (word_byte(s, i)) {
      const std::size_t b = i;
      std::uint16_t flags = k_word;
      if (is_digit(static_cast<char>(c))) {
        flags |= k_number;
      }
      // Abbreviations with periods: U.S., D.C., a.m.
      std::size_t j = i;
      while (j + 1 < end && is_alpha(s[j]) && s[j + 1] == '.' &&
             (j + 2 >= end || !word_byte(s, j + 2) || (is_alpha(s[j + 2]) && j + 3 < end && s[j + 3] == '.'))) {
        j += 2;
      }
      if (j - b >= 4) {
        i = j;
        flags |= k_abbrev;
      } else {
        while (i < end) {
          if (word_byte(s, i)) {
            i += std::max<std::size_t>(1, text::lead_length(static_cast<unsigned char>(s[i])));
            continue;
          }
          // Inside a word: hyphen, digit separators, apostrophes (not 's).
          const char d = s[i];
          if ((d == '-' || d == '/') && i + 1 < end && word_byte(s, i + 1) && i > b) {
            ++i;
            continue;
          }
          if ((d == ',' || d == '.') && i > b && is_digit(s[i - 1]) && i + 1 < end && is_digit(s[i + 1])) {
            ++i;
            continue;
          }
          std::size_t apos = 0;
          if (is_apostrophe(s, i, &apos) && i + apos < end && word_byte(s, i + apos)) {
            // "'s" at the end of a word is a separate possessive token.
            const bool s_tail = (s[i + apos] == 's' || s[i + apos] == 'S') &&
                                (i + apos + 1 >= end || !word_byte(s, i + apos + 1));
            if (s_tail) {
              break;
            }
            i += apos;
            continue;
          }
          break;
        }
        // "Inc.", "Sept.", "Mr.": keep the period of a known abbreviation
        // or a single capital initial.
        if (i < end && s[i] == '.') {
          const std::string w = lower_word(s, b, i);
          const bool initial = i - b == 1 && is_upper(s[b]);
          if (initial || std::find(k_abbrevs.begin(), k_abbrevs.end(), w) != k_abbrevs.end()) {
            ++i;
            flags |= k_abbrev;
          }
        }
      }
      if (is_upper(s[b])) {
        flags |= k_cap;
        int letters = 0;
        bool lower = false;
        for (std::size_t k = b; k < i; ++k) {
          if (is_alpha(s[k])) {
            ++letters;
            lower = lower || is_lower(s[k]);
          }
        }
        if (letters >= 2 && !lower) {
          flags |= k_allcaps;
        }
      }
      out.push_back(Token{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(i), flags});
      continue;
    }
    // Plural possessive: "agencies' software"
    if (!out.empty() && out.back().end == i && is_apostrophe(s, i, &alen) && i > 0 && (s[i - 1] == 's')) {
      out.push_back(Token{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + alen), k_possessive});
      i += alen;
      continue;
    }
    Token t{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), k_punct};
    if (c == '"' || c == '\'' || c == '`') {
      t.flags |= k_quote;
    }
    if (c == '-' && i + 1 < end && s[i + 1] == '-') {
      t.end = static_cast<std::uint32_t>(i + 2);
      t.flags |= k_dash;
    }
    const std::size_t n = c < 0x80 ? 1 : std::max<std::size_t>(1, utf8::sequence_length(s, i));
    t.end = std::max<std::uint32_t>(t.end, static_cast<std::uint32_t>(std::min(i + n, end)));
    out.push_back(t);
    i = t.end;
  }
  return out;
}

namespace {

bool is_closing(std::string_view s, const Token& t) {
  if (!t.is(k_punct)) {
    return false;
  }
  const std::string_view p = s.substr(t.start, t.end - t.start);
  return p == "\"" || p == "'" || p == ")" || p == "]" || p == "\xE2\x80\x9D" || p == "\xE2\x80\x99";
}

bool is_terminal(std::string_view s, const Token& t) {
  if (!t.is(k_punct)) {
    return false;
  }
  const std::string_view p = s.substr(t.start, t.end - t.start);
  return p == "." || p == "!" || p == "?" || p == "\xE2\x80\xA6";
}

// Splits one paragraph's tokens into sentences.
// The most tokens in one sentence (news sentences have a few dozen).
constexpr std::size_t k_max_sentence_tokens = 300;

void split_paragraph(std::string_view s, const std::vector<Token>& toks, bool headline, std::vector<Sentence>& out) {
  std::size_t first = 0;
  const auto emit = [&](std::size_t last) {  // inclusive
    if (last < first || first >= toks.size()) {
      return;
    }
    Sentence sen;
    sen.range = Range{toks[first].start, toks[last].end};
    sen.headline = headline;
    sen.tokens.assign(toks.begin() + static_cast<std::ptrdiff_t>(first), toks.begin() + static_cast<std::ptrdiff_t>(last + 1));
    out.push_back(std::move(sen));
    first = last + 1;
  };
  for (std::size_t k = 0; k < toks.size(); ++k) {
    const Token& t = toks[k];
    bool boundary = false;
    std::size_t last = k;
    if (is_terminal(s, t)) {
      // include closing quotes/brackets
      while (last + 1 < toks.size() && is_closing(s, toks[last + 1]) && toks[last + 1].start == toks[last].end) {
        ++last;
      }
      boundary = last + 1 >= toks.size() || !toks[last + 1].is(k_word) || toks[last + 1].is(k_cap) ||
                 toks[last + 1].is(k_number) || toks[last + 1].is(k_quote);
      if (boundary && last + 1 < toks.size() && toks[last + 1].is(k_punct) && !toks[last + 1].is(k_quote)) {
        boundary = false;  // "... (AP) _ ..."
      }
    } else if (t.is(k_abbrev) && s[t.end - 1] == '.' && k + 1 < toks.size()) {
      // "U.S. The company ..." ends a sentence; "U.S. Department" does not.
      const Token& n = toks[k + 1];
      if (n.is(k_word) && n.is(k_cap)) {
        const std::string w = lower_word(s, n.start, n.end);
        boundary = std::find(k_openers.begin(), k_openers.end(), w) != k_openers.end();
      } else if (n.is(k_quote)) {
        boundary = true;
      }
    }
    // A "sentence" of hundreds of words is a list, a table or garbage: cut it
    // (at the last comma or semicolon if there is one nearby) so that the
    // work per sentence stays bounded.
    if (!boundary && last + 1 - first >= k_max_sentence_tokens) {
      std::size_t cut = last;
      for (std::size_t b = last; b > first + k_max_sentence_tokens / 2; --b) {
        if (toks[b].is(k_punct) && (s[toks[b].start] == ',' || s[toks[b].start] == ';')) {
          cut = b;
          break;
        }
      }
      emit(cut);
      k = cut;
      continue;
    }
    if (boundary) {
      emit(last);
      k = last;
    }
  }
  emit(toks.size() - 1);
}

}  // namespace

std::vector<Sentence> split_sentences(const Cleaned& c) {
  std::vector<Sentence> out;
  const std::string_view s = c.text;
  // Paragraphs: runs of consecutive non-blank lines of the same kind class.
  std::size_t k = 0;
  const auto blank = [&](const Line& l) {
    for (std::size_t i = l.range.start; i < l.range.end; ++i) {
      if (!is_space(static_cast<unsigned char>(s[i]))) {
        return false;
      }
    }
    return true;
  };
  while (k < c.lines.size()) {
    const Line& l = c.lines[k];
    if (blank(l) || l.kind == LineKind::boilerplate || l.kind == LineKind::byline) {
      ++k;
      continue;
    }
    if (l.kind == LineKind::headline) {
      auto toks = tokenize(s, l.range);
      if (!toks.empty()) {
        split_paragraph(s, toks, true, out);
      }
      ++k;
      continue;
    }
    std::size_t j = k;
    while (j < c.lines.size() && !blank(c.lines[j]) && c.lines[j].kind == LineKind::prose) {
      ++j;
    }
    auto toks = tokenize(s, Range{c.lines[k].range.start, c.lines[j - 1].range.end});
    // A paragraph that starts in lower case continues the previous sentence
    // ("... Lindqvist\n\nsaid.").
    if (!toks.empty() && !out.empty() && !out.back().headline && toks.front().is(k_word) &&
        !toks.front().is(k_cap) && !toks.front().is(k_number)) {
      Sentence prev = std::move(out.back());
      out.pop_back();
      std::vector<Token> merged = std::move(prev.tokens);
      merged.insert(merged.end(), toks.begin(), toks.end());
      toks = std::move(merged);
    }
    if (!toks.empty()) {
      split_paragraph(s, toks, false, out);
    }
    k = j;
  }
  return out;
}

}  // namespace cc::text
