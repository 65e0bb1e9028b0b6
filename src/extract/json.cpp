#include <charconv>

#include <nlohmann/json.hpp>

#include "extract/extractor.hpp"
#include "extract/json.hpp"
#include "util/utf8.hpp"

namespace cc::extract {

namespace {

nlohmann::json opt_num(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

nlohmann::json opt_day(const std::optional<Day>& d) { return d ? nlohmann::json(format_iso(*d)) : nlohmann::json(nullptr); }

// A JSON object written key by key; the caller gives keys in sorted order
// (the order nlohmann::json's std::map gives), so that the text equals
// claim_json(c).dump().
class Writer {
 public:
  explicit Writer(std::string& out) : m_out(out) {}
  Writer& open() {
    m_out += '{';
    m_first = true;
    return *this;
  }
  Writer& close() {
    m_out += '}';
    m_first = false;
    return *this;
  }
  Writer& key(std::string_view k) {
    if (!m_first) {
      m_out += ',';
    }
    m_first = false;
    m_out += '"';
    m_out += k;
    m_out += "\":";
    return *this;
  }
  Writer& str(std::string_view k, std::string_view v) {
    key(k);
    string(v);
    return *this;
  }
  void string(std::string_view v) {
    m_out += '"';
    utf8::append_json_escaped(m_out, v);
    m_out += '"';
  }
  Writer& boolean(std::string_view k, bool v) {
    key(k);
    m_out += v ? "true" : "false";
    return *this;
  }
  void number(double v) {
    char buf[64];
    // shortest round-trip digits; fixed notation where nlohmann::json uses it
    const double a = v < 0 ? -v : v;
    const auto r = (a == 0 || (a >= 1e-4 && a < 1e15)) ? std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed)
                                                       : std::to_chars(buf, buf + sizeof buf, v);
    const std::string_view t(buf, static_cast<std::size_t>(r.ptr - buf));
    m_out += t;
    if (t.find_first_not_of("-0123456789") == std::string_view::npos) {
      m_out += ".0";  // as nlohmann writes a whole double
    }
  }
  Writer& num(std::string_view k, const std::optional<double>& v) {
    key(k);
    if (v) {
      number(*v);
    } else {
      m_out += "null";
    }
    return *this;
  }
  Writer& day(std::string_view k, const std::optional<Day>& d) {
    key(k);
    if (d) {
      string(format_iso(*d));
    } else {
      m_out += "null";
    }
    return *this;
  }
  Writer& pair(std::string_view k, std::size_t a, std::size_t b) {
    key(k);
    m_out += '[';
    m_out += std::to_string(a);
    m_out += ',';
    m_out += std::to_string(b);
    m_out += ']';
    return *this;
  }
  Writer& strings(std::string_view k, const std::vector<std::string>& v) {
    key(k);
    m_out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i > 0) {
        m_out += ',';
      }
      string(v[i]);
    }
    m_out += ']';
    return *this;
  }
  // an object-valued member: key, then open() ... close()
  Writer& object(std::string_view k) {
    key(k);
    return open();
  }

 private:
  std::string& m_out;
  bool m_first = true;
};

void write_value(Writer& w, const ClaimValue& v) {
  w.open();
  switch (v.kind) {
    case ValueKind::quantity:
    case ValueKind::money:
    case ValueKind::percent:
    case ValueKind::ordinal:
    case ValueKind::duration:
      w.boolean("approximate", v.num.approximate).str("display", v.display).num("high", v.num.high);
      w.boolean("high_inclusive", v.num.high_inclusive).num("low", v.num.low);
      w.boolean("low_inclusive", v.num.low_inclusive);
      if (v.kind == ValueKind::duration) {
        w.str("timex", v.timex);
      }
      w.str("type", to_string(v.kind)).str("unit", v.unit);
      break;
    case ValueKind::date:
      w.str("display", v.display).day("end", v.date.end).str("granularity", to_string(v.date.granularity));
      w.day("start", v.date.start).str("timex", v.timex).str("type", to_string(v.kind));
      break;
    case ValueKind::set:
      w.str("display", v.display).strings("items", v.items).strings("names", v.item_names);
      w.str("type", to_string(v.kind));
      break;
    case ValueKind::place:
      w.str("display", v.display).str("key", v.text).str("type", to_string(v.kind));
      break;
    case ValueKind::status:
    case ValueKind::text:
      w.str("display", v.display).str("text", v.text).str("type", to_string(v.kind));
      break;
  }
  w.close();
}

}  // namespace

