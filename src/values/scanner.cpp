#include "values/scanner.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <string>

#include "parse/parser.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"
#include "util/word_set.hpp"
#include "values/lexicon.hpp"
#include "values/quantity.hpp"
#include "values/temporal.hpp"

namespace cc::values {

namespace {

using parse::ast::Anchor;
using parse::ast::Quantity;
using parse::ast::Ref;
using parse::ast::Temporal;
using parse::ast::TKind;
using parse::ast::TUnit;
using text::is_alpha;
using text::is_digit;
using text::is_upper;
using text::is_word_byte;

constexpr std::size_t k_npos = static_cast<std::size_t>(-1);
// No value phrase is longer than this many bytes; parsing never looks further.
constexpr std::size_t k_window = 256;
// A phrase may start this many words before the word that triggers it.
constexpr int k_lookback = 5;

// Parse categories in priority order (ties in length go to the earlier one).
enum class Cat : std::uint8_t { date, time, set, duration, quantity, ordinal };

struct Parsed {
  Cat cat;
  const char* end;
  Temporal t;
  Quantity q;
  int ordinal = 0;
};

struct Tok {
  std::size_t start;
  std::size_t end;
  std::uint8_t flags;
};

// Words that are plural though they do not end in "s".
bool irregular_plural(std::string_view w) {
  static const WordSet k_words{
      "people", "staff", "children", "men", "women", "police", "personnel", "crew", "feet",
      "cattle", "data", "media", "teeth", "mice", "geese", "livestock", "faculty", "clergy",
      "militia", "troops", "aircraft", "offspring", "sheep", "fish", "deer", "headcount", "youth"};
  return k_words.contains(w);
}

bool looks_plural(std::string_view w) {
  if (irregular_plural(w)) {
    return true;
  }
  if (w.size() < 4 || w.back() != 's') {
    return false;
  }
  const std::string_view end2 = w.substr(w.size() - 2);
  return end2 != "ss" && end2 != "us" && end2 != "is" && end2 != "'s";
}

// Street-type words that make "1600 Pennsylvania Avenue" an address.
bool street_word(std::string_view w) {
  static const WordSet k_words{
      "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
      "dr", "way", "place", "pl", "court", "ct", "square", "sq", "highway", "hwy", "parkway",
      "pkwy", "terrace", "plaza", "circle", "crescent", "close"};
  return k_words.contains(w);
}

class Scanner {
 public:
  Scanner(std::string_view text, const ScanOptions& options, const std::function<void(Mention&&)>& sink)
      : m_src(text), m_low(utf8::ascii_lower(text)), m_sink(sink) {
    m_ctx.reference = options.reference;
  }

  void run();

 private:
  std::size_t word_end(std::size_t i) const;
  std::uint8_t classify(std::size_t s, std::size_t e) const;
  std::size_t special_prefix(std::size_t i) const;
  bool barrier(std::size_t i) const;
  std::size_t phone_end(std::size_t i) const;

  void push(std::size_t s, std::size_t e, std::uint8_t f);
  // Hands the mentions that no later one can change to the sink.
  void flush(bool all);
  std::size_t try_anchor(std::size_t anchor);
  bool match_at(std::size_t start, std::size_t anchor, Mention& out);
  bool moved_up(const Tok& t) const;
  void month_range();
  void time_on_day();
  void compound_duration();
  void day_range();
  struct Openers {
    bool time = false;
    bool set = false;
    bool ordinal = false;
  };
  // Which of the rarer grammars can match at `start`, judged from the first
  // word (a cheap filter; the grammar still decides).
  Openers openers(std::size_t start) const;
  // Where "to" ends the first figure of a parsed range [start, end) that
  // follows a verb of change and is really a change and a new level, or
  // k_npos.
  std::size_t level_after_change(std::size_t start, std::size_t end) const;
  // Whether the word after `pos` reads as a verb's base form after "to"
  // ("to close", not "to the", "to Monday", "to court").
  bool infinitive_after(std::size_t pos) const;
  // Whether capitals with digits follow `end` after one space: "2004 MN4",
  // "1997 XF11" are designations, no years or counts.
  bool designation_after(std::size_t end) const;
  bool accept(const Parsed& p, std::size_t start, std::size_t end, Mention& m);
  bool accept_date(const Temporal& t, std::size_t start, std::size_t end);
  bool accept_plain_number(std::size_t start, std::size_t end);
  void after_date(const Temporal& t, const Mention& m);

  // Words around a position, skipping horizontal space only.
  std::string_view prev_word(std::size_t pos, std::size_t* word_start = nullptr) const;
  std::string_view next_word(std::size_t pos, std::size_t* word_start = nullptr) const;
  std::string_view low(std::size_t s, std::size_t e) const {
    return std::string_view(m_low).substr(s, e - s);
  }
  bool sentence_initial(std::size_t s) const;
  bool model_name_before(std::size_t start) const;
  bool in_headline(std::size_t pos) const;
  int tense(std::size_t start, std::size_t end) const;
  std::string counted_noun(std::size_t end) const;

