#include "values/lexicon.hpp"

#include <array>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace cc::values {

namespace {

constexpr std::uint8_t A = k_anchor | k_prefix;
constexpr std::uint8_t P = k_prefix;
constexpr std::uint8_t F = k_function;

struct Entry {
  const char* word;
  std::uint8_t flags;
};

// Anchors: words that can carry a value by themselves.
constexpr Entry k_entries[] = {
    // number words
    {"zero", A}, {"one", A}, {"two", A}, {"three", A}, {"four", A}, {"five", A}, {"six", A},
    {"seven", A}, {"eight", A}, {"nine", A}, {"ten", A}, {"eleven", A}, {"twelve", A},
    {"thirteen", A}, {"fourteen", A}, {"fifteen", A}, {"sixteen", A}, {"seventeen", A},
    {"eighteen", A}, {"nineteen", A}, {"twenty", A}, {"thirty", A}, {"forty", A}, {"fifty", A},
    {"sixty", A}, {"seventy", A}, {"eighty", A}, {"ninety", A}, {"hundred", A}, {"thousand", A},
    {"million", A}, {"billion", A}, {"trillion", A}, {"dozen", A}, {"dozens", A},
    {"hundreds", A}, {"thousands", A}, {"millions", A}, {"billions", A}, {"tens", A},
    {"half", A}, {"quarter", A}, {"quarters", A}, {"third", A}, {"thirds", A}, {"fifth", A},
    {"fifths", A}, {"sixth", A}, {"tenth", A}, {"several", A}, {"few", A}, {"handful", A},
    {"couple", A}, {"pair", A}, {"single", A}, {"once", A}, {"twice", A}, {"thrice", A},
    {"many", P},
    // ordinals
    {"first", A}, {"second", A}, {"fourth", A}, {"seventh", A}, {"eighth", A}, {"ninth", A},
    {"eleventh", A}, {"twelfth", A}, {"thirteenth", A}, {"fourteenth", A}, {"fifteenth", A},
    {"sixteenth", A}, {"seventeenth", A}, {"eighteenth", A}, {"nineteenth", A},
    {"twentieth", A}, {"thirtieth", A}, {"fortieth", A}, {"fiftieth", A}, {"sixtieth", A},
    {"seventieth", A}, {"eightieth", A}, {"ninetieth", A}, {"hundredth", A}, {"final", P},
    // months
    {"january", A | k_month}, {"jan", A | k_month}, {"february", A | k_month},
    {"feb", A | k_month}, {"march", A | k_month}, {"mar", A | k_month},
    {"april", A | k_month}, {"apr", A | k_month}, {"may", A | k_month}, {"june", A | k_month},
    {"jun", A | k_month}, {"july", A | k_month}, {"jul", A | k_month},
    {"august", A | k_month}, {"aug", A | k_month}, {"september", A | k_month},
    {"sept", A | k_month}, {"sep", A | k_month}, {"october", A | k_month},
    {"oct", A | k_month}, {"november", A | k_month}, {"nov", A | k_month},
    {"december", A | k_month}, {"dec", A | k_month},
    // weekdays
    {"monday", A | k_weekday}, {"tuesday", A | k_weekday}, {"wednesday", A | k_weekday},
    {"thursday", A | k_weekday}, {"friday", A | k_weekday}, {"saturday", A | k_weekday},
    {"sunday", A | k_weekday}, {"mon", A | k_weekday}, {"tue", A | k_weekday},
    {"tues", A | k_weekday}, {"wed", A | k_weekday}, {"thu", A | k_weekday},
    {"thur", A | k_weekday}, {"thurs", A | k_weekday}, {"fri", A | k_weekday},
    {"sat", A | k_weekday}, {"sun", A | k_weekday}, {"mondays", A | k_weekday},
    {"tuesdays", A | k_weekday}, {"wednesdays", A | k_weekday}, {"thursdays", A | k_weekday},
    {"fridays", A | k_weekday}, {"saturdays", A | k_weekday}, {"sundays", A | k_weekday},
    // units of time
    {"second", A}, {"seconds", A | k_unit_noun}, {"minute", A}, {"minutes", A | k_unit_noun},
    {"hour", A}, {"hours", A | k_unit_noun}, {"day", A}, {"days", A | k_unit_noun},
    {"week", A}, {"weeks", A | k_unit_noun}, {"weekend", A}, {"weekends", A},
    {"fortnight", A}, {"month", A}, {"months", A | k_unit_noun}, {"year", A},
    {"years", A | k_unit_noun}, {"decade", A}, {"decades", A | k_unit_noun}, {"century", A},
    {"centuries", A}, {"yr", A}, {"yrs", A}, {"hrs", A}, {"mins", A}, {"secs", A},
    {"season", A},
    // seasons, parts of the day
    {"spring", A}, {"summer", A}, {"autumn", A}, {"fall", A}, {"winter", A}, {"morning", A},
    {"afternoon", A}, {"evening", A}, {"night", A}, {"tonight", A}, {"noon", A}, {"midday", A},
    {"midnight", A}, {"overnight", A},
    // references to the present, past and future
    {"today", A}, {"yesterday", A}, {"tomorrow", A}, {"now", A}, {"currently", A},
    {"nowadays", A}, {"recently", A}, {"lately", A}, {"previously", A}, {"future", A},
    {"present", A}, {"soon", A}, {"recent", A},
    // frequencies
    {"daily", A}, {"nightly", A}, {"weekly", A}, {"biweekly", A}, {"fortnightly", A},
    {"monthly", A}, {"quarterly", A}, {"yearly", A}, {"annually", A}, {"semiannually", A},
    {"biannually", A}, {"hourly", A},
    // holidays
    {"christmas", A}, {"halloween", A}, {"thanksgiving", A}, {"easter", A}, {"valentine", A},
    {"boxing", P}, {"labor", P}, {"memorial", P}, {"independence", P}, {"good", P}, {"new", P},
    // decades as words
    {"twenties", A}, {"thirties", A}, {"forties", A}, {"fifties", A}, {"sixties", A},
    {"seventies", A}, {"eighties", A}, {"nineties", A},
    // quarters and fiscal years written with digits
    {"q1", A}, {"q2", A}, {"q3", A}, {"q4", A}, {"h1", A}, {"h2", A}, {"fy", P}, {"fiscal", P},
    // currency codes before amounts
    {"usd", P}, {"eur", P}, {"gbp", P}, {"jpy", P}, {"cny", P}, {"rmb", P}, {"inr", P},
    {"rub", P}, {"cad", P}, {"aud", P}, {"nzd", P}, {"hkd", P}, {"sgd", P}, {"chf", P},
    {"krw", P}, {"brl", P}, {"mxn", P}, {"sek", P}, {"nok", P}, {"dkk", P}, {"zar", P},
    {"uah", P}, {"us", P}, {"rs", P}, {"cdn", P}, {"nz", P}, {"hk", P}, {"c", P}, {"s", P},
    {"r", P}, {"mx", P}, {"ca", P}, {"au", P},
    // prefixes: hedges, anchors of relative dates, determiners
    {"the", P | F}, {"a", P | F}, {"an", P | F}, {"this", P | F}, {"last", P}, {"next", P},
    {"that", P | F}, {"past", A}, {"coming", P}, {"following", P}, {"previous", P},
    {"prior", P}, {"preceding", P}, {"same", P}, {"current", P}, {"latest", P},
    {"earlier", P}, {"later", P}, {"early", P}, {"mid", P}, {"late", P}, {"end", P},
    {"start", P}, {"beginning", P}, {"middle", P}, {"turn", P}, {"less", P}, {"fewer", P},
    {"under", P | F}, {"below", P | F}, {"lower", P}, {"just", P}, {"slightly", P}, {"more", P},
    {"over", P | F}, {"exceeding", P}, {"exceed", P}, {"exceeds", P}, {"exceeded", P}, {"surpass", P}, {"surpassed", P}, {"above", P | F}, {"greater", P}, {"higher", P}, {"in", P | F},
    {"upwards", P}, {"well", P}, {"at", P | F}, {"no", P | F}, {"not", P | F}, {"up", P},
    {"as", P | F}, {"about", P}, {"around", P}, {"roughly", P}, {"some", P | F},
    {"approximately", P}, {"estimated", P}, {"circa", P}, {"approx", P}, {"nearly", P},
    {"almost", P}, {"close", P}, {"closer", P}, {"between", P}, {"every", P}, {"each", P},
    {"per", P}, {"right", P}, {"these", P | F}, {"whole", P}, {"entire", P}, {"full", P},
    {"initial", P}, {"remaining", P}, {"other", P}, {"minimum", P}, {"maximum", P},
    // function words (never counted nouns)
    {"of", F}, {"and", F}, {"or", F}, {"to", F}, {"for", F}, {"from", F}, {"with", F},
    {"by", F}, {"on", F}, {"into", F}, {"than", F}, {"was", F}, {"were", F}, {"is", F},
    {"are", F}, {"be", F}, {"been", F}, {"being", F}, {"has", F}, {"have", F}, {"had", F},
    {"will", F}, {"would", F}, {"could", F}, {"should", F}, {"can", F}, {"might", F},
    {"must", F}, {"shall", F}, {"it", F}, {"its", F}, {"they", F}, {"their", F},
    {"them", F}, {"he", F}, {"his", F}, {"she", F}, {"her", F}, {"we", F}, {"our", F},
    {"you", F}, {"your", F}, {"i", F}, {"my", F}, {"who", F}, {"which", F}, {"what", F},
    {"when", F}, {"where", F}, {"while", F}, {"if", F}, {"because", F}, {"since", F},
    {"until", F}, {"after", F}, {"before", F}, {"during", F}, {"through", F}, {"also", F},
    {"all", F}, {"both", F}, {"such", F}, {"those", F}, {"there", F}, {"here", F},
    {"said", F}, {"says", F}, {"including", F}, {"like", F}, {"among", F}, {"against", F},
    {"across", F}, {"within", F}, {"without", F}, {"did", F}, {"do", F}, {"does", F},
    {"so", F}, {"but", F}, {"then", F}, {"than", F}, {"too", F}, {"very", F}, {"out", F},
    {"off", F}, {"into", F}, {"onto", F}, {"via", F}, {"whose", F}, {"whom", F},
    {"according", F}, {"ago", F}, {"only", F}, {"even", F}, {"still", F}, {"already", F},
    {"took", F}, {"take", F}, {"takes", F}, {"taken", F}, {"taking", F},
};

// Temporal prepositions: words after which a bare month, season or plural
// unit of time is a date or duration ("in March", "for years").
constexpr const char* k_temporal_preps[] = {
    "in", "on", "since", "until", "till", "by", "of", "during", "from", "through", "before",
    "after", "last", "next", "this", "that", "every", "each", "between", "and", "or", "to",
    "early", "late", "mid", "for", "over", "within", "took", "spent", "throughout", "past",
};

struct Table {
  static constexpr std::size_t k_size = 1024;  // power of two, > 2x entries
  std::array<std::string_view, k_size> keys{};
  std::array<std::uint8_t, k_size> flags{};
  // Bit (len) set in length_mask[first letter] when some word has that
  // first letter and length: rejects most words without hashing.
  std::array<std::uint32_t, 26> length_mask{};