std::string claim_json_text(const Claim& c, bool with_quote) {
  std::string out;
  out.reserve(640 + c.quote.size());
  Writer w(out);
  w.open().str("attribute", c.attribute);
  w.object("attribution");
  if (!c.attribution.cue.empty()) {
    w.str("cue", c.attribution.cue);
  }
  if (!c.attribution.origin.empty()) {
    w.str("origin", c.attribution.origin).str("origin_name", c.attribution.origin_name);
  }
  if (!c.attribution.speaker.empty()) {
    w.str("speaker", c.attribution.speaker).str("speaker_name", c.attribution.speaker_name);
  }
  w.close();
  w.str("certainty", c.certainty).boolean("changing", c.changing).strings("context", c.context);
  w.str("document", c.document).str("id", c.id);
  if (with_quote) {
    w.str("quote", c.quote);
  }
  w.str("rule", c.rule);
  w.object("scope");
  if (!c.scope.phase.empty()) {
    w.str("phase", c.scope.phase);
  }
  if (!c.scope.place.empty()) {
    w.str("place", c.scope.place).str("place_name", c.scope.place_name);
  }
  if (!c.scope.population.empty()) {
    w.str("population", c.scope.population);
  }
  if (!c.scope.unit.empty()) {
    w.str("unit", c.scope.unit);
  }
  w.close();
  w.pair("sentence", c.sentence_start, c.sentence_end).pair("span", c.start, c.end);
  w.object("subject");
  if (!c.subject.acronym.empty()) {
    w.str("acronym", c.subject.acronym);
  }
  w.str("key", c.subject.key).str("kind", c.subject.kind);
  if (!c.subject.parent.empty()) {
    w.str("parent", c.subject.parent);
  }
  if (!c.subject.place.empty()) {
    w.str("place", c.subject.place);
  }
  w.str("surface", c.subject.surface);
  if (!c.subject.unit.empty()) {
    w.str("unit", c.subject.unit);
  }
  w.close();
  w.str("text", c.text);
  w.object("time").day("end", c.time.range.end).str("source", c.time.source).day("start", c.time.range.start);
  w.str("timex", c.time.timex).close();
  w.key("value");
  write_value(w, c.value);
  w.close();
  return out;
}

nlohmann::json value_json(const ClaimValue& v) {
  nlohmann::json j;
  j["type"] = std::string(to_string(v.kind));
  j["display"] = v.display;
  switch (v.kind) {
    case ValueKind::quantity:
    case ValueKind::money:
    case ValueKind::percent:
    case ValueKind::ordinal:
    case ValueKind::duration:
      j["low"] = opt_num(v.num.low);
      j["high"] = opt_num(v.num.high);
      j["low_inclusive"] = v.num.low_inclusive;
      j["high_inclusive"] = v.num.high_inclusive;
      j["approximate"] = v.num.approximate;
      j["unit"] = v.unit;
      if (v.kind == ValueKind::duration) {
        j["timex"] = v.timex;
      }
      break;
    case ValueKind::date:
      j["start"] = opt_day(v.date.start);
      j["end"] = opt_day(v.date.end);
      j["granularity"] = std::string(to_string(v.date.granularity));
      j["timex"] = v.timex;
      break;
    case ValueKind::set:
      j["items"] = v.items;
      j["names"] = v.item_names;
      break;
    case ValueKind::place:
      j["key"] = v.text;
      break;
    case ValueKind::status:
    case ValueKind::text:
      j["text"] = v.text;
      break;
  }
  return j;
}

