#include "parse/spelled.hpp"

#include "util/word_set.hpp"

namespace cc::parse::grammar::spelled {

namespace {

// (hash tables: these are looked up at every word the grammars try)
const WordMap<int>& units() {
  static const WordMap<int> t{{"zero", 0},      {"one", 1},        {"two", 2},       {"three", 3},
                              {"four", 4},      {"five", 5},       {"six", 6},       {"seven", 7},
                              {"eight", 8},     {"nine", 9},       {"ten", 10},      {"eleven", 11},
                              {"twelve", 12},   {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},
                              {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}};
  return t;
}
const WordMap<int>& tens() {
  static const WordMap<int> t{{"twenty", 20}, {"thirty", 30},  {"forty", 40},  {"fifty", 50},
                              {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90}};
  return t;
}
const WordMap<double>& scales() {
  static const WordMap<double> t{{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
                                 {"lakh", 1e5},     {"lakhs", 1e5},   {"crore", 1e7},   {"crores", 1e7}};
  return t;
}
// The denominators of "and a half", "and a quarter".
const WordMap<double>& halves() {
  static const WordMap<double> t{{"half", 2}, {"third", 3}, {"quarter", 4}, {"fourth", 4}, {"fifth", 5}, {"tenth", 10}};
  return t;
}

bool boundary(const char* it, const char* last) {
  return it == last || !text::is_word_byte(static_cast<unsigned char>(*it));
}

// The hyphens allowed inside a compound number: '-', U+2010, U+2011.
const char* skip_hyphen(const char* it, const char* last) {
  if (it != last && *it == '-') {
    return it + 1;
  }
  if (last - it >= 3 && static_cast<unsigned char>(it[0]) == 0xE2 && static_cast<unsigned char>(it[1]) == 0x80 &&
      (static_cast<unsigned char>(it[2]) == 0x90 || static_cast<unsigned char>(it[2]) == 0x91)) {
    return it + 3;
  }
  return nullptr;
}

// Consumes whitespace then the exact word `w`; returns the end or nullptr.
const char* expect_word(const char* it, const char* last, std::string_view w) {
  const char* p = skip_ws(it, last);
  if (p == nullptr) {
    return nullptr;
  }
  const std::string_view got = word_at(p, last);
  return got == w ? p + got.size() : nullptr;
}

// A number below 1000, or "a" before "hundred". Sets `value`.
const char* below1000(const char* it, const char* last, int& value) {
  int v = 0;
  const char* e = below100(it, last, v);
  bool article = false;
  if (e == nullptr) {
    if (word_at(it, last) != "a") {
      return nullptr;
    }
    article = true;
    v = 1;
    e = it + 1;
  }
  if (const char* h = expect_word(e, last, "hundred")) {
    v *= 100;
    e = h;
    // "two hundred and fifty", "three hundred fifty"
    if (const char* p = skip_ws(e, last)) {
      const char* q = p;
      if (word_at(p, last) == "and") {
        q = skip_ws(p + 3, last);
      }
      int rest = 0;
      if (q != nullptr) {
        if (const char* r = below100(q, last, rest)) {
          v += rest;
          e = r;
        }
      }
    }
  } else if (article) {
    return nullptr;
  }
  value = v;
  return e;
}

// A group with an optional scale ("five hundred thousand", "a million").
// Sets `value` and `scaled`.
const char* group(const char* it, const char* last, double& value, bool& scaled) {
  int v = 0;
  const char* e = below1000(it, last, v);
  bool article = false;
  if (e == nullptr) {
    if (word_at(it, last) != "a") {
      return nullptr;
    }
    article = true;
    v = 1;
    e = it + 1;
  }
  scaled = false;
  value = v;
  if (const char* p = skip_ws(e, last)) {
    const std::string_view w = word_at(p, last);
    if (const double* s = scales().find(w); s != nullptr && boundary(p + w.size(), last)) {
      value = v * *s;
      scaled = true;
      return p + w.size();
    }
  }
  return article ? nullptr : e;
}

// " and a half", " and three quarters" is not supported; " and a quarter".
const char* half_tail(const char* it, const char* last, double& frac) {
  const char* p = expect_word(it, last, "and");
  if (p == nullptr) {
    return nullptr;
  }
  p = skip_ws(p, last);
  if (p == nullptr) {
    return nullptr;
  }
  const std::string_view a = word_at(p, last);
  if (a != "a" && a != "one") {
    return nullptr;
  }
  p = skip_ws(p + a.size(), last);
  if (p == nullptr) {
    return nullptr;
  }
  const std::string_view d = word_at(p, last);
  const double* den = halves().find(d);
  if (den == nullptr || !boundary(p + d.size(), last)) {
    return nullptr;
  }
  frac = 1.0 / *den;
  return p + d.size();
}

}  // namespace

std::string_view word_at(const char* it, const char* last) {
  const char* e = it;
  while (e != last && *e >= 'a' && *e <= 'z') {
    ++e;
  }
  return {it, static_cast<std::size_t>(e - it)};
}

const char* skip_ws(const char* it, const char* last) {
  const char* p = it;
  int newlines = 0;
  while (p != last) {
    const auto c = static_cast<unsigned char>(*p);
    if (c == ' ' || c == '\t' || c == '\r') {
      ++p;
    } else if (c == '\n') {
      if (++newlines > 1) {
        return nullptr;
      }
      ++p;
    } else if (c == 0xC2 && last - p >= 2 && static_cast<unsigned char>(p[1]) == 0xA0) {
      p += 2;
    } else if (c == 0xE2 && last - p >= 3 && static_cast<unsigned char>(p[1]) == 0x80 &&
               (static_cast<unsigned char>(p[2]) == 0x89 || static_cast<unsigned char>(p[2]) == 0xAF)) {
      p += 3;
    } else {
      break;
    }
  }
  return p == it ? nullptr : p;
}

const char* below100(const char* it, const char* last, int& value) {
  const std::string_view w = word_at(it, last);
  if (w.empty()) {
    return nullptr;
  }
  const char* e = it + w.size();
  if (const int* t = tens().find(w)) {
    if (!boundary(e, last) && skip_hyphen(e, last) == nullptr) {
      return nullptr;
    }
    value = *t;
    // "twenty-seven", "twenty seven"
    const char* p = skip_hyphen(e, last);
    if (p == nullptr) {
      p = skip_ws(e, last);
    }
    if (p != nullptr) {
      const std::string_view o = word_at(p, last);
      const int* u = units().find(o);
      if (u != nullptr && *u >= 1 && *u <= 9 && boundary(p + o.size(), last)) {
        value += *u;
        return p + o.size();
      }
    }
    return boundary(e, last) ? e : nullptr;
  }
  if (const int* u = units().find(w); u != nullptr && boundary(e, last)) {
    value = *u;
    return e;
  }
  return nullptr;
}

const char* number(const char* it, const char* last, ast::Number& out) {
  double first = 0;
  bool scaled = false;
  const char* e = group(it, last, first, scaled);
  if (e == nullptr) {
    return nullptr;
  }
  double total = first;
  bool combined = false;
  // "two million three hundred thousand": each further group must be
  // smaller than the one before, and the first at least a thousand.
  double previous = first;
  while (previous >= 1000) {
    const char* p = skip_ws(e, last);
    if (p == nullptr) {
      break;
    }
    if (word_at(p, last) == "and") {
      p = skip_ws(p + 3, last);
      if (p == nullptr) {
        break;
      }
    }
    double next = 0;
    bool next_scaled = false;
    const char* q = group(p, last, next, next_scaled);
    if (q == nullptr || next >= previous) {
      break;
    }
    total += next;
    previous = next;
    e = q;
    combined = true;
  }
  double frac = 0;
  if (const char* h = half_tail(e, last, frac)) {
    total += frac;
    e = h;
  }
  if (!combined) {
    // "one and a half million"
    if (const char* p = skip_ws(e, last)) {
      const std::string_view w = word_at(p, last);
      if (const double* s = scales().find(w); s != nullptr && boundary(p + w.size(), last)) {
        total *= *s;
        scaled = true;
        e = p + w.size();
      }
    }
  }
  out = ast::Number{};
  out.value = out.high = total;
  out.words = true;
  out.scaled = scaled || combined || total >= 1000;
  return e;
}

}  // namespace cc::parse::grammar::spelled