  static std::size_t hash(std::string_view w) {
    std::uint32_t h = 2166136261u;
    for (const char c : w) {
      h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    }
    return h & (k_size - 1);
  }

  void add(std::string_view w, std::uint8_t f) {
    std::size_t i = hash(w);
    while (!keys[i].empty() && keys[i] != w) {
      i = (i + 1) & (k_size - 1);
    }
    keys[i] = w;
    flags[i] = static_cast<std::uint8_t>(flags[i] | f);
    if (w[0] >= 'a' && w[0] <= 'z' && w.size() < 32) {
      length_mask[static_cast<std::size_t>(w[0] - 'a')] |= 1u << w.size();
    }
  }

  std::uint8_t find(std::string_view w) const {
    if (w.empty() || w.size() >= 32 || w[0] < 'a' || w[0] > 'z' ||
        (length_mask[static_cast<std::size_t>(w[0] - 'a')] & (1u << w.size())) == 0) {
      return 0;
    }
    std::size_t i = hash(w);
    while (!keys[i].empty()) {
      if (keys[i] == w) {
        return flags[i];
      }
      i = (i + 1) & (k_size - 1);
    }
    return 0;
  }
};

const Table& table() {
  static const Table t = [] {
    Table tb;
    for (const auto& e : k_entries) {
      tb.add(e.word, e.flags);
    }
    for (const char* w : k_temporal_preps) {
      tb.add(w, k_temporal_prep);
    }
    return tb;
  }();
  return t;
}

}  // namespace

std::uint8_t word_flags(std::string_view word) { return table().find(word); }

}  // namespace cc::values
