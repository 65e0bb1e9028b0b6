#include "lexicon/gazetteer.hpp"

#include <geonames/geonames.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "util/file.hpp"

namespace cc::lexicon {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

std::string slug(std::string_view s) {
  std::string out;
  for (const char c : lower(s)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') {
    out.pop_back();
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::string iso_dir() {
  if (const char* d = std::getenv("CROSSCHECK_ISO_CODES")) {
    return d;
  }
  return "/usr/share/iso-codes/json";
}

double distance_km(const Place& a, const Place& b) {
  constexpr double k_rad = 3.14159265358979323846 / 180.0;
  const double dlat = (b.lat - a.lat) * k_rad;
  const double dlon = (b.lon - a.lon) * k_rad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.lat * k_rad) * std::cos(b.lat * k_rad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 6371.0 * 2 * std::atan2(std::sqrt(h), std::sqrt(1 - h));
}

}  // namespace

void Gazetteer::add_name(std::string name, std::size_t index) {
  auto& v = m_names[lower(name)];
  if (std::find(v.begin(), v.end(), index) == v.end()) {
    v.push_back(index);
  }
}

Expected<Gazetteer> Gazetteer::load(const std::string& places_file) {
  Gazetteer g;
  const std::string dir = iso_dir();
  // Countries.
  std::unordered_map<std::string, std::string> country_names;
  {
    auto bytes = file::read(dir + "/iso_3166-1.json", 16 << 20);
    if (!bytes) {
      return Error{dir + "/iso_3166-1.json", "cannot read the country list (install iso-codes)", 2};
    }
    try {
      const auto j = nlohmann::json::parse(*bytes);
      for (const auto& c : j.at("3166-1")) {
        Place p;
        p.kind = PlaceKind::country;
        p.key = c.at("alpha_2").get<std::string>();
        p.country = p.key;
        p.name = c.contains("common_name") ? c["common_name"].get<std::string>() : c.at("name").get<std::string>();
        const std::size_t idx = g.m_places.size();
        g.m_keys[p.key] = idx;
        country_names[p.key] = p.name;
        g.add_name(c.at("name").get<std::string>(), idx);
        if (c.contains("common_name")) {
          g.add_name(c["common_name"].get<std::string>(), idx);
        }
        if (c.contains("official_name")) {
          g.add_name(c["official_name"].get<std::string>(), idx);
        }
        g.m_places.push_back(std::move(p));
      }
    } catch (const std::exception& e) {
      return Error{dir + "/iso_3166-1.json", std::string("malformed: ") + e.what(), 2};
    }
  }
  // Subdivisions.
  std::unordered_map<std::string, std::string> subdivision_by_name;  // "US|virginia" -> "US-VA"
  {
    auto bytes = file::read(dir + "/iso_3166-2.json", 32 << 20);
    if (!bytes) {
      return Error{dir + "/iso_3166-2.json", "cannot read the subdivision list (install iso-codes)", 2};
    }
    try {
      const auto j = nlohmann::json::parse(*bytes);
      for (const auto& c : j.at("3166-2")) {
        Place p;
        p.kind = PlaceKind::subdivision;
        p.key = c.at("code").get<std::string>();
        p.subdivision = p.key;
        p.country = p.key.substr(0, 2);
        p.name = c.at("name").get<std::string>();
        const std::size_t idx = g.m_places.size();
        g.m_keys[p.key] = idx;
        subdivision_by_name[p.country + "|" + lower(p.name)] = p.key;
        g.add_name(p.name, idx);
        g.m_places.push_back(std::move(p));
      }
    } catch (const std::exception& e) {
      return Error{dir + "/iso_3166-2.json", std::string("malformed: ") + e.what(), 2};
    }
  }
  // Cities (GeoNames, through libgeonames).
  const int n = geonames_get_n_cities();
  for (int i = 0; i < n; ++i) {
    GeonamesCity* c = geonames_get_city(i);
    if (c == nullptr) {
      continue;
    }
    Place p;
    p.kind = PlaceKind::city;
    p.name = geonames_city_get_name(c);
    p.country = geonames_city_get_country_code(c);
    const std::string state = geonames_city_get_state(c);
    if (const auto it = subdivision_by_name.find(p.country + "|" + lower(state)); it != subdivision_by_name.end()) {
      p.subdivision = it->second;
    }
    p.lat = geonames_city_get_latitude(c);
    p.lon = geonames_city_get_longitude(c);
    p.has_coords = true;
    p.population = static_cast<long>(geonames_city_get_population(c));
    p.key = (p.subdivision.empty() ? p.country : p.subdivision) + "/" + slug(p.name);
    geonames_city_free(c);
    if (g.m_keys.count(p.key) != 0) {
      continue;
    }
    const std::size_t idx = g.m_places.size();
    g.m_keys[p.key] = idx;
    g.add_name(p.name, idx);
    // "Washington D.C." is also "Washington"
    if (const auto sp = p.name.rfind(' '); sp != std::string::npos && p.name.find('.') != std::string::npos) {
      g.add_name(p.name.substr(0, sp), idx);
    }
    if (!state.empty()) {
      g.add_name(p.name + ", " + state, idx);
    }
    g.m_places.push_back(std::move(p));
  }
  // Aliases, demonyms and regions (grammars/places.txt).
  auto bytes = file::read(places_file, 4 << 20);
  if (!bytes) {
    return bytes.error();
  }
  std::size_t pos = 0;
  std::size_t line_no = 0;
  while (pos <= bytes->size()) {
    std::size_t nl = bytes->find('\n', pos);
    if (nl == std::string::npos) {
      nl = bytes->size();
    }
    ++line_no;
    std::string_view line(bytes->data() + pos, nl - pos);
    pos = nl + 1;
    if (const auto h = line.find('#'); h != std::string_view::npos) {
      line = line.substr(0, h);
    }
    line = trim(line);
    if (line.empty()) {
      continue;
    }
    const auto where = [&](std::size_t col) { return places_file + ":" + std::to_string(line_no) + ":" + std::to_string(col); };
    const auto sp = line.find(' ');
    const std::string_view verb = line.substr(0, sp);
    const std::string_view rest = sp == std::string_view::npos ? std::string_view{} : trim(line.substr(sp));
    const auto eq = rest.find('=');
    if (eq == std::string_view::npos) {
      return Error{where(1), "error: expected 'alias NAME = KEY', 'demonym ADJ = KEY' or 'region NAME = CODES'", 2};
    }
    const std::string name(trim(rest.substr(0, eq)));
    const std::string_view value = trim(rest.substr(eq + 1));
    if (verb == "region") {
      Place p;
      p.kind = PlaceKind::region;
      p.name = name;
      p.key = "region/" + slug(name);
      std::vector<std::string> members;
      std::size_t i = 0;
      while (i < value.size()) {
        while (i < value.size() && value[i] == ' ') {
          ++i;
        }
        std::size_t j = i;
        while (j < value.size() && value[j] != ' ') {
          ++j;
        }
        if (j > i) {
          members.emplace_back(value.substr(i, j - i));
        }
        i = j;
      }
      const std::size_t idx = g.m_places.size();
      g.m_keys[p.key] = idx;
      g.add_name(name, idx);
      g.m_regions[p.key] = std::move(members);
      g.m_places.push_back(std::move(p));
      continue;
    }
    const auto target = g.m_keys.find(std::string(value));
    if (target == g.m_keys.end()) {
      return Error{where(static_cast<std::size_t>(value.data() - line.data()) + 1),
                   "error: unknown place key \"" + std::string(value) + "\"", 2};
    }
    if (verb == "alias") {
      auto& v = g.m_names[lower(name)];
      v.erase(std::remove(v.begin(), v.end(), target->second), v.end());
      v.insert(v.begin(), target->second);  // an alias is the preferred reading
    } else if (verb == "demonym") {
      g.m_demonyms[lower(name)] = target->second;
    } else {
      return Error{where(1), "error: unknown directive \"" + std::string(verb) + "\"", 2};
    }
  }
  // Best reading first: aliases already lead; otherwise countries, then
  // subdivisions, then the most populous city.
  for (auto& [name, v] : g.m_names) {
    std::stable_sort(v.begin() + (v.empty() ? 0 : 0), v.end(), [&](std::size_t a, std::size_t b) {
      const Place& pa = g.m_places[a];
      const Place& pb = g.m_places[b];
      const auto rank = [](const Place& p) {
        switch (p.kind) {
          case PlaceKind::region: return 0;
          case PlaceKind::country: return 1;
          case PlaceKind::city: return p.population >= 500000 ? 2 : 4;
          case PlaceKind::subdivision: return 3;
        }
        return 5;
      };
      if (rank(pa) != rank(pb)) {
        return rank(pa) < rank(pb);
      }
      return pa.population > pb.population;
    });
  }
  return g;
}

std::vector<const Place*> Gazetteer::lookup(std::string_view name) const {
  std::vector<const Place*> out;
  const auto it = m_names.find(lower(name));
  if (it != m_names.end()) {
    for (const auto i : it->second) {
      out.push_back(&m_places[i]);
    }
  }
  return out;
}

const Place* Gazetteer::resolve(std::string_view name, std::string_view qualifier) const {
  const auto cands = lookup(name);
  if (cands.empty()) {
    return nullptr;
  }
  if (!qualifier.empty()) {
    for (const Place* q : lookup(qualifier)) {
      for (const Place* c : cands) {
        if (c != q && contains(*q, *c)) {
          return c;
        }
      }
    }
  }
  return cands.front();
}

const Place* Gazetteer::demonym(std::string_view adjective) const {
  const std::string low = lower(adjective);
  const auto it = m_demonyms.find(low);
  if (it != m_demonyms.end()) {
    return &m_places[it->second];
  }
  // The regular forms, derived from the country names the gazetteer
  // knows: "kenyan", "ethiopian" (+n), "egyptian", "jordanian" (+ian),
  // "moroccan" (-o +an), "chilean" (+an), "vietnamese", "sudanese" (+ese),
  // "pakistani", "iraqi" (+i). Irregular ones ("british", "dutch") are
  // listed in grammars/places.txt.
  static constexpr struct {
    std::string_view suffix;
    std::string_view restore;
  } k_rules[] = {{"n", ""}, {"ian", ""}, {"an", "o"}, {"an", ""}, {"ese", ""}, {"i", ""}};
  if (low.size() < 5) {
    return nullptr;
  }
  for (const auto& r : k_rules) {
    if (!low.ends_with(r.suffix) || low.size() <= r.suffix.size() + 2) {
      continue;
    }
    const std::string country = low.substr(0, low.size() - r.suffix.size()) + std::string(r.restore);
    const auto names = m_names.find(country);
    if (names == m_names.end()) {
      continue;
    }
    for (const std::size_t i : names->second) {
      if (m_places[i].kind == PlaceKind::country) {
        return &m_places[i];
      }
    }
  }
  return nullptr;
}

const Place* Gazetteer::by_key(std::string_view key) const {
  const auto it = m_keys.find(std::string(key));
  return it == m_keys.end() ? nullptr : &m_places[it->second];
}

bool Gazetteer::contains(const Place& outer, const Place& inner) const {
  if (outer.key == inner.key) {
    return false;
  }
  switch (outer.kind) {
    case PlaceKind::region: {
      const auto it = m_regions.find(outer.key);
      if (it == m_regions.end() || inner.kind == PlaceKind::region) {
        return false;
      }
      return std::find(it->second.begin(), it->second.end(), inner.country) != it->second.end();
    }
    case PlaceKind::country:
      return inner.kind != PlaceKind::region && inner.kind != PlaceKind::country && inner.country == outer.country;
    case PlaceKind::subdivision:
      return inner.kind == PlaceKind::city && inner.subdivision == outer.subdivision;
    case PlaceKind::city:
      return false;
  }
  return false;
}

PlaceRelation Gazetteer::relate(const Place& a, const Place& b, double near_km) const {
  if (a.key == b.key) {
    return PlaceRelation::same;
  }
  if (contains(a, b)) {
    return PlaceRelation::contains;
  }
  if (contains(b, a)) {
    return PlaceRelation::within;
  }
  if (a.has_coords && b.has_coords && distance_km(a, b) <= near_km) {
    return PlaceRelation::near;
  }
  return PlaceRelation::disjoint;
}

}  // namespace cc::lexicon
