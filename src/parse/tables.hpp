// Reference tables shared by the grammars and the normalizers: currencies,
// physical units and holidays. Plain data; no X3.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace cc::parse {

struct CurrencyInfo {
  std::string_view code;  // ISO 4217
};

struct UnitInfo {
  std::string_view symbol;     // canonical symbol ("ft")
  std::string_view dimension;  // "length", "mass", ...
  std::string_view si_symbol;  // "m", "kg", ...
  double factor;               // SI value = (value + offset) * factor
  double offset;
};

struct HolidayInfo {
  std::string_view name;
  // Fixed date (month, day), or nth weekday of a month when `nth` != 0
  // (nth = -1 means the last one), or Easter-relative when `easter` is set.
  int month;
  int day;
  int nth;
  int weekday;
  bool easter;
  int easter_offset;
};

// Index 0 of each table is a placeholder meaning "none".
std::span<const CurrencyInfo> currencies();
std::span<const UnitInfo> units();
std::span<const HolidayInfo> holidays();

// Spellings for the grammars: each maps a lower-case spelling to an index.
struct Spelling {
  const char* text;
  std::uint16_t id;
};
std::span<const Spelling> currency_prefix_spellings();  // "$", "us$", "£", "eur"
std::span<const Spelling> currency_word_spellings();    // "dollars", "euros"
std::span<const Spelling> unit_spellings();             // "feet", "km", "sq mi"
std::span<const Spelling> holiday_spellings();          // "christmas", "new year's day"

// Looks up a currency by ISO code; returns 0 when unknown.
std::uint8_t currency_index(std::string_view code);
// Index of the unit with `symbol` ("degC"), 0 when none.
std::uint16_t unit_index(std::string_view symbol);

}  // namespace cc::parse
