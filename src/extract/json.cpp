#include <nlohmann/json.hpp>

#include "extract/extractor.hpp"
#include "extract/json.hpp"

namespace cc::extract {

namespace {

nlohmann::json opt_num(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

nlohmann::json opt_day(const std::optional<Day>& d) { return d ? nlohmann::json(format_iso(*d)) : nlohmann::json(nullptr); }

}  // namespace

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
