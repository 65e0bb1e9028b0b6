// Places: countries and subdivisions from Debian's iso-codes (ISO 3166-1
// and 3166-2), cities from the GeoNames-derived table of libgeonames, and
// the aliases, demonyms and regions in grammars/places.txt. Knows
// containment (Arlington ⊂ Virginia ⊂ United States ⊂ North America) and
// nearness (Arlington is in the Washington area).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/expected.hpp"

namespace cc::lexicon {

enum class PlaceKind : unsigned char { region, country, subdivision, city };

struct Place {
  std::string key;          // "US", "US-VA", "US-VA/arlington", "region/north-america"
  std::string name;         // display name: "Arlington, Virginia"
  PlaceKind kind = PlaceKind::city;
  std::string country;      // ISO alpha-2 ("" for regions)
  std::string subdivision;  // ISO 3166-2 code ("US-VA") or ""
  double lat = 0;
  double lon = 0;
  bool has_coords = false;
  long population = 0;
};

enum class PlaceRelation : unsigned char { same, contains, within, near, disjoint, unknown };

class Gazetteer {
 public:
  // --- Interface ---

  // Loads iso-codes from $CROSSCHECK_ISO_CODES or /usr/share/iso-codes/json,
  // cities from libgeonames, and `places_file` (aliases and regions).
  // Fails with "file:line:col: ..." on a malformed places file.
  static Expected<Gazetteer> load(const std::string& places_file);

  // Places a name can denote, best first (lower-case lookup; "u.s.",
  // "arlington", "washington d.c."). Empty when unknown.
  std::vector<const Place*> lookup(std::string_view name) const;

  // The best reading of `name`, optionally narrowed by a qualifier that
  // follows it ("Arlington", "Virginia"). nullptr when unknown.
  const Place* resolve(std::string_view name, std::string_view qualifier = {}) const;

  // The place an adjective names ("american" -> US, "north american" ->
  // North America), or nullptr.
  const Place* demonym(std::string_view adjective) const;

  // True when the lower-case `word` is a nationality, singular or plural
  // ("american", "americans", "iraqis"): a population, never an entity.
  bool nationality(std::string_view word) const {
    return demonym(word) != nullptr ||
           (word.size() > 3 && word.back() == 's' && demonym(word.substr(0, word.size() - 1)) != nullptr);
  }

  const Place* by_key(std::string_view key) const;

  // How `a` relates to `b`: same, a contains b, a within b, near (cities
  // within `near_km`), disjoint, or unknown.
  PlaceRelation relate(const Place& a, const Place& b, double near_km = 40) const;

  std::size_t size() const { return m_places.size(); }

 private:
  void add_name(std::string name, std::size_t index);
  bool contains(const Place& outer, const Place& inner) const;

  std::vector<Place> m_places;
  std::unordered_map<std::string, std::vector<std::size_t>> m_names;
  std::unordered_map<std::string, std::size_t> m_keys;
  std::unordered_map<std::string, std::size_t> m_demonyms;
  // region key -> member country codes
  std::unordered_map<std::string, std::vector<std::string>> m_regions;
};

}  // namespace cc::lexicon
