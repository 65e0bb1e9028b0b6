#include "values/json.hpp"

#include <charconv>
#include <cmath>

#include "util/utf8.hpp"

namespace cc::values {

void append_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  if (v == 0) {
    v = 0;  // no "-0"
  }
  char buf[32];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, res.ptr);
}

namespace {

void append_key(std::string& out, std::string_view key) {
  out += '"';
  out += key;
  out += "\":";
}

void append_string(std::string& out, std::string_view s) {
  out += '"';
  utf8::append_json_escaped(out, s);
  out += '"';
}

void append_opt(std::string& out, const std::optional<double>& v) {
  if (v) {
    append_number(out, *v);
  } else {
    out += "null";
  }
}

void append_range(std::string& out, const NumRange& r) {
  append_key(out, "low");
  append_opt(out, r.low);
  out += ',';
  append_key(out, "high");
  append_opt(out, r.high);
  out += ',';
  append_key(out, "low_inclusive");
  out += (r.low && r.low_inclusive) ? "true" : "false";
  out += ',';
  append_key(out, "high_inclusive");
  out += (r.high && r.high_inclusive) ? "true" : "false";
  out += ',';
  append_key(out, "approximate");
  out += r.approximate ? "true" : "false";
}

void append_day(std::string& out, const std::optional<Day>& d) {
  if (d) {
    out += '"';
    out += format_iso(*d);
    out += '"';
  } else {
    out += "null";
  }
}

}  // namespace

void append_json(std::string& out, const Mention& m, std::string_view text, std::string_view file) {
  out += '{';
  if (!file.empty()) {
    append_key(out, "file");
    append_string(out, file);
    out += ',';
  }
  append_key(out, "start");
  out += std::to_string(m.start);
  out += ',';
  append_key(out, "end");
  out += std::to_string(m.end);
  out += ',';
  append_key(out, "text");
  append_string(out, text.substr(m.start, m.end - m.start));
  out += ',';
  append_key(out, "type");
  append_string(out, to_string(m.type));
  out += ',';
  append_key(out, "value");
  out += '{';
  switch (m.type) {
    case MentionType::quantity:
    case MentionType::money:
    case MentionType::percent:
    case MentionType::ordinal:
      append_range(out, m.num);
      out += ',';
      append_key(out, "unit");
      if (m.unit.empty()) {
        out += "null";
      } else {
        append_string(out, m.unit);
      }
      if (!m.dimension.empty() && m.si) {
        out += ',';
        append_key(out, "dimension");
        append_string(out, m.dimension);
        out += ',';
        append_key(out, "si");
        out += '{';
        append_range(out, *m.si);
        out += ',';
        append_key(out, "unit");
        append_string(out, m.si_unit);
        out += '}';
      }
      break;
    case MentionType::date:
    case MentionType::time:
      append_key(out, "start");
      append_day(out, m.date.start);
      out += ',';
      append_key(out, "end");
      append_day(out, m.date.end);
      out += ',';
      append_key(out, "granularity");
      append_string(out, to_string(m.date.granularity));
      out += ',';
      append_key(out, "timex");
      if (m.timex.empty()) {
        out += "null";
      } else {
        append_string(out, m.timex);
      }
      if (!m.mod.empty()) {
        out += ',';
        append_key(out, "mod");
        append_string(out, m.mod);
      }
      if (!m.resolved) {
        out += ',';
        append_key(out, "resolved");
        out += "false";
      }
      break;
    case MentionType::duration:
      append_key(out, "timex");
      append_string(out, m.timex);
      out += ',';
      append_range(out, m.num);
      out += ',';
      append_key(out, "unit");
      append_string(out, m.unit);
      if (!m.mod.empty()) {
        out += ',';
        append_key(out, "mod");
        append_string(out, m.mod);
      }
      break;
    case MentionType::set:
      append_key(out, "timex");
      append_string(out, m.timex);
      if (m.num.low) {
        out += ',';
        append_key(out, "frequency");
        append_number(out, *m.num.low);
      }
      break;
  }
  out += "}}";
}

}  // namespace cc::values