  std::string_view m_src;
  std::string m_low;
  const std::function<void(Mention&&)>& m_sink;
  // The latest mentions, not yet handed on: the rules that join a mention
  // to the one before ("5 p.m. ... Nov. 9", "February 5-8") look back at
  // most two, and remove at most three after one anchor (flush keeps
  // eight).
  std::vector<Mention> m_out;
  std::array<Tok, k_lookback> m_buf{};
  int m_nbuf = 0;
  std::size_t m_floor = 0;
  // End of a phrase that parsed but names nothing real ("February 30,
  // 2017"): its words are not reported one by one.
  std::size_t m_skip = 0;
  TemporalContext m_ctx;
  std::size_t m_last_year_pos = k_npos;
  std::size_t m_last_date_pos = k_npos;
};

std::size_t Scanner::word_end(std::size_t i) const {
  const std::size_t n = m_low.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(m_low[i]);
    if (!is_word_byte(c)) {
      break;
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    const std::size_t len = utf8::sequence_length(m_low, i);
    if (len == 0) {
      break;  // invalid UTF-8 ends the word
    }
    i += len;
  }
  return i;
}

std::uint8_t Scanner::classify(std::size_t s, std::size_t e) const {
  if (is_digit(m_low[s])) {
    return k_anchor | k_prefix;
  }
  const std::string_view w = low(s, e);
  if (w.size() > 2 && w[0] == 'f' && w[1] == 'y' && is_digit(w[2])) {
    return k_anchor | k_prefix;  // FY2017
  }
  if (e < m_low.size() && m_low[e] == '$' && w.size() <= 3) {
    return static_cast<std::uint8_t>(word_flags(w) | k_prefix);  // C$, HK$, NZ$, US$
  }
  return word_flags(w);
}

// Length of a non-word token that can open a value phrase: currency signs,
// an escaped dollar, "'90s", a sign before digits.
std::size_t Scanner::special_prefix(std::size_t i) const {
  const std::string_view s = m_low;
  const auto b = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  const unsigned char c = b(i);
  if (c == '$') {
    return 1;
  }
  if (c == '\\' && b(i + 1) == '$') {
    return 1;
  }
  if (c == 0xC2 && (b(i + 1) == 0xA3 || b(i + 1) == 0xA5)) {
    return 2;  // pound, yen
  }
  if (c == 0xE2 && b(i + 1) == 0x82 &&
      (b(i + 2) == 0xAC || b(i + 2) == 0xB9 || b(i + 2) == 0xBD || b(i + 2) == 0xA9 ||
       b(i + 2) == 0xBA || b(i + 2) == 0xAA || b(i + 2) == 0xB4)) {
    return 3;  // euro, rupee, rouble, won, lira, shekel, hryvnia
  }
  const bool space_before = i == 0 || b(i - 1) == ' ' || b(i - 1) == '(' || b(i - 1) == '\n' || b(i - 1) == '\t';
  if ((c == '-' || c == '+') && is_digit(static_cast<char>(b(i + 1))) && space_before) {
    return 1;
  }
  if (c == 0xE2 && b(i + 1) == 0x88 && b(i + 2) == 0x92 && is_digit(static_cast<char>(b(i + 3))) && space_before) {
    return 3;  // minus sign
  }
  if (c == '\'' && is_digit(static_cast<char>(b(i + 1))) && is_digit(static_cast<char>(b(i + 2)))) {
    return 1;
  }
  if (c == 0xE2 && b(i + 1) == 0x80 && b(i + 2) == 0x99 && is_digit(static_cast<char>(b(i + 3)))) {
    return 3;
  }
  return 0;
}

// Punctuation that no value phrase crosses.
bool Scanner::barrier(std::size_t i) const {
  const char c = m_low[i];
  switch (c) {
    case '!':
    case '?':
    case ';':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '"':
    case '|':
      return true;
    case '.':
    case ':':
      return i + 1 >= m_low.size() || !is_word_byte(static_cast<unsigned char>(m_low[i + 1]));
    case '\n': {
      std::size_t j = i + 1;
      while (j < m_low.size() && (m_low[j] == ' ' || m_low[j] == '\t' || m_low[j] == '\r')) {
        ++j;
      }
      return j >= m_low.size() || m_low[j] == '\n';
    }
    default:
      return false;
  }
}

// Returns the end of a telephone number starting at `i` ("555-123-4567",
// "(202) 555-0143", "+1 202 555 0143"), or k_npos.
std::size_t Scanner::phone_end(std::size_t i) const {
  const std::string_view s = m_low;
  const bool intl = i > 0 && (s[i - 1] == '+' || s[i - 1] == '(');
  std::size_t j = i;
  int groups = 0;
  int digits = 0;
  int first_len = 0;
  int last_len = 0;
  bool dashed = false;
  while (j < s.size()) {
    std::size_t k = j;
    while (k < s.size() && is_digit(s[k])) {
      ++k;
    }
    const int len = static_cast<int>(k - j);
    if (len == 0 || len > 4 || digits > 15) {
      return k_npos;
    }
    if (groups == 0) {
      first_len = len;
    }
    ++groups;
    digits += len;
    last_len = len;
    j = k;
    if (j < s.size() && s[j] == ')' && groups == 1 && intl) {
      ++j;
    }
    if (j + 1 < s.size() && (s[j] == '-' || s[j] == '.') && is_digit(s[j + 1])) {
      dashed = true;
      ++j;
    } else if (j + 1 < s.size() && s[j] == ' ' && is_digit(s[j + 1]) && (intl || dashed)) {
      ++j;
    } else {
      break;
    }
  }
  if (groups < 2 || digits < 7 || digits > 15 || first_len == 4 || last_len < 3) {
    return k_npos;
  }
  if (j < s.size() && is_word_byte(static_cast<unsigned char>(s[j]))) {
    return k_npos;
  }
  return j;
}

void Scanner::push(std::size_t s, std::size_t e, std::uint8_t f) {
  if (m_nbuf == k_lookback) {
    std::move(m_buf.begin() + 1, m_buf.end(), m_buf.begin());
    --m_nbuf;
  }
  m_buf[static_cast<std::size_t>(m_nbuf++)] = Tok{s, e, f};
}

void Scanner::flush(bool all) {
  static constexpr std::size_t k_keep = 8;
  static constexpr std::size_t k_batch = 64;
  if (!all && m_out.size() < k_batch) {
    return;
  }
  const std::size_t n = all ? m_out.size() : m_out.size() - k_keep;
  for (std::size_t k = 0; k < n; ++k) {
    m_sink(std::move(m_out[k]));
  }
  m_out.erase(m_out.begin(), m_out.begin() + static_cast<std::ptrdiff_t>(n));
}

void Scanner::run() {
  // (m_low does not change during the run: the grammars tried at one
  // anchor share the numbers they read)
  const parse::NumberMemo memo;
  const std::size_t n = m_low.size();
  std::size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(m_low[i]);
    if (c == ' ') {
      ++i;  // (the commonest byte: no word, no prefix, no barrier)
      continue;
    }
    const std::size_t e = is_word_byte(c) ? word_end(i) : i;
    if (e > i) {
      const std::uint8_t f = classify(i, e);
      if ((f & k_anchor) != 0) {
        const std::size_t resume = try_anchor(i);
        if (resume != k_npos) {
          flush(false);
          m_nbuf = 0;
          i = resume;
          continue;
        }
      }
      push(i, e, f);
      i = e;
    } else if (const std::size_t len = special_prefix(i); len > 0) {
      push(i, i + len, k_prefix);
      i += len;
    } else {
      if (barrier(i)) {
        m_nbuf = 0;
      }
      const std::size_t step = c < 0x80 ? 1 : utf8::sequence_length(m_low, i);
      i += step == 0 ? 1 : step;
    }
  }
  flush(true);
}

// "5 p.m. EST Nov. 9", "10 a.m. on March 3": a time of day followed by the
// day it falls on. The time takes that day (it was resolved against the
// reference); written together, the two are one mention.
void Scanner::time_on_day() {
  if (m_out.size() < 2) {
    return;
  }
  Mention& first = m_out[m_out.size() - 2];
  Mention& second = m_out.back();
  const auto is_day = [](const Mention& m) {
    return m.type == MentionType::date && m.date.granularity == Granularity::day && m.date.start && m.resolved;
  };
  const auto is_clock = [](const Mention& m) {
    return m.type == MentionType::time && m.timex.size() >= 11 && m.timex[10] == 'T';
  };
  const auto give_day = [](Mention& time, const Mention& day) {
    time.timex = day.timex.substr(0, 10) + time.timex.substr(10);
    time.date = day.date;
  };
  const std::string_view gap = std::string_view(m_low).substr(first.end, second.start - first.end);
  // "Thursday at 10:32 a.m.": the day first, then its time
  if (is_day(first) && is_clock(second) && (gap == " at " || gap == ", at ")) {
    give_day(second, first);
    return;
  }
  if (!is_clock(first) || !is_day(second)) {
    return;
  }
  // ("11:47 p.m. local time on Sunday", "2:47 a.m. Tokyo time Monday":
  // past the words that name the clock's zone)
  std::string_view rest = gap;
  if (rest.size() > 6 && rest.front() == ' ') {
    const std::size_t sp = rest.find(' ', 1);
    if (sp != std::string_view::npos && rest.substr(sp).starts_with(" time")) {
      const std::string_view zone = rest.substr(1, sp - 1);
      if (!zone.empty() && std::all_of(zone.begin(), zone.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        rest = rest.substr(sp + 5);
      }
    }
  }
  const bool joined = gap == " " || gap == ", ";
  if (!joined && gap != " on " && rest != " on " && rest != " " && rest != ", " && rest != ", on ") {
    return;
  }
  give_day(first, second);
  if (joined) {
    first.end = second.end;
    m_out.pop_back();
  }
}

// "2 hours, 14 minutes and 4 seconds", "two years and three months": one
// duration, in the smaller unit, its TIMEX3 value the parts together
// ("PT2H14M4S", "P2Y3M"). Only exact parts of one chain of units merge.
void Scanner::compound_duration() {
  if (m_out.size() < 2) {
    return;
  }
  Mention& small = m_out.back();
  Mention& big = m_out[m_out.size() - 2];
  // ("under 2 hours and 1 minute": the hedge is the whole duration's)
  const bool bounded = big.mod == "LESS_THAN" || big.mod == "MORE_THAN" || big.mod == "EQUAL_OR_LESS" ||
                       big.mod == "EQUAL_OR_MORE";
  // ("about 1 hour and 45 minutes", "nearly 2 hours and 10 minutes": the
  // hedge is the whole duration's too, its interval scaled from the first
  // part's, whose stated value the TIMEX3 value keeps: "PT1H")
  std::optional<double> stated;
  if (big.mod == "APPROX" && big.num.approximate && big.num.low && big.num.high) {
    const std::size_t digits = big.timex.find_first_of("0123456789");
    if (digits != std::string::npos) {
      const double v = std::atof(big.timex.c_str() + digits);
      if (v > 0 && *big.num.low <= v && v <= *big.num.high) {
        stated = v;
      }
    }
  }
  const bool approx = stated.has_value();
  std::optional<double> big_value = big.mod == "LESS_THAN" || big.mod == "EQUAL_OR_LESS" ? big.num.high : big.num.low;
  if (approx) {
    big_value = stated;
  }
  if (small.type != MentionType::duration || big.type != MentionType::duration || !small.mod.empty() ||
      (!big.mod.empty() && !bounded && !approx) || !small.num.low || !small.num.high ||
      *small.num.low != *small.num.high || !big_value ||
      (!bounded && !approx && (!big.num.high || *big.num.low != *big.num.high)) ||
      (big.num.approximate && !approx) || small.num.approximate) {
    return;
  }
  const std::string_view gap = std::string_view(m_low).substr(big.end, small.start - big.end);
  if (gap != ", " && gap != " and " && gap != ", and " && gap != " ") {
    return;
  }
  // how many of the smaller unit one of the bigger makes
  static constexpr struct {
    std::string_view big;
    std::string_view small;
    double factor;
  } k_chain[] = {{"hour", "minute", 60},   {"hour", "second", 3600}, {"minute", "second", 60},
                 {"year", "month", 12},    {"week", "day", 7},       {"day", "hour", 24}};
  double factor = 0;
  for (const auto& c : k_chain) {
    if (c.big == big.unit && c.small == small.unit) {
      factor = c.factor;
    }
  }
  const bool time_units = small.timex.starts_with("PT") && big.timex.starts_with("PT");
  const bool date_units = !small.timex.starts_with("PT") && !big.timex.starts_with("PT") && small.timex.starts_with("P") &&
                          big.timex.starts_with("P");
  if (factor == 0 || (!time_units && !date_units && !(big.unit == "day" && small.unit == "hour"))) {
    return;
  }
  const double total = *big_value * factor + *small.num.low;
  std::string timex = big.timex;
  if (big.unit == "day" && small.unit == "hour") {
    timex += "T" + small.timex.substr(2);  // "P1D" + "PT6H" = "P1DT6H"
  } else {
    timex += small.timex.substr(time_units ? 2 : 1);
  }
  big.timex = std::move(timex);
  if (approx) {
    big.num.low = total * (*big.num.low / *stated);
    big.num.high = total * (*big.num.high / *stated);
  } else if (big.mod == "LESS_THAN" || big.mod == "EQUAL_OR_LESS") {
    big.num.high = total;
  } else if (bounded) {
    big.num.low = total;
  } else {
    big.num = NumRange::point(total);
  }
  big.unit = small.unit;
  big.end = small.end;
  m_out.pop_back();
}

// The month a word names ("oct", "october", "sept"), 0 when none.
int month_of(std::string_view w) {
  static constexpr std::string_view k_names[] = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};
  if (w.size() < 3) {
    return 0;
  }
  for (int i = 0; i < 12; ++i) {
    const std::string_view n = k_names[i];
    if (w == n || (w.size() <= 4 && n.starts_with(w) && (w.size() == 3 || w == "sept"))) {
      return i + 1;
    }
  }
  return 0;
}

// "Oct. 14-17", "March 3-5, 2024", "14-17 October", "Oct. 14 to 17": days
// of one month, a date interval ("2026-10-14/2026-10-17"). Without a year,
// the month's occurrence nearest the reference (past-biased as for "Oct.
// 14").
void Scanner::day_range() {
  if (m_out.empty()) {
    return;
  }
  Mention& last = m_out.back();
  const auto whole_day = [](const std::optional<double>& v) {
    return v && *v >= 1 && *v <= 31 && *v == std::floor(*v);
  };
  int month = 0;
  int d1 = 0;
  int d2 = 0;
  std::size_t start = last.start;
  std::size_t end = last.end;
  if (last.type == MentionType::quantity && last.unit.empty() && whole_day(last.num.low) && whole_day(last.num.high) &&
      *last.num.low < *last.num.high) {
    d1 = static_cast<int>(*last.num.low);
    d2 = static_cast<int>(*last.num.high);
    // the month before ("Oct. 14-17") or after ("14-17 October")
    std::size_t ws = 0;
    std::size_t at = last.start;
    while (at > 0 && m_low[at - 1] == ' ') {
      --at;
    }
    if (at > 0 && m_low[at - 1] == '.') {
      --at;  // "Oct. 14-17"
    }
    const std::string_view before = prev_word(at, &ws);
    // (not a month that an earlier mention already holds: "5 February
    // 5-8", a fuzzing find)
    if (const int mb = month_of(before); mb > 0 && last.start - (ws + before.size()) <= 2 && ws >= m_floor) {
      month = mb;
      start = ws;
    } else {
      std::size_t nw = 0;
      const std::string_view after = next_word(last.end, &nw);
      if (const int ma = month_of(after); ma > 0 && nw - last.end == 1 && after.size() > 3) {
        month = ma;
        end = nw + after.size();
      }
    }
  } else if (last.type == MentionType::quantity && last.unit.empty() && whole_day(last.num.low) &&
             last.num.low == last.num.high && m_out.size() >= 2) {
    // "Oct. 14 to 17", "Oct. 14 through 17"
    const Mention& prev = m_out[m_out.size() - 2];
    const std::string_view gap = std::string_view(m_low).substr(prev.end, last.start - prev.end);
    if (prev.type == MentionType::date && prev.date.granularity == Granularity::day && prev.date.start &&
        (gap == " to " || gap == " through " || gap == "-" || gap == " - " || gap == " until ")) {
      const Ymd ymd = civil_from_days(*prev.date.start);
      const int last_day = static_cast<int>(*last.num.low);
      if (last_day > ymd.day && valid_date(ymd.year, ymd.month, last_day)) {
        const Day a = *prev.date.start;
        const Day b = days_from_civil(ymd.year, ymd.month, last_day);
        m_out.pop_back();  // (`last` is gone; `end` keeps its end)
        Mention& r = m_out.back();
        r.end = end;
        r.date = DateRange{a, b, Granularity::day};
        r.timex = format_iso(a) + "/" + format_iso(b);
      }
    }
    return;
  }
  if (month == 0) {
    return;
  }
  int year = 0;
  // ", 2024" right after names the year
  if (end + 6 <= m_low.size() && m_low[end] == ',' && m_low[end + 1] == ' ' && is_digit(m_low[end + 2]) &&
      is_digit(m_low[end + 3]) && is_digit(m_low[end + 4]) && is_digit(m_low[end + 5]) &&
      (end + 6 == m_low.size() || !is_digit(m_low[end + 6]))) {
    year = std::stoi(std::string(m_low.substr(end + 2, 4)));
    if (year >= 1000) {
      end += 6;  // (the scanner has not reached the year yet)
    } else {
      year = 0;
    }
  }
  if (year == 0 && m_ctx.reference && m_ctx.reference->start) {
    // the occurrence nearest the reference, the past one unless the next
    // is nearer and within three months
    const Day ref = *m_ctx.reference->start;
    const int y = civil_from_days(ref).year;
    int past = 0;
    int future = 0;
    for (int yy = y - 1; yy <= y + 1; ++yy) {
      if (!valid_date(yy, month, d1)) {
        continue;
      }
      if (days_from_civil(yy, month, d1) <= ref) {
        past = yy;
      } else if (future == 0) {
        future = yy;
      }
    }
    year = past;
    if (future != 0 && valid_date(future, month, d1) && (past == 0 || !valid_date(past, month, d2) ||
                                                          (days_from_civil(future, month, d1) - ref <= 92 &&
                                                           days_from_civil(future, month, d1) - ref <
                                                               ref - days_from_civil(past, month, d2)))) {
      year = future;
    }
  }
  if (year == 0 || !valid_date(year, month, d1) || !valid_date(year, month, d2)) {
    return;
  }
  const Day a = days_from_civil(year, month, d1);
  const Day b = days_from_civil(year, month, d2);
  last.type = MentionType::date;
  last.start = start;
  last.end = end;
  last.num = NumRange{};
  last.unit.clear();
  last.date = DateRange{a, b, Granularity::day};
  last.timex = format_iso(a) + "/" + format_iso(b);
}

// "the July-September quarter", "April-June": months joined by a hyphen
// or a dash are one interval, from the first month's start to the second's
// end (the first in the year before when it comes later in the calendar).
// Three months that make a quarter are that quarter ("2026-Q3").
void Scanner::month_range() {
  Mention& last = m_out.back();
  if (last.type != MentionType::date || last.date.granularity != Granularity::month || !last.date.start ||
      !last.date.end || !last.resolved) {
    return;
  }
  std::size_t dash = last.start;
  if (dash >= 2 && m_low[dash - 1] == '-') {
    dash -= 1;
  } else if (dash >= 4 && m_low.compare(dash - 3, 3, "\xE2\x80\x93") == 0) {
    dash -= 3;  // an en dash
  } else {
    return;
  }
  std::size_t ws = dash;
  while (ws > 0 && text::is_alpha(m_low[ws - 1])) {
    --ws;
  }
  const int m1 = month_of(low(ws, dash));
  if (m1 == 0 || ws < m_floor) {
    return;
  }
  const Ymd second = civil_from_days(*last.date.start);
  const int y1 = m1 <= second.month ? second.year : second.year - 1;
  const Day a = days_from_civil(y1, m1, 1);
  last.start = ws;
  last.date.start = a;
  if (y1 == second.year && (m1 - 1) % 3 == 0 && second.month == m1 + 2) {
    last.timex = std::to_string(y1) + "-Q" + std::to_string((m1 - 1) / 3 + 1);
    last.date.granularity = Granularity::quarter;
  } else {
    last.timex = format_iso(a).substr(0, 7) + "/" + format_iso(*last.date.end).substr(0, 7);
  }
}

// "ticked up to 4.3%", "edged up to $45": after a verb of movement, "up to"
// leads to the new level; it is no upper bound ("paid up to $500" is).
bool Scanner::moved_up(const Tok& t) const {
  static const WordSet k_moved{
      "ticked", "edged",  "inched", "crept",   "moved",  "went",   "shot",    "jumped", "climbed", "rose",
      "spiked", "surged", "soared", "rallied", "bounced", "revised", "ratcheted", "crawled", "drifted", "popped"};
  if (low(t.start, t.end) != "up") {
    return false;
  }
  const std::string_view before = prev_word(t.start);
  return k_moved.contains(before);
}

// Tries the phrases that could contain the anchor word at `anchor`. Returns
// where scanning resumes, or k_npos when nothing was found.
std::size_t Scanner::try_anchor(std::size_t anchor) {
  if (is_digit(m_low[anchor])) {
    const std::size_t pe = phone_end(anchor);
    if (pe != k_npos) {
      return pe;
    }
  }
  Mention m;
  for (int k = 0; k < m_nbuf; ++k) {
    const Tok& t = m_buf[static_cast<std::size_t>(k)];
    if ((t.flags & k_prefix) != 0 && t.start >= m_floor && !moved_up(t) && match_at(t.start, anchor, m)) {
      m_out.push_back(std::move(m));
      m_floor = m_out.back().end;
      return m_floor;
    }
  }
  if (anchor >= m_floor && match_at(anchor, anchor, m)) {
    m_out.push_back(std::move(m));
    time_on_day();
    compound_duration();
    day_range();
    month_range();
    m_floor = m_out.back().end;
    return m_floor;
  }
  if (m_skip > anchor) {
    m_floor = m_skip;
    return m_skip;
  }
  return k_npos;
}

Scanner::Openers Scanner::openers(std::size_t start) const {
  static const WordSet k_time_words{"noon",     "midday", "midnight", "this",     "yesterday",
                                    "tomorrow", "last",   "tonight",  "overnight"};
  static const WordSet k_set_words{
      "daily", "nightly", "weekly", "biweekly", "fortnightly", "monthly", "yearly", "annually",
      "semiannually", "biannually", "hourly", "every", "each", "per", "once", "twice", "thrice", "a", "an"};
  const auto in = [](const auto& list, std::string_view w) {
    return list.contains(w);
  };
  Openers o;
  const std::string_view s = m_low;
  if (is_digit(s[start])) {
    std::size_t i = start;
    const std::size_t stop = std::min(s.size(), start + k_window);
    while (i < stop && (is_digit(s[i]) || s[i] == ',' || s[i] == '.')) {
      ++i;
    }
    const std::string_view rest = s.substr(i, std::min<std::size_t>(48, s.size() - i));
    o.time = !rest.empty() && (rest[0] == ':' || rest.find("a.m") < 3 || rest.find("p.m") < 3 ||
                               rest.find("am") < 3 || rest.find("pm") < 3);
    o.ordinal = rest.size() >= 2 && (rest.substr(0, 2) == "st" || rest.substr(0, 2) == "nd" ||
                                     rest.substr(0, 2) == "rd" || rest.substr(0, 2) == "th");
    o.set = rest.find("times") != std::string_view::npos;
    return o;
  }
  const std::string_view w = low(start, word_end(start));
  o.time = in(k_time_words, w);
  o.set = in(k_set_words, w) || (w.size() > 4 && w.back() == 's' && (word_flags(w) & k_weekday) != 0) ||
          s.substr(start, std::min<std::size_t>(48, s.size() - start)).find("times") != std::string_view::npos;
  o.ordinal = (word_flags(w) & k_anchor) != 0;
  return o;
}

bool Scanner::infinitive_after(std::size_t pos) const {
  static const WordSet k_nouns{"court", "prison", "jail",     "school", "market", "power", "office",
                               "date",  "work",   "bed",  "hospital", "death",  "life",  "trial"};
  std::size_t ws = 0;
  const std::string_view w = next_word(pos, &ws);
  if (w.size() < 2 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
      text::is_upper(m_src[ws]) || (word_flags(w) & (k_function | k_anchor)) != 0 || w.ends_with("ing") ||
      w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")) ||
      k_nouns.contains(w)) {
    return false;
  }
  return true;
}

bool Scanner::designation_after(std::size_t end) const {
  std::size_t ws = 0;
  const std::string_view nxt = next_word(end, &ws);
  if (ws != end + 1 || nxt.empty() || nxt.size() > 8) {
    return false;
  }
  const std::string_view raw = m_src.substr(ws, nxt.size());
  const bool caps = std::all_of(raw.begin(), raw.end(), [](char c) { return (c >= 'A' && c <= 'Z') || is_digit(c); });
  const bool has_digit = std::any_of(raw.begin(), raw.end(), [](char c) { return is_digit(c); });
  return caps && has_digit && raw[0] >= 'A' && raw[0] <= 'Z';
}

std::size_t Scanner::level_after_change(std::size_t start, std::size_t end) const {
  static const WordSet k_change{
      "rose",    "fell",    "climbed",  "dropped", "jumped",  "gained",   "lost",    "slipped", "slid",
      "surged",  "soared",  "plunged",  "tumbled", "dipped",  "declined", "edged",   "rallied", "sank",
      "rise",    "fall",    "climb",    "drop",    "jump",    "gain",     "rises",   "falls",   "climbs",
      "drops",   "jumps",   "gains",    "increased", "decreased", "grew",  "shrank", "advanced", "retreated"};
  const std::string_view verb = prev_word(start);
  if (!k_change.contains(verb)) {
    return k_npos;
  }
  const std::string_view text = std::string_view(m_low).substr(start, end - start);
  const std::size_t to = text.find(" to ");
  if (to == std::string_view::npos) {
    return k_npos;
  }
  // both ends written with their own sign or unit ("$1.20 to $45.30", "5%
  // to 30%"), far apart: two figures ("rise 3% to 5%" stays a range)
  const std::string_view a = text.substr(0, to);
  const std::string_view b = text.substr(to + 4);
  const auto marked = [](std::string_view x) {
    return x.find('$') != std::string_view::npos || x.find('%') != std::string_view::npos ||
           x.find("percent") != std::string_view::npos || x.find("\xC2\xA3") != std::string_view::npos ||
           x.find("\xE2\x82\xAC") != std::string_view::npos;
  };
  if (!marked(a) || !marked(b)) {
    return k_npos;
  }
  const auto number = [](std::string_view x) {
    std::string digits;
    for (const char c : x) {
      if (is_digit(c) || c == '.') {
        digits += c;
      } else if (c != ',' && !digits.empty()) {
        break;
      }
    }
    return digits.empty() ? 0.0 : std::strtod(digits.c_str(), nullptr);
  };
  const double lo = number(a);
  const double hi = number(b);
  if (lo <= 0 || hi < 2.5 * lo) {
    return k_npos;
  }
  return start + to;
}

bool Scanner::match_at(std::size_t start, std::size_t anchor, Mention& out) {
  const char* first = m_low.data() + start;
  const std::size_t limit = std::min(m_low.size(), start + k_window);
  const char* last = m_low.data() + limit;
  std::array<Parsed, 6> found{};
  std::size_t nfound = 0;
  const auto add = [&](Cat cat, const char* end, auto fill) {
    if (end != nullptr && end > m_low.data() + anchor) {
      Parsed& p = found[nfound++];
      p.cat = cat;
      p.end = end;
      fill(p);
    }
  };
  {
    Temporal t;
    add(Cat::date, parse::parse_date(first, last, t), [&](Parsed& p) { p.t = t; });
  }
  // The grammars for times, sets and ordinals run only where the first
  // word can open one: most anchors are plain numbers and dates.
  const Openers open = openers(start);
  if (open.time) {
    Temporal t;
    add(Cat::time, parse::parse_time(first, last, t), [&](Parsed& p) { p.t = t; });
  }
  if (open.set) {
    Temporal t;
    add(Cat::set, parse::parse_set(first, last, t), [&](Parsed& p) { p.t = t; });
  }
  {
    Temporal t;
    add(Cat::duration, parse::parse_duration(first, last, t), [&](Parsed& p) { p.t = t; });
  }
  {
    Quantity q;
    const char* end = parse::parse_quantity(first, last, q);
    // "shares rose $1.20 to $45.30", "fell 5% to 30%": after a verb of
    // change, "to" leads to the new level, not to the end of a range
    if (end != nullptr && q.range) {
      if (const std::size_t to = level_after_change(start, static_cast<std::size_t>(end - m_low.data()));
          to != k_npos) {
        q = Quantity{};
        end = parse::parse_quantity(first, m_low.data() + to, q);
      }
    }
    add(Cat::quantity, end, [&](Parsed& p) { p.q = q; });
  }
  if (open.ordinal) {
    int o = 0;
    add(Cat::ordinal, parse::parse_ordinal(first, last, o), [&](Parsed& p) { p.ordinal = o; });
  }
  if (nfound == 0) {
    return false;
  }
  std::stable_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(nfound),
                   [](const Parsed& a, const Parsed& b) { return a.end > b.end; });
  for (std::size_t k = 0; k < nfound; ++k) {
    const Parsed& p = found[k];
    const auto end = static_cast<std::size_t>(p.end - m_low.data());
    if (end == limit && limit < m_low.size()) {
      continue;  // cut by the window: not a whole phrase
    }
    Mention m;
    m.start = start;
    m.end = end;
    if (accept(p, start, end, m)) {
      out = std::move(m);
      return true;
    }
  }
  return false;
}

