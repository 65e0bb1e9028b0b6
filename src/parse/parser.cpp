#include "parse/parser.hpp"

#include "parse/date.hpp"
#include "parse/number.hpp"
#include "parse/quantity.hpp"
#include "parse/timex.hpp"

namespace cc::parse {

namespace {

template <typename Rule, typename Attr>
const char* run(const Rule& rule, const char* first, const char* last, Attr& out) {
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

}  // namespace cc::parse