nlohmann::json claim_json(const Claim& c) {
  nlohmann::json j;
  j["id"] = c.id;
  j["document"] = c.document;
  j["span"] = {c.start, c.end};
  j["sentence"] = {c.sentence_start, c.sentence_end};
  j["text"] = c.text;
  j["quote"] = c.quote;
  nlohmann::json s;
  s["key"] = c.subject.key;
  s["surface"] = c.subject.surface;
  s["kind"] = c.subject.kind;
  if (!c.subject.parent.empty()) {
    s["parent"] = c.subject.parent;
  }
  if (!c.subject.unit.empty()) {
    s["unit"] = c.subject.unit;
  }
  if (!c.subject.place.empty()) {
    s["place"] = c.subject.place;
  }
  if (!c.subject.acronym.empty()) {
    s["acronym"] = c.subject.acronym;
  }
  j["subject"] = s;
  j["attribute"] = c.attribute;
  j["value"] = value_json(c.value);
  j["time"] = {{"start", opt_day(c.time.range.start)},
               {"end", opt_day(c.time.range.end)},
               {"timex", c.time.timex},
               {"source", c.time.source}};
  nlohmann::json sc = nlohmann::json::object();
  if (!c.scope.place.empty()) {
    sc["place"] = c.scope.place;
    sc["place_name"] = c.scope.place_name;
  }
  if (!c.scope.population.empty()) {
    sc["population"] = c.scope.population;
  }
  if (!c.scope.unit.empty()) {
    sc["unit"] = c.scope.unit;
  }
  if (!c.scope.phase.empty()) {
    sc["phase"] = c.scope.phase;
  }
  j["scope"] = sc;
  j["certainty"] = c.certainty;
  nlohmann::json a = nlohmann::json::object();
  if (!c.attribution.speaker.empty()) {
    a["speaker"] = c.attribution.speaker;
    a["speaker_name"] = c.attribution.speaker_name;
  }
  if (!c.attribution.origin.empty()) {
    a["origin"] = c.attribution.origin;
    a["origin_name"] = c.attribution.origin_name;
  }
  if (!c.attribution.cue.empty()) {
    a["cue"] = c.attribution.cue;
  }
  j["attribution"] = a;
  j["rule"] = c.rule;
  j["changing"] = c.changing;
  j["context"] = c.context;
  return j;
}

nlohmann::json document_json(const corpus::Document& d) {
  return {{"id", d.id},
          {"file", d.file},
          {"outlet", d.outlet},
          {"published", d.published},
          {"published_source", d.published_source},
          {"url", d.url},
          {"title", d.title},
          {"author", d.author},
          {"offsets", d.offsets},
          {"content_hash", d.content_hash},
          {"story", d.story},
          {"length", d.raw.size()}};
}

std::string to_json(const std::vector<corpus::Document>& docs, const std::vector<Claim>& claims, int indent,
                    const std::vector<EntityMention>* entities) {
  if (indent < 0 && entities == nullptr) {
    // Compact output is written claim by claim: the same JSON as the tree
    // below (keys sorted), without holding a tree of every claim.
    std::string out = "{\"claims\":[";
    for (std::size_t i = 0; i < claims.size(); ++i) {
      if (i > 0) {
        out += ',';
      }
      out += claim_json_text(claims[i]);
    }
    nlohmann::json dj = nlohmann::json::array();
    for (const auto& d : docs) {
      dj.push_back(document_json(d));
    }
    out += "],\"documents\":";
    out += dj.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += '}';
    return out;
  }
  nlohmann::json j;
  j["documents"] = nlohmann::json::array();
  for (const auto& d : docs) {
    j["documents"].push_back(document_json(d));
  }
  j["claims"] = nlohmann::json::array();
  for (const auto& c : claims) {
    j["claims"].push_back(claim_json(c));
  }
  if (entities != nullptr) {
    j["entities"] = nlohmann::json::array();
    for (const auto& e : *entities) {
      j["entities"].push_back({{"document", e.document},
                               {"span", {e.start, e.end}},
                               {"key", e.subject.key},
                               {"kind", e.subject.kind},
                               {"surface", e.subject.surface},
                               {"anaphor", e.anaphor}});
    }
  }
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace cc::extract