std::string_view Scanner::prev_word(std::size_t pos, std::size_t* word_start) const {
  std::size_t i = pos;
  while (i > 0 && (m_low[i - 1] == ' ' || m_low[i - 1] == '\t')) {
    --i;
  }
  if (i >= 2 && static_cast<unsigned char>(m_low[i - 1]) == 0xA0 && static_cast<unsigned char>(m_low[i - 2]) == 0xC2) {
    i -= 2;
  }
  const std::size_t e = i;
  while (i > 0 && (text::is_alnum(m_low[i - 1]) || m_low[i - 1] == '\'')) {
    --i;
  }
  if (word_start != nullptr) {
    *word_start = i;
  }
  return low(i, e);
}

std::string_view Scanner::next_word(std::size_t pos, std::size_t* word_start) const {
  std::size_t i = pos;
  while (i < m_low.size()) {
    const std::size_t sp = text::space_length(m_low, i);
    if (sp == 0) {
      break;
    }
    i += sp;
  }
  const std::size_t s = i;
  while (i < m_low.size() && text::is_alnum(m_low[i])) {
    ++i;
  }
  if (word_start != nullptr) {
    *word_start = s;
  }
  return low(s, i);
}

bool Scanner::sentence_initial(std::size_t s) const {
  std::size_t i = s;
  while (i > 0) {
    const char c = m_low[i - 1];
    if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '\r') {
      --i;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {  // curly quotes, NBSP
      --i;
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '(' || c == '-';
  }
  return true;
}

// "Windows 10", "Boeing 737", "Formula One": a number right after a
// capitalized name (not a sentence opener, not a known function word) is
// part of the name, not a quantity.
bool Scanner::model_name_before(std::size_t start) const {
  if (start == 0 || m_low[start - 1] != ' ') {
    return false;
  }
  std::size_t ws = 0;
  const std::string_view w = prev_word(start, &ws);
  const auto word_begin = m_src.begin() + static_cast<std::ptrdiff_t>(ws);
  const auto word_stop = word_begin + static_cast<std::ptrdiff_t>(w.size());
  // "Windows", "iPhone", "eBay": a capital letter anywhere
  if (w.empty() || w.size() > 40 || std::none_of(word_begin, word_stop, [](char c) { return is_upper(c); })) {
    return false;
  }
  if (ws + w.size() + 1 != start) {
    return false;  // more than one space, or punctuation between
  }
  const bool all_caps = w.size() >= 2 && std::all_of(word_begin, word_stop, [](char c) { return !text::is_lower(c); });
  const bool camel = !is_upper(m_src[ws]);
  const std::uint8_t f = word_flags(w);
  const bool name_like = (f & (k_function | k_prefix | k_month | k_weekday | k_temporal_prep)) == 0;
  if (sentence_initial(ws)) {
    // "Fortune 500" alone on a line: a name, not "Acme 300 employees".
    std::size_t e = start;
    while (e < m_low.size() && (text::is_alnum(m_low[e]) || m_low[e] == ',')) {
      ++e;
    }
    return name_like && (e >= m_low.size() || m_low[e] == '\n' || m_low[e] == '\r');
  }
  return name_like || all_caps || camel;
}

// True when the line holding `pos` is a title-case headline, where every
// word is capitalized ("Acme Has Two Months To Leave").
bool Scanner::in_headline(std::size_t pos) const {
  // Only lines of up to 300 bytes count, so the search stops there.
  constexpr std::size_t k_longest = 300;
  std::size_t b = pos;
  while (b > 0 && m_low[b - 1] != '\n' && pos - b <= k_longest) {
    --b;
  }
  std::size_t e = pos;
  while (e < m_low.size() && m_low[e] != '\n' && e - b <= k_longest) {
    ++e;
  }
  if (e - b > k_longest) {
    return false;
  }
  int caps = 0;
  int lower = 0;
  for (std::size_t i = b; i < e;) {
    if (!is_alpha(m_src[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < e && is_alpha(m_src[j])) {
      ++j;
    }
    if (j - i > 3) {
      (is_upper(m_src[i]) ? caps : lower) += 1;
    }
    i = j;
  }
  return caps >= 3 && lower == 0;
}

// Tense of the clause around a date. Looking back at most eight words, the
// nearest tense word decides: a future word ("will", "scheduled") makes it
// future, a past auxiliary or irregular past ("was", "had", "met") past;
// a verb in -ed counts only right before the date ("opened in 2014").
// Reporting verbs ("said", "told") set the time of the report, so they
// count only when they govern the date directly ("said Friday"). A
// deadline preposition right before ("by", "until") points ahead. Failing
// those, a future word, or a past auxiliary, within four words after the
// date decides. Returns 1 future, -1 past, 0 unknown.
int Scanner::tense(std::size_t start, std::size_t end) const {
  static const WordSet k_future{
      "will", "ll", "shall", "starting", "beginning", "effective", "due", "deadline",
      "scheduled", "expected", "upcoming", "planned", "slated", "onwards", "onward", "expects", "plans",
      "intends", "aims", "tomorrow", "payable", "next", "expire", "expires", "coming", "forecast",
      "forecasts", "predicted", "projected"};
  static const WordSet k_past{
      "was", "were", "had", "did", "ago", "began", "took", "made", "came", "went", "gave", "won", "lost", "fell",
      "rose", "left", "met", "held", "saw", "paid", "yesterday", "sold", "bought", "became", "wrote", "knew",
      "found", "got", "ran", "spent", "brought", "built", "since", "died", "fled", "struck"};
  static const WordSet k_reporting{"said",  "told",  "reported", "announced", "stated",
                                   "added", "noted", "claimed",  "confirmed", "disclosed"};
  const auto in = [](const auto& list, std::string_view w) {
    return list.contains(w);
  };
  const auto past_word = [&](std::string_view w) {
    return in(k_past, w) || (w.size() > 4 && w.substr(w.size() - 2) == "ed" && !in(k_reporting, w) &&
                             !in(k_future, w) && w != "need" && w != "indeed");
  };
  const auto stop = [&](std::size_t i) {
    const char c = m_low[i];
    return c == '!' || c == '?' || c == ';' || c == '\n' ||
           (c == '.' && (i == 0 || !text::is_upper(m_src[i - 1])) && i + 1 < m_low.size() && m_low[i + 1] == ' ');
  };
  // "a premium to Friday's close": the date names a thing, not a deadline
  const std::string_view after = std::string_view(m_low).substr(end);
  const bool possessive = after.starts_with("'s") || after.starts_with("\xE2\x80\x99s");
  static const WordSet k_weekdays{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  // (a weekday with a part of the day too: "Sunday evening")
  const std::string_view mention_text = low(start, end);
  const bool weekday = in(k_weekdays, mention_text.substr(0, mention_text.find(' ')));
  // The word that ends right before `pos` (skipping spaces), lower case.
  const auto word_before = [&](std::size_t pos) {
    while (pos > 0 && m_low[pos - 1] == ' ') {
      --pos;
    }
    std::size_t b = pos;
    while (b > 0 && text::is_alpha(m_low[b - 1])) {
      --b;
    }
    return std::pair{low(b, pos), b};
  };
  // "in contrast to Thursday", "compared to Friday": a comparison, not a
  // date something moves to
  const auto compared_to = [&](std::size_t to_pos) {
    const std::string_view w = word_before(to_pos).first;
    return w == "contrast" || w == "compared" || w == "comparison" || w == "prior" || w == "similar" ||
           w == "close" || w == "next";
  };
  // "from Sept. 14 to Thursday": the end of a range, past or future
  const auto range_to = [&](std::size_t to_pos) {
    const std::size_t from = to_pos > 40 ? to_pos - 40 : 0;
    for (std::size_t p = to_pos; p > from; --p) {
      if (m_low[p - 1] == '\n' || m_low[p - 1] == ';') {
        return false;
      }
      const auto [w, b] = word_before(p);
      if ((w == "from" || w == "between") && b + w.size() == p) {
        return true;
      }
    }
    return false;
  };
  // "had" within the four words before a future word ("had been due to
  // expire", "had been scheduled to")
  const auto had_before = [&](std::size_t pos) {
    for (int k = 0; k < 4; ++k) {
      const auto [w, b] = word_before(pos);
      if (w.empty()) {
        return false;
      }
      if (w == "had") {
        return true;
      }
      pos = b;
    }
    return false;
  };
  std::size_t i = start;
  int words = 0;
  std::string_view first_word;  // the word right before the mention
  bool deadline = false;        // "by", "until" right before the mention
  bool comma = false;           // a comma between the word and the mention
  for (int budget = 0; i > 0 && budget < 400; ++budget) {
    if (stop(i - 1)) {
      break;
    }
    if (!text::is_alpha(m_low[i - 1])) {
      comma = comma || m_low[i - 1] == ',';
      --i;
      continue;
    }
    std::size_t b = i;
    while (b > 0 && text::is_alpha(m_low[b - 1])) {
      --b;
    }
    const std::string_view w = low(b, i);
    ++words;
    // a participle after "be" is passive, not past: "will be paid Dec.
    // 14", "will be presented to fans on Thursday"
    // ("has been extended until January 19": a present perfect passive
    // leaves a deadline ahead; "had been canceled by Monday" does not)
    const auto [been, been_at] = word_before(b);
    const std::string_view aux = word_before(been_at).first;
    const bool perfect_passive = been == "been" && (aux == "has" || aux == "have");
    const bool passive =
        (b >= 3 && low(b - 3, b - 1) == "be" && (b < 4 || !text::is_alpha(m_low[b - 4]))) || (deadline && perfect_passive);
    if (words == 1) {
      first_word = w;
    }
    // The nearest tense word before the mention decides; words further
    // back than a short clause belong to another verb.
    // A bare weekday ("approved a bond measure to rebuild four aging
    // schools on Tuesday") looks further back for the clause's past verb:
    // without one it may name tomorrow.
    // ("dumped 18.4 inches of snow at Springfield International Airport by
    // Sunday evening": a weekday with a part of the day too)
    if (words > 8 && !(words <= 16 && weekday)) {
      break;
    }
    if (words > 8) {
      // (only a forecast verb reaches that far: "will pay 410p a share, a
      // premium to the closing price on Tuesday" is last Tuesday)
      if (w == "expected" || w == "forecast" || w == "scheduled" || w == "due" || w == "slated" || w == "predicted") {
        return 1;
      }
      // ("will be presented to fans at the club's stadium on Thursday":
      // the clause's own future, with no comma between)
      if (!comma && (w == "will" || w == "shall")) {
        return 1;
      }
      if ((in(k_past, w) || past_word(w)) && !passive) {
        return -1;
      }
      i = b;
      continue;
    }
    // "by Oct. 31", "until September 29th": a deadline ahead, unless the
    // clause is in the past ("had burned 12,000 acres by Sunday evening").
    // "extended to Nov. 20", "postponed to March 3": a date moved to.
    if (words == 1 && (w == "by" || w == "until" || w == "till" || w == "through")) {
      deadline = true;
      i = b;
      continue;
    }
    if (words == 1 && w == "to" && !possessive && !compared_to(b) && !range_to(b)) {
      return 1;
    }
    // "voted on Monday to close six schools in June": an infinitive
    // before the date plans it, whatever the tense of the verb before it
    // (only for a month or season in a phrase of its own, "in June"; not
    // "extended their offers to acquire the maker Friday", "to get around
    // Wednesday's ruling"; a weekday is mostly the day of the news:
    // "approved a bond measure to rebuild four schools on Tuesday")
    if (w == "to" && words > 1 && !possessive && !weekday && first_word == "in" && infinitive_after(i)) {
      return had_before(b) ? 0 : 1;
    }
    // "Cuba predicted Wednesday": the forecast was made that day
    if (words == 1 && w == "predicted") {
      return -1;
    }
    // "is forecast at 15.4 million bags, down from 16.1 million in May",
    // "to 51.9 million, from 54.2 million in May": the figure compared
    // with is an earlier one
    if (w == "from" && words >= 2) {
      std::size_t q = b;
      while (q > 0 && m_low[q - 1] == ' ') {
        --q;
      }
      const std::string_view prev = word_before(b).first;
      if (prev == "down" || prev == "up" || (q > 0 && m_low[q - 1] == ',')) {
        return -1;
      }
    }
    // ("lowered its coffee harvest forecast to 51.9 million bags on
    // Tuesday": a forecast as a noun, after a determiner, is no future)
    bool noun_forecast = false;
    if (w == "forecast" || w == "forecasts" || w == "outlook") {
      std::size_t q = b;
      for (int n = 0; n < 3; ++n) {
        const auto [pw, pb] = word_before(q);
        if (pw == "its" || pw == "the" || pw == "a" || pw == "an" || pw == "their" || pw == "his" || pw == "her" ||
            pw == "our" || pw == "this") {
          noun_forecast = true;
          break;
        }
        if (pw.empty() || pw == "is" || pw == "are" || pw == "was" || pw == "were" || pw == "be" || pw == "been") {
          break;
        }
        q = pb;
      }
    }
    if (in(k_future, w) && !noun_forecast) {
      // "had been due to expire Friday", "had been set to expire Nov. 6":
      // a plan seen from the past, since changed; the date may lie either
      // side of the report, so the nearest occurrence decides
      return had_before(b) ? 0 : 1;
    }
    // "said Friday", "said on Friday"
    const bool governs = words == 1 || (words == 2 && (first_word == "on" || first_word == "late" || first_word == "early"));
    // (a weekday after "by", any past verb of the clause: "dumped 18
    // inches of snow on the city by Sunday evening"; not a date, which
    // may be a deadline set in the past: "asked it to respond by Oct. 31")
    if (in(k_past, w) || ((words <= 2 || (deadline && weekday)) && past_word(w)) || (governs && in(k_reporting, w))) {
      // A participle after "be" is passive, not past: "will be paid Dec.
      // 14", "to be published in November". The auxiliary further back
      // decides.
      if (!passive) {
        return -1;
      }
    }
    i = b;
  }
  std::size_t j = end;
  words = 0;
  for (int budget = 0; j < m_low.size() && budget < 400 && words < (deadline ? 10 : 4); ++budget) {
    if (stop(j)) {
      break;
    }
    if (!text::is_alpha(m_low[j])) {
      ++j;
      continue;
    }
    std::size_t e = j;
    while (e < m_low.size() && text::is_alpha(m_low[e])) {
      ++e;
    }
    ++words;
    // ("crested ... on Wednesday, lower than forecast": a forecast named
    // after the date is no cue for it)
    // ("by the Tuesday deadline": the deadline the date names)
    if (!deadline && in(k_future, low(j, e)) && low(j, e) != "forecast" && low(j, e) != "forecasts" &&
        low(j, e) != "predicted" && low(j, e) != "projected" && !(words == 1 && low(j, e) == "deadline")) {
      return 1;
    }
    if (low(j, e) == "had" || low(j, e) == "was" || low(j, e) == "were") {
      return -1;
    }
    if (deadline) {  // ("By Monday evening about 1,900 flights had been canceled")
      j = e;
      continue;
    }
    // "In March, Acme eliminated 600 positions": the verb of the
    // clause the date opens
    if (words <= 3 && (in(k_past, low(j, e)) || past_word(low(j, e)))) {
      return -1;
    }
    j = e;
  }
  return deadline ? 1 : 0;
}

std::string Scanner::counted_noun(std::size_t end) const {
  const std::string_view s = m_low;
  std::size_t i = end;
  // "a 10-person team", "four-page document": the word after the hyphen.
  if (i < s.size() && s[i] == '-' && i + 1 < s.size() && is_alpha(s[i + 1])) {
    std::size_t j = i + 1;
    while (j < s.size() && is_alpha(s[j])) {
      ++j;
    }
    return std::string(s.substr(i + 1, j - i - 1));
  }
  // "54.2 million 60-kg bags", "300 12-ounce cans": a measure that
  // modifies the counted noun is passed over
  {
    std::size_t k = i;
    while (k < s.size() && s[k] == ' ') {
      ++k;
    }
    std::size_t d = k;
    while (d < s.size() && (is_digit(s[d]) || (s[d] == '.' && d > k))) {
      ++d;
    }
    if (d > k && d + 1 < s.size() && s[d] == '-' && is_alpha(s[d + 1])) {
      std::size_t w = d + 1;
      while (w < s.size() && is_alpha(s[w])) {
        ++w;
      }
      if (w + 1 < s.size() && s[w] == ' ' && is_alpha(s[w + 1])) {
        i = w;
      }
    }
  }
  std::string_view words[4];
  int nw = 0;
  while (nw < 4) {
    std::size_t k = i;
    while (k < s.size()) {
      const std::size_t sp = text::space_length(s, k);
      if (sp == 0) {
        break;
      }
      k += sp;
    }
    if (k == i && nw == 0 && k < s.size() && s[k] != ' ') {
      break;
    }
    const std::size_t ws = k;
    while (k < s.size() && (is_alpha(s[k]) || (s[k] == '.' && k + 1 < s.size() && is_alpha(s[k + 1])) ||
                            (s[k] == '-' && k + 1 < s.size() && is_alpha(s[k + 1])))) {
      ++k;
    }
    if (k == ws) {
      break;
    }
    std::string_view w = s.substr(ws, k - ws);
    if (k < s.size() && s[k] == '.' && w.find('.') != std::string_view::npos) {
      ++k;  // "U.S." keeps its final dot
    }
    // ("climbed to 32.1 million last year": a time, not a counted noun)
    if (w == "last" || w == "next" || w == "this" || w == "previous") {
      break;
    }
    if ((word_flags(w) & (k_function | k_anchor)) != 0) {
      // "950 hourly jobs": a frequency adjective before the noun
      const bool adverb_modifier = w.size() > 4 && w.substr(w.size() - 2) == "ly" && k + 1 < s.size() &&
                                   s[k] == ' ' && is_alpha(s[k + 1]);
      if (!adverb_modifier) {
        break;  // "of", "were"; "overnight", "years": not a counted noun
      }
    }
    // Proper nouns in the middle are modifiers ("Acme executives");
    // they are kept but rarely chosen as the head.
    words[nw++] = w;
    i = k;
    if (k < s.size() && (s[k] == '\'' || static_cast<unsigned char>(s[k]) == 0xE2)) {
      break;  // possessive or closing quote ends the noun group
    }
    if (k >= s.size() || s[k] == ',' || s[k] == ';' || s[k] == ':' || s[k] == ')' || s[k] == '.' ||
        s[k] == '"' || s[k] == '\n') {
      break;
    }
  }
  // The first plural that no other plural follows: "registered voters cast
  // ballots" counts voters, "savings accounts" accounts.
  for (int k = 0; k < nw; ++k) {
    const bool plural_next = k + 1 < nw && (looks_plural(words[k + 1]) || words[k + 1] == "people");
    if (looks_plural(words[k]) && words[k].find('.') == std::string_view::npos && !plural_next) {
      return std::string(words[k]);
    }
  }
  for (int k = nw - 1; k >= 0; --k) {
    if (looks_plural(words[k]) && words[k].find('.') == std::string_view::npos) {
      return std::string(words[k]);
    }
  }
  if (nw > 0) {
    const std::string_view w = words[nw - 1];
    const std::size_t pos = static_cast<std::size_t>(w.data() - s.data());
    if (!is_upper(m_src[pos]) && w.find('.') == std::string_view::npos) {
      return std::string(w);
    }
  }
  return {};
}

bool Scanner::accept_plain_number(std::size_t start, std::size_t end) {
  const std::string_view text = low(start, end);
  if (text.size() == 4 && std::all_of(text.begin(), text.end(), is_digit) && designation_after(end)) {
    return false;  // "2004 MN4" ("300 F16 jets" stays a count)
  }
  // list numbering: "1. Introduction", "2) ..."
  if (is_digit(text[0]) && end < m_low.size() && (m_low[end] == '.' || m_low[end] == ')') &&
      (start == 0 || m_low[start - 1] == '\n') ) {
    return false;
  }
  // "No. 5", "#3": identifiers
  if (start > 0 && m_low[start - 1] == '#') {
    return false;
  }
  // "page 12", "section 4", "flight 370", "Windows 10": a label, not an amount
  if (is_digit(text[0])) {
    static const WordSet k_labels{
        "page",   "pages",   "section", "sections", "chapter", "article", "paragraph", "figure", "fig.",
        "table",  "exhibit", "appendix", "clause",  "item",    "line",    "verse",     "room",   "suite",
        "flight", "route",   "highway", "interstate", "gate",  "platform", "episode",  "volume", "vol.",
        "issue",  "version", "v.",      "model",   "number",  "no.",     "windows",   "ward",
        "district", "precinct", "pier",  "bay",     "lane",    "exit",    "apartment", "apt.",   "block",
        "floor",  "step",    "week",     "day",     "game",    "round",   "heat",      "lot",    "box",
        "bus",    "train",   "channel"};
    if (k_labels.contains(prev_word(start))) {
      return false;
    }
  }
  if (start >= 4 && low(start - 4, start) == "no. " && is_upper(m_src[start - 4])) {
    return false;
  }
  // "one" as a pronoun: "one of", "no one", "the one"
  if (text == "one") {
    std::size_t ws = 0;
    const std::string_view nxt = next_word(end, &ws);
    if (nxt.empty() || nxt == "of" || nxt == "another" || nxt == "day" || nxt == "who" ||
        nxt == "that" || nxt == "which" || (ws < m_src.size() && is_upper(m_src[ws]) && false)) {
      return false;
    }
    const std::string_view prv = prev_word(start);
    if (prv == "no" || prv == "the" || prv == "this" || prv == "that" || prv == "every" || prv == "any" ||
        prv == "each" || prv == "which" || prv == "someone" || prv == "anyone") {
      return false;
    }
  }
  // street addresses: "1600 Pennsylvania Avenue"
  if (is_digit(text[0])) {
    std::size_t pos = end;
    for (int k = 0; k < 4; ++k) {
      std::size_t ws = 0;
      const std::string_view w = next_word(pos, &ws);
      if (w.empty() || ws >= m_src.size() || !is_upper(m_src[ws])) {
        break;
      }
      if (k > 0 && street_word(w)) {
        return false;
      }
      pos = ws + w.size();
    }
  }
  return true;
}

bool Scanner::accept_date(const Temporal& t, std::size_t start, std::size_t end) {
  // Month and weekday names must be capitalized ("may" the verb is not May).
  for (std::size_t i = start; i < end;) {
    if (!is_alpha(m_low[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < end && is_alpha(m_low[j])) {
      ++j;
    }
    const std::uint8_t f = word_flags(low(i, j));
    if ((f & (k_month | k_weekday)) != 0 && !is_upper(m_src[i])) {
      return false;
    }
    i = j;
  }
  std::size_t pws = 0;
  const std::string_view prev = prev_word(start, &pws);
  const bool prep_before = !prev.empty() && (word_flags(prev) & k_temporal_prep) != 0;
  if (t.month_only) {
    const std::string_view w = low(start, end);
    const bool abbreviated = w.size() <= 4 && w.back() != '.';
    if (abbreviated && w != "june" && w != "july" && w != "may") {
      return false;
    }
    if ((w == "may" || w == "march" || w == "august") && !prep_before) {
      return false;
    }
    // A capitalized word after the month makes it a name ("April Ryan").
    std::size_t ws = 0;
    const std::string_view nxt = next_word(end, &ws);
    if (!prep_before && !nxt.empty() && ws < m_src.size() && is_upper(m_src[ws]) && ws == end + 1) {
      return false;
    }
  }
  if (t.year_bare) {
    const int y = t.year;
    if (!prep_before && (y < 1800 || y > 2100)) {
      return false;
    }
    if (model_name_before(start)) {
      return false;
    }
    // "2000 people": a count, not a year ("the 2016 elections" is a year)
    std::size_t ws = 0;
    const std::string_view nxt = next_word(end, &ws);
    const bool determiner = prev == "the" || prev == "its" || prev == "their" || prev == "his" ||
                            prev == "her" || prev == "this" || prev == "that" || prev == "our";
    if (!prep_before && !determiner && !nxt.empty() && ws == end + 1 && looks_plural(nxt) &&
        (word_flags(nxt) & (k_function | k_unit_noun)) == 0) {
      return false;
    }
    if (end < m_low.size() && (m_low[end] == '%' || m_low[end] == '-')) {
      return false;
    }
    if (designation_after(end)) {
      return false;
    }
  }
  if (t.season >= 0 && t.year < 0 && t.anchor == Anchor::none && t.mod == parse::ast::Mod::none) {
    // "fall" and "spring" are also verbs and nouns: need "in (the) fall".
    std::size_t ws = 0;
    const std::string_view nxt = next_word(end, &ws);
    if (!prep_before || nxt == "of") {
      return false;
    }
    // "expected to fall below flood stage": the verb
    const std::string_view word = low(start, end);
    if ((word == "fall" || word == "spring") && (prev_word(start) == "to" || nxt == "below" || nxt == "back" ||
                                                  nxt == "short" || nxt == "further" || nxt == "behind")) {
      return false;
    }
  }
  if (t.weekday > 0 && t.kind == TKind::set && t.unit == TUnit::week && low(start, end).back() == 's') {
    return prep_before;  // "on Mondays"
  }
  return true;
}

// The length of an invisible format character at `i` (zero-width space,
// joiners, word joiner, BOM, soft hyphen), or 0.
std::size_t invisible_at(std::string_view s, std::size_t i) {
  const auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  if (at(i) == 0xE2 && at(i + 1) == 0x80 && at(i + 2) >= 0x8B && at(i + 2) <= 0x8D) {
    return 3;
  }
  if ((at(i) == 0xE2 && at(i + 1) == 0x81 && at(i + 2) == 0xA0) ||
      (at(i) == 0xEF && at(i + 1) == 0xBB && at(i + 2) == 0xBF)) {
    return 3;
  }
  return at(i) == 0xC2 && at(i + 1) == 0xAD ? 2 : 0;
}

// True when an invisible character glues the number at [start, end) to
// another digit ("1<ZWSP>000"): the digits on either side are not numbers
// of their own, and the reader cannot tell what the writer meant.
bool glued_by_invisible(std::string_view s, std::size_t start, std::size_t end) {
  if (end > start && is_digit(s[end - 1])) {
    const std::size_t n = invisible_at(s, end);
    if (n > 0 && end + n < s.size() && is_digit(s[end + n])) {
      return true;
    }
  }
  if (is_digit(s[start])) {
    for (const std::size_t n : {std::size_t{2}, std::size_t{3}}) {
      if (start >= n + 1 && invisible_at(s, start - n) == n && is_digit(s[start - n - 1])) {
        return true;
      }
    }
  }
  return false;
}

bool Scanner::accept(const Parsed& p, std::size_t start, std::size_t end, Mention& m) {
  const std::string_view s = m_low;
  const bool digit_start = is_digit(s[start]) || s[start] == '$';
  if (glued_by_invisible(s, start, end)) {
    return false;
  }
  // Identifiers: COVID-19, 24/7, CVE-2024-3094, v1.2
  if (start >= 2 && is_digit(s[start]) &&
      (((s[start - 1] == '-' || s[start - 1] == '/' || s[start - 1] == '.') && text::is_alnum(s[start - 2])) ||
       (s[start - 1] == ',' && is_digit(s[start - 2])))) {
    return false;  // the tail of "1.2.3", "1,000,...,000"
  }
  if (end < s.size()) {
    const char c = s[end];
    if (is_word_byte(static_cast<unsigned char>(c))) {
      return false;
    }
    if ((c == '/' || c == '.' || c == '-' || c == ':') && end + 1 < s.size() && is_digit(s[end + 1]) &&
        is_digit(s[end - 1])) {
      return false;
    }
  }
  switch (p.cat) {
    case Cat::date:
    case Cat::time:
    case Cat::set:
    case Cat::duration: {
      const Temporal& t = p.t;
      // "won in 2:00:35": hours, minutes and seconds with no "a.m." or
      // zone are an elapsed time (a race, a flight), not a time of day
      const std::string_view before_clock = prev_word(start);
      if (t.kind == TKind::time && t.second >= 0 && end - start >= 7 && end - start <= 8 &&
          is_digit(s[end - 1]) && s[end - 3] == ':' && is_digit(s[start]) && before_clock != "at" &&
          before_clock != "by" && before_clock != "until" && before_clock != "from" && before_clock != "since" &&
          before_clock != "before" && before_clock != "after" && before_clock != "till") {
        const int h = t.hour;
        const int mi = t.minute;
        const int se = t.second;
        m.type = MentionType::duration;
        m.unit = "second";
        m.num = NumRange::point(h * 3600.0 + mi * 60.0 + se);
        m.timex = "PT" + std::to_string(h) + "H" + std::to_string(mi) + "M" + std::to_string(se) + "S";
        return true;
      }
      if (t.kind == TKind::date || t.kind == TKind::time) {
        if (!accept_date(t, start, end)) {
          return false;
        }
      }
      if (t.kind == TKind::duration) {
        const std::string_view text = low(start, end);
        if (t.unit == TUnit::quarter && next_word(end) == "of") {
          return false;  // "nearly a quarter of its earnings" is a share
        }
        if (is_upper(m_src[start]) && !sentence_initial(start) && !in_headline(start) &&
            !digit_start) {
          return false;  // "Zero Day", "Two Weeks Notice": names
        }
        if (t.count_vague && t.hedge == parse::ast::Hedge::none && text.find(' ') == std::string_view::npos) {
          // bare "years": only after "for", "in", "over" ...
          const std::string_view prev = prev_word(start);
          if (prev.empty() || (word_flags(prev) & k_temporal_prep) == 0) {
            return false;
          }
        }
        if (text == "a second" || text == "one second") {
          const std::string_view nxt = next_word(end);
          if (!nxt.empty() && nxt != "ago" && nxt != "later" && nxt != "earlier") {
            return false;  // "a second round"
          }
        }
        if (digit_start && model_name_before(start)) {
          return false;
        }
      }
      if (t.kind == TKind::set && t.weekday > 0 && !accept_date(t, start, end)) {
        return false;
      }
      if (end + 1 < s.size() && (s[end] == '-') && is_alpha(s[end + 1])) {
        return false;  // "a year-earlier quarter": part of a longer compound
      }
      const int tn = tense(start, end);
      m_ctx.future_cue = tn > 0;
      m_ctx.past_cue = tn < 0;
      m_ctx.last_year_near = m_last_year_pos != k_npos && start - m_last_year_pos < 400;
      m_ctx.last_date_near = m_last_date_pos != k_npos && start - m_last_date_pos < 400;
      if (t.rate) {
        // "$5 a year": only right after an amount
        if (m_out.empty() || start - m_out.back().end > 1 ||
            (m_out.back().type != MentionType::money && m_out.back().type != MentionType::quantity &&
             m_out.back().type != MentionType::percent)) {
          return false;
        }
      }
      if (!resolve_temporal(t, m_ctx, m)) {
        if (t.month > 0 && t.day > 0 && t.year > 0) {
          m_skip = end;
        }
        return false;
      }
      // "lost 13.6% over 72 weeks", "canceled 600 flights over two days":
      // "over" before a period says across it, not more than it
      // (but "took over two years", "lasted over a week" are more than)
      static const WordSet k_length_verbs{"took",  "take",  "takes", "taking", "lasted", "last",
                                          "lasts", "spent", "spend", "for",    "after",  "within"};
      const std::string_view before_over = prev_word(start);
      if (m.type == MentionType::duration && m.mod == "MORE_THAN" && low(start, std::min(end, start + 5)) == "over " &&
          m.num.low &&
          !k_length_verbs.contains(before_over)) {
        m.num = NumRange::point(*m.num.low);
        m.mod.clear();
      }
      after_date(t, m);
      return true;
    }
    case Cat::quantity: {
      const Quantity& q = p.q;
      if (!resolve_quantity(q, m)) {
        return false;
      }
      const bool plain = m.type == MentionType::quantity && m.unit.empty();
      const bool currency_letters = word_end(start) < m_low.size() && m_low[word_end(start)] == '$';  // C$, US$
      if (is_upper(m_src[start]) && !sentence_initial(start) && !in_headline(start) && !currency_letters &&
          !digit_start && (word_flags(low(start, std::min(end, word_end(start)))) & k_prefix) != 0 &&
          (word_flags(low(start, word_end(start))) & k_function) == 0) {
        // A capitalized number word inside a sentence is part of a name
        // ("Zero Day", "Air Force One").
        const std::string_view first = low(start, word_end(start));
        if (first != "about" && first != "more" && first != "less" && first != "nearly") {
          return false;
        }
      }
      if (plain) {
        if ((digit_start || is_upper(m_src[start])) && model_name_before(start)) {
          return false;
        }
        if (!accept_plain_number(start, end)) {
          return false;
        }
        m.unit = counted_noun(end);
        // "the 100m final", "a 400m-long ship": without a currency, an
        // "m" on the digits is metres unless people or things are counted
        // ("45m users" is millions)
        if (end >= 2 && m_low[end - 1] == 'm' && is_digit(m_low[end - 2]) && !looks_plural(m.unit) &&
            m.num.low && m.num.high) {
          m.num.low = *m.num.low / 1e6;
          m.num.high = *m.num.high / 1e6;
          m.unit = "m";
          m.dimension = "length";
          m.si_unit = "m";
          m.si = m.num;
        }
      }
      return true;
    }
    case Cat::ordinal: {
      if (!is_digit(s[start])) {
        // Word ordinals need a determiner or possessive before them and a
        // word after ("its third office", not "first reported").
        const std::string_view prev = prev_word(start);
        const bool det = prev == "the" || prev == "its" || prev == "his" || prev == "her" ||
                         prev == "their" || prev == "our" || prev == "my" || prev == "your" ||
                         prev == "a" || prev == "this" || prev == "that" ||
                         (prev.size() > 2 && prev.substr(prev.size() - 2) == "'s");
        if (!det || next_word(end).empty()) {
          return false;
        }
      } else if (model_name_before(start)) {
        return false;
      }
      m.type = MentionType::ordinal;
      m.num = NumRange::point(p.ordinal);
      m.unit = counted_noun(end);
      return true;
    }
  }
  return false;
}

void Scanner::after_date(const Temporal& t, const Mention& m) {
  // ("left Denver on Saturday morning. ... landed at 8:10 a.m.": a time on
  // a day named outright gives later clock times their day)
  if (m.type == MentionType::time && m.date.start && m.date.end && *m.date.start == *m.date.end && t.weekday > 0) {
    m_ctx.last_date = DateRange{m.date.start, m.date.end, Granularity::day};
    m_last_date_pos = m.start;
    return;
  }
  if (m.type != MentionType::date || !m.date.start || !m.date.end) {
    return;
  }
  if (m.date.granularity == Granularity::reference) {
    return;
  }
  // Only dates the text states outright anchor later references ("That
  // September", "a year earlier"); relative ones ("a year ago", "the
  // year-earlier quarter") point back at the period under discussion.
  if (t.year_ago || t.direction != 0 || t.ref != Ref::none) {
    return;
  }
  if (t.month > 0 && t.month <= 12 && m.date.start && t.unit == TUnit::none) {
    const auto mo = static_cast<std::size_t>(t.month);
    // ("sales fell in March ... up 3.1% from March 2025 ... buyers in
    // March": the month named bare first stays the report's month)
    if (!(m_ctx.month_bare[mo] && t.year > 0)) {
      m_ctx.month_year[mo] = civil_from_days(*m.date.start).year;
      m_ctx.month_bare[mo] = t.year <= 0;
    }
  }
  m_ctx.last_date = m.date;
  m_last_date_pos = m.start;
  if (t.year > 0 && !t.range_to_year) {
    m_ctx.last_year = t.year;
    m_last_year_pos = m.start;
  }
}

}  // namespace

std::vector<Mention> scan(std::string_view text, const ScanOptions& options) {
  std::vector<Mention> out;
  scan_each(text, options, [&](Mention&& m) { out.push_back(std::move(m)); });
  return out;
}

void scan_each(std::string_view text, const ScanOptions& options, const std::function<void(Mention&&)>& sink) {
  Scanner(text, options, sink).run();
}

}  // namespace cc::values
