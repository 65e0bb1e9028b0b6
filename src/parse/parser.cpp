#include "parse/parser.hpp"

#include "parse/date.hpp"
#include "parse/number.hpp"
#include "parse/pattern.hpp"
#include "parse/quantity.hpp"
#include "parse/timex.hpp"

namespace cc::parse {

namespace {

template <typename Rule, typename Attr>
const char* run(const Rule& rule, const char* first, const char* last, Attr& out) {
  memo::next_call();
  const char* it = first;
  if (x3::parse(it, last, rule, out)) {
    return it;
  }
  return nullptr;
}

}  // namespace

const char* parse_quantity(const char* first, const char* last, ast::Quantity& out) {
  return run(quantity(), first, last, out);
}
const char* parse_date(const char* first, const char* last, ast::Temporal& out) {
  return run(date(), first, last, out);
}
const char* parse_time(const char* first, const char* last, ast::Temporal& out) {
  return run(time_of_day(), first, last, out);
}
const char* parse_duration(const char* first, const char* last, ast::Temporal& out) {
  return run(duration(), first, last, out);
}
const char* parse_set(const char* first, const char* last, ast::Temporal& out) {
  return run(set(), first, last, out);
}
const char* parse_ordinal(const char* first, const char* last, int& out) {
  return run(ordinal(), first, last, out);
}
const char* parse_number(const char* first, const char* last, ast::Number& out) {
  return run(number(), first, last, out);
}

std::string where(const std::string& name, std::string_view text, const char* at) {
  std::size_t line = 1;
  std::size_t col = 1;
  const char* end = at == nullptr ? text.data() : std::min(at, text.data() + text.size());
  for (const char* p = text.data(); p < end; ++p) {
    if (*p == '\n') {
      ++line;
      col = 1;
    } else if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80) {
      ++col;
    }
  }
  return name + ":" + std::to_string(line) + ":" + std::to_string(col);
}

std::string caret(std::string_view text, const char* at) {
  if (at == nullptr || at < text.data() || at > text.data() + text.size()) {
    return {};
  }
  const auto off = static_cast<std::size_t>(at - text.data());
  const std::size_t ls = text.rfind('\n', off == 0 ? 0 : off - 1);
  const std::size_t b = (ls == std::string_view::npos || off == 0) ? (off == 0 ? 0 : ls + 1) : ls + 1;
  std::size_t e = text.find('\n', off);
  if (e == std::string_view::npos) {
    e = text.size();
  }
  std::string line(text.substr(b, e - b));
  std::string mark;
  for (std::size_t i = b; i < off; ++i) {
    mark += text[i] == '\t' ? '\t' : ' ';
  }
  return line + "\n" + mark + "^";
}

Expected<std::vector<pattern_ast::Rule>> parse_patterns(const std::string& name, std::string_view text) {
  std::vector<pattern_ast::Rule> rules;
  const char* first = text.data();
  const char* last = text.data() + text.size();
  try {
    if (!x3::phrase_parse(first, last, pattern_file(), pattern_skipper(), rules) || first != last) {
      return Error{where(name, text, first), "error: expected a rule (\"rule NAME match ... end\")", 2, caret(text, first)};
    }
  } catch (const x3::expectation_failure<const char*>& e) {
    std::string what = e.which();
    if (what.size() > 2 && what.front() == '\'' && what.back() == '\'') {
      what = "\"" + what.substr(1, what.size() - 2) + "\"";
    }
    // Point just after the last token read, not at the next line.
    const char* at = e.where();
    while (at > text.data() && (at[-1] == ' ' || at[-1] == '\t' || at[-1] == '\n' || at[-1] == '\r')) {
      --at;
    }
    return Error{where(name, text, at), "error: expected " + what, 2, caret(text, at)};
  }
  return rules;
}

}  // namespace cc::parse
