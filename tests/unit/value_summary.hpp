// A one-line summary of value mentions, for table-driven tests:
//   "<span text> => <type> <value>" joined by " | ".
// Values: "quantity 10 people", "quantity (,50) employees" (interval
// notation, "~" for approximate), "money ~[5.4e+08,6.6e+08] USD",
// "date 2018 2018-01-01..2018-12-31", "duration P3M", "time 2017-09-13T05:01",
// "set P1W", "ordinal 27 anniversary".
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.hpp"
#include "core/value.hpp"
#include "corpus/manifest.hpp"
#include "values/scanner.hpp"

namespace cc::test {

inline std::string num(double v) {
  char buf[40];
  if (v == static_cast<double>(static_cast<long long>(v)) && v > -1e15 && v < 1e15) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  } else {
    std::snprintf(buf, sizeof buf, "%.10g", v);
  }
  return buf;
}

inline std::string range(const NumRange& r) {
  std::string s = r.approximate ? "~" : "";
  if (r.is_point() && r.low_inclusive && r.high_inclusive) {
    return s + num(*r.low);
  }
  s += (r.low && r.low_inclusive) ? "[" : "(";
  if (r.low) {
    s += num(*r.low);
  }
  s += ",";
  if (r.high) {
    s += num(*r.high);
  }
  s += (r.high && r.high_inclusive) ? "]" : ")";
  return s;
}

inline std::string summary(const Mention& m) {
  std::string s(to_string(m.type));
  switch (m.type) {
    case MentionType::quantity:
    case MentionType::money:
    case MentionType::percent:
    case MentionType::ordinal:
      s += " " + range(m.num);
      if (!m.unit.empty()) {
        s += " " + m.unit;
      }
      if (m.si) {
        s += " si=" + range(*m.si) + " " + m.si_unit;
      }
      break;
    case MentionType::date:
      s += " " + (m.timex.empty() ? std::string("?") : m.timex);
      s += " " + (m.date.start ? format_iso(*m.date.start) : std::string("?")) + ".." +
           (m.date.end ? format_iso(*m.date.end) : std::string("?"));
      if (!m.mod.empty()) {
        s += " " + m.mod;
      }
      break;
    case MentionType::time:
    case MentionType::set:
      s += " " + m.timex;
      break;
    case MentionType::duration:
      s += " " + m.timex;
      if (!m.mod.empty()) {
        s += " " + m.mod;
      }
      break;
  }
  return s;
}

// Scans `text` with publication date `ref` ("" for none) and summarizes.
inline std::string describe(std::string_view text, const std::string& ref = "2017-09-13") {
  values::ScanOptions opt;
  if (!ref.empty()) {
    opt.reference = corpus::parse_published(ref);
  }
  std::string out;
  for (const auto& m : values::scan(text, opt)) {
    if (!out.empty()) {
      out += " | ";
    }
    out += std::string(text.substr(m.start, m.end - m.start)) + " => " + summary(m);
  }
  return out;
}

struct Case {
  const char* input;
  const char* expect;
};

}  // namespace cc::test
