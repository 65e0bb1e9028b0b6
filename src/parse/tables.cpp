#include "parse/tables.hpp"

#include <array>

namespace cc::parse {

namespace {

// ISO 4217 codes crosscheck recognizes. The order defines the indices used by
// the spelling tables below.
constexpr std::array<CurrencyInfo, 24> k_currencies{{
    {""},    {"USD"}, {"GBP"}, {"EUR"}, {"JPY"}, {"CNY"}, {"INR"}, {"RUB"},
    {"CAD"}, {"AUD"}, {"NZD"}, {"HKD"}, {"SGD"}, {"CHF"}, {"KRW"}, {"BRL"},
    {"MXN"}, {"TRY"}, {"ILS"}, {"SEK"}, {"NOK"}, {"DKK"}, {"ZAR"}, {"UAH"},
}};

enum C : std::uint16_t {
  USD = 1, GBP, EUR, JPY, CNY, INR, RUB, CAD, AUD, NZD, HKD, SGD, CHF, KRW, BRL, MXN, TRY, ILS,
  SEK, NOK, DKK, ZAR, UAH
};

constexpr Spelling k_currency_prefix[] = {
    {"$", USD},     {"us$", USD},   {"u.s.$", USD}, {"us $", USD},  {"c$", CAD},   {"ca$", CAD},
    {"cdn$", CAD},  {"a$", AUD},    {"au$", AUD},   {"nz$", NZD},   {"hk$", HKD},  {"s$", SGD},
    {"r$", BRL},    {"mx$", MXN},   {"\xC2\xA3", GBP},  // pound sign
    {"\xE2\x82\xAC", EUR},                              // euro sign
    {"\xC2\xA5", JPY},                                  // yen sign
    {"\xE2\x82\xB9", INR},                              // rupee sign
    {"\xE2\x82\xBD", RUB},                              // rouble sign
    {"\xE2\x82\xA9", KRW},                              // won sign
    {"\xE2\x82\xBA", TRY},                              // lira sign
    {"\xE2\x82\xAA", ILS},                              // shekel sign
    {"\xE2\x82\xB4", UAH},                              // hryvnia sign
    {"rs.", INR},   {"rs", INR},    {"usd", USD},   {"gbp", GBP},   {"eur", EUR},  {"jpy", JPY},
    {"cny", CNY},   {"rmb", CNY},   {"inr", INR},   {"rub", RUB},   {"cad", CAD},  {"aud", AUD},
    {"nzd", NZD},   {"hkd", HKD},   {"sgd", SGD},   {"chf", CHF},   {"krw", KRW},  {"brl", BRL},
    {"mxn", MXN},   {"sek", SEK},   {"nok", NOK},   {"dkk", DKK},   {"zar", ZAR},  {"uah", UAH},
};

// Currency names written after the amount. "pounds" is handled by the
// grammar (money only after a scale word or "sterling": otherwise weight).
constexpr Spelling k_currency_word[] = {
    {"dollars", USD},          {"dollar", USD},          {"us dollars", USD},
    {"u.s. dollars", USD},     {"american dollars", USD}, {"canadian dollars", CAD},
    {"australian dollars", AUD}, {"new zealand dollars", NZD}, {"hong kong dollars", HKD},
    {"singapore dollars", SGD}, {"euros", EUR},          {"euro", EUR},
    {"pounds sterling", GBP},  {"sterling", GBP},        {"british pounds", GBP},
    {"yen", JPY},              {"yuan", CNY},            {"renminbi", CNY},
    {"rubles", RUB},           {"roubles", RUB},         {"ruble", RUB},
    {"rouble", RUB},           {"rupees", INR},          {"rupee", INR},
    {"swiss francs", CHF},     {"francs", CHF},          {"pesos", MXN},
    {"reais", BRL},            {"shekels", ILS},         {"lira", TRY},
    {"hryvnias", UAH},         {"hryvnia", UAH},         {"rand", ZAR},
    {"swedish kronor", SEK},   {"kronor", SEK},          {"norwegian kroner", NOK},
    {"danish kroner", DKK},    {"usd", USD},             {"gbp", GBP},
    {"eur", EUR},              {"jpy", JPY},             {"cny", CNY},
    {"chf", CHF},              {"cad", CAD},             {"aud", AUD},
};

// Physical units. SI value = (value + offset) * factor.
constexpr std::array<UnitInfo, 48> k_units{{
    {"", "", "", 1, 0},
    // length
    {"m", "length", "m", 1, 0},
    {"km", "length", "m", 1000, 0},
    {"cm", "length", "m", 0.01, 0},
    {"mm", "length", "m", 0.001, 0},
    {"mi", "length", "m", 1609.344, 0},
    {"ft", "length", "m", 0.3048, 0},
    {"in", "length", "m", 0.0254, 0},
    {"yd", "length", "m", 0.9144, 0},
    {"nmi", "length", "m", 1852, 0},
    // mass
    {"kg", "mass", "kg", 1, 0},
    {"g", "mass", "kg", 0.001, 0},
    {"mg", "mass", "kg", 1e-6, 0},
    {"t", "mass", "kg", 1000, 0},            // tonne (metric ton)
    {"ton", "mass", "kg", 907.18474, 0},     // US short ton
    {"lb", "mass", "kg", 0.45359237, 0},
    {"oz", "mass", "kg", 0.028349523125, 0},
    // area
    {"m2", "area", "m2", 1, 0},
    {"km2", "area", "m2", 1e6, 0},
    {"mi2", "area", "m2", 2589988.110336, 0},
    {"ft2", "area", "m2", 0.09290304, 0},
    {"ha", "area", "m2", 1e4, 0},
    {"acre", "area", "m2", 4046.8564224, 0},
    // volume
    {"l", "volume", "m3", 0.001, 0},
    {"ml", "volume", "m3", 1e-6, 0},
    {"gal", "volume", "m3", 0.003785411784, 0},
    {"bbl", "volume", "m3", 0.158987294928, 0},
    {"m3", "volume", "m3", 1, 0},
    // speed
    {"km/h", "speed", "m/s", 1.0 / 3.6, 0},
    {"mph", "speed", "m/s", 0.44704, 0},
    {"kn", "speed", "m/s", 1852.0 / 3600.0, 0},
    {"m/s", "speed", "m/s", 1, 0},
    // temperature
    {"degC", "temperature", "K", 1, 273.15},
    {"degF", "temperature", "K", 5.0 / 9.0, 459.67},
    // energy and power
    {"J", "energy", "J", 1, 0},
    {"kWh", "energy", "J", 3.6e6, 0},
    {"MWh", "energy", "J", 3.6e9, 0},
    {"GWh", "energy", "J", 3.6e12, 0},
    {"W", "power", "W", 1, 0},
    {"kW", "power", "W", 1e3, 0},
    {"MW", "power", "W", 1e6, 0},
    {"GW", "power", "W", 1e9, 0},
    // data
    {"B", "data", "B", 1, 0},
    {"KB", "data", "B", 1e3, 0},
    {"MB", "data", "B", 1e6, 0},
    {"GB", "data", "B", 1e9, 0},
    {"TB", "data", "B", 1e12, 0},
    {"PB", "data", "B", 1e15, 0},
}};

enum U : std::uint16_t {
  M = 1, KM, CM, MM, MI, FT, IN, YD, NMI, KG, G, MG, T, TON, LB, OZ, M2, KM2, MI2, FT2, HA, ACRE, L,
  ML, GAL, BBL, M3, KMH, MPH, KN, MPS, DEGC, DEGF, J, KWH, MWH, GWH, W, KW, MW, GW, B, KB, MB, GB,
  TB, PB
};

// Single-letter symbols ("m", "g", "l", "t") need a space before them; the
// grammar enforces that, since "45m" after a number is a scale suffix.
constexpr Spelling k_unit_spellings[] = {
    {"metres", M}, {"metre", M}, {"meters", M}, {"meter", M}, {"m", M},
    {"kilometres", KM}, {"kilometre", KM}, {"kilometers", KM}, {"kilometer", KM}, {"km", KM},
    {"kms", KM}, {"centimetres", CM}, {"centimetre", CM}, {"centimeters", CM}, {"centimeter", CM},
    {"cm", CM}, {"millimetres", MM}, {"millimetre", MM}, {"millimeters", MM}, {"millimeter", MM},
    {"mm", MM}, {"miles", MI}, {"mile", MI}, {"mi", MI}, {"feet", FT}, {"foot", FT}, {"ft", FT},
    {"inches", IN}, {"inch", IN}, {"yards", YD}, {"yard", YD}, {"yd", YD},
    {"nautical miles", NMI}, {"nautical mile", NMI},
    {"kilograms", KG}, {"kilogram", KG}, {"kilos", KG}, {"kilo", KG}, {"kg", KG}, {"kgs", KG},
    {"grams", G}, {"gram", G}, {"grammes", G}, {"g", G}, {"milligrams", MG}, {"milligram", MG},
    {"mg", MG}, {"tonnes", T}, {"tonne", T}, {"metric tons", T}, {"metric ton", T},
    {"tons", TON}, {"ton", TON}, {"lbs", LB}, {"lb", LB}, {"pounds", LB}, {"pound", LB}, {"ounces", OZ}, {"ounce", OZ},
    {"oz", OZ},
    {"square metres", M2}, {"square meters", M2}, {"square metre", M2}, {"square meter", M2},
    {"sq m", M2}, {"m\xC2\xB2", M2}, {"square kilometres", KM2}, {"square kilometers", KM2},
    {"square kilometre", KM2}, {"square kilometer", KM2}, {"sq km", KM2}, {"km\xC2\xB2", KM2},
    {"square miles", MI2}, {"square mile", MI2}, {"sq mi", MI2}, {"square feet", FT2},
    {"square foot", FT2}, {"sq ft", FT2}, {"hectares", HA}, {"hectare", HA}, {"ha", HA},
    {"acres", ACRE}, {"acre", ACRE},
    {"litres", L}, {"litre", L}, {"liters", L}, {"liter", L}, {"l", L}, {"millilitres", ML},
    {"milliliters", ML}, {"ml", ML}, {"gallons", GAL}, {"gallon", GAL}, {"barrels", BBL},
    {"barrel", BBL}, {"bbl", BBL}, {"cubic metres", M3}, {"cubic meters", M3},
    {"km/h", KMH}, {"kph", KMH}, {"kilometres per hour", KMH}, {"kilometers per hour", KMH},
    {"mph", MPH}, {"miles per hour", MPH}, {"knots", KN}, {"metres per second", MPS},
    {"meters per second", MPS}, {"m/s", MPS},
    {"\xC2\xB0" "c", DEGC}, {"degrees celsius", DEGC}, {"degrees centigrade", DEGC},
    {"\xC2\xB0" "f", DEGF}, {"degrees fahrenheit", DEGF},
    {"joules", J}, {"kwh", KWH}, {"kilowatt-hours", KWH}, {"kilowatt hours", KWH}, {"mwh", MWH},
    {"megawatt-hours", MWH}, {"megawatt hours", MWH}, {"gwh", GWH}, {"gigawatt-hours", GWH},
    {"gigawatt hours", GWH}, {"watts", W}, {"kilowatts", KW}, {"kw", KW}, {"megawatts", MW},
    {"mw", MW}, {"gigawatts", GW}, {"gw", GW},
    {"bytes", B}, {"kilobytes", KB}, {"kb", KB}, {"megabytes", MB}, {"mb", MB}, {"gigabytes", GB},
    {"gb", GB}, {"terabytes", TB}, {"tb", TB}, {"petabytes", PB}, {"pb", PB},
};

// Holidays with a fixed rule; observed in the countries whose news uses them.
constexpr std::array<HolidayInfo, 14> k_holidays{{
    {"", 0, 0, 0, 0, false, 0},
    {"christmas", 12, 25, 0, 0, false, 0},
    {"christmas eve", 12, 24, 0, 0, false, 0},
    {"new year's day", 1, 1, 0, 0, false, 0},
    {"new year's eve", 12, 31, 0, 0, false, 0},
    {"halloween", 10, 31, 0, 0, false, 0},
    {"valentine's day", 2, 14, 0, 0, false, 0},
    {"boxing day", 12, 26, 0, 0, false, 0},
    {"thanksgiving", 11, 0, 4, 4, false, 0},     // 4th Thursday of November (US)
    {"labor day", 9, 0, 1, 1, false, 0},         // 1st Monday of September (US)
    {"memorial day", 5, 0, -1, 1, false, 0},     // last Monday of May (US)
    {"easter", 0, 0, 0, 0, true, 0},
    {"good friday", 0, 0, 0, 0, true, -2},
    {"independence day", 7, 4, 0, 0, false, 0},  // US usage
}};

constexpr Spelling k_holiday_spellings[] = {
    {"christmas day", 1}, {"christmas", 1}, {"christmas eve", 2}, {"new year's day", 3},
    {"new year\xE2\x80\x99s day", 3}, {"new year's eve", 4}, {"new year\xE2\x80\x99s eve", 4},
    {"halloween", 5}, {"valentine's day", 6}, {"valentine\xE2\x80\x99s day", 6},
    {"boxing day", 7}, {"thanksgiving day", 8}, {"thanksgiving", 8}, {"labor day", 9},
    {"memorial day", 10}, {"easter sunday", 11}, {"easter", 11}, {"good friday", 12},
    {"independence day", 13}, {"the fourth of july", 13}, {"fourth of july", 13},
};

}  // namespace

std::span<const CurrencyInfo> currencies() { return k_currencies; }
std::span<const UnitInfo> units() { return k_units; }
std::span<const HolidayInfo> holidays() { return k_holidays; }
std::span<const Spelling> currency_prefix_spellings() { return k_currency_prefix; }
std::span<const Spelling> currency_word_spellings() { return k_currency_word; }
std::span<const Spelling> unit_spellings() { return k_unit_spellings; }
std::span<const Spelling> holiday_spellings() { return k_holiday_spellings; }

std::uint16_t unit_index(std::string_view symbol) {
  for (std::size_t i = 1; i < k_units.size(); ++i) {
    if (k_units[i].symbol == symbol) {
      return static_cast<std::uint16_t>(i);
    }
  }
  return 0;
}

std::uint8_t currency_index(std::string_view code) {
  for (std::size_t i = 1; i < k_currencies.size(); ++i) {
    if (k_currencies[i].code == code) {
      return static_cast<std::uint8_t>(i);
    }
  }
  return 0;
}

}  // namespace cc::parse
