#include "extract/extractor.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "extract/analysis.hpp"
#include "extract/patterns.hpp"
#include "lexicon/wordnet.hpp"
#include "util/hash.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"
#include "values/temporal.hpp"

namespace cc::extract {

using text::k_cap;
using text::k_possessive;
using text::k_punct;
using text::k_quote;
using text::k_word;

namespace {

bool in_class(const Resources& res, std::string_view cls, std::string_view w) { return res.lex.contains(cls, w); }

std::string suffix_of(const std::string& cls) {
  const auto dot = cls.find('.');
  return dot == std::string::npos ? cls : cls.substr(dot + 1);
}

// True when a word of kind `word_kind` can name the story's event of kind
// `kind`: the same kind, or a broader one ("the storm" in a story about a
// tornado; grammars/lexicon/entities.txt, class broader.KIND).
bool same_kind(const Resources& res, const std::string& word_kind, const std::string& kind) {
  return word_kind == kind || (!word_kind.empty() && res.lex.contains("broader." + word_kind, kind));
}

// "fewer than 50", "about 300", "$600 million or more"
std::string format_number(double v) {
  char buf[64];
  // round away binary noise (4.1 million is 4099999.9999999995)
  if (std::fabs(v) >= 1) {
    const double mag = std::pow(10.0, std::floor(std::log10(std::fabs(v))) - 8);
    v = std::round(v / mag) * mag;
  }
  const auto whole = [](double x) { return std::fabs(x - std::round(x)) < 1e-6 * std::max(1.0, std::fabs(x)); };
  if (std::fabs(v) >= 1e9 && whole(v / 1e7)) {
    std::snprintf(buf, sizeof buf, "%g billion", v / 1e9);
  } else if (std::fabs(v) >= 1e6 && whole(v / 1e4)) {
    std::snprintf(buf, sizeof buf, "%g million", v / 1e6);
  } else if (v == std::floor(v) && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%.4g", v);
  }
  return buf;
}

std::string display_range(const NumRange& r, const std::string& unit, ValueKind kind) {
  const auto fmt = [&](double v) {
    std::string s = format_number(v);
    if (kind == ValueKind::money) {
      return unit + " " + s;
    }
    if (kind == ValueKind::percent) {
      return unit == "pp" ? s + " percentage points" : s + "%";
    }
    return s;
  };
  std::string out;
  if (r.low && r.high && *r.low == *r.high) {
    out = fmt(*r.low);
  } else if (r.approximate && r.low && r.high) {
    out = "about " + fmt((*r.low + *r.high) / 2);
    if (std::fabs((*r.low + *r.high) / 2 - *r.high / 1.1) < 1e-9 * std::max(1.0, std::fabs(*r.high))) {
      out = "about " + fmt(*r.high / 1.1);
    }
    if (r.high && r.low && std::fabs(*r.low - *r.high * 0.9) < 1e-9 * std::max(1.0, std::fabs(*r.high))) {
      out = "nearly " + fmt(*r.high);
    }
  } else if (!r.low && r.high) {
    out = (r.high_inclusive ? "at most " : "fewer than ") + fmt(*r.high);
  } else if (r.low && !r.high) {
    out = (r.low_inclusive ? "at least " : "more than ") + fmt(*r.low);
  } else if (r.low && r.high) {
    out = fmt(*r.low) + " to " + fmt(*r.high);
  }
  if (kind == ValueKind::quantity && !unit.empty()) {
    out += " " + unit;
  }
  return out;
}

class Builder {
 public:
  Builder(const corpus::Document& doc, const Resources& res, const Options& opt)
      : m_doc(doc), m_res(res), m_opt(opt), m_dc(analyze(doc, res)) {}

  std::vector<Claim> run();
  void entities(std::vector<EntityMention>& out) const {
    for (const auto& en : m_dc.entities) {
      const Sent& s = m_dc.sents[en.sentence];
      out.push_back(EntityMention{m_doc.id, s.toks[en.b].start, s.toks[en.e - 1].end, en.subject, en.anaphor});
    }
  }

 private:
  void attributions();
  Claim base(const Sent& s, std::uint16_t b, std::uint16_t e) const;
  bool value_from_span(const Sent& s, std::uint16_t b, std::uint16_t e, SpanType type, int ref, const std::string& cls,
                       ClaimValue& v) const;
  Subject subject_from_span(const Sent& s, std::uint16_t b, std::uint16_t e, SpanType type, int ref) const;
  Subject default_subject(const Sent& s, std::uint16_t b, std::uint16_t e) const;
  // True when the value at `sp` is the one before it converted by the
  // writer into another currency or unit: "£100m ($127m)", "€50m, or about
  // $54m", "1.2 miles (2 km)".
  bool converted_from_previous(const Sent& s, const Span& sp) const;
  int governing_verb(const Sent& s, std::uint16_t b, std::uint16_t e) const;
  // The first class named `prefix`* with an entry at token `k` (words or
  // lemmas, multi-word entries too), as its suffix; "" when none.
  std::string class_at(const Sent& s, std::size_t k, std::string_view prefix) const;
  // What a share's role word measures ("Vaccination" -> coverage,
  // "jobless" -> unemployment): a word of class role.percent, or one whose
  // same.* class is one; "" for "rate" and for other words.
  std::string measure_of(const Tok& t) const;
  // A share of a market: "a 31% share", "its market share was 31%", "12%
  // of the global market", or one listed after such a share.
  bool market_share(const Sent& s, const Span& sp, std::uint16_t cb, std::uint16_t ce) const;
  // "24 deaths per million inhabitants", "The death rate fell to 2.4 per
  // 100,000 people": a rate of a population, normalized to per 100,000
  // (`deaths.per_capita`; "per 10,000 vehicles" is `.per_vehicle`).
  void per_population(const Sent& s, const Span& sp, Claim& c) const;
  // The good a price in [cb, b) is of ("milk prices", "the price of a gallon
  // of milk", "a loaf of bread costs"), with the unit it is sold in (`per`:
  // "gallon"); "" when none.
  std::string priced_good(const Sent& s, std::uint16_t cb, std::uint16_t b, std::string& per) const;
  void carry_share_times();
  // A share "of <people>" given a vaccine ("62% of children received the
  // first dose", "58% of adults are vaccinated") is coverage, by dose.
  void coverage_role(const Sent& s, std::uint16_t of, std::uint16_t ce, std::string& role, std::string& phase) const;
  bool leading_adjective(const Tok& t) const;
  // Narrows a share's role noun at `k`: "the literacy rate" is literacy's,
  // a bare "the rate" the measure last named before it, and "Coverage for
  // the second dose" names its phase.
  void share_role(const Sent& s, std::size_t k, std::string& role, std::string& phase) const;
  std::string class_at_uncached(const Sent& s, std::size_t k, std::string_view prefix) const;
  // What a count counts: a role noun before it ("the death toll rose to
  // 17"), its counted noun's class ("1,200 jobs" -> employees), or for
  // plain people the verb's role ("12 people were killed" -> deaths);
  // qualified by the verb ("employees.cut").
  std::string count_attribute(const Sent& s, std::uint16_t b, std::uint16_t e, const std::string& noun,
                              int verb) const;
  void fill_context(Claim& c, const Sent& s, std::uint16_t b, std::uint16_t e, int value_mention) const;
  std::string certainty(const Sent& s, std::uint16_t b, std::uint16_t e) const;
  Scope scope_of(const Sent& s, std::uint16_t b, std::uint16_t e, SpanType type) const;
  std::string expand(const std::string& tmpl, const Match& m, const Sent& s) const;
  void from_match(const Sent& s, const Match& m);
  void general(const Sent& s);
  void based(const Sent& s);
  void zero_toll(const Sent& s);
  void tally(const Sent& s);
  bool covered(const Sent& s, std::uint16_t b, std::uint16_t e) const;
  std::string tok_text(const Sent& s, std::size_t b, std::size_t e) const { return span_text(m_dc, s, b, e); }
  std::pair<std::uint16_t, std::uint16_t> clause(const Sent& s, std::uint16_t b, std::uint16_t e) const;
  std::string estimator(const Sent& s, std::uint16_t b) const;

  const corpus::Document& m_doc;
  const Resources& m_res;
  const Options& m_opt;
  DocContext m_dc;
  std::vector<Claim> m_claims;
  // token ranges already turned into claims, per sentence
  std::map<std::size_t, std::vector<std::pair<std::uint16_t, std::uint16_t>>> m_used;
  // per sentence attribution
  std::vector<Attribution> m_attr;
  // Per sentence: the poll, survey or study its figures come from ("ledger
  // poll"), named there or earlier ("the same poll"); empty when none.
  std::vector<std::string> m_study;
  // class_at answers: (sentence, token, prefix hash) -> (prefix, class)
  mutable std::unordered_map<std::uint64_t, std::pair<std::string, std::string>> m_class_cache;
  // the event the article is about ("Hurricane Delia"), if any
  Subject m_event;
  // Makes `sub` the unnamed thing of lasting kind `kind` ("thing:stadium"),
  // with the name the article gives it as its parent, for the reconciler to
  // join with reports that use the name alone.
  void as_lasting_thing(Subject& sub, const std::string& kind) const {
    sub.kind = "thing";
    sub.key = "thing:" + kind;
    if (const auto it = m_dc.thing_names.find(kind); it != m_dc.thing_names.end()) {
      sub.parent = it->second;
    }
  }
  // The unnamed thing an adjectival measure made the subject ("The
  // 24-kilometre line"), with the sentence it was in: what the thing "has"
  // later in that sentence is the thing's.
  Subject m_measured_thing;
  std::size_t m_measured_thing_sentence = static_cast<std::size_t>(-1);
  Subject story_event() const;
  bool another_of_kind(const Sent& s, std::size_t k, std::size_t from) const;
  bool generic_plural(const Sent& s, std::size_t k) const;
  bool aims(const Sent& s, std::size_t k, std::size_t value_b) const;
  bool birth_date(const Sent& s, std::uint16_t b) const;
  // the day of the dateline ("SEATTLE, Jan 10 (Briefwire) -"), if any
  std::optional<DateRange> m_dateline;
  std::string m_dateline_timex;
  // speaker key -> origin (speaker told a news outlet)
  std::map<std::string, std::pair<std::string, std::string>> m_speaker_origin;
};

std::pair<std::uint16_t, std::uint16_t> Builder::clause(const Sent& s, std::uint16_t b, std::uint16_t e) const {
  std::uint16_t cb = b;
  // (the colon of a time, "8:15 p.m.", ends no clause)
  const auto colon = [&](std::uint16_t k) {
    return s.toks[k].lower == ":" &&
           !(k > 0 && k + 1u < s.toks.size() && s.toks[k - 1].is(text::k_number) && s.toks[k + 1].is(text::k_number));
  };
  while (cb > 0 && !(s.toks[cb - 1].is(k_punct) && (s.toks[cb - 1].lower == ";" || colon(cb - 1)))) {
    --cb;
  }
  std::uint16_t ce = e;
  while (ce < s.toks.size() && !(s.toks[ce].is(k_punct) && (s.toks[ce].lower == ";" || s.toks[ce].lower == "."))) {
    ++ce;
  }
  return {cb, ce};
}

// Who gives the figure at token `b` in its own clause: "Police said
// 480,000 people marched", "while police put the figure at 480,000", "The
// unions, which claimed 1.2 million that day": the noun (lemma) or the
// entity key before the nearest verb of saying or estimating, or "".
std::string Builder::estimator(const Sent& s, std::uint16_t b) const {
  std::uint16_t cb = 0;
  for (std::uint16_t k = b; k > 0; --k) {
    const Word& w = s.toks[k - 1].lower;
    if (w == "while" || w == "whereas" || w == "but" || w == ";") {
      cb = k;
      break;
    }
  }
  for (std::uint16_t k = b; k-- > cb;) {
    const Tok& t = s.toks[k];
    const Word& lv = t.lemma_v.empty() ? t.lower : t.lemma_v;
    if (!t.is(k_word) || !(in_class(m_res, "verb.say", lv) || lv == "put" || lv == "estimate")) {
      continue;
    }
    std::uint16_t n = k;
    if (n >= 1 && (s.toks[n - 1].lower == "which" || s.toks[n - 1].lower == "who")) {
      n = static_cast<std::uint16_t>(n - 1);
      if (n >= 1 && s.toks[n - 1].lower == ",") {
        n = static_cast<std::uint16_t>(n - 1);
      }
    }
    if (n == 0) {
      return {};
    }
    for (const auto& sp : s.spans) {
      if (sp.e == n && sp.ref >= 0 && sp.type >= SpanType::org && sp.type <= SpanType::other) {
        return m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.key;
      }
    }
    const Tok& who = s.toks[n - 1];
    const Word& ln = who.lemma_n.empty() ? who.lower : who.lemma_n;
    return in_class(m_res, "speaker.unnamed", ln) ? ln.str() : std::string();
  }
  return {};
}

// Whether `w` says which way and how far from somewhere a measure lies:
// "50 miles southwest of the coast", "40 km off the coast", "30 km from".
bool bearing_word(std::string_view w) {
  static constexpr std::string_view k_bearings[] = {"off",       "from",      "away",      "north",     "south",
                                                    "east",      "west",      "northeast", "northwest", "southeast",
                                                    "southwest", "inland",    "offshore"};
  return std::find(std::begin(k_bearings), std::end(k_bearings), w) != std::end(k_bearings);
}

// Whether tokens [b, e) of `s` say "domestic product" (gross domestic
// product, the economy's output).
bool domestic_product(const Sent& s, std::uint16_t b, std::uint16_t e) {
  for (std::uint16_t k = b; k + 1u < e; ++k) {
    if (s.toks[k].lower == "domestic" && s.toks[k + 1].lower == "product") {
      return true;
    }
  }
  return false;
}

bool Builder::covered(const Sent& s, std::uint16_t b, std::uint16_t e) const {
  const auto it = m_used.find(s.index);
  if (it == m_used.end()) {
    return false;
  }
  for (const auto& [ub, ue] : it->second) {
    if (b < ue && ub < e) {
      return true;
    }
  }
  return false;
}

Claim Builder::base(const Sent& s, std::uint16_t b, std::uint16_t e) const {
  Claim c;
  c.document = m_doc.id;
  c.start = s.toks[b].start;
  c.end = s.toks[e - 1].end;
  c.sentence_start = s.range.start;
  c.sentence_end = s.range.end;
  // The exact bytes when they are valid UTF-8 (JSON needs that), else the
  // cleaned bytes of the same span.
  const std::string_view raw = std::string_view(m_doc.raw).substr(c.start, c.end - c.start);
  c.text = utf8::is_valid(raw) ? std::string(raw) : m_doc.cleaned.text.substr(c.start, c.end - c.start);
  c.quote = m_doc.cleaned.text.substr(c.sentence_start, c.sentence_end - c.sentence_start);
  return c;
}

Subject Builder::subject_from_span(const Sent& s, std::uint16_t b, std::uint16_t e, SpanType type, int ref) const {
  if (ref >= 0 && type >= SpanType::place && type <= SpanType::other) {
    return m_dc.entities[static_cast<std::size_t>(ref)].subject;
  }
  // An entity inside the span ("its operations" -> its; "the company's VP")
  const std::string txt = lower(tok_text(s, b, e));
  // A title anaphor: "the company's VP" -> the person with that title.
  for (std::uint16_t k = b; k < e; ++k) {
    std::vector<std::string_view> words{s.toks[k].lower};
    if (m_res.lex.match("title", words, words) == 1) {
      for (auto it = m_dc.entities.rbegin(); it != m_dc.entities.rend(); ++it) {
        if (it->subject.kind != "person") {
          continue;
        }
        for (const auto& t : it->titles) {
          const std::string w = s.toks[k].lower == "vp" ? "vice president" : s.toks[k].lower.str();
          if (t.find(w) != std::string::npos) {
            Subject p = it->subject;
            p.surface = tok_text(s, b, e);
            return p;
          }
        }
      }
    }
  }
  for (const auto& sp : s.spans) {
    if (sp.b >= b && sp.e <= e && sp.ref >= 0 && sp.type >= SpanType::place && sp.type <= SpanType::other) {
      Subject sub = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject;
      return sub;
    }
  }
  Subject sub;
  sub.kind = "other";
  sub.surface = tok_text(s, b, e);
  sub.key = txt;
  return sub;
}

// True when `t` reads as a finite verb or auxiliary ("was", "stated",
// "employs", "said").
// Sets `t` to the resolved date of mention `m` as an explicit time; false
// when the mention names no checkable date.
bool dated(ClaimTime& t, const Mention& m) {
  if (!m.resolved || !m.date.start || !m.date.end || m.date.granularity == Granularity::reference) {
    return false;
  }
  t.range = m.date;
  t.timex = m.timex;
  t.source = "explicit";
  return true;
}

// True for an attribute that says only "a count" ("count", "people").
bool generic_count(const std::string& attribute) { return attribute == "count" || attribute == "people"; }

bool verb_like(const Tok& t) {
  if (auxiliary(t.lower) || t.lower == "said" || t.lower == "says") {
    return true;
  }
  return t.is(k_word) && !t.lemma_v.empty() && t.lemma_v != t.lower &&
         lexicon::WordNet::instance().known(t.lemma_v, lexicon::Pos::verb) &&
         (t.lower.size() > 2 && (t.lower.back() == 's' || t.lower.compare(t.lower.size() - 2, 2, "ed") == 0)) &&
         true;
}

// True for a past participle or past form ("scheduled", "stolen",
// "laid"): an inflected verb form that is neither a plural nor a gerund.
bool participle(const Tok& t) {
  return t.is(k_word) && !t.is(k_cap) && !t.lemma_v.empty() && t.lemma_v != t.lower && !t.lower.ends_with('s') &&
         !t.lower.ends_with("ing") && lexicon::WordNet::instance().known(t.lemma_v, lexicon::Pos::verb);
}

// True when the date at token `b` is a birth: "born" up to eight words
// before it, with no other verb between ("Born in Memphis in 1938", "who
// was born in Memphis, Tennessee, in 1937").
bool Builder::birth_date(const Sent& s, std::uint16_t b) const {
  for (int k = static_cast<int>(b) - 1; k >= 0 && k >= static_cast<int>(b) - 8; --k) {
    const Tok& t = s.toks[static_cast<std::size_t>(k)];
    if (t.lower == "born") {
      return true;
    }
    if (verb_like(t) || participle(t) || t.lower == "and" || t.lower == "but") {
      return false;
    }
  }
  return false;
}

// The claim's subject when no pattern names one. In order: an agent ("by
// DHS") between the governing verb and the value; the nearest entity before
// the value that stands in subject position (a verb follows it); the
// nearest entity before the value; the first entity after it; the
// article's topic organization. Places, and outlets being cited ("according
// to X", "told X"), are skipped.
bool Builder::converted_from_previous(const Sent& s, const Span& sp) const {
  if (sp.ref < 0) {
    return false;
  }
  std::size_t k = sp.b;
  while (k > 0 && (s.toks[k - 1].lower == "about" || s.toks[k - 1].lower == "roughly" ||
                   s.toks[k - 1].lower == "around" || s.toks[k - 1].lower == "some" ||
                   s.toks[k - 1].lower == "nearly" || s.toks[k - 1].lower == "almost" ||
                   s.toks[k - 1].lower == "approximately" || s.toks[k - 1].lower == "or" ||
                   s.toks[k - 1].lower == "(" || s.toks[k - 1].lower == ",")) {
    --k;
  }
  if (k == sp.b) {
    return false;
  }
  const Mention& own = m_dc.mentions[static_cast<std::size_t>(sp.ref)];
  bool bracket = false;
  bool either = false;
  for (std::size_t j = k; j < sp.b; ++j) {
    bracket = bracket || s.toks[j].lower == "(";
    either = either || s.toks[j].lower == "or";
  }
  for (const auto& q : s.spans) {
    if (q.type == sp.type && q.ref >= 0 && q.e == k && q.ref != sp.ref) {
      const Mention& prev = m_dc.mentions[static_cast<std::size_t>(q.ref)];
      // another currency, or another unit of the same dimension
      if (prev.unit != own.unit && prev.dimension == own.dimension) {
        return bracket || either;
      }
    }
  }
  return false;
}

// True for an adjective that can open a sentence before a place's name:
// "Neighbouring Ruritania reports ...", "Landlocked Elmhorn ...".
// (British spellings by their American form: "neighbouring")
bool Builder::leading_adjective(const Tok& t) const {
  if (!t.is(k_word) || t.lower.size() <= 3 || in_class(m_res, "name.stop", t.lower)) {
    return false;
  }
  std::string w = t.lower;
  if (const auto our = w.find("our"); our != std::string::npos && our > 0 &&
                                      !lexicon::WordNet::instance().known(w, lexicon::Pos::adj)) {
    w.erase(our + 1, 1);
  }
  return lexicon::WordNet::instance().known(w, lexicon::Pos::adj) &&
         !lexicon::WordNet::instance().known(w, lexicon::Pos::noun);
}

Subject Builder::default_subject(const Sent& s, std::uint16_t b, std::uint16_t e) const {
  const auto [cb, ce] = clause(s, b, e);
  // the type of the value at `b` (quantity, money, ...), -1 when none
  int own_type = -1;
  for (const auto& v : s.spans) {
    if (v.type <= SpanType::ordinal && v.b == b) {
      own_type = static_cast<int>(v.type);
    }
  }
  // "Acme and Globex employ 3,000 and 1,200 people, respectively": the
  // n-th figure of a list is the n-th name's
  for (std::uint16_t k = e; k < ce; ++k) {
    if (s.toks[k].lower != "respectively") {
      continue;
    }
    std::vector<const Span*> values;
    for (const auto& v : s.spans) {
      if (v.type <= SpanType::ordinal && static_cast<int>(v.type) == own_type && v.b >= cb && v.e <= k) {
        values.push_back(&v);
      }
    }
    std::vector<const Span*> names;
    const std::uint16_t first_value = values.empty() ? b : values.front()->b;
    for (const auto& q : s.spans) {
      if (q.ref >= 0 && q.type >= SpanType::org && q.type <= SpanType::other && q.b >= cb && q.e <= first_value) {
        names.push_back(&q);
      }
    }
    const auto by_start = [](const Span* x, const Span* y) { return x->b < y->b; };
    std::sort(values.begin(), values.end(), by_start);
    std::sort(names.begin(), names.end(), by_start);
    if (values.size() >= 2 && values.size() == names.size()) {
      for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i]->b == b) {
          return m_dc.entities[static_cast<std::size_t>(names[i]->ref)].subject;
        }
      }
    }
    break;
  }
  // "The nation's population rose 0.9%", "The state's economy grew": a
  // region named by its kind as the clause's possessor is that region,
  // unless the article is about a place of that kind ("the city's
  // population" in a story about a city)
  if (cb + 3u < b && s.toks[cb].lower == "the" && s.toks[cb + 2].is(k_possessive) &&
      in_class(m_res, "region.kind", s.toks[cb + 1].lemma_n)) {
    const Word& kind_word = s.toks[cb + 1].lemma_n;
    const lexicon::PlaceKind kind = kind_word == "nation" || kind_word == "country" ? lexicon::PlaceKind::country
                                    : kind_word == "state" || kind_word == "province" ? lexicon::PlaceKind::subdivision
                                    : kind_word == "city" || kind_word == "town"      ? lexicon::PlaceKind::city
                                                                                      : lexicon::PlaceKind::region;
    bool topic_of_kind = false;
    for (const auto* p : m_res.gaz->lookup(lower(m_dc.topic.surface))) {
      topic_of_kind = topic_of_kind || p->kind == kind;
    }
    if (!topic_of_kind && kind != lexicon::PlaceKind::region) {
      Subject region;
      region.kind = "place";
      region.key = "region:" + kind_word;
      region.surface = "the " + kind_word;
      return region;
    }
  }
  // "Saudi Arabia will cut 500,000 barrels a day, while Russia will cut
  // 300,000": a figure in a clause opened by "while", "whereas" or "but"
  // after a comma is the subject's of that clause (a place too)
  for (int k = static_cast<int>(b) - 1; k > static_cast<int>(cb) && k >= static_cast<int>(b) - 10; --k) {
    const Word& w = s.toks[static_cast<std::size_t>(k)].lower;
    if (s.toks[static_cast<std::size_t>(k)].is(k_punct)) {
      break;
    }
    if ((w != "while" && w != "whereas" && w != "but") || s.toks[static_cast<std::size_t>(k) - 1].lower != ",") {
      continue;
    }
    std::uint16_t at = static_cast<std::uint16_t>(k + 1);
    if (at < b && s.toks[at].lower == "the") {
      ++at;
    }
    for (const auto& q : s.spans) {
      if (q.ref >= 0 && q.b == at && q.e < b && q.type >= SpanType::place && q.type <= SpanType::other &&
          q.type != SpanType::places && (verb_like(s.toks[q.e]) || auxiliary(s.toks[q.e].lower)) &&
          !m_dc.entities[static_cast<std::size_t>(q.ref)].subject.key.empty()) {
        return m_dc.entities[static_cast<std::size_t>(q.ref)].subject;
      }
    }
    break;
  }
  const Span* nearest = nullptr;
  const Span* in_subject_position = nullptr;
  const Span* agent = nullptr;
  const Span* place = nullptr;
  const Span* free = nullptr;  // nearest entity that is no prepositional object
  const Span* place_subject = nullptr;  // a place as the clause's subject
  const int verb = governing_verb(s, b, e);
  // "Police are searching for four men who stole nine pieces from the
  // museum": a figure in a relative clause on a common noun is not the
  // main clause's subject's; names before the "who" are left out
  std::uint16_t relative = cb;
  for (std::uint16_t k = b; k > cb + 1u; --k) {
    const Tok& w = s.toks[k - 1u];
    if (w.is(k_punct) && w.lower != "$") {
      break;
    }
    const Tok& antecedent = s.toks[k - 2u];
    if ((w.lower == "who" || w.lower == "which") && antecedent.is(k_word) && !antecedent.is(k_cap)) {
      // (not on a name, nor on a name's apposition: "Jane Doe, a
      // collector who died last year," is Jane Doe's)
      std::uint16_t np = k - 2u;
      while (np > cb && np + 4u > k && s.toks[np - 1u].is(k_word) && !s.toks[np - 1u].is(k_cap)) {
        --np;
      }
      const bool apposition = np > cb && s.toks[np - 1u].lower == ",";
      bool named = false;
      for (const auto& q : s.spans) {
        named = named || (q.ref >= 0 && (q.e == k - 1u || (apposition && q.e == np - 1u)));
      }
      if (!named) {
        relative = k;
      }
      break;
    }
  }
  for (const auto& sp : s.spans) {
    if (sp.ref < 0 || sp.type < SpanType::place || sp.type > SpanType::other || sp.type == SpanType::places) {
      continue;
    }
    if (!(sp.e <= b && sp.b >= relative)) {
      continue;
    }
    // nested inside a larger entity ("Dayton" in "the Dayton plant")
    bool nested = false;
    for (const auto& outer : s.spans) {
      nested = nested || (outer.ref >= 0 && outer.type >= SpanType::place && outer.type <= SpanType::other &&
                          outer.b <= sp.b && sp.e <= outer.e && (outer.e - outer.b) > (sp.e - sp.b));
    }
    if (nested) {
      continue;
    }
    // inside a relative clause set off by commas that the value is not in:
    // "The ban on the app, which the Commerce Department announced on
    // Monday, will take effect on March 16"
    {
      int open = -1;
      for (int k = static_cast<int>(sp.b) - 1; k >= static_cast<int>(cb) && k >= static_cast<int>(sp.b) - 3; --k) {
        const Word& w = s.toks[static_cast<std::size_t>(k)].lower;
        if ((w == "which" || w == "who" || w == "whom" || w == "that") && k > 0 &&
            s.toks[static_cast<std::size_t>(k) - 1].lower == ",") {
          open = k;
          break;
        }
      }
      bool closed_before_value = false;
      for (std::uint16_t k = sp.e; open >= 0 && k < b; ++k) {
        closed_before_value = closed_before_value || s.toks[k].lower == ",";
      }
      if (open >= 0 && closed_before_value) {
        continue;
      }
    }
    const Subject& sub = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject;
    // "Elm County, which includes Springfield, grew 2.4%", "Vermont as a
    // whole grew 1.9%": a place that is the clause's subject is what its
    // figures are about
    // (past a dateline: "BERLIN (Sports Wire) - Germany finished ...")
    const std::uint16_t opening = after_dateline(s, cb);
    if ((sp.type == SpanType::place || (sub.kind == "other" && !m_res.gaz->lookup(sub.surface).empty())) &&
        (sp.b == opening ||
         (sp.b == opening + 1u && (s.toks[opening].lower == "the" || leading_adjective(s.toks[opening])))) &&
        !dateline_place(s, sp.b, sp.e)) {
      std::uint16_t k = sp.e;
      if (k < b && s.toks[k].lower == ",") {  // past an apposition or a relative clause
        for (std::uint16_t j = k + 1u; j < b && j < sp.e + 12u; ++j) {
          if (s.toks[j].lower == ",") {
            k = j + 1u;
            break;
          }
        }
      }
      if (k + 3u < b && s.toks[k].lower == "as" && s.toks[k + 1].lower == "a" && s.toks[k + 2].lower == "whole") {
        k += 3u;
      }
      // ("Brazil's coffee output will fall to 52.4 million bags": past
      // the noun group the place owns, for an amount; "California's
      // minimum wage will climb ... under a bill signed Wednesday by
      // Gov. Ruiz" dates the signing, not the place)
      const bool dated = own_type == static_cast<int>(SpanType::date);
      bool owner = false;  // the place owns what the clause measures
      if (k < b && s.toks[k].is(k_possessive) && !dated) {
        std::uint16_t j = static_cast<std::uint16_t>(k + 1u);
        while (j < b && j < k + 4u && s.toks[j].is(k_word) && !s.toks[j].is(k_cap) && !auxiliary(s.toks[j].lower)) {
          ++j;
        }
        if (j > k + 1u && j < b && auxiliary(s.toks[j].lower)) {
          k = j;
          owner = true;
        }
      }
      // (unless the clause names the article's topic place after it:
      // "Ruritania recorded its highest temperature, 116F, in the town of
      // Springfield" is Springfield's reading)
      // (but "Germany won 14 gold medals at the European Championships":
      // what a figure is won at is where, not whose)
      bool names_topic = false;
      // (in the figure's own clause: not "..., and about a quarter of them
      // stayed in Lisbon")
      std::uint16_t own_end = ce;
      for (std::uint16_t j = e; j + 1u < ce; ++j) {
        if (s.toks[j].lower == "," && (s.toks[j + 1].lower == "and" || s.toks[j + 1].lower == "but" ||
                                       s.toks[j + 1].lower == "while")) {
          own_end = j;
          break;
        }
      }
      for (const auto& q : s.spans) {
        const std::uint16_t before_q = q.b >= 2 && s.toks[q.b - 1].lower == "the" ? q.b - 2u : q.b - 1u;
        // (not the topic that tells what the place owns: "Brazil's coffee
        // output will fall to 52.4 million bags, the National Crop Board
        // said")
        const bool tells = owner && q.e < s.toks.size() && in_class(m_res, "verb.say", s.toks[q.e].lemma_v);
        names_topic = names_topic || (q.ref >= 0 && q.b >= 1 && s.toks[before_q].lower != "at" && !tells &&
                                      q.type >= SpanType::place && q.type <= SpanType::other &&
                                      q.type != SpanType::places && q.b >= e && q.b < own_end &&
                                      !m_dc.topic.key.empty() &&
                                      lower(m_dc.entities[static_cast<std::size_t>(q.ref)].subject.surface) ==
                                          lower(m_dc.topic.surface));
      }
      if (k < b && (verb_like(s.toks[k]) || participle(s.toks[k]) || auxiliary(s.toks[k].lower)) && !names_topic) {
        place_subject = &sp;
      }
    }
    // an unclassified name that is a place ("the Dayton closure")
    if (sub.kind == "other" && !m_res.gaz->lookup(sub.surface).empty()) {
      continue;
    }
    const std::string low = lower(sub.surface);
    // A nationality ("Americans", "Iraqis") is a population, never the
    // entity a figure is about: "At least 74, including eight Americans".
    if (m_res.gaz->nationality(low)) {
      continue;
    }
    // ("valued at 11 million euros, according to the museum's director,
    // Jan Smit": past the first name of the source, to the clause's end)
    const bool attribution = cited_source(s, sp.b);
    // the wire credit of a dateline: "SPRINGFIELD, March 2 (Newswire) -"
    if (sp.b > 0 && sp.e + 1u < s.toks.size() && s.toks[sp.b - 1].lower == "(" && s.toks[sp.e].lower == ")" &&
        s.toks[sp.e + 1].is(k_punct) && s.toks[sp.e + 1].lower != ",") {
      continue;
    }
    // and the dateline's place: "SPRINGFIELD (Newswire) - A pipeline
    // spilled ..."
    if (dateline_place(s, sp.b, sp.e)) {
      continue;
    }
    const bool told = sp.b >= 1 && (s.toks[sp.b - 1].lemma_v == "tell" || s.toks[sp.b - 1].lower == "per");
    if (attribution || told || media_name(m_dc, m_res, low)) {
      continue;
    }
    // ("Medina said the reservoirs were at 15%": a person who says a
    // clause with a subject of its own is its source, not its subject)
    if (sub.kind == "person" && sp.e + 2u < b && in_class(m_res, "verb.say", s.toks[sp.e].lemma_v)) {
      const Word& opener = s.toks[sp.e + 1].lower;
      if (opener == "the" || opener == "a" || opener == "an" || opener == "its" || opener == "their" ||
          opener == "this") {
        continue;
      }
    }
    if (sp.type == SpanType::place) {
      place = &sp;
      // ("Germany's 14 gold medals": a place that owns the counted things,
      // right before the figure)
      if (sp.e + 1u == b && s.toks[sp.e].is(k_possessive) && !dateline_place(s, sp.b, sp.e)) {
        place_subject = &sp;
      }
      continue;
    }
    const std::uint16_t before = (sp.b >= 2 && s.toks[sp.b - 1].lower == "the") ? sp.b - 2 : sp.b - 1;
    if (sp.b >= 1 && s.toks[before].lower == "by" && verb >= 0 && static_cast<int>(sp.b) > verb) {
      agent = &sp;
    }
    if (nearest == nullptr || sp.b >= nearest->b) {
      nearest = &sp;
    }
    // the object of a preposition ("trading on the New York Stock
    // Exchange") is a weaker candidate than a name standing free
    const Word& prev = sp.b >= 1 ? s.toks[before].lower : Word();
    bool prepositional = prev == "on" || prev == "in" || prev == "at" || prev == "from" || prev == "with" ||
                         prev == "of" || prev == "to" || prev == "for";
    // the object of a verb ("Doe beat Mayor Jo Smith with 53.8%") is no
    // subject either (titles before the name skipped; "said Acme" is a
    // speaker, not an object)
    {
      int v = static_cast<int>(sp.b) - 1;
      while (v >= 0 && s.toks[static_cast<std::size_t>(v)].is(k_cap) &&
             in_class(m_res, "title", s.toks[static_cast<std::size_t>(v)].lower)) {
        --v;
      }
      // ("winning the Lisbon Marathon in 2:00:35": past the article)
      if (v >= 1 && v == static_cast<int>(sp.b) - 1 && s.toks[static_cast<std::size_t>(v)].lower == "the" &&
          s.toks[static_cast<std::size_t>(v) - 1].is(k_word) && !s.toks[static_cast<std::size_t>(v) - 1].is(k_cap)) {
        --v;
      }
      if (v >= 1 && v < static_cast<int>(sp.b)) {
        const Tok& vt = s.toks[static_cast<std::size_t>(v)];
        const Tok& before_v = s.toks[static_cast<std::size_t>(v) - 1];
        const bool object = vt.is(k_word) && !vt.is(k_cap) && !vt.lemma_v.empty() &&
                          lexicon::WordNet::instance().known(vt.lemma_v, lexicon::Pos::verb) &&
                          in_class(m_res, "verb.say", vt.lemma_v) == false && before_v.lower != "the" &&
                          before_v.lower != "a" && before_v.lower != "an" && !before_v.is(k_possessive) &&
                          (before_v.is(k_cap) || verb_like(vt) ||
                           (vt.lower.size() > 5 && vt.lower.ends_with("ing") && before_v.lower == ","));
        prepositional = prepositional || object;
      }
    }
    if (!prepositional && (free == nullptr || sp.b >= free->b)) {
      free = &sp;
    }
    // subject position: a verb within two tokens after the entity
    // (skipping an apposition: "Smith, 61, joined", "Brandt, the finance
    // chief, said")
    std::uint16_t after_name = sp.e;
    if (after_name < s.toks.size() && s.toks[after_name].lower == ",") {
      for (std::uint16_t k = static_cast<std::uint16_t>(after_name + 1); k < s.toks.size() && k < sp.e + 9; ++k) {
        if (s.toks[k].lower == ",") {
          after_name = static_cast<std::uint16_t>(k + 1);
          break;
        }
      }
    }
    for (std::uint16_t k = after_name; k < s.toks.size() && k < after_name + 3; ++k) {
      // "operates 820 stores in Canada and employs ...": an object
      // ("crossed the Channel in small boats": nor past a preposition)
      const Word& w = s.toks[k].lower;
      if (w == "and" || w == "or" || w == "but" || w == "in" || w == "on" || w == "at" || w == "of" || w == "from" ||
          w == "with" || w == "by" || w == "for") {
        break;
      }
      // ("Daniel Kiptoo broke the record": an irregular past form too)
      const Tok& vk = s.toks[k];
      const bool irregular_past = vk.is(k_word) && !vk.is(k_cap) && !vk.lemma_v.empty() && vk.lemma_v != vk.lower &&
                                  !vk.lower.ends_with("s") && !vk.lower.ends_with("ing") &&
                                  lexicon::WordNet::instance().known(vk.lemma_v, lexicon::Pos::verb) &&
                                  !lexicon::WordNet::instance().known(vk.lower, lexicon::Pos::noun);
      // (not who tells a figure said before: "... to 52.4 million bags,
      // the National Crop Board said")
      if (sp.b > b && in_class(m_res, "verb.say", vk.lemma_v)) {
        break;
      }
      if (verb_like(vk) || irregular_past) {
        if (in_subject_position == nullptr || sp.b >= in_subject_position->b) {
          in_subject_position = &sp;
        }
        break;
      }
      if (s.toks[k].is(k_punct) && s.toks[k].lower != ")" && s.toks[k].lower != "(") {
        break;
      }
    }
  }
  // ("The Vermeer exhibition, which has drawn about 650,000 visitors": a
  // name of no known kind that only modifies the common noun after it is
  // not what the figure is about when the article has a topic)
  const auto modifier_only = [&](const Span* q) {
    return q != nullptr && !m_dc.topic.key.empty() && q->b >= 1 && s.toks[q->b - 1].lower == "the" &&
           q->e < s.toks.size() && s.toks[q->e].is(k_word) && !s.toks[q->e].is(k_cap) &&
           m_dc.entities[static_cast<std::size_t>(q->ref)].subject.kind == "other" &&
           m_dc.entities[static_cast<std::size_t>(q->ref)].subject.key != m_dc.topic.key &&
           !in_class(m_res, "unit", s.toks[q->e].lower) && !auxiliary(s.toks[q->e].lower) &&
           !in_class(m_res, "name.stop", s.toks[q->e].lower) &&
           !verb_like(s.toks[q->e]) && s.toks[q->e].lemma_n == s.toks[q->e].lower &&
           (s.toks[q->e].lemma_v.empty() || s.toks[q->e].lemma_v == s.toks[q->e].lower) &&
           lexicon::WordNet::instance().known(s.toks[q->e].lower, lexicon::Pos::noun);
  };
  if (modifier_only(in_subject_position)) {
    in_subject_position = nullptr;
  }
  if (modifier_only(free)) {
    free = nullptr;
  }
  // ("More than 700 people crossed the English Channel": a name of no
  // known kind that is only the object of a verb or a preposition is not
  // what the figure is about when the article has a topic)
  const Span* fallback = nearest;
  if (fallback != nullptr && !m_dc.topic.key.empty() &&
      m_dc.entities[static_cast<std::size_t>(fallback->ref)].subject.kind == "other" &&
      m_dc.entities[static_cast<std::size_t>(fallback->ref)].subject.key != m_dc.topic.key) {
    fallback = nullptr;
  }
  const Span* best = agent != nullptr               ? agent
                     : in_subject_position != nullptr ? in_subject_position
                     : place_subject != nullptr       ? place_subject
                     : free != nullptr                ? free
                                                      : fallback;
  // "... scored twice for Harbor City, who have now won eight straight
  // matches": a figure in a relative clause is its antecedent's
  for (int k = static_cast<int>(b) - 1; k >= 1 && k >= static_cast<int>(b) - 8; --k) {
    const Word& w = s.toks[static_cast<std::size_t>(k)].lower;
    if (s.toks[static_cast<std::size_t>(k)].is(k_punct)) {
      break;
    }
    if ((w == "who" || w == "which") && s.toks[static_cast<std::size_t>(k) - 1].lower == ",") {
      for (const auto& sp : s.spans) {
        if (sp.ref >= 0 && sp.type >= SpanType::org && sp.type <= SpanType::other &&
            static_cast<int>(sp.e) == k - 1) {
          best = &sp;
        }
      }
      break;
    }
  }
  // "The Pulse 7 starts at $799 and the Pulse 7 Pro at $1,099": after an
  // earlier value of the sentence, a name coordinated after it ("and the
  // Pulse 7 Pro") is the later value's, not the sentence subject's
  // ("followed by Crest at 12% and Dyna at 9%": after the agent too)
  if ((best == in_subject_position || best == agent) && best != nullptr && free != nullptr && free->b > best->b) {
    bool value_between = false;
    for (const auto& v : s.spans) {
      value_between = value_between || (v.type <= SpanType::ordinal && v.b >= best->e && v.e <= free->b);
    }
    const std::uint16_t before_free = free->b >= 2 && s.toks[free->b - 1].lower == "the" ? free->b - 2 : free->b - 1;
    if (value_between && free->b >= 1 &&
        (s.toks[before_free].lower == "and" || s.toks[before_free].lower == "while" ||
         s.toks[before_free].lower == "but")) {
      best = free;
    }
  }
  std::uint16_t after_clause = 0;  // where another clause after the figure starts, if any
  if (best == nullptr) {
    // a name after the figure, but not one in "according to ... results
    // from the county elections office"
    std::uint16_t stop = ce;
    for (std::uint16_t k = e; k + 1u < ce; ++k) {
      if (s.toks[k].lower == "according" && s.toks[k + 1].lower == "to") {
        stop = k;
        break;
      }
      // nor one in another clause: "Apple sold 50 million phones, while
      // Samsung sold 60 million", "... and Samsung sold 60 million"
      const Word& w = s.toks[k].lower;
      const Word& next = s.toks[k + 1].lower;
      if ((w == "," && (next == "while" || next == "whereas" || next == "but" || next == "although" ||
                        next == "though")) ||
          w == "while" || w == "whereas") {
        stop = k;
        after_clause = k;
        break;
      }
      if (w == "and" || w == "but" || (w == "," && next == "and")) {
        const std::uint16_t from = static_cast<std::uint16_t>(w == "," ? k + 2 : k + 1);
        bool new_clause = false;
        for (const auto& q : s.spans) {
          if (q.ref >= 0 && q.type >= SpanType::org && q.type <= SpanType::other &&
              (q.b == from || (q.b == from + 1u && from < s.toks.size() && s.toks[from].lower == "the")) &&
              q.e < s.toks.size() &&
              (verb_like(s.toks[q.e]) || auxiliary(s.toks[q.e].lower) ||
               (s.toks[q.e].is(k_word) && !s.toks[q.e].lemma_v.empty() && s.toks[q.e].lemma_v != s.toks[q.e].lower &&
                lexicon::WordNet::instance().known(s.toks[q.e].lemma_v, lexicon::Pos::verb)))) {
            new_clause = true;
          }
        }
        if (new_clause) {
          stop = k;
          after_clause = k;
          break;
        }
      }
    }
    for (const auto& sp : s.spans) {
      if (sp.ref >= 0 && sp.b >= e && sp.b < stop && sp.type >= SpanType::org && sp.type <= SpanType::other) {
        // ("It runs for 24 km between the airport and Central Station":
        // an end of a route is no subject)
        {
          bool route_end = false;
          for (std::uint16_t k = e; k < sp.b; ++k) {
            route_end = route_end || s.toks[k].lower == "between";
          }
          if (route_end) {
            continue;
          }
        }
        // ("spilled 3,000 barrels of crude into the ocean off Harbor
        // Point": a named spot after a locative preposition is where, not
        // what)
        {
          const std::string& kind = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.kind;
          std::uint16_t k = sp.b;
          if (k > 0 && s.toks[k - 1].lower == "the") {
            --k;
          }
          const Word& prep = k > 0 ? s.toks[k - 1].lower : Word();
          const bool spot = prep == "off" || prep == "near" || prep == "along" || prep == "outside" ||
                            prep == "across" || prep == "around" || prep == "beyond";
          if (kind != "person" && (spot || (kind != "org" && (prep == "into" || prep == "onto")))) {
            continue;
          }
          // ("More than 700 people crossed the English Channel": the object
          // of the verb a counted subject governs, a name of no known kind,
          // is where they went, not what the figure is about)
          if (kind == "other" && !m_dc.topic.key.empty() && k > e && (verb_like(s.toks[k - 1]) ||
                                                                       participle(s.toks[k - 1]))) {
            continue;
          }
        }
        // ("... $150 million in punitive damages, the family's lawyer,
        // Ana Ruiz, said": a person who speaks after the figure is the
        // source, not what it is about)
        if (m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.kind == "person") {
          std::uint16_t k = sp.e;
          while (k < s.toks.size() && s.toks[k].lower == ",") {
            ++k;
          }
          const bool speaks = (k < s.toks.size() && in_class(m_res, "verb.say", s.toks[k].lemma_v)) ||
                              (sp.b > 0 && in_class(m_res, "verb.say", s.toks[sp.b - 1].lemma_v));
          if (speaks) {
            continue;
          }
        }
        const std::string low = lower(m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.surface);
        if (!media_name(m_dc, m_res, low) && !m_res.gaz->nationality(low)) {
          best = &sp;
          break;
        }
      }
    }
  }
  if (best != nullptr) {
    return m_dc.entities[static_cast<std::size_t>(best->ref)].subject;
  }
  // The article's topic, unless the sentence names it in another clause
  // after the figure ("Apple sold 50 million phones, while Samsung sold 60
  // million" in an article about Samsung): the figure is set against the
  // topic's, so it is not the topic's
  if (!m_dc.topic.key.empty()) {
    // (the other clause has a figure of the same type: "sold 60 million")
    bool parallel = false;
    for (const auto& v : s.spans) {
      parallel = parallel || (after_clause != 0 && v.type <= SpanType::ordinal && v.b >= after_clause &&
                              static_cast<int>(v.type) == own_type);
    }
    for (const auto& sp : s.spans) {
      if (parallel && sp.ref >= 0 && sp.b >= after_clause && sp.type >= SpanType::org &&
          sp.type <= SpanType::other &&
          m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.key == m_dc.topic.key) {
        return Subject{};
      }
    }
    return m_dc.topic;
  }
  if (place != nullptr) {
    return m_dc.entities[static_cast<std::size_t>(place->ref)].subject;
  }
  return Subject{};
}

// Index of the verb governing tokens [b, e): the nearest verb-class word to
// the left in the clause, else to the right; -1 when none.
int Builder::governing_verb(const Sent& s, std::uint16_t b, std::uint16_t e) const {
  const auto [cb, ce] = clause(s, b, e);
  const auto is_verb = [&](std::size_t k, bool loose) {
    const Tok& t = s.toks[k];
    // capitalized words are names, except at the start of the sentence
    if (!t.is(k_word) || (t.is(k_cap) && k != 0) || t.lemma_v.empty()) {
      return false;
    }
    if (t.lower == "close" && k + 1u < s.toks.size() && s.toks[k + 1].lower == "to") {
      return false;
    }
    // "fire officials said", "the fire department": a modifier of an
    // official body, not a verb
    if (k + 1u < s.toks.size() && in_class(m_res, "org.government", s.toks[k + 1].lower)) {
      return false;
    }
    // a word inside a name: "the Oak Ridge fire" names an event
    for (const auto& sp : s.spans) {
      if ((sp.type == SpanType::other || sp.type == SpanType::org) && sp.b < k && k < sp.e) {
        return false;
      }
    }
    // After a possessive or a determiner the word is a noun: "Friday's
    // close", "Halvorsen's closing price", "the opening", "its sale".
    if (k > 0) {
      const Tok& p = s.toks[k - 1];
      // ("receive some form of financial aid")
      if (p.is(k_possessive) || p.lower == "the" || p.lower == "a" || p.lower == "an" || p.lower == "its" ||
          p.lower == "their" || p.lower == "his" || p.lower == "her" || p.lower == "some" || p.lower == "any" ||
          p.lower == "each" || p.lower == "every" || p.lower == "another") {
        return false;
      }
    }
    // ("40 staff positions", "40 support staff": a base form right after a
    // number, or after one word after it, is a noun)
    // (but for a past participle after an auxiliary: "52 were hurt")
    if (t.lemma_v == t.lower && ((k >= 1 && s.toks[k - 1].is(text::k_number)) ||
                                 (k >= 2 && s.toks[k - 2].is(text::k_number) && s.toks[k - 1].is(k_word) &&
                                  !s.toks[k - 1].is(k_cap) && !auxiliary(s.toks[k - 1].lower)))) {
      return false;
    }
    if (!class_at(s, k, "verb.").empty() && class_at(s, k, "verb.say").empty()) {
      return true;
    }
    // a base form after a modal that says what a count undergoes: "could
    // cost 30,000 jobs"
    if (loose && k > 0 && t.lemma_v == t.lower && !m_res.lex.classes_of(t.lower, "qualifier.").empty()) {
      const Word& p = s.toks[k - 1].lower;
      if (p == "could" || p == "would" || p == "will" || p == "may" || p == "might" || p == "can" || p == "should" ||
          p == "must") {
        return true;
      }
    }
    // "two sources close to X": an adjective
    if (t.lower == "close" && k + 1u < s.toks.size() && s.toks[k + 1].lower == "to") {
      return false;
    }
    // an inflected verb outside the classes ("removed", "sanctioned"); an
    // -s form is too often a plural noun
    return loose && verb_like(t) && t.lemma_v != "have" && t.lemma_v != "be" &&
           m_res.lex.classes_of(t.lemma_v, "verb.say").empty() && t.lower.size() > 3 &&
           t.lower.compare(t.lower.size() - 2, 2, "ed") == 0;
  };
  // "At least nine people died and more than 120 were injured": a figure
  // that opens a coordinated clause takes the verb after it
  if (b > 0 && (s.toks[b - 1].lower == "and" || s.toks[b - 1].lower == "but")) {
    for (std::uint16_t k = e; k < ce && k < e + 6; ++k) {
      if (is_verb(k, false)) {
        return k;
      }
      if (s.toks[k].is(k_punct)) {
        break;
      }
    }
  }
  // "was refloated on Monday, six days after it ran aground": a verb right
  // before the value (but for a preposition) governs it, whatever verb
  // of a known class comes later
  {
    int k = static_cast<int>(b) - 1;
    if (k >= static_cast<int>(cb) && (s.toks[static_cast<std::size_t>(k)].lower == "on" ||
                                      s.toks[static_cast<std::size_t>(k)].lower == "in" ||
                                      s.toks[static_cast<std::size_t>(k)].lower == "at")) {
      --k;
    }
    if (k >= static_cast<int>(cb) && k < static_cast<int>(b) - 1 && is_verb(static_cast<std::size_t>(k), true)) {
      return k;
    }
  }
  for (const bool loose : {false, true}) {
    // (places set off by commas do not count towards the reach)
    int reach = 12;
    for (int k = static_cast<int>(b) - 1; k >= static_cast<int>(cb) && k >= static_cast<int>(b) - reach; --k) {
      const Tok& t = s.toks[static_cast<std::size_t>(k)];
      // "joined the company in 2009 and became CEO in 2018": the verb
      // after "and" governs what follows it
      const Tok& next = s.toks[static_cast<std::size_t>(k) + 1];
      if ((t.lower == "and" || t.lower == "but") && static_cast<std::size_t>(k) + 1 < b &&
          (verb_like(next) || (next.is(k_word) && !next.lemma_v.empty() && next.lemma_v != next.lower &&
                               lexicon::WordNet::instance().known(next.lemma_v, lexicon::Pos::verb) &&
                               !lexicon::WordNet::instance().known(next.lower, lexicon::Pos::noun)))) {
        return k + 1;
      }
      if (t.is(k_punct) && t.lower == ",") {
        // a comma ends the search unless the verb comes right before it
        // (or it sets off a place: "close its plant in Dayton, Ohio, in
        // March")
        bool qualified_place = false;  // "Dayton, Ohio" right before the comma
        const auto place_ends = [&](int at) {
          int found = -1;
          for (const auto& sp : s.spans) {
            if (sp.type == SpanType::place && static_cast<int>(sp.e) == at) {
              found = static_cast<int>(sp.b);
              for (std::uint16_t j = sp.b; j < sp.e; ++j) {
                qualified_place = qualified_place || (at == k && s.toks[j].lower == ",");
              }
            }
          }
          return found;
        };
        const auto place_starts = [&](int at) {
          for (const auto& sp : s.spans) {
            if (sp.type == SpanType::place && static_cast<int>(sp.b) == at) {
              return true;
            }
          }
          return false;
        };
        // (", outside Port Elda,": a place set off with its preposition)
        const auto locative = [&](int at) {
          const Word& w = s.toks[static_cast<std::size_t>(at)].lower;
          return w == "outside" || w == "near" || w == "in" || w == "north" || w == "south" || w == "east" ||
                 w == "west";
        };
        // between two places ("Dayton, Ohio"), or after such a pair
        const int before = place_ends(k);
        bool inside_place = false;
        for (const auto& sp : s.spans) {
          inside_place = inside_place || (sp.type == SpanType::place && static_cast<int>(sp.b) < k && k < static_cast<int>(sp.e));
        }
        const bool place_comma = qualified_place || inside_place || (before >= 0 && place_starts(k + 1)) ||
                                 (before >= 2 && s.toks[static_cast<std::size_t>(before) - 1].lower == "," &&
                                  place_ends(before - 1) >= 0) ||
                                 (before >= 2 && s.toks[static_cast<std::size_t>(before) - 2].lower == "," &&
                                  locative(before - 1)) ||
                                 (k + 2 < static_cast<int>(b) && locative(k + 1) && place_starts(k + 2));
        if (k < static_cast<int>(b) - 1 && !place_comma) {
          break;
        }
        if (before >= 0 && reach < 20) {
          reach += k - before + 1;
        }
      }
      if (is_verb(static_cast<std::size_t>(k), loose)) {
        return k;
      }
    }
    // ("Brightwell, which has about 9,000 employees and 415 locations,
    // plans to close 120 of them": a figure in a relative clause set off
    // by commas takes no verb from past the clause's closing comma)
    bool in_relative = false;
    for (int k = static_cast<int>(b) - 1; k >= static_cast<int>(cb) + 1 && k >= static_cast<int>(b) - 12; --k) {
      const Word& w = s.toks[static_cast<std::size_t>(k)].lower;
      if (w == ",") {
        break;
      }
      if ((w == "which" || w == "who") && s.toks[static_cast<std::size_t>(k) - 1].lower == ",") {
        in_relative = true;
        break;
      }
    }
    for (std::uint16_t k = e; k < ce && k < e + 14; ++k) {
      if (in_relative && s.toks[k].lower == ",") {
        break;
      }
      // ("Police arrested 23 people, and 11 officers were hurt": the
      // clause after ", and" has its own verb)
      if (k + 1u < ce && s.toks[k].lower == "," &&
          (s.toks[k + 1].lower == "and" || s.toks[k + 1].lower == "but" || s.toks[k + 1].lower == "while")) {
        break;
      }
      // ("shares fell 4% on Tuesday after a jury ordered ...": a clause
      // a subordinator opens has its own verb)
      // ("A search was under way on Monday for a submersible that lost
      // contact": nor does a relative clause's verb govern a date before
      // it)
      const Word& w = s.toks[k].lower;
      if ((w == "after" || w == "before" || w == "because" || w == "although" || w == "though" ||
           w == "whereas" || w == "unless" || w == "that" || w == "which" || w == "who")) {
        break;
      }
      if (is_verb(k, loose)) {
        return k;
      }
    }
  }
  return -1;
}

std::string Builder::certainty(const Sent& s, std::uint16_t b, std::uint16_t e) const {
  const auto [clause_b, ce] = clause(s, b, e);
  // cues are near the value: a dozen words before it at most
  const std::uint16_t cb = std::max<std::uint16_t>(clause_b, b > 12 ? static_cast<std::uint16_t>(b - 12) : 0);
  bool negated = false;
  bool considered = false;
  bool planned = false;
  bool reported = false;
  // "in May": the month, capitalized inside a sentence, is no modal
  const auto month_may = [&](std::uint16_t k) { return k > 0 && s.toks[k].lower == "may" && s.toks[k].is(k_cap); };
  for (std::uint16_t k = cb; k < std::min<std::uint16_t>(ce, static_cast<std::uint16_t>(e + 2)); ++k) {
    if (month_may(k)) {
      continue;
    }
    lexicon::WordWindow words;
    lexicon::WordWindow lemmas;
    for (std::uint16_t j = k; j < s.toks.size() && j < k + 4; ++j) {
      words.push_back(s.toks[j].lower);
      lemmas.push_back(s.toks[j].lemma_v);
    }
    // ("will not open until 2031": it opens in 2031, no denial)
    const bool not_until = s.toks[k].lower == "not" && b >= 1 && k + 3u >= b && s.toks[b - 1].lower == "until";
    if (not_until) {
      continue;
    }
    if (k + 3 >= b && k < e && m_res.lex.match("cue.negated", words, lemmas) > 0) {
      negated = true;
    } else if (k + 4 >= b && m_res.lex.match("cue.negated", words, lemmas) > 0 && k < b) {
      negated = true;
    }
    // "denied that it would cut 300 jobs": a denial governs its whole
    // complement, however far the figure
    if (k < b && s.toks[k].lemma_v == "deny") {
      negated = true;
    }
    // ("In its main study, people lost 13.6%": "study" after a determiner
    // is a noun, no cue)
    const auto det = [&](int at) {
      if (at < 0) {
        return false;
      }
      const Word& w = s.toks[static_cast<std::size_t>(at)].lower;
      return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" ||
             w == "this" || w == "that";
    };
    // ("The offering could reach $724.5 million": a modal is never a noun)
    const bool modal = s.toks[k].lower == "could" || s.toks[k].lower == "may" || s.toks[k].lower == "might";
    const bool noun_use = !modal && (det(static_cast<int>(k) - 1) ||
                                     (det(static_cast<int>(k) - 2) && s.toks[k - 1].is(k_word) &&
                                      !s.toks[k - 1].is(k_cap) && !verb_like(s.toks[k - 1])));
    // ("which weighs 4,600 kg": a weight, not a weighing of options)
    const bool weight = s.toks[k].lemma_v == "weigh" && k + 1u == b;
    considered = considered || (k < b && !noun_use && !weight && m_res.lex.match("cue.considered", words, lemmas) > 0);
    // ("the waiting list for planned hospital care": a participle before a
    // noun is an adjective, no cue)
    const bool adjective = s.toks[k].lower != s.toks[k].lemma_v && participle(s.toks[k]) && k + 1u < s.toks.size() &&
                           s.toks[k + 1].is(k_word) && !s.toks[k + 1].is(k_cap) && !auxiliary(s.toks[k + 1].lower) &&
                           s.toks[k + 1].lower != "to" && !verb_like(s.toks[k + 1]) &&
                           lexicon::WordNet::instance().known(s.toks[k + 1].lemma_n, lexicon::Pos::noun) &&
                           (k == 0 || !auxiliary(s.toks[k - 1].lower));
    planned = planned || (k < b && !adjective && m_res.lex.match("cue.planned", words, lemmas) > 0);
    reported = reported || m_res.lex.match("cue.reported", words, lemmas) > 0;
  }
  // A modal soon after the value, in its clause: "fewer than 50 employees will be laid off".
  // (Not past a comma that closes a relative clause the value is in: "The
  // satellite, which weighs 4,600 kg, will circle the Earth")
  for (std::uint16_t k = e; k < ce && k < e + 4; ++k) {
    if (s.toks[k].lower == ",") {
      break;
    }
    if (month_may(k)) {
      continue;
    }
    lexicon::WordWindow words;
    lexicon::WordWindow lemmas;
    for (std::uint16_t j = k; j < s.toks.size() && j < k + 4; ++j) {
      words.push_back(s.toks[j].lower);
      lemmas.push_back(s.toks[j].lemma_v);
    }
    considered = considered || m_res.lex.match("cue.after_considered", words, lemmas) > 0;
    planned = planned || m_res.lex.match("cue.after_planned", words, lemmas) > 0;
  }
  if (negated) {
    return "negated";
  }
  if (considered) {
    return "considered";
  }
  if (planned) {
    return "planned";
  }
  if (reported) {
    return "reported";
  }
  return "asserted";
}

Scope Builder::scope_of(const Sent& s, std::uint16_t b, std::uint16_t e, SpanType type) const {
  Scope sc;
  const auto set_place = [&](const std::string& key, const std::string& name) {
    if (sc.place.empty()) {
      sc.place = key;
      sc.place_name = name;
    }
  };
  // A place that heads a list ("in Norway, Sweden and Denmark", the
  // analyzer's places span) scopes the claim to the whole list: the keys,
  // sorted and joined by "+", so that it is neither one of its members nor
  // comparable with one. Returns the token after the place or list.
  const auto place_at = [&](const Span& first) {
    const Span* list = nullptr;
    for (const auto& sp : s.spans) {
      if (sp.type == SpanType::places && sp.b == first.b) {
        list = &sp;
      }
    }
    if (list == nullptr) {
      const auto& head = m_dc.entities[static_cast<std::size_t>(first.ref)].subject;
      set_place(head.key, head.surface);
      return first.e;
    }
    std::vector<std::string> keys;
    for (const auto& sp : s.spans) {
      if (sp.type == SpanType::place && sp.ref >= 0 && sp.b >= list->b && sp.e <= list->e) {
        keys.push_back(m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.key);
      }
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::string key;
    for (const auto& k : keys) {
      key += (key.empty() ? "" : "+") + k;
    }
    set_place(key, tok_text(s, list->b, list->e));
    return list->e;
  };
  if (type == SpanType::quantity || type == SpanType::ordinal) {
    // modifiers between the number and its counted noun: "50 US employees",
    // "about 300 North American employees", "contractors"
    std::uint16_t k = e;
    // "1.2 million sport utility vehicles in the United States": a place
    // after "in" or "across" once the noun phrase ends.
    const auto place_after = [&](std::uint16_t in) {
      for (std::uint16_t at = static_cast<std::uint16_t>(in + 1); at <= in + 2 && at < s.toks.size(); ++at) {
        for (const auto& sp : s.spans) {
          if (sp.b == at && sp.type == SpanType::place && sp.ref >= 0) {
            place_at(sp);
            return true;
          }
        }
        // "in the United States", "in its US warehouses"
        if (s.toks[at].lower != "the" && s.toks[at].lower != "its" && s.toks[at].lower != "their") {
          break;
        }
      }
      return false;
    };
    bool joined = false;  // "6,500 staff and 14 plants across ...": the place is the plants'
    while (k < s.toks.size() && k < e + 5 && s.toks[k].is(k_word)) {
      const Tok& t = s.toks[k];
      // the noun phrase ends at a verb: "Three people were killed and more
      // than 40 injured" ("more" is the next figure's)
      if (t.lower == "were" || t.lower == "was" || t.lower == "are" || t.lower == "is" || t.lower == "have" ||
          t.lower == "has" || t.lower == "had" || t.lower == "will" || t.lower == "would" ||
          (verb_like(t) && t.lower.size() > 3 && t.lower.compare(t.lower.size() - 2, 2, "ed") == 0)) {
        break;
      }
      joined = joined || t.lower == "and" || t.lower == "or" || t.is(text::k_number);
      // ("14 gold medals at the European Championships": a named venue or
      // event, not where the counted are from)
      if (t.lower == "at" && k > e && k + 2u < s.toks.size() && s.toks[k + 1].lower == "the" &&
          s.toks[k + 2].is(k_cap)) {
        break;
      }
      if ((t.lower == "in" || t.lower == "across") && k > e) {
        if (!joined) {
          place_after(k);
        }
        break;
      }
      // "18,000 people worldwide": the whole company, not one site
      if (t.lower == "worldwide" || t.lower == "globally" || t.lower == "nationwide") {
        set_place(t.lower == "nationwide" ? "region:nation" : "region:world", t.lower);
        break;
      }
      bool used = false;
      for (const auto& sp : s.spans) {
        if (sp.b == k && sp.type == SpanType::place && sp.ref >= 0) {
          k = static_cast<std::uint16_t>(place_at(sp) - 1);
          used = true;
          break;
        }
      }
      if (!used) {
        if (k + 1u < s.toks.size()) {
          if (const auto* p = m_res.gaz->demonym(t.lower + " " + s.toks[k + 1].lower)) {
            set_place(p->key, tok_text(s, k, k + 2));
            ++k;
            ++k;
            continue;
          }
        }
        if (const auto* p = m_res.gaz->demonym(t.lower)) {
          set_place(p->key, tok_text(s, k, k + 1));
        } else if (in_class(m_res, "scope.population", t.lower)) {
          sc.population = t.lower;
        } else if (in_class(m_res, "count.contractors", t.lower)) {
          sc.population = "contractors";
        }
      }
      ++k;
    }
    // "... employees in Canada"
    if (k + 1u < s.toks.size() && s.toks[k].lower == "in") {
      for (const auto& sp : s.spans) {
        if (sp.b == k + 1 && sp.type == SpanType::place && sp.ref >= 0) {
          place_at(sp);
          break;
        }
      }
    }
    // ("Foreign visitors to Portugal climbed to 32.1 million": the
    // population word of the counted noun that opens the clause)
    if (sc.population.empty() && b >= 2) {
      const std::uint16_t open = after_dateline(s, 0);
      // (only for a figure with no noun of its own: "State officials
      // confirmed an outbreak at a farm with 1.4 million hens")
      const bool bare = e >= s.toks.size() || s.toks[e].is(k_punct) || in_class(m_res, "name.stop", s.toks[e].lower);
      if (bare && open + 1u < b && in_class(m_res, "scope.population", s.toks[open].lower) &&
          !m_res.lex.classes_of(s.toks[open + 1].lower, "count.").empty()) {
        sc.population = s.toks[open].lower;
      }
    }
    // "including 12 Americans", "along with five employees", "plus 30
    // contractors": a part of a figure, or a group beside it
    if (sc.population.empty() && b >= 1) {
      const Word& p1 = s.toks[b - 1].lower;
      // ("including six crew members" counts the crew, all of it)
      // ("including two children" counts a part: a plural noun that names
      // no counted role of its own)
      const auto plural_part = [&](const auto& t) {
        return t.is(k_word) && !t.is(k_cap) && !t.lemma_n.empty() && t.lemma_n != t.lower &&
               lexicon::WordNet::instance().known(t.lemma_n, lexicon::Pos::noun) &&
               m_res.lex.classes_of(t.lower, "count.").empty();
      };
      const bool generic_next = e < s.toks.size() && (s.toks[e].is(k_cap) || in_class(m_res, "count.generic", s.toks[e].lower) ||
                                                       plural_part(s.toks[e]));
      if (((p1 == "including" || p1 == "among") && generic_next) ||
          (p1 == "with" && b >= 2 && s.toks[b - 2].lower == "along") || p1 == "plus" || p1 == "besides") {
        sc.population = p1 == "including" || p1 == "among" ? "part" : "also";
      }
    }
    // "Six people were also killed", "It also cut 200 jobs": another group
    // beside the one the article counts first
    if (sc.population.empty()) {
      for (std::uint16_t j = b >= 3 ? static_cast<std::uint16_t>(b - 3) : 0; j < s.toks.size() && j < e + 4; ++j) {
        if (s.toks[j].lower == "also" && (j < b || j >= e)) {
          sc.population = "also";
          break;
        }
      }
    }
    // "US-based positions": a place right before the number's noun phrase
    if (b > 0) {
      for (const auto& sp : s.spans) {
        if (sp.e == b && sp.type == SpanType::place && sp.ref >= 0) {
          const auto& sub = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject;
          set_place(sub.key, sub.surface);
        }
      }
    }
  }
  // A place that opens the sentence scopes its figures: "In neighboring
  // Elm County, three cases ...", "Across the state, 310 cases ...".
  // A region named only by its kind ("the state", "the country") is a
  // scope of its own, comparable with nothing else.
  if (sc.place.empty() && type <= SpanType::ordinal && s.toks.size() > 3) {
    const Word& first = s.toks[0].lower;
    if (first == "in" || first == "across" || first == "throughout" || first == "nationwide" || first == "statewide") {
      std::uint16_t k = 1;
      while (k < b && k < 4 && !s.toks[k].is(k_cap) && s.toks[k].is(k_word) &&
             in_class(m_res, "region.kind", s.toks[k].lower) == false) {
        ++k;  // "neighboring", "the", "rural"
      }
      std::uint16_t end = k;
      std::string key;
      std::string name;
      for (const auto& sp : s.spans) {
        // a place, or a name the gazetteer does not know ("In Millford, ...")
        const bool placeish = sp.type == SpanType::place ||
                              (sp.type == SpanType::other && sp.ref >= 0 &&
                               m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.kind == "other" && first == "in");
        if (sp.b == k && placeish && sp.ref >= 0) {
          key = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.key;
          if (sp.type != SpanType::place) {
            key = "place:" + key;
          }
          name = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.surface;
          end = sp.e;
        }
      }
      if (key.empty() && k < b && in_class(m_res, "region.kind", s.toks[k].lower)) {
        key = "region:" + s.toks[k].lemma_n;
        name = tok_text(s, 1, k + 1);
        end = static_cast<std::uint16_t>(k + 1);
      }
      // (with a comma, or without one before a determiner that opens the
      // clause: "In Springfield the rate was just 61%")
      if (!key.empty() && end < b &&
          (s.toks[end].lower == "," || s.toks[end].lower == "the" || s.toks[end].lower == "its" ||
           s.toks[end].lower == "their")) {
        set_place(key, name);
      }
    }
  }
  // "Turnout there was 29%": the place the previous sentences named
  if (sc.place.empty() && type <= SpanType::ordinal) {
    for (std::uint16_t k = 1; k < s.toks.size() && k < e + 6; ++k) {
      const Tok& p = s.toks[k - 1];
      if (s.toks[k].lower != "there" || !p.is(k_word) || p.lower == "and" || p.lower == "but" || p.lower == "if") {
        continue;
      }
      for (auto it = m_dc.entities.rbegin(); it != m_dc.entities.rend(); ++it) {
        if (it->sentence < s.index && it->sentence + 3 > s.index &&
            (it->subject.kind == "place" || it->subject.key.rfind("place:", 0) == 0)) {
          set_place(it->subject.key, it->subject.surface);
          break;
        }
        if (it->sentence + 3 <= s.index) {
          break;
        }
      }
      // a fronted "In Millford," of the sentence before
      if (sc.place.empty() && s.index > 0) {
        const Sent& prev = m_dc.sents[s.index - 1];
        if (prev.toks.size() > 3 && prev.toks[0].lower == "in") {
          for (const auto& q : prev.spans) {
            if (q.b == 1 && q.ref >= 0 && q.e < prev.toks.size() && prev.toks[q.e].lower == ",") {
              const auto& sub = m_dc.entities[static_cast<std::size_t>(q.ref)].subject;
              set_place(sub.kind == "place" ? sub.key : "place:" + sub.key, sub.surface);
            }
          }
        }
      }
      break;
    }
  }
  // phase words in the clause: "the first round", "proposed"
  const auto [cb, ce] = clause(s, b, e);
  // "More than 300 aftershocks ..., the largest of magnitude 5.2": words
  // that name other events of the kind
  if (sc.population.empty()) {
    for (std::uint16_t k = cb; k < ce; ++k) {
      if (in_class(m_res, "scope.other", s.toks[k].lower)) {
        sc.population = "other";
        break;
      }
    }
  }
  // "Two years ago, the board approved a smaller plan": a figure or date of
  // another thing of the kind the story is about
  if (sc.population.empty()) {
    static constexpr std::string_view k_other[] = {"another", "separate", "previous", "earlier", "smaller", "larger",
                                                   "bigger", "similar", "different", "prior", "unrelated"};
    // (a date: anywhere in its clause; a figure: in the words before it, as
    // "a smaller increase than the $3.25" compares with another figure)
    const bool date = type == SpanType::date;
    const std::uint16_t from = std::max<std::uint16_t>(cb, b >= (date ? 10 : 6) ? static_cast<std::uint16_t>(b - (date ? 10 : 6)) : 0);
    const std::uint16_t to = date ? std::min<std::uint16_t>(ce, static_cast<std::uint16_t>(e + 6)) : b;
    for (std::uint16_t k = from; k + 1u < to + 1u && k + 1u < s.toks.size(); ++k) {
      const Word& w = s.toks[k].lower;
      const bool det = w == "a" || w == "an" || w == "the";
      if ((det && std::find(std::begin(k_other), std::end(k_other), s.toks[k + 1].lower) != std::end(k_other)) ||
          w == "another") {
        sc.population = "other";
        break;
      }
    }
  }
  for (std::uint16_t k = cb; k < ce; ++k) {
    lexicon::WordWindow words;
    for (std::uint16_t j = k; j < s.toks.size() && j < k + 3; ++j) {
      words.push_back(s.toks[j].lower);
    }
    // (not across a comma after the value: "80 km/h, according to
    // preliminary data" qualifies the source, not the figure)
    // (nor past "from": "risen to £5.1 billion from an original estimate
    // of £4.2 billion" names the other figure's phase)
    bool comma_between = false;
    for (std::uint16_t j = e; j < k && j < s.toks.size(); ++j) {
      comma_between = comma_between || s.toks[j].lower == "," || s.toks[j].lower == "from" || s.toks[j].lower == "than";
    }
    if (const std::size_t n = m_res.lex.match("scope.phase", words, words);
        n > 0 && k + 3 >= b && k <= e + 3 && !comma_between) {
      sc.phase = lower(tok_text(s, k, k + n));
      break;
    }
  }
  if (type == SpanType::duration || type == SpanType::date) {
    // "operating in the US for 20 years": a place in the clause, near the
    // value ("founded in 2011, also has offices in Denver" is no place of
    // the founding)
    for (const auto& sp : s.spans) {
      if (sp.type == SpanType::place && sp.ref >= 0 && sp.b >= cb && sp.e <= ce && sp.b > 0 && sp.b + 4 >= b &&
          sp.b <= e + 3 &&
          (s.toks[sp.b - 1].lower == "in" || (sp.b > 1 && s.toks[sp.b - 1].lower == "the" && s.toks[sp.b - 2].lower == "in"))) {
        place_at(sp);
        break;
      }
    }
  }
  return sc;
}

bool Builder::value_from_span(const Sent& s, std::uint16_t b, std::uint16_t e, SpanType type, int ref,
                              const std::string& cls, ClaimValue& v) const {
  if (type <= SpanType::ordinal && ref >= 0) {
    const Mention& m = m_dc.mentions[static_cast<std::size_t>(ref)];
    switch (m.type) {
      case MentionType::quantity:
      case MentionType::money:
      case MentionType::percent:
      case MentionType::ordinal:
        v.kind = m.type == MentionType::money     ? ValueKind::money
                 : m.type == MentionType::percent ? ValueKind::percent
                 : m.type == MentionType::ordinal ? ValueKind::ordinal
                                                  : ValueKind::quantity;
        v.num = m.num;
        v.unit = m.unit;
        v.display = display_range(m.num, m.unit, v.kind);

        if (m.num.approximate && m.num.low && m.num.high && std::fabs(*m.num.low - *m.num.high * 0.9) > 1e-6 &&
            std::fabs(*m.num.low / 0.9 - *m.num.high / 1.1) > 1e-6 * std::max(1.0, *m.num.high)) {
          // vague amounts ("several", "hundreds of") read best as written
          // (a physical unit is written already: "roughly 400 to 850 feet")
          v.display = m_doc.cleaned.text.substr(m.start, m.end - m.start) +
                      (m.unit.empty() || !m.dimension.empty() ? "" : " " + m.unit);
        }
        return true;
      case MentionType::date:
        if (!m.resolved || !m.date.start || !m.date.end || m.date.granularity == Granularity::reference) {
          return false;
        }
        // "19th-century jewelry": a century joined to a noun tells how old
        // a thing is, not when anything happened
        if (m.date.granularity == Granularity::century &&
            m_doc.cleaned.text.substr(m.start, m.end - m.start).find("-century") != std::string::npos) {
          return false;
        }
        v.kind = ValueKind::date;
        v.date = m.date;
        v.timex = m.timex;
        v.display = m.timex;
        // ("the 1990s": TIMEX3 writes the decade "199")
        if (m.date.granularity == Granularity::decade && m.timex.size() == 3) {
          v.display = m.timex + "0s";
        }
        // ("the 19th century": TIMEX3 writes "18", the hundreds)
        if (m.date.granularity == Granularity::century && m.timex.size() == 2 &&
            std::isdigit(static_cast<unsigned char>(m.timex[0])) != 0 &&
            std::isdigit(static_cast<unsigned char>(m.timex[1])) != 0) {
          const int n = std::stoi(m.timex) + 1;
          const char* suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                               : n % 10 == 1                    ? "st"
                               : n % 10 == 2                    ? "nd"
                               : n % 10 == 3                    ? "rd"
                                                                : "th";
          v.display = std::to_string(n) + suffix + " century";
        }
        return true;
      case MentionType::duration:
        v.kind = ValueKind::duration;
        v.num = m.num;
        v.unit = m.unit;
        v.timex = m.timex;
        v.display = display_range(m.num, m.unit + "s", ValueKind::quantity);
        // "2:00:35" rather than "7235 seconds"
        if (m.unit == "second" && m.num.low && m.num.high && *m.num.low == *m.num.high && *m.num.low >= 60 &&
            *m.num.low == std::floor(*m.num.low)) {
          const long t = static_cast<long>(*m.num.low);
          char buf[32];
          std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", t / 3600, (t / 60) % 60, t % 60);
          v.display = buf;
        }
        return true;
      case MentionType::time:
        // "Sunday night": the day is the checkable part
        if (!m.resolved || !m.date.start || !m.date.end) {
          return false;
        }
        v.kind = ValueKind::date;
        v.date = DateRange{m.date.start, m.date.end, Granularity::day};
        v.timex = m.date.start == m.date.end ? format_iso(*m.date.start) : m.timex;
        v.display = v.timex;
        // "struck at 4:17 a.m.": a clock time is checkable too
        if (m.date.start == m.date.end && m.timex.size() >= 16 && m.timex[10] == 'T' &&
            text::is_digit(m.timex[11]) && m.timex[13] == ':') {
          v.timex = m.timex.substr(0, 16);
          v.display = v.timex.substr(0, 10) + " " + v.timex.substr(11);
        }
        return true;
      case MentionType::set:
        return false;
    }
  }
  if (type == SpanType::places) {
    v.kind = ValueKind::set;
    for (const auto& sp : s.spans) {
      if (sp.type == SpanType::place && sp.b >= b && sp.e <= e && sp.ref >= 0) {
        const auto& sub = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject;
        if (std::find(v.items.begin(), v.items.end(), sub.key) == v.items.end()) {
          v.items.push_back(sub.key);
          v.item_names.push_back(sub.surface);
        }
      }
    }
    std::vector<std::size_t> order(v.items.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
      order[k] = k;
    }
    v.display = "{";
    for (std::size_t k = 0; k < v.item_names.size(); ++k) {
      v.display += (k ? ", " : "") + v.item_names[k];
    }
    v.display += "}";
    return !v.items.empty();
  }
  if (type == SpanType::place && ref >= 0) {
    const auto& sub = m_dc.entities[static_cast<std::size_t>(ref)].subject;
    v.kind = ValueKind::place;
    v.text = sub.key;
    v.display = sub.surface;
    return true;
  }
  std::uint16_t vb = b;
  std::uint16_t ve = e;
  if (type == SpanType::quote) {
    // without the quotation marks and the punctuation before the closing one
    while (vb < ve && s.toks[vb].is(k_quote)) {
      ++vb;
    }
    while (ve > vb && (s.toks[ve - 1].is(k_quote) || (s.toks[ve - 1].is(k_punct) && s.toks[ve - 1].lower != "?" &&
                                                      s.toks[ve - 1].lower != "!"))) {
      --ve;
    }
  }
  v.kind = type == SpanType::title ? ValueKind::text : ValueKind::text;
  v.text = cls.empty() ? tok_text(s, vb, ve) : suffix_of(cls);
  if (type == SpanType::title || type == SpanType::np || type == SpanType::quote) {
    v.display = v.text;
    if (type != SpanType::quote) {
      v.text = lower(v.text);
    }
  }
  if (v.display.empty()) {
    v.display = v.text;
  }
  return !v.text.empty();
}

std::string Builder::expand(const std::string& tmpl, const Match& m, const Sent& s) const {
  std::string out;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] != '{') {
      out += tmpl[i];
      continue;
    }
    const std::size_t j = tmpl.find('}', i);
    std::string name = tmpl.substr(i + 1, j - i - 1);
    i = j;
    std::string field;
    if (const auto dot = name.find('.'); dot != std::string::npos) {
      field = name.substr(dot + 1);
      name = name.substr(0, dot);
    }
    const Capture* c = m.get(name);
    if (c == nullptr) {
      continue;
    }
    if (!c->cls.empty() && c->cls.find('.') != std::string::npos) {
      out += suffix_of(c->cls);
    } else if (!c->cls.empty()) {
      // an undotted class ("unit", "level"): the words themselves, singular
      std::string words;
      for (std::uint16_t k = c->b; k < c->e; ++k) {
        words += (words.empty() ? "" : " ") + s.toks[k].lemma_n;
      }
      out += words;
    } else if (field == "org") {
      std::string key;
      for (const auto& sp : s.spans) {
        if (key.empty() && sp.b >= c->b && sp.e <= c->e && sp.ref >= 0 &&
            (sp.type == SpanType::org || sp.type == SpanType::other)) {
          key = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.key;
        }
      }
      out += key.empty() ? lower(tok_text(s, c->b, c->e)) : key;
    } else {
      out += lower(tok_text(s, c->b, c->e));
    }
  }
  return out;
}

// The token after the people a share is "of" ("62% of Ruritanian children
// received"): the first verb, auxiliary or punctuation within five words.
std::uint16_t past_people(const Sent& s, std::uint16_t of, std::uint16_t end) {
  std::uint16_t k = of + 1u;
  // (a plural noun is no verb: "of nurses were vaccinated")
  while (k < end && k < of + 6u && !s.toks[k].is(k_punct) && !auxiliary(s.toks[k].lower) && !participle(s.toks[k]) &&
         !(verb_like(s.toks[k]) && !lexicon::WordNet::instance().known(s.toks[k].lemma_n, lexicon::Pos::noun))) {
    ++k;  // the people: "of Ruritanian children", "of adults"
  }
  return k;
}

void Builder::coverage_role(const Sent& s, std::uint16_t of, std::uint16_t ce, std::string& role,
                            std::string& phase) const {
  std::uint16_t k = past_people(s, of, ce);
  while (k < ce && auxiliary(s.toks[k].lower)) {
    ++k;  // "have been"
  }
  if (k >= ce) {
    return;
  }
  const Tok& v = s.toks[k];
  const Word& lemma = v.lemma_v.empty() ? v.lower : v.lemma_v;
  if (in_class(m_res, "coverage.verb", lemma)) {
    role = "coverage";
    return;
  }
  if (lemma != "receive" && lemma != "get" && lemma != "take" && lemma != "have") {
    return;
  }
  for (std::uint16_t j = k + 1u; j < ce && j < k + 6u; ++j) {
    const Tok& t = s.toks[j];
    if (t.is(k_punct)) {
      return;
    }
    if (in_class(m_res, "coverage.dose", t.lower)) {
      role = "coverage";
      // ("the first dose", "a second shot", "a booster")
      for (const auto& o : s.spans) {
        if (o.type == SpanType::ordinal && o.b > k && o.e <= j && phase.empty()) {
          phase = s.toks[o.b].lower + " dose";
        }
      }
      if (phase.empty() && (t.lower.starts_with("booster") || s.toks[j - 1].lower == "booster")) {
        phase = "booster dose";
      }
      return;
    }
  }
}

// A noun's dictionary form: "loaves" -> "loaf", and a plural WordNet
// lists as a lemma of its own ("greens", a dish) by its singular.
std::string noun_base(const Tok& t) {
  const auto& wn = lexicon::WordNet::instance();
  std::string l = !t.lemma_n.empty() ? t.lemma_n.str() : wn.lemma(t.lower, lexicon::Pos::noun);
  if (l.empty()) {
    l = t.lower;
  }
  if (l.size() > 3 && l.back() == 's' && l[l.size() - 2] != 's' &&
      wn.known(l.substr(0, l.size() - 1), lexicon::Pos::noun)) {
    l.pop_back();
  }
  return l;
}

// "death" -> "deaths", "crash" -> "crashes", "injury" -> "injuries"
std::string plural(const std::string& w) {
  if (w.ends_with("s") || w.ends_with("x") || w.ends_with("z") || w.ends_with("ch") || w.ends_with("sh")) {
    return w + "es";
  }
  if (w.size() > 2 && w.back() == 'y' && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos) {
    return w.substr(0, w.size() - 1) + "ies";
  }
  return w + "s";
}

bool sale_unit(std::string_view w) {
  static constexpr std::string_view k_units[] = {"dozen", "pound", "pounds", "gallon", "gallons", "litre",
                                                 "litres", "liter", "liters", "kilo", "kilos", "kilogram",
                                                 "kilograms", "ounce", "ounces", "barrel", "barrels", "bushel",
                                                 "bushels", "ton", "tons", "tonne", "tonnes", "loaf", "carton"};
  return std::find(std::begin(k_units), std::end(k_units), w) != std::end(k_units);
}

std::string Builder::priced_good(const Sent& s, std::uint16_t cb, std::uint16_t b, std::string& per) const {
  const auto& wn = lexicon::WordNet::instance();
  // a common noun for a good: "milk", "gasoline" ("Milk" opening the clause)
  const auto good_at = [&](std::size_t k) -> std::string {
    const Tok& t = s.toks[k];
    if (!t.is(k_word) || (t.is(k_cap) && k != cb && k != after_dateline(s, cb)) ||
        in_class(m_res, "name.stop", t.lower) || in_class(m_res, "scope.measure", t.lower)) {
      return {};
    }
    const std::string n = noun_base(t);
    return wn.known(n, lexicon::Pos::noun) && wn.goods(n) ? n : std::string();
  };
  // a unit's singular name: "pounds" -> "pound", "liter" -> "litre"
  const auto unit_name = [](std::string u) {
    if (u.size() > 4 && u.back() == 's') {
      u.pop_back();
    }
    return u == "liter" ? std::string("litre") : u;
  };
  // ("a dozen", "a gallon of", "a pound of" before the good: its unit)
  const auto unit_before = [&](std::size_t k) {
    std::size_t j = k;
    if (j >= 1 && s.toks[j - 1].lower == "of") {
      --j;
    }
    if (j >= 2 && sale_unit(s.toks[j - 1].lower) && (s.toks[j - 2].lower == "a" || s.toks[j - 2].lower == "one")) {
      per = unit_name(s.toks[j - 1].lower);
    }
  };
  for (std::size_t k = cb; k < b; ++k) {
    const Tok& t = s.toks[k];
    if (t.lower == "price" || t.lower == "prices" || t.lower == "cost") {
      // "milk prices", "gasoline prices"
      if (k > cb) {
        if (std::string g = good_at(k - 1); !g.empty()) {
          return g;
        }
      }
      // "the price of a gallon of whole milk in U.S. cities"
      if (k + 2 < b && s.toks[k + 1].lower == "of") {
        std::size_t j = k + 2;
        if (s.toks[j].lower == "a" || s.toks[j].lower == "an" || s.toks[j].lower == "the" ||
            s.toks[j].lower == "one") {
          ++j;
        }
        std::string unit;
        if (j < b && sale_unit(s.toks[j].lower)) {
          unit = s.toks[j].lower;
          ++j;
          if (j < b && s.toks[j].lower == "of") {
            ++j;
          }
        }
        std::string last;
        std::size_t at = 0;
        for (; j < b && j < k + 8; ++j) {
          const Tok& w = s.toks[j];
          if (!w.is(k_word) || w.is(k_cap) || in_class(m_res, "name.stop", w.lower) || auxiliary(w.lower) ||
              participle(w) || (verb_like(w) && !wn.known(w.lemma_n, lexicon::Pos::noun))) {
            break;
          }
          last = noun_base(w);
          at = j;
        }
        if (!last.empty() && wn.goods(last)) {
          unit_before(at);
          if (!unit.empty()) {
            per = unit_name(unit);
          }
          // (the cost of a thing is a price only by its unit: "the cost of a
          // gallon of milk", not "the cost of a new tunnel")
          if (t.lower == "cost" && per.empty()) {
            continue;
          }
          return last;
        }
      }
    }
    // "A gallon of milk now costs $3.80", "a loaf of bread costs"
    if ((t.lower == "costs" || t.lower == "cost" || t.lower == "sells") && k > cb) {
      std::size_t n = k - 1;
      while (n > cb && (s.toks[n].lower == "now" || s.toks[n].lower == "still" || s.toks[n].lower == "currently")) {
        --n;
      }
      // (by its unit: "The tunnel costs £5bn" is no price)
      if (std::string g = good_at(n); !g.empty()) {
        unit_before(n);
        if (!per.empty()) {
          return g;
        }
      }
    }
  }
  return {};
}

void Builder::per_population(const Sent& s, const Span& sp, Claim& c) const {
  std::uint16_t j = sp.e;
  std::string counted;
  if (j < s.toks.size() && s.toks[j].is(k_word) && s.toks[j].lower != "per" && !s.toks[j].is(k_cap)) {
    counted = noun_base(s.toks[j]);
    ++j;
  }
  // (not "427 parts per million", a concentration)
  if (j + 1u >= s.toks.size() || s.toks[j].lower != "per" || counted == "part") {
    return;
  }
  double denom = 0;
  std::uint16_t after = j + 1u;
  std::string denom_noun;  // ("100,000 people": the scanner's counted noun)
  for (const auto& q : s.spans) {
    if (q.type == SpanType::quantity && q.b == j + 1u && q.ref >= 0) {
      const Mention& qm = m_dc.mentions[static_cast<std::size_t>(q.ref)];
      if (qm.num.low && qm.num.high && *qm.num.low == *qm.num.high && qm.dimension.empty()) {
        denom = *qm.num.low;
        after = q.e;
        denom_noun = qm.unit;
      }
    }
  }
  const Word& w = s.toks[j + 1].lower;
  if (denom == 0 && (w == "million" || w == "thousand")) {
    denom = w == "million" ? 1e6 : 1e3;
    after = j + 2u;
  } else if (denom == 0 && (w == "capita" || w == "head" || w == "person")) {
    denom = 1;
    after = j + 2u;
  }
  if (denom < 1 || (denom > 1 && denom < 100)) {
    return;  // ("$5 per share", "3 per 10": no rate of a population)
  }
  // what it is per: people, or a noun of its own ("per 10,000 vehicles")
  std::string per = "capita";
  if (!denom_noun.empty() || (after < s.toks.size() && s.toks[after].is(k_word) && !s.toks[after].is(k_cap) &&
                              !in_class(m_res, "name.stop", s.toks[after].lower))) {
    std::string d = denom_noun.empty() ? noun_base(s.toks[after]) : denom_noun;
    if (!denom_noun.empty()) {
      const std::string l = lexicon::WordNet::instance().lemma(d, lexicon::Pos::noun);
      d = l.empty() ? d : l;
    }
    static constexpr std::string_view k_people[] = {"people", "person", "inhabitant", "resident", "population",
                                                    "capita", "adult", "citizen"};
    if (std::find(std::begin(k_people), std::end(k_people), d) == std::end(k_people) &&
        lexicon::WordNet::instance().known(d, lexicon::Pos::noun)) {
      per = d;
    }
  }
  // what is counted: the noun before "per", the measure a "rate" names
  // ("The death rate fell to 2.4 per 100,000"), or the rate before it in
  // the sentence ("against an average of 46 per million")
  std::string base = counted.empty() ? std::string() : plural(counted);
  const auto [cb, ce] = clause(s, sp.b, sp.e);
  for (std::uint16_t k = sp.b; base.empty() && k > cb + 1u && k + 12u > sp.b; --k) {
    if (s.toks[k - 1].lower == "rate" && s.toks[k - 2].is(k_word) &&
        !in_class(m_res, "name.stop", s.toks[k - 2].lower)) {
      base = plural(noun_base(s.toks[k - 2]));
    }
  }
  for (auto q = m_claims.rbegin(); base.empty() && q != m_claims.rend() && q->sentence_start == s.range.start; ++q) {
    if (const auto at = q->attribute.find(".per_"); at != std::string::npos && q->value.unit == "per 100,000") {
      base = q->attribute.substr(0, at);
      per = q->attribute.substr(at + 5);
    }
  }
  if (base.empty()) {
    base = "rate";
  }
  c.attribute = base + ".per_" + per;
  // ("the EU average of 46 per million": an average, and whose)
  if (sp.b >= 2 && s.toks[sp.b - 1].lower == "of" && c.scope.phase.empty() &&
      (s.toks[sp.b - 2].lower == "average" || s.toks[sp.b - 2].lower == "median" || s.toks[sp.b - 2].lower == "mean")) {
    c.scope.phase = s.toks[sp.b - 2].lower;
    for (const auto& q : s.spans) {
      if (q.type == SpanType::place && q.ref >= 0 && q.e + 2u == sp.b && c.scope.place.empty()) {
        c.scope.place = m_dc.entities[static_cast<std::size_t>(q.ref)].subject.key;
        c.scope.place_name = m_dc.entities[static_cast<std::size_t>(q.ref)].subject.surface;
      }
    }
  }
  const double factor = 1e5 / denom;
  if (c.value.num.low) {
    *c.value.num.low *= factor;
  }
  if (c.value.num.high) {
    *c.value.num.high *= factor;
  }
  c.value.unit = "per 100,000";
  // ("2.4 per 100,000 people", "24 deaths per million inhabitants")
  std::uint16_t end = after;
  if (denom_noun.empty() && end < s.toks.size() && s.toks[end].is(k_word) && !s.toks[end].is(k_cap) &&
      !in_class(m_res, "name.stop", s.toks[end].lower)) {
    ++end;
  }
  c.value.display = tok_text(s, sp.b, end);
}

bool Builder::market_share(const Sent& s, const Span& sp, std::uint16_t cb, std::uint16_t ce) const {
  const auto word = [&](std::size_t k) -> const std::string& {
    static const std::string none;
    return k < s.toks.size() ? s.toks[k].lower : none;
  };
  // "a 31% share", "a 31% market share"
  if (word(sp.e) == "share" || (word(sp.e) == "market" && word(sp.e + 1) == "share")) {
    return true;
  }
  // "12% of the global market", "9% of the phone market"
  if (word(sp.e) == "of") {
    for (std::size_t k = sp.e + 1u; k < ce && k < sp.e + 5u; ++k) {
      if (word(k) == "market" || word(k) == "markets") {
        return true;
      }
      const bool article = word(k) == "the" || word(k) == "its";
      if (s.toks[k].is(k_punct) || (in_class(m_res, "name.stop", word(k)) && !article)) {
        break;
      }
    }
  }
  // "market share was 21%", "a market share of 21%", "share of the market"
  for (int k = static_cast<int>(sp.b) - 1; k >= static_cast<int>(cb) && k >= static_cast<int>(sp.b) - 6; --k) {
    const auto ku = static_cast<std::size_t>(k);
    if (s.toks[ku].is(text::k_number)) {
      break;
    }
    if ((word(ku) == "share" && ku >= 1 && word(ku - 1) == "market") ||
        (word(ku) == "market" && ku >= 3 && word(ku - 1) == "the" && word(ku - 2) == "of" && word(ku - 3) == "share")) {
      return true;
    }
  }
  // "followed by Acme at 12% and Bolt at 9%", "while Acme held 11% and
  // Bolt 9%": a share listed after a market share in the sentence
  for (auto q = m_claims.rbegin(); q != m_claims.rend() && q->sentence_start == s.range.start; ++q) {
    if (q->value.kind == ValueKind::percent) {
      if (q->attribute != "share.market") {
        return false;
      }
      const std::string& before = sp.b >= 1 ? word(sp.b - 1u) : word(0);
      const bool listed = before == "at" || before == "and" || before == "with" || before == "," ||
                          std::any_of(s.spans.begin(), s.spans.end(), [&](const Span& n) {
                            return n.ref >= 0 && n.e == sp.b && n.type >= SpanType::org && n.type <= SpanType::other;
                          }) ||
                          (sp.b >= 2 && (word(sp.b - 1u) == "held" || word(sp.b - 1u) == "had" ||
                                         word(sp.b - 1u) == "took" || word(sp.b - 1u) == "has"));
      return listed;
    }
  }
  return false;
}

std::string Builder::measure_of(const Tok& t) const {
  if (!t.is(k_word) || t.lower == "rate" || t.lower == "rates") {
    return {};
  }
  std::string m = in_class(m_res, "role.percent", t.lower) ? (t.lemma_n.empty() ? t.lower : t.lemma_n) : Word();
  if (const auto same = m_res.lex.classes_of(t.lower, "same."); !same.empty()) {
    const std::string x = suffix_of(same.front());
    if (x != "rate" && in_class(m_res, "role.percent", x)) {
      m = x;
    }
  }
  return m;
}

void Builder::share_role(const Sent& s, std::size_t k, std::string& role, std::string& phase) const {
  if (const std::string m = measure_of(s.toks[k]); !m.empty()) {
    role = m;
  } else if (role == "rate" && k > 0) {
    if (const std::string mod = measure_of(s.toks[k - 1]); !mod.empty()) {
      // "the literacy rate", "the flu jab rate"
      role = mod;
    } else if (s.toks[k - 1].lower == "the") {
      // "Vaccination fell to 66%. The rate for the second dose ...": the
      // measure or rate last named, in this sentence or the two before
      // (a rate with no measure before it stops the search: "raised its
      // interest rate ... The rate stood at")
      bool done = false;
      for (std::size_t i = s.index + 1; i-- > 0 && i + 3 > s.index && !done;) {
        const Sent& p = m_dc.sents[i];
        std::size_t j = i == s.index ? k - 1 : p.toks.size();
        while (j-- > 0 && !done) {
          const Tok& t = p.toks[j];
          if (const std::string named = measure_of(t); !named.empty()) {
            role = named;
            done = true;
          } else if (t.lower == "rate" || t.lower == "rates") {
            if (const std::string before = j > 0 ? measure_of(p.toks[j - 1]) : std::string(); !before.empty()) {
              role = before;
            }
            done = true;
          }
        }
      }
    }
  }
  // "Coverage for the second dose", "Turnout in the first round", "Coverage
  // of the first flu dose": the ordinal and the head noun after the role
  // word name its phase
  std::size_t j = k + 1;
  if (!phase.empty() || j + 1 >= s.toks.size() ||
      (s.toks[j].lower != "for" && s.toks[j].lower != "of" && s.toks[j].lower != "in")) {
    return;
  }
  ++j;
  if (s.toks[j].lower == "the" || s.toks[j].lower == "its" || s.toks[j].lower == "their") {
    ++j;
  }
  const bool ordinal = std::any_of(s.spans.begin(), s.spans.end(), [&](const Span& sp) {
    return sp.type == SpanType::ordinal && sp.b == j && sp.e == j + 1;
  });
  if (!ordinal) {
    return;
  }
  std::string head;
  for (std::size_t h = j + 1; h < s.toks.size() && h < j + 3; ++h) {
    const Tok& t = s.toks[h];
    if (!t.is(k_word) || t.is(k_cap) || in_class(m_res, "name.stop", t.lower) || auxiliary(t.lower) ||
        (h > j + 1 && (participle(t) || verb_like(t)))) {
      break;
    }
    head = t.lemma_n.empty() ? t.lower : t.lemma_n;
  }
  if (!head.empty()) {
    phase = s.toks[j].lower + " " + head;
  }
}

std::string Builder::class_at(const Sent& s, std::size_t k, std::string_view prefix) const {
  // The same token is asked about the same prefix for many values of a
  // sentence (governing verbs, roles): answer from a cache.
  const std::uint64_t key = (static_cast<std::uint64_t>(s.index) << 32) ^ (static_cast<std::uint64_t>(k) << 12) ^
                            (std::hash<std::string_view>{}(prefix) & 0xFFF);
  if (const auto hit = m_class_cache.find(key); hit != m_class_cache.end() && hit->second.first == prefix) {
    return hit->second.second;
  }
  std::string found = class_at_uncached(s, k, prefix);
  m_class_cache[key] = {std::string(prefix), found};
  return found;
}

std::string Builder::class_at_uncached(const Sent& s, std::size_t k, std::string_view prefix) const {
  lexicon::WordWindow words;
  lexicon::WordWindow lemmas;
  for (std::size_t j = k; j < s.toks.size() && j < k + 4; ++j) {
    words.push_back(s.toks[j].lower);
    lemmas.push_back(s.toks[j].lemma_v.empty() ? std::string_view(s.toks[j].lower) : std::string_view(s.toks[j].lemma_v));
  }
  if (words.empty()) {
    return {};
  }
  // An inflected form counts only as its lemma: "found" (of find) is not
  // "found" (establish).
  // But a phrasal verb matches as written: "lay off" (not "lie off").
  lexicon::WordWindow surface;
  if (prefix.rfind("verb", 0) == 0 && lemmas[0] != words[0]) {
    surface = words;
    words[0] = lemmas[0];
  }
  // Only classes with an entry starting with the first word (or its
  // lemma) can match: those are looked up by the word, and tried in name
  // order.
  const auto candidates = [&](std::string_view w, std::string_view l) {
    std::vector<const std::string*> out;
    for (const std::string_view first : {w, l}) {
      if (const auto* classes = m_res.lex.classes_starting_with(first)) {
        for (const std::string& cls : *classes) {
          if (cls.starts_with(prefix)) {
            out.push_back(&cls);
          }
        }
      }
      if (l == w) {
        break;
      }
    }
    std::sort(out.begin(), out.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
    out.erase(std::unique(out.begin(), out.end(), [](const std::string* a, const std::string* b) { return *a == *b; }),
              out.end());
    return out;
  };
  for (const std::string* cls : candidates(words[0], lemmas[0])) {
    if (m_res.lex.match(*cls, words, lemmas) > 0) {
      return suffix_of(*cls);
    }
  }
  if (!surface.empty()) {
    lexicon::WordWindow surface_lemmas = lemmas;
    surface_lemmas[0] = surface[0];
    for (const std::string* cls : candidates(surface[0], surface_lemmas[0])) {
      if (m_res.lex.match(*cls, surface, surface_lemmas) >= 2) {
        return suffix_of(*cls);
      }
    }
  }
  return {};
}

std::string Builder::count_attribute(const Sent& s, std::uint16_t b, std::uint16_t e, const std::string& noun,
                                     int verb) const {
  std::string attr;
  // 1. A role noun shortly before the number in its clause.
  const auto [cb, ce] = clause(s, b, b);
  // "The number of people sickened in ... has risen to 14": after "risen
  // to", "reached" or "stands at" the role noun may open a long subject.
  int reach = 8;
  if (b >= 2) {
    const Word& p1 = s.toks[b - 1].lower;
    const Word& v = s.toks[b - 2].lemma_v.empty() ? s.toks[b - 2].lower : s.toks[b - 2].lemma_v;
    if ((p1 == "to" && (v == "rise" || v == "climb" || v == "grow" || v == "increase" || v == "jump" || v == "fall" ||
                        v == "drop")) ||
        (p1 == "at" && (v == "stand" || v == "stood")) || s.toks[b - 1].lemma_v == "reach" ||
        s.toks[b - 1].lemma_v == "hit" || s.toks[b - 1].lemma_v == "top") {
      reach = 24;
    }
  }
  for (int k = static_cast<int>(b) - 1; k >= static_cast<int>(cb) && k >= static_cast<int>(b) - reach && attr.empty(); --k) {
    // "Three people were killed and more than 40 injured": a role in the
    // coordinated clause before is the other figure's
    const Word& w = s.toks[static_cast<std::size_t>(k)].lower;
    if (w == "and" || w == "but" || w == "while" || w == "whereas" || w == "when" || w == "because") {
      break;
    }
    // "a city of 28,000 people, lost about 900 jobs": a role before another
    // figure is that figure's
    if (s.toks[static_cast<std::size_t>(k)].is(text::k_number)) {
      break;
    }
    attr = class_at(s, static_cast<std::size_t>(k), "role.");
    if (attr == "money" || attr == "date") {
      attr.clear();
    }
    // ("Cyclist deaths rose to 95", "child deaths": people of a kind
    // before the role noun are their own toll, as "three skiers died" is)
    // (nouns both: not "have killed")
    const Tok& role_tok = s.toks[static_cast<std::size_t>(k)];
    if ((attr == "deaths" || attr == "injuries") && k > static_cast<int>(cb) && !participle(role_tok) &&
        !verb_like(role_tok) && lexicon::WordNet::instance().known(noun_base(role_tok), lexicon::Pos::noun)) {
      const Tok& mod = s.toks[static_cast<std::size_t>(k) - 1];
      const std::string lemma = mod.is(k_word) ? noun_base(mod) : std::string();
      if (!lemma.empty() && (!mod.is(k_cap) || k - 1 == static_cast<int>(after_dateline(s, cb))) &&
          !in_class(m_res, "name.stop", mod.lower) && !auxiliary(mod.lower) && !verb_like(mod) && !participle(mod) &&
          lexicon::WordNet::instance().person(lemma)) {
        attr = lemma + "." + attr;
      }
    }
  }
  std::string noun_class;
  std::string noun_lemma;
  if (!noun.empty()) {
    const std::string lemma = lexicon::WordNet::instance().lemma(noun, lexicon::Pos::noun);
    noun_lemma = lemma;
    auto classes = m_res.lex.classes_of(noun, "count.");
    if (classes.empty()) {
      classes = m_res.lex.classes_of(lemma, "count.");
    }
    noun_class = classes.empty() ? lemma : suffix_of(classes.front());
    // "six crew members", "three staff members": the modifier says who
    if (noun == "members" || noun == "member") {
      for (std::uint16_t k = e; k < s.toks.size() && k < e + 3 && s.toks[k].lower != noun; ++k) {
        const auto mod = m_res.lex.classes_of(s.toks[k].lower, "count.");
        if (!mod.empty() && suffix_of(mod.front()) != "customers") {
          noun_class = suffix_of(mod.front());
          break;
        }
      }
    }
  }
  // ("14 gold medals", "11 golds": the kind of medal is what is counted,
  // apart from all the medals)
  if (noun_lemma == "medal" && e < s.toks.size() &&
      (s.toks[e].lower == "gold" || s.toks[e].lower == "silver" || s.toks[e].lower == "bronze")) {
    return s.toks[e].lower;
  }
  // A count noun of harm says what it counts, whatever role noun came
  // before: "12 injured", "three deaths".
  if (noun_class == "deaths" || noun_class == "injuries" || noun_class == "cases" || noun_class == "missing") {
    attr = noun_class;
  }
  std::string vrole = verb >= 0 ? class_at(s, static_cast<std::size_t>(verb), "verbrole.") : std::string();
  // ("returned 25 to the sea", "pulled six from the rubble": a verb right
  // before the count, read with the words after it)
  // ("28 were returned to the sea": or after it, past an auxiliary)
  const auto split_role = [&](std::size_t v, std::size_t from) {
    lexicon::WordWindow words;
    lexicon::WordWindow lemmas;
    words.push_back(s.toks[v].lower);
    lemmas.push_back(s.toks[v].lemma_v.empty() ? std::string_view(s.toks[v].lower) : std::string_view(s.toks[v].lemma_v));
    for (std::size_t j = from; j < s.toks.size() && j < from + 3; ++j) {
      words.push_back(s.toks[j].lower);
      lemmas.push_back(s.toks[j].lower);
    }
    for (const char* cls : {"verbrole.rescued"}) {
      if (m_res.lex.match(cls, words, lemmas) > 1) {
        return suffix_of(cls);
      }
    }
    return std::string();
  };
  if (vrole.empty() && verb >= 0 && static_cast<std::size_t>(verb) + 1u == b) {
    vrole = split_role(static_cast<std::size_t>(verb), e);
  }
  if (vrole.empty() && e + 2u < s.toks.size() && auxiliary(s.toks[e].lower) && participle(s.toks[e + 1])) {
    vrole = split_role(e + 1u, e + 2u);
  }
  // ("Organizers said more than 120,000 took part": the verb right after
  // the count says what it counts, whatever verb governs the sentence)
  // (or right before it: "the march, which police said drew 45,000
  // people")
  for (const std::size_t at : {static_cast<std::size_t>(e), static_cast<std::size_t>(b) - 1u}) {
    if (at < s.toks.size() && (at == e || b >= 1) && (verb_like(s.toks[at]) || participle(s.toks[at])) &&
        verb != static_cast<int>(at)) {
      if (std::string near = class_at(s, at, "verbrole."); !near.empty()) {
        vrole = std::move(near);
        break;
      }
    }
  }
  // "which can carry about 20,000 containers", "could hold 5,000 people":
  // what a thing is able to take is its capacity, not what it carries
  if (attr.empty() && verb >= 1) {
    const Tok& vt = s.toks[static_cast<std::size_t>(verb)];
    const Word& vl = vt.lemma_v.empty() ? vt.lower : vt.lemma_v;
    if (vl == "carry" || vl == "hold" || vl == "seat" || vl == "accommodate" || vl == "house" || vl == "transport") {
      for (int k = verb - 1; k >= 0 && k >= verb - 3; --k) {
        const Word& w = s.toks[static_cast<std::size_t>(k)].lower;
        // ("was licensed to carry 150 passengers", "designed to hold")
        if (w == "can" || w == "could" || w == "capable" || w == "able" || w == "licensed" || w == "permitted" ||
            w == "allowed" || w == "designed" || w == "certified" || w == "rated" || w == "built") {
          attr = "capacity";
          break;
        }
      }
      // ("was believed to be carrying about 400 people": those on board,
      // as "500 people had been on board" are)
      if (attr.empty() && vl == "carry" && s.toks[static_cast<std::size_t>(verb)].lower == "carrying" &&
          static_cast<std::size_t>(verb) + 3u >= b && (noun_class == "generic" || noun_class.empty())) {
        attr = "aboard";
      }
    }
  }
  // A state right after the counted words: "Ten patients remain in
  // hospital", "three people were missing".
  // (workers too, when missing, in hospital or hurt: "Six road workers
  // were missing")
  const bool staff = noun_class == "employees" || noun_class == "contractors";
  if (attr.empty()) {
    for (std::uint16_t k = e; k < s.toks.size() && k < e + 5 && attr.empty(); ++k) {
      if (s.toks[k].is(k_punct)) {
        break;
      }
      attr = class_at(s, k, "state.");
      if (staff && attr != "missing" && attr != "hospitalized" && attr != "injuries") {
        attr.clear();
      }
      // "Three people were taken to a hospital with minor injuries": the
      // injuries say what the count is, as "treated for" does
      for (std::uint16_t j = k + 1u; attr == "hospitalized" && j + 1u < s.toks.size() && j < k + 8u; ++j) {
        if (s.toks[j].is(k_punct)) {
          break;
        }
        if (s.toks[j].lower == "with" &&
            (s.toks[j + 1].lower == "injuries" ||
             (j + 2u < s.toks.size() && s.toks[j + 2].lower == "injuries" && s.toks[j + 1].is(k_word)))) {
          attr = "injuries";
        }
      }
    }
  }
  if (attr.empty()) {
    if (noun_class.empty() || noun_class == "generic") {
      attr = !vrole.empty() ? vrole : noun_class.empty() ? "count" : "people";
    } else if ((vrole == "deaths" || vrole == "injuries") &&
               (noun_class == "employees" || noun_class == "contractors" || noun_class == "passengers" ||
                noun_class == "customers" || noun_class == "residents")) {
      // "Two workers were injured", "three passengers died": people of any
      // kind counted by harm are the toll
      attr = vrole;
    } else if ((vrole == "deaths" || vrole == "injuries") && noun_class == noun_lemma &&
               lexicon::WordNet::instance().person(noun_lemma)) {
      // "killing three skiers", "two children died": people of a kind
      // counted by harm, apart from the whole toll they may be part of
      // (`skier.deaths`)
      return noun_lemma + "." + vrole;
    } else if ((vrole == "deaths" || vrole == "injuries" || vrole == "rescued") && noun_class == noun_lemma &&
               lexicon::WordNet::instance().animal(noun_lemma)) {
      // "34 whales died", "refloated nine whales": animals counted by what
      // befell them, apart from any people's toll
      return noun_lemma + "." + vrole;
    } else {
      attr = noun_class;
    }
  }
  // "More than 200 passengers were on board": who is on board is the
  // count noun's, when it names them
  if (attr == "aboard" && (noun_class == "passengers" || noun_class == "crew")) {
    attr = noun_class;
  }
  // "ordered about 3,500 residents to evacuate", "3,500 people remain under
  // evacuation orders": people counted by an evacuation are evacuees
  if (attr == "people" || attr == "residents") {
    for (std::uint16_t k = cb; k < ce; ++k) {
      const Tok& t = s.toks[k];
      if (t.lower.rfind("evacuat", 0) == 0) {
        attr = "evacuees";
        break;
      }
    }
  }
  // "businesses with fewer than 26 employees", "those with 25 or fewer
  // workers": a size that picks out a class of things, not a count of
  // anyone's staff ("a company with 5,000 employees" is its count)
  if (b >= 2 && s.toks[b - 1].lower == "with") {
    const Tok& head = s.toks[b - 2];
    const bool plural = head.is(k_word) && (!head.is(k_cap) || b == 2) && head.lower.size() > 3 &&
                        head.lower.ends_with('s') &&
                        head.lemma_n != head.lower && !in_class(m_res, "name.stop", head.lower);
    if (plural || head.lower == "those" || head.lower == "ones") {
      return "threshold." + attr;
    }
  }
  // 2. The verb's qualifier: "jobs eliminated" -> employees.cut; but not
  // for the whole a part is taken from ("a third of its 900 employees")
  const bool whole = b >= 2 && s.toks[b - 2].lower == "of" &&
                     (s.toks[b - 1].lower == "its" || s.toks[b - 1].lower == "the" || s.toks[b - 1].lower == "their");
  // ("The city added 7,600 residents": a reporting verb, "add", governs
  // nothing, but right before the number it still says what happened)
  // (and a verb right before the number says it before any other: "U.S.
  // employers added 206,000 jobs in July, more than economists had
  // expected")
  if (b >= 1 && b - 1u >= cb && (participle(s.toks[b - 1]) || verb_like(s.toks[b - 1])) &&
      !m_res.lex.classes_of(s.toks[b - 1].lemma_v, "qualifier.").empty()) {
    verb = static_cast<int>(b) - 1;
  }
  if (verb < 0) {
    for (int k = static_cast<int>(b) - 1; k >= static_cast<int>(cb) && k >= static_cast<int>(b) - 2; --k) {
      if (participle(s.toks[static_cast<std::size_t>(k)]) || verb_like(s.toks[static_cast<std::size_t>(k)])) {
        verb = k;
        break;
      }
    }
  }
  // ("about 2,300 people have been returned to France": a passive verb
  // right after the counted words says what was done to them)
  // (the token after the counted words: "2,300 people| have been")
  const std::uint16_t after_noun =
      e < s.toks.size() && !noun.empty() && s.toks[e].lower == noun ? static_cast<std::uint16_t>(e + 1) : e;
  {
    std::uint16_t k = after_noun;
    while (k < s.toks.size() && k < after_noun + 3u && auxiliary(s.toks[k].lower)) {
      ++k;
    }
    if (k > after_noun && k < s.toks.size() && participle(s.toks[k]) &&
        !m_res.lex.classes_of(s.toks[k].lemma_v, "qualifier.").empty()) {
      verb = static_cast<int>(k);
    }
  }
  if (verb >= 0 && !whole && attr != "deaths" && attr != "injuries" && attr != "evacuees") {
    lexicon::WordWindow words;
    lexicon::WordWindow lemmas;
    for (std::size_t j = static_cast<std::size_t>(verb); j < s.toks.size() && j < static_cast<std::size_t>(verb) + 3; ++j) {
      words.push_back(s.toks[j].lower);
      lemmas.push_back(s.toks[j].lemma_v);
    }
    // Workers are cut or hired, customers affected, stores and plants closed
    // or opened ("close 150 stores" is not "operates 820 stores").
    const char* order[] = {"qualifier.cut",  "qualifier.hire",   "qualifier.affect", "qualifier.close",
                           "qualifier.open", "qualifier.strike", "qualifier.cancel", "qualifier.produce",
                           "qualifier.deliver", "qualifier.destroy", "qualifier.damage", "qualifier.arrest",
                           "qualifier.charge", "qualifier.gain", "qualifier.loss", "qualifier.stop",
                           "qualifier.return"};
    for (const char* q : order) {
      if (m_res.lex.match(q, words, lemmas) == 0) {
        continue;
      }
      const std::string qs = suffix_of(q);
      const bool people = attr == "employees" || attr == "people" || attr == "contractors" || attr == "executives";
      const bool sites = attr == "offices" || attr == "homes" || attr == "products" || attr == "vehicles";
      // ("canceled 2,100 flights": things, not people, are canceled;
      // anyone counted is arrested or charged, "arrested two men", but
      // not the charges: "convicted on nine counts")
      // (what is gained or lost, when no verb above took it: "added
      // 7,600 residents"; not people's own counts, which are hired or cut)
      const bool justice = qs == "arrest" || qs == "charge";
      // (boats and people are stopped or sent back)
      const bool halted = qs == "stop" || qs == "return";
      const bool balance = qs == "gain" || qs == "loss";
      // (and only a verb before the number: "Millbrook, a city of 28,000
      // people, lost 900 jobs" lost jobs, not people)
      const bool done_to_things =
          qs == "cancel" || qs == "produce" || qs == "deliver" || qs == "destroy" || qs == "damage";
      bool skip = false;
      if (balance) {
        skip = people || sites || attr == "count" || verb > static_cast<int>(b);
      } else if (halted) {
        skip = !(people || attr == "vehicles");
      } else if (justice) {
        skip = sites || attr == "count";
      } else if (done_to_things) {
        skip = people;
      } else if (qs == "close" || qs == "open") {
        skip = !sites;
      } else {
        skip = qs == "affect" ? people : !people;
      }
      if (skip) {
        continue;
      }
      attr += "." + qs;
      break;
    }
  }
  // "eight stolen pieces", "two arrested men": a participle between the
  // number and the noun says what was done to what is counted
  if (attr.find('.') == std::string::npos && e + 1u < s.toks.size() && participle(s.toks[e]) &&
      s.toks[e + 1].is(k_word) && !s.toks[e + 1].is(k_cap)) {
    const Word& lemma = s.toks[e].lemma_v;
    for (const char* q : {"qualifier.affect", "qualifier.destroy", "qualifier.damage", "qualifier.arrest",
                          "qualifier.charge"}) {
      if (in_class(m_res, q, lemma)) {
        attr += "." + suffix_of(q);
        break;
      }
    }
  }
  // "More than 700 people crossed the Channel", "721 migrants crossed": a
  // count of people in general with the verb of what they did right after
  // it counts those who did it (`people.cross`); a count of people with no
  // such verb names no event and is never set against another
  if (attr == "people" && !noun.empty()) {
    const Tok* v = after_noun < s.toks.size() ? &s.toks[after_noun] : nullptr;
    static constexpr std::string_view k_light[] = {"make", "take", "have", "get", "do", "be", "go", "come",
                                                   "give", "remain", "stay", "live", "need", "say", "tell"};
    if (v != nullptr && v->is(k_word) && !v->is(k_cap) && !auxiliary(v->lower) &&
        (participle(*v) || verb_like(*v)) && !in_class(m_res, "verb.say", v->lemma_v) &&
        std::find(std::begin(k_light), std::end(k_light), v->lemma_v) == std::end(k_light)) {
      attr += "." + v->lemma_v;
    }
  }
  return attr;
}

void Builder::fill_context(Claim& c, const Sent& s, std::uint16_t b, std::uint16_t e, int value_mention) const {
  // Time: a date that frames the sentence ("In 2017, ...", "As of June,
  // ...", "Last year, ..."), else the publication. A date inside another
  // clause ("a breach discovered on April 29") dates that event, not the
  // claim.
  if (c.time.source.empty()) {
    for (const auto& sp : s.spans) {
      if (sp.type != SpanType::date || sp.ref < 0 || sp.ref == value_mention) {
        continue;
      }
      if (sp.b >= b && sp.e <= e && c.value.kind == ValueKind::date) {
        continue;
      }
      // ("Bell, who was born in Memphis, Tennessee, in 1937, released 42
      // albums": a birth dates the person, not the figures)
      if (birth_date(s, sp.b)) {
        continue;
      }
      const bool opens = sp.b == 0 || (sp.b <= 2 && (s.toks[0].lower == "in" || s.toks[0].lower == "on" ||
                                                      s.toks[0].lower == "by" || s.toks[0].lower == "since" ||
                                                      s.toks[0].lower == "for")) ||
                         (sp.b >= 2 && s.toks[sp.b - 2].lower == "as" && s.toks[sp.b - 1].lower == "of");
      // ("The last strike at Acme, in 2019, involved about 4,000 workers": a
      // date set off by commas before the figure frames it too)
      const bool inset = sp.b >= 2 && sp.e <= b && s.toks[sp.b - 1].lower == "in" && s.toks[sp.b - 2].lower == ",";
      // ("the deadliest accident since 1998, when 11 people died": the
      // date a "when" clause opens dates its figures)
      const bool when = sp.e + 1u < s.toks.size() && sp.e + 1u < b && s.toks[sp.e].lower == "," &&
                        s.toks[sp.e + 1].lower == "when";
      if (when && dated(c.time, m_dc.mentions[static_cast<std::size_t>(sp.ref)])) {
        break;
      }
      // ("Her 2023 tour sold 1.6 million tickets", "The 2019 protest drew
      // 250,000": a year before the noun that opens the clause dates what
      // the clause counts of it)
      const bool noun_year = [&] {
        if (sp.e != sp.b + 1u || sp.e >= b || sp.b < 1 || sp.e >= s.toks.size() || !s.toks[sp.b].is(text::k_number) ||
            s.toks[sp.b].lower.size() != 4 || !s.toks[sp.e].is(k_word) || s.toks[sp.e].is(k_cap) ||
            lexicon::WordNet::instance().lemma(s.toks[sp.e].lower, lexicon::Pos::noun).empty() ||
            !lexicon::WordNet::instance().known(s.toks[sp.e].lemma_n, lexicon::Pos::noun)) {
          return false;
        }
        const Tok& det = s.toks[sp.b - 1];
        const bool determiner = det.is(k_possessive) || det.lower == "the" || det.lower == "its" ||
                                det.lower == "their" || det.lower == "his" || det.lower == "her" || det.lower == "our";
        // (the clause's subject: the determiner opens the clause)
        const auto [cb, ce] = clause(s, b, e);
        std::uint16_t open = sp.b - 1u;
        while (open > cb && (s.toks[open - 1].is(k_cap) || s.toks[open - 1].is(k_possessive))) {
          --open;
        }
        return determiner && open == cb && sp.e + 1u < b;
      }();
      // ("last cut output in October 2024, by 2 million barrels a day": the
      // date right before ", by" and the figure dates it)
      const bool comma_by = sp.e + 2u == b && s.toks[sp.e].lower == "," && s.toks[sp.e + 1].lower == "by";
      // ("The record year, 2022, saw 45,755 arrivals": a year set off after
      // "year" at the clause's start)
      const bool year_apposition = sp.b >= 2 && sp.e < b && sp.e < s.toks.size() && s.toks[sp.b - 1].lower == "," &&
                                   s.toks[sp.b - 2].lower == "year" && s.toks[sp.e].lower == "," && sp.b <= 5;
      // ("Global temperatures in 2026 were 1.45C", "The world's average
      // temperature last year was 1.48C", "Last year was the second-warmest
      // ..., with ... 1.48C": a year, month or quarter in the clause's
      // subject, right before its verb, dates the clause's figures)
      bool subject_date = false;
      if (sp.e < b && sp.e < s.toks.size() && (auxiliary(s.toks[sp.e].lower) || verb_like(s.toks[sp.e]))) {
        const Mention& dm = m_dc.mentions[static_cast<std::size_t>(sp.ref)];
        const bool coarse_date = dm.resolved && (dm.date.granularity == Granularity::year ||
                                                 dm.date.granularity == Granularity::month ||
                                                 dm.date.granularity == Granularity::quarter ||
                                                 dm.date.granularity == Granularity::half);
        // (past a dateline: "GENEVA (Science Wire) - Last year was ...")
        const std::uint16_t cb0 = after_dateline(s, clause(s, b, e).first);
        bool np = coarse_date && sp.b >= cb0;
        for (std::uint16_t k = cb0; k < sp.b && np; ++k) {
          np = !(verb_like(s.toks[k]) || participle(s.toks[k])) && !s.toks[k].is(k_punct);
        }
        subject_date = np && !in_class(m_res, "verb.say", s.toks[sp.e].lemma_v);
      }
      // ("climbed 6.3% in March to an average of $3.42": the month of
      // a change dates the level it reached)
      // ("fell 6% last year to 2,310": a date right after the change too)
      bool change_to = false;
      const bool after_change = std::any_of(s.spans.begin(), s.spans.end(), [&](const Span& q) {
        return q.e == sp.b && q.type == SpanType::percent;
      });
      if (sp.b >= 1 && (s.toks[sp.b - 1].lower == "in" || after_change) && sp.e < b && s.toks[sp.e].lower == "to" &&
          b - sp.e <= 5) {
        const Mention& dm = m_dc.mentions[static_cast<std::size_t>(sp.ref)];
        change_to = dm.resolved && dm.date.granularity != Granularity::day;
        for (std::uint16_t k = sp.e; k < b; ++k) {
          change_to = change_to && !s.toks[k].is(k_punct);
        }
      }
      const bool framed = ((opens || inset) && sp.e < s.toks.size() && s.toks[sp.e].lower == ",") || noun_year ||
                          comma_by || year_apposition || subject_date || change_to;
      if (!framed && !(sp.b >= 2 && s.toks[sp.b - 2].lower == "as" && s.toks[sp.b - 1].lower == "of")) {
        continue;
      }
      if (dated(c.time, m_dc.mentions[static_cast<std::size_t>(sp.ref)])) {
        break;
      }
    }
  }
  // "310 cases were reported last year", "had 300 employees in 2017": a
  // year, season, quarter or month after the figure and before the next
  // comma dates it too. Days there mostly say when someone spoke ("said on
  // Monday"), and "since", "by" or "until" a date is no time of the figure.
  if (c.time.source.empty() &&
      (c.value.kind == ValueKind::quantity || c.value.kind == ValueKind::money || c.value.kind == ValueKind::percent)) {
    // ("62% of Ruritanian children received the first dose in 2026": the
    // people a share is "of" are its noun, not words between)
    int of_people = 0;
    if (c.value.kind == ValueKind::percent && e < s.toks.size() && s.toks[e].lower == "of") {
      const std::uint16_t k = past_people(s, e, static_cast<std::uint16_t>(s.toks.size()));
      if (k < s.toks.size() && k < e + 6u && !s.toks[k].is(k_punct)) {
        of_people = static_cast<int>(k) - static_cast<int>(e);
      }
    }
    for (const auto& sp : s.spans) {
      if (sp.type != SpanType::date || sp.ref < 0 || sp.ref == value_mention || sp.b < e ||
          static_cast<int>(sp.b) > static_cast<int>(e) + 10 + of_people || sp.b == 0) {
        continue;
      }
      // nothing between them that opens another clause: "exposed in the
      // breach it discovered in May" dates the discovery
      // ("will cost $1.5 billion and open in 2028", "the 45,000-seat
      // stadium is expected to open in 2027": another verb's date)
      bool comma = false;
      int skipped = 0;  // words of a place set off with "in" (below)
      // ("The record crest, 80 feet, was set in 1937": a figure set off
      // by commas beside its noun takes the date of the noun's verb)
      // (but "Osei, 61, joined the company in 2009": an age is the
      // writer's today)
      const bool apposition = b > 0 && e < s.toks.size() && s.toks[b - 1].lower == "," && s.toks[e].lower == "," &&
                              c.attribute != "age";
      for (std::uint16_t k = apposition ? static_cast<std::uint16_t>(e + 1) : e; k < sp.b; ++k) {
        const Word& w = s.toks[k].lower;
        // ("won 9 gold medals at the last championships, in Rome in 2024": a
        // place set off with "in" joins the date after it)
        if (w == "," && k + 2u < sp.b && s.toks[k + 1].lower == "in") {
          bool place_next = false;
          for (const auto& q : s.spans) {
            if (q.type == SpanType::place && q.b == k + 2u && q.e < sp.b) {
              place_next = true;
              skipped += static_cast<int>(q.e) - static_cast<int>(k);
              k = static_cast<std::uint16_t>(q.e - 1u);
            }
          }
          if (place_next) {
            continue;
          }
        }
        comma = comma || (s.toks[k].is(k_punct) && w != "'" && w != "-") || w == "it" || w == "they" ||
                w == "he" || w == "she" || w == "we" || w == "that" || w == "which" || w == "who" ||
                w == "when" || w == "where" || w == "after" || w == "before" || w == "while" || w == "and" ||
                w == "or" || w == "but" || (w == "to" && k + 1u < sp.b && s.toks[k + 1].is(k_word));
      }
      comma = comma || static_cast<int>(sp.b) - static_cast<int>(e) - skipped - of_people > 8;
      // ("fallen to 38,500 students from about 45,000 in 2016": the date
      // is the nearer figure's)
      for (const auto& q : s.spans) {
        comma = comma || (q.b >= e && q.e <= sp.b && q.ref >= 0 && q.ref != value_mention &&
                          (q.type == SpanType::quantity || q.type == SpanType::money || q.type == SpanType::percent));
      }
      const Word& prev = s.toks[sp.b - 1].lower;
      const Mention& m = m_dc.mentions[static_cast<std::size_t>(sp.ref)];
      // ("More than 700 people crossed the Channel in small boats on
      // Saturday": a day after the figure and a verb of what happened, no
      // verb of saying, in one clause, is the day of a fixed count; not of a
      // changing one, a toll that later reports count again)
      const std::string head = c.attribute.substr(0, c.attribute.find('.'));
      const std::string tail = c.attribute.substr(c.attribute.rfind('.') + 1);
      if (prev == "on" && m.resolved && m.date.granularity == Granularity::day && sp.b <= e + 12 &&
          !in_class(m_res, "changing", head) && !in_class(m_res, "changing", tail) &&
          c.value.kind == ValueKind::quantity) {
        bool broken = false;
        bool said = false;
        bool happened = false;
        for (std::uint16_t k = e; k < sp.b; ++k) {
          const Word& w = s.toks[k].lower;
          broken = broken || (s.toks[k].is(k_punct) && w != "'" && w != "-") || w == "that" || w == "which" ||
                   w == "who" || w == "when" || w == "after" || w == "before" || w == "while" || w == "and" ||
                   w == "or" || w == "but";
          said = said || in_class(m_res, "verb.say", s.toks[k].lemma_v);
          happened = happened || (verb_like(s.toks[k]) && !auxiliary(w)) || participle(s.toks[k]);
        }
        if (!broken && !said && happened && dated(c.time, m)) {
          break;
        }
      }
      // ("grow by 0.8% this year": the date right after the figure)
      if (comma || !(prev == "in" || prev == "during" || s.toks[sp.b - 1].is(k_word) || sp.b == e)) {
        break;
      }
      // "at the end of September"
      const bool at_edge = prev == "at" && sp.b + 1u < s.toks.size() && s.toks[sp.b].lower == "the" &&
                           (s.toks[sp.b + 1].lower == "end" || s.toks[sp.b + 1].lower == "start" ||
                            s.toks[sp.b + 1].lower == "beginning" || s.toks[sp.b + 1].lower == "close");
      static constexpr std::string_view k_not[] = {"since", "by", "until", "till", "before", "after", "from",
                                                   "through", "to", "than", "of", "for", "on", "at", "between"};
      // ("expects inflation to fall to 2.5% by the end of next year": a
      // date ahead after "by" is when a forecast figure holds)
      // (only for a level reached, "to 2.5%": "will close 150 stores by the
      // end of June" is a plan stated now)
      const bool target = prev == "by" && b > 0 && (s.toks[b - 1].lower == "to" || s.toks[b - 1].lemma_v == "reach") &&
                          m.resolved && m.date.start && m_doc.published_range &&
                          m_doc.published_range->end && *m.date.start > *m_doc.published_range->end;
      const bool coarse = m.date.granularity == Granularity::year || m.date.granularity == Granularity::season ||
                          m.date.granularity == Granularity::quarter || m.date.granularity == Granularity::month ||
                          m.date.granularity == Granularity::half;
      // ("205 million users for the fourth quarter", "revenue of $5
      // billion for 2025": the period a figure is for)
      const bool period_for = prev == "for" && coarse && m.resolved;
      if (!at_edge && !target && !period_for &&
          std::find(std::begin(k_not), std::end(k_not), prev) != std::end(k_not)) {
        break;
      }
      if (coarse) {
        dated(c.time, m);
      }
      break;
    }
  }
  // "in the three months ended September 30", "the year to March": the
  // period a figure is for, ending on the date
  if (c.time.source.empty() &&
      (c.value.kind == ValueKind::quantity || c.value.kind == ValueKind::money || c.value.kind == ValueKind::percent)) {
    for (const auto& d : s.spans) {
      if (d.type != SpanType::duration || d.ref < 0 || d.b < e || d.b > e + 4 || d.e + 1u >= s.toks.size()) {
        continue;
      }
      const Word& link = s.toks[d.e].lower;
      if (link != "ended" && link != "ending" && link != "to" && link != "through") {
        break;
      }
      for (const auto& q : s.spans) {
        if (q.type != SpanType::date || q.ref < 0 || q.b != d.e + 1u) {
          continue;
        }
        const Mention& dm = m_dc.mentions[static_cast<std::size_t>(q.ref)];
        const Mention& du = m_dc.mentions[static_cast<std::size_t>(d.ref)];
        if (!dm.resolved || !dm.date.end || !du.num.low) {
          continue;
        }
        const double n = *du.num.low;
        const int days = du.unit == "month" ? static_cast<int>(n * 30.44) : du.unit == "year" ? static_cast<int>(n * 365.25)
                         : du.unit == "week"  ? static_cast<int>(n * 7)
                         : du.unit == "day"   ? static_cast<int>(n)
                                              : 0;
        if (days > 0) {
          c.time.range = DateRange{*dm.date.end - days + 1, *dm.date.end, Granularity::day};
          c.time.timex = dm.timex;
          c.time.source = "explicit";
        }
      }
      break;
    }
  }
  // "Friday's report showed that employers added ...", "Last week's data
  // showed": what the report showed holds for the report's day, when
  // nothing nearer dates it
  if (c.time.source.empty()) {
    for (const auto& sp : s.spans) {
      if (sp.type == SpanType::date && sp.ref >= 0 && sp.ref != value_mention && sp.b <= 1 &&
          sp.e + 1u < s.toks.size() && s.toks[sp.e].is(k_possessive) &&
          (s.toks[sp.e + 1].lemma_n == "report" || s.toks[sp.e + 1].lower == "data" ||
           s.toks[sp.e + 1].lemma_n == "figure" || s.toks[sp.e + 1].lemma_n == "release") &&
          dated(c.time, m_dc.mentions[static_cast<std::size_t>(sp.ref)])) {
        break;
      }
    }
  }
  // "recorded 870 cases last year, including five deaths": a figure
  // the one before it includes holds for that one's time
  if (c.time.source.empty() && b >= 2 && s.toks[b - 1].lower == "including" && s.toks[b - 2].lower == ",") {
    for (auto q = m_claims.rbegin(); q != m_claims.rend() && q->sentence_start == s.range.start; ++q) {
      if (q->start < s.toks[b - 2].start && q->value.kind == c.value.kind && q->time.source == "explicit") {
        c.time = q->time;
        break;
      }
    }
  }
  if (c.time.source.empty() && m_dateline) {
    c.time.source = "dateline";
    c.time.range = *m_dateline;
    c.time.timex = m_dateline_timex;
  }
  if (c.time.source.empty()) {
    c.time.source = "publication";
    if (m_doc.published_range) {
      c.time.range = *m_doc.published_range;
      c.time.timex = m_doc.published;
    }
  }
  // Attribution: the sentence's, else the speaker's known origin.
  if (s.index < m_attr.size()) {
    c.attribution = m_attr[s.index];
  }
  // A figure of a poll or study is that poll's: another poll is another
  // measurement (scope)
  if (s.index < m_study.size() && !m_study[s.index].empty() && c.scope.population.empty() &&
      (c.value.kind == ValueKind::percent || c.value.kind == ValueKind::quantity || c.value.kind == ValueKind::money)) {
    c.scope.population = m_study[s.index];
    // "a poll of 1,012 likely voters", "which surveyed 1,102 likely
    // voters": the poll's sample
    if (c.value.kind == ValueKind::quantity && b >= 2) {
      const Tok& p1 = s.toks[b - 1];
      const Tok& p2 = s.toks[b - 2];
      const Word& l2 = p2.lemma_n.empty() ? p2.lower : p2.lemma_n;
      const bool of_poll = p1.lower == "of" && (l2 == "poll" || l2 == "survey" || l2 == "study" || l2 == "sample");
      const bool surveyed = p1.lemma_v == "survey" || p1.lemma_v == "poll" || p1.lemma_v == "interview";
      if (of_poll || surveyed) {
        const std::string& study = m_study[s.index];
        c.attribute = "sample";
        c.subject = Subject{};
        c.subject.kind = "other";
        c.subject.key = study.substr(0, study.rfind(' '));
        c.subject.surface = study;
        c.changing = false;
      }
    }
  }
  // A crowd's size is an estimate, and whose estimate it is makes it
  // another figure: police and organizers count a march differently
  // ("Police said 480,000 people marched", "Unions said about 1.2
  // million"). Figures of one estimator compare; those of two, or of one
  // and none, do not.
  if (c.attribute == "attendance" && c.scope.population.empty()) {
    std::string who = estimator(s, b);
    if (who.empty() && !c.attribution.speaker.empty()) {
      who = c.attribution.speaker;
      if (who.front() == '@') {  // "@police", "@the unions": the noun
        who = who.substr(who.rfind(' ') == std::string::npos ? 1 : who.rfind(' ') + 1);
        if (const std::string l = lexicon::WordNet::instance().lemma(who, lexicon::Pos::noun); !l.empty()) {
          who = l;
        }
      }
    }
    if (!who.empty()) {
      c.scope.population = who + " estimate";
    }
  }
  if (c.attribution.origin.empty() && !c.attribution.speaker.empty()) {
    if (const auto it = m_speaker_origin.find(c.attribution.speaker); it != m_speaker_origin.end()) {
      c.attribution.origin = it->second.first;
      c.attribution.origin_name = it->second.second;
    }
  }
  if (c.attribution.origin.empty() && c.subject.kind == "person" && c.attribute == "quote") {
    if (const auto it = m_speaker_origin.find(c.subject.key); it != m_speaker_origin.end()) {
      c.attribution.origin = it->second.first;
      c.attribution.origin_name = it->second.second;
    }
  }
  if (c.attribution.origin.empty() && !m_dc.wire.empty()) {
    c.attribution.origin = lower(m_dc.wire);
    c.attribution.origin_name = m_dc.wire;
    c.attribution.cue = "wire";
  }
  if (c.certainty == "asserted" && (!c.attribution.origin.empty() || !c.attribution.speaker.empty())) {
    c.certainty = "reported";
  }
  // Changing quantities: counts of people and things, amounts that move.
  if (c.value.kind == ValueKind::quantity || c.value.kind == ValueKind::money || c.value.kind == ValueKind::percent) {
    const std::string head = c.attribute.substr(0, c.attribute.find('.'));
    // (or a count of what is done that adds up: "12 people were
    // detained", then 17: `people.arrest`)
    const auto dot = c.attribute.rfind('.');
    c.changing = in_class(m_res, "changing", head) || in_class(m_res, "changing", c.value.unit) ||
                 (dot != std::string::npos && in_class(m_res, "changing", c.attribute.substr(dot + 1)));
    // ("has grossed $412 million from 68 shows so far", "has now grossed",
    // "sold to date": a running total, whatever it counts)
    // ("who have crossed ... this year has passed 30,000": this year's count
    // so far, said in the present perfect)
    if (!c.changing) {
      const auto [cb, ce] = clause(s, b, e);
      bool perfect = false;
      bool this_year = false;
      for (std::uint16_t k = cb; k < ce && !c.changing; ++k) {
        const Word& w = s.toks[k].lower;
        const Word& next = k + 1u < ce ? s.toks[k + 1].lower : Word();
        c.changing = ((w == "so" || w == "thus") && next == "far") || (w == "to" && next == "date") ||
                     ((w == "has" || w == "have" || w == "had") && next == "now" && k + 2u < ce &&
                      s.toks[k + 2].lower != "been" && participle(s.toks[k + 2]));
        perfect = perfect || ((w == "has" || w == "have") && k + 1u < ce && participle(s.toks[k + 1]) &&
                              s.toks[k + 1].lower != "been");
        this_year = this_year || (w == "this" && (next == "year" || next == "month"));
      }
      c.changing = c.changing || (perfect && this_year);
    }
    // (a poll's published figure does not change; an earlier round of it
    // is dated: "In September, the same poll had ...")
    if (s.index < m_study.size() && !m_study[s.index].empty() && c.scope.population == m_study[s.index] &&
        c.time.source != "explicit") {
      c.changing = false;
    }
    // (a tariff's rate is set, not measured: two reports of one tariff
    // at different rates conflict)
    if (c.value.kind == ValueKind::percent && c.attribute.rfind("share.", 0) == 0 &&
        in_class(m_res, "levy", c.attribute.substr(6))) {
      c.changing = false;
    }
  }
  // Context: content lemmas within six tokens of the claim's words.
  {
    const auto [cb, ce] = clause(s, b, e);
    std::set<std::string> words;
    const std::size_t from = std::max<std::size_t>(cb, b >= 6 ? b - 6u : 0u);
    const std::size_t to = std::min<std::size_t>(ce, static_cast<std::size_t>(e) + 6u);
    for (std::size_t k = from; k < to; ++k) {
      const Tok& t = s.toks[k];
      if ((k >= b && k < e && value_mention >= 0) || !t.is(k_word) || t.is(text::k_number) || t.lower.size() < 3) {
        continue;
      }
      // ("31 medals in all", "33 medals in total": one frame)
      if (t.lower == "all" && k > 0 && s.toks[k - 1].lower == "in") {
        words.insert("frame.total");
        continue;
      }
      // ("is expected at", "forecasts", "is now seen at 36.5 million
      // bags", "seen falling 2%": a forecast, marked "~forecast")
      if ((t.lower == "seen" && k + 1 < to &&
           (s.toks[k + 1].lower == "at" || s.toks[k + 1].lower.ends_with("ing"))) ||
          in_class(m_res, "forecast", t.lemma_v.empty() ? t.lower : t.lemma_v) || in_class(m_res, "forecast", t.lower)) {
        words.insert("~forecast");
      }
      if (in_class(m_res, "name.stop", t.lower) || in_class(m_res, "cue.negated", t.lower)) {
        continue;
      }
      static constexpr std::string_view k_skip[] = {"was", "were", "has", "have", "had", "been", "are", "will",
                                                    "would", "could", "said", "says", "that", "with", "from"};
      if (std::find(std::begin(k_skip), std::end(k_skip), t.lower) != std::end(k_skip)) {
        continue;
      }
      const std::string& lemma =
          !t.lemma_v.empty() && t.lemma_v != t.lower ? t.lemma_v : (t.lemma_n.empty() ? t.lower : t.lemma_n);
      // ("721 migrants", "712 people": words for people in general are one)
      // ("104 people", "140 survivors": so are survivors)
      const std::string& w = in_class(m_res, "count.generic", t.lower) || in_class(m_res, "count.rescued", t.lower)
                                 ? std::string("people")
                                 : lemma;
      words.insert(w);
      // Words of one event frame ("bought", "sale", "takeover") also count
      // as the frame, so that two outlets' different verbs for one event
      // still share context.
      for (auto& f : m_res.lex.classes_of(w, "frame.")) {
        words.insert(std::move(f));
      }
      // (a verb and its particle too: "walk out")
      if (const std::string multi = class_at(s, k, "frame."); !multi.empty()) {
        words.insert("frame." + multi);
      }
    }
    // A deal's price is of the deal frame whatever verb says it ("will
    // pay $1.25 billion for Bolt")
    if (c.attribute == "deal") {
      words.insert("frame.deal");
    }
    // (and a closing date is of the closing frame, whether it says "will
    // close on" or "has been extended until")
    if (c.attribute == "date.close") {
      words.insert("frame.close");
    }
    // (and a date a change takes effect, "from September 2027" or
    // "starting in January 2027", of the effective frame)
    if (c.attribute == "date.effective") {
      words.insert("frame.effective");
    }
    c.context.assign(words.begin(), words.end());
  }
  c.id = hash::short_id(m_doc.id + "|" + std::to_string(c.start) + "|" + std::to_string(c.end) + "|" + c.attribute +
                            "|" + c.rule,
                        12);
}

void Builder::from_match(const Sent& s, const Match& m) {
  const CompiledRule& r = *m.rule;
  Claim c = base(s, m.b, m.e);
  c.rule = r.name;
  c.attribute = expand(r.attribute, m, s);
  int value_mention = -1;
  if (r.value_capture) {
    const Capture* cap = m.get(r.value);
    if (cap == nullptr || !value_from_span(s, cap->b, cap->e, cap->type, cap->ref, cap->cls, c.value)) {
      return;
    }
    if (cap->type <= SpanType::ordinal) {
      value_mention = cap->ref;
    }
    if (cap->type == SpanType::title) {
      c.value.kind = ValueKind::text;
    }
  } else {
    c.value.kind = ValueKind::status;
    c.value.text = r.value.find('{') == std::string::npos ? r.value : expand(r.value, m, s);
    c.value.display = c.value.text;
  }
  if (r.kind == "status") {
    c.value.kind = ValueKind::status;
  } else if (r.kind == "text" || r.kind == "title") {
    c.value.kind = ValueKind::text;
  } else if (r.kind == "set") {
    c.value.kind = ValueKind::set;
  } else if (r.kind == "place") {
    c.value.kind = ValueKind::place;
  }
  if (r.subject_capture) {
    const Capture* cap = m.get(r.subject);
    c.subject = cap != nullptr ? subject_from_span(s, cap->b, cap->e, cap->type, cap->ref) : default_subject(s, m.b, m.e);
  } else {
    c.subject = default_subject(s, m.b, m.e);
  }
  // A set of a unit's offices is about the organization; the unit's place
  // becomes the scope ("its North American division ... offices in").
  if (c.value.kind == ValueKind::set && c.subject.kind == "unit" && !c.subject.parent.empty()) {
    c.scope.place = c.subject.place;
    c.scope.place_name = c.subject.surface;
    Subject parent;
    parent.key = c.subject.parent;
    parent.kind = "org";
    parent.surface = c.subject.surface;
    c.subject = parent;
  }
  if (!r.scope.empty()) {
    if (const Capture* cap = m.get(r.scope); cap != nullptr) {
      for (const auto& sp : s.spans) {
        if (sp.b >= cap->b && sp.e <= cap->e && sp.type == SpanType::place && sp.ref >= 0) {
          c.scope.place = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.key;
          c.scope.place_name = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.surface;
          break;
        }
      }
    }
  }
  if (c.scope.empty()) {
    const Capture* vc = r.value_capture ? m.get(r.value) : nullptr;
    c.scope = scope_of(s, vc ? vc->b : m.b, vc ? vc->e : m.e, vc ? vc->type : SpanType::np);
  }
  if (!r.time.empty()) {
    if (const Capture* cap = m.get(r.time); cap != nullptr && cap->ref >= 0 && cap->type == SpanType::date) {
      const Mention& mm = m_dc.mentions[static_cast<std::size_t>(cap->ref)];
      if (mm.resolved && mm.date.start) {
        c.time.range = mm.date;
        c.time.timex = mm.timex;
        c.time.source = "explicit";
      }
    }
  }
  c.certainty = r.certainty.empty() ? certainty(s, m.b, m.e) : r.certainty;
  fill_context(c, s, m.b, m.e, value_mention);
  if (r.changing >= 0) {
    c.changing = r.changing == 1;
  }
  m_used[s.index].push_back({m.b, m.e});
  // the value span itself is covered too (the general rule skips it)
  m_claims.push_back(std::move(c));
}

void Builder::based(const Sent& s) {
  // "Austin-based Acme Corp", "the Moscow-based firm": where the
  // organization is based. (One token: the pattern language cannot split it.)
  for (std::uint16_t k = 0; k + 1u < s.toks.size(); ++k) {
    const Word& w = s.toks[k].lower;
    if (w.size() <= 6 || !w.ends_with("-based")) {
      continue;
    }
    const std::string where = std::string(m_doc.cleaned.text.substr(s.toks[k].start, s.toks[k].end - s.toks[k].start - 6));
    const auto places = m_res.gaz->lookup(where);
    if (places.empty()) {
      continue;
    }
    for (const auto& sp : s.spans) {
      // the organization right after ("Austin-based Acme Corp"), or the
      // anaphor it modifies ("the Moscow-based firm")
      if (sp.b != k + 1u || sp.ref < 0 || sp.type != SpanType::org) {
        continue;
      }
      const Subject& sub = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject;
      if (sub.kind != "org") {
        continue;
      }
      Claim c = base(s, k, static_cast<std::uint16_t>(k + 1));
      c.rule = "based";
      c.attribute = "headquarters";
      c.subject = sub;
      c.value.kind = ValueKind::place;
      c.value.text = places.front()->key;
      c.value.display = where;
      c.certainty = certainty(s, k, sp.e);
      fill_context(c, s, k, sp.e, -1);
      m_claims.push_back(std::move(c));
      break;
    }
  }
}

// A pair of counts written "3-1" in one token, each of at most `digits`
// digits; false for anything else ("2024-25" is no pair of counts).
bool count_pair(const Tok& t, std::size_t digits, int& x, int& y) {
  const Word& w = t.lower;
  const auto dash = w.find('-');
  if (!t.is(text::k_number) || dash == std::string::npos || dash == 0 || dash > digits ||
      w.size() - dash - 1 == 0 || w.size() - dash - 1 > digits || w.find_first_not_of("0123456789") != dash ||
      w.find_first_not_of("0123456789", dash + 1) != std::string::npos) {
    return false;
  }
  x = std::stoi(w.substr(0, dash));
  y = std::stoi(w.substr(dash + 1));
  return true;
}

// "score" for a word of a game's result, "tally" for one of a vote, else
// empty.
std::string pair_kind(std::string_view l) {
  static constexpr std::string_view k_score[] = {"beat", "defeat", "win",     "lose", "edge", "rout",  "thrash",
                                                 "draw", "tie",    "victory", "loss", "lead", "trail"};
  static constexpr std::string_view k_tally[] = {"vote",     "pass",    "approve",  "reject",  "rule",
                                                 "ruling",   "decision", "verdict", "majority", "confirm", "split"};
  if (std::find(std::begin(k_score), std::end(k_score), l) != std::end(k_score)) {
    return "score";
  }
  if (std::find(std::begin(k_tally), std::end(k_tally), l) != std::end(k_tally)) {
    return "tally";
  }
  return {};
}

void Builder::tally(const Sent& s) {
  // "Arsenal beat Chelsea 3-1", "the Senate voted 51-49", "a 6-3 ruling":
  // a score or a vote's tally, a pair of counts no range reads. Kept as
  // text with the larger count first, so "lost 1-3" and "won 3-1" match.
  const auto as_text = [](int x, int y) { return std::to_string(std::max(x, y)) + "-" + std::to_string(std::min(x, y)); };
  const auto noun_kind = [&](std::size_t j) {
    const Tok& t = s.toks[j];
    return pair_kind(t.lemma_n.empty() ? t.lower : t.lemma_n);
  };
  for (std::uint16_t k = 0; k < s.toks.size(); ++k) {
    int x = 0;
    int y = 0;
    if (!count_pair(s.toks[k], 3, x, y)) {
      continue;
    }
    // what kind of pair: a noun right after it, or a verb before it
    std::string what = k + 1u < s.toks.size() ? noun_kind(k + 1u) : std::string();
    for (int j = static_cast<int>(k) - 1; what.empty() && j >= 0 && j >= static_cast<int>(k) - 5; --j) {
      const Tok& t = s.toks[static_cast<std::size_t>(j)];
      if (t.is(k_punct) && t.lower != "'s") {
        break;
      }
      what = pair_kind(t.lemma_v.empty() ? t.lower : t.lemma_v);
      if (what.empty()) {
        what = noun_kind(static_cast<std::size_t>(j));
      }
    }
    if (what.empty() || covered(s, k, static_cast<std::uint16_t>(k + 1))) {
      continue;
    }
    // ("lead the series 3-1", "2-1 on aggregate": a series, not a game)
    for (std::size_t j = k >= 3 ? k - 3u : 0u; j < s.toks.size() && j <= k + 3u; ++j) {
      if (s.toks[j].lower == "series" || s.toks[j].lower == "aggregate" || s.toks[j].lemma_n == "set") {
        what += ".series";
        break;
      }
    }
    // ("6-3, 6-4, 7-5": a match in sets is one score, set by set)
    std::string value = as_text(x, y);
    std::uint16_t last = k;
    for (std::size_t j = k + 1; j + 1 < s.toks.size(); j += 2) {
      int px = 0;
      int py = 0;
      if ((s.toks[j].lower != "," && s.toks[j].lower != "and") || !count_pair(s.toks[j + 1], 2, px, py)) {
        break;
      }
      value += " " + as_text(px, py);
      last = static_cast<std::uint16_t>(j + 1);
    }
    Claim c = base(s, k, static_cast<std::uint16_t>(last + 1));
    c.rule = "tally";
    c.attribute = what;
    c.value.kind = ValueKind::text;
    c.value.text = value;
    c.value.display = c.value.text;
    c.subject = default_subject(s, k, static_cast<std::uint16_t>(k + 1));
    // ("a 3-1 victory over Riverton": the team after "over" or "against"
    // is the other side; without a winner named, the article's topic)
    for (const auto& q : s.spans) {
      if (q.ref >= 0 && q.b > 0 && q.type >= SpanType::place && q.type <= SpanType::other &&
          m_dc.entities[static_cast<std::size_t>(q.ref)].subject.key == c.subject.key &&
          (s.toks[q.b - 1].lower == "over" || s.toks[q.b - 1].lower == "against") && !m_dc.topic.key.empty()) {
        c.subject = m_dc.topic;
        break;
      }
    }
    // ("The striker scored twice in Saturday's 3-1 victory": a player in
    // a sentence about the game's result; the team is the article's topic)
    if (c.subject.kind == "person" && !m_dc.topic.key.empty() && m_dc.topic.kind != "person" &&
        k + 1u < s.toks.size() && !noun_kind(k + 1u).empty()) {
      c.subject = m_dc.topic;
    }
    c.certainty = certainty(s, k, static_cast<std::uint16_t>(k + 1));
    fill_context(c, s, k, static_cast<std::uint16_t>(k + 1), -1);
    if (c.subject.key.empty()) {
      continue;
    }
    m_claims.push_back(std::move(c));
  }
}

void Builder::zero_toll(const Sent& s) {
  // "No one was injured", "Nobody died", "no one was killed in the
  // fire": a toll of zero, which a report of two injured contradicts.
  for (std::uint16_t k = 0; k + 2u < s.toks.size(); ++k) {
    std::uint16_t e = 0;
    if (s.toks[k].lower == "no" && s.toks[k + 1].lower == "one") {
      e = static_cast<std::uint16_t>(k + 2);
    } else if (s.toks[k].lower == "nobody" || s.toks[k].lower == "no-one") {
      e = static_cast<std::uint16_t>(k + 1);
    } else {
      continue;
    }
    std::uint16_t v = e;
    while (v < s.toks.size() && v < e + 3 &&
           (s.toks[v].lower == "was" || s.toks[v].lower == "were" || s.toks[v].lower == "has" ||
            s.toks[v].lower == "had" || s.toks[v].lower == "been" || s.toks[v].lower == "is")) {
      ++v;
    }
    if (v >= s.toks.size()) {
      continue;
    }
    const std::string cls = class_at(s, v, "verb.");
    const std::string attribute = cls == "kill" ? "deaths" : cls == "injure" ? "injuries" : "";
    if (attribute.empty() || covered(s, k, static_cast<std::uint16_t>(v + 1))) {
      continue;
    }
    Claim c = base(s, k, e);
    c.rule = "zero";
    c.attribute = attribute;
    c.value.kind = ValueKind::quantity;
    c.value.num = NumRange::point(0);
    c.value.unit = "people";
    c.value.display = "0 people";
    c.subject = !m_event.key.empty() ? m_event : default_subject(s, k, e);
    c.certainty = "asserted";
    fill_context(c, s, k, static_cast<std::uint16_t>(v + 1), -1);
    c.changing = true;
    m_claims.push_back(std::move(c));
  }
}

void Builder::general(const Sent& s) {
  // What the sentence's last change so far is of ("population" for "grew
  // 3.1%" of "Its population"), empty when it names nothing: a figure after
  // "to" that ends that change is the new level of it.
  const auto last_change_of = [&]() -> std::string {
    for (auto q = m_claims.rbegin(); q != m_claims.rend() && q->sentence_start == s.range.start; ++q) {
      if (q->attribute.rfind("change.", 0) == 0) {
        return q->attribute.substr(7);
      }
    }
    return {};
  };
  for (const auto& sp : s.spans) {
    if (sp.type > SpanType::ordinal || sp.ref < 0 || sp.type == SpanType::set) {
      continue;
    }
    if (covered(s, sp.b, sp.e)) {
      continue;
    }
    const Mention& m = m_dc.mentions[static_cast<std::size_t>(sp.ref)];
    Claim c = base(s, sp.b, sp.e);
    c.rule = "general";
    std::uint16_t claim_b = sp.b;
    std::uint16_t claim_e = sp.e;
    // "Two months after the administration removed X": the event happened
    // that long before the time of the main clause (the publication).
    // (not a length: "banned for four years after testing positive")
    if (m.type == MentionType::duration && sp.e < s.toks.size() && !(sp.b >= 1 && s.toks[sp.b - 1].lower == "for") &&
        (s.toks[sp.e].lower == "after" || s.toks[sp.e].lower == "before") && m.num.low && m.num.high &&
        *m.num.low == *m.num.high && m_doc.published_range && m_doc.published_range->start) {
      const int sign = s.toks[sp.e].lower == "after" ? -1 : 1;
      const int n = static_cast<int>(*m.num.low);
      Day base_day = *m_doc.published_range->start;
      Granularity g = Granularity::day;
      if (m.unit == "month") {
        base_day = add_months(base_day, sign * n);
        g = Granularity::month;
      } else if (m.unit == "year") {
        base_day = add_months(base_day, sign * 12 * n);
        g = Granularity::year;
      } else if (m.unit == "week") {
        base_day += sign * 7 * n;
        g = Granularity::week;
      } else if (m.unit == "day") {
        base_day += sign * n;
      } else {
        continue;
      }
      std::uint16_t ce = sp.e + 1;
      while (ce < s.toks.size() && !(s.toks[ce].is(k_punct) && s.toks[ce].lower == ",")) {
        ++ce;
      }
      // Only when the main clause speaks of the present ("..., the Senate is
      // gearing up"): a past main clause has its own, unknown, time.
      bool present = false;
      // The first auxiliary of the main clause decides (participles and
      // quoted words are skipped).
      bool quoted = false;
      for (std::uint16_t k = static_cast<std::uint16_t>(ce + 1); k < s.toks.size() && k < ce + 40; ++k) {
        if (s.toks[k].is(k_quote)) {
          quoted = !quoted;
          continue;
        }
        if (quoted || s.toks[k].is(k_possessive)) {
          continue;
        }
        const Word& w = s.toks[k].lower;
        if (w == "is" || w == "are" || w == "am" || w == "has" || w == "have" || w == "will") {
          present = true;
          break;
        }
        if (w == "was" || w == "were" || w == "had" || w == "did") {
          break;
        }
      }
      if (!present || ce >= s.toks.size()) {
        continue;
      }
      c = base(s, sp.b, ce);
      c.rule = "general.after";
      c.value.kind = ValueKind::date;
      c.value.date = values::span_of(g, base_day);
      c.value.timex = values::timex_of(g, base_day);
      c.value.display = c.value.timex;
      const int verb = governing_verb(s, static_cast<std::uint16_t>(sp.e + 1), static_cast<std::uint16_t>(sp.e + 1));
      std::string vname = "event";
      if (verb >= 0) {
        const auto classes = m_res.lex.classes_of(s.toks[static_cast<std::size_t>(verb)].lemma_v, "verb.");
        vname = classes.empty() ? s.toks[static_cast<std::size_t>(verb)].lemma_v.str() : suffix_of(classes.front());
      }
      c.attribute = "date." + vname;
      c.subject = default_subject(s, static_cast<std::uint16_t>(sp.e + 1), static_cast<std::uint16_t>(sp.e + 2));
      for (const auto& q : s.spans) {
        if (q.b > sp.e && q.e <= ce && q.ref >= 0 && q.type >= SpanType::org && q.type <= SpanType::other) {
          c.subject = m_dc.entities[static_cast<std::size_t>(q.ref)].subject;
          break;
        }
      }
      c.certainty = certainty(s, sp.b, ce);
      fill_context(c, s, sp.b, ce, sp.ref);
      m_used[s.index].push_back({sp.b, ce});
      m_claims.push_back(std::move(c));
      continue;
    }
    if (!value_from_span(s, sp.b, sp.e, sp.type, sp.ref, "", c.value)) {
      continue;
    }
    if (c.value.kind == ValueKind::quantity || c.value.kind == ValueKind::money || c.value.kind == ValueKind::percent) {
      if (sp.b > 0 && s.toks[sp.b - 1].lower == "from") {
        // "to $3.00 from $2.75": the old figure of a change
        bool old_figure = false;
        for (const auto& q : s.spans) {
          old_figure = old_figure || (q.type <= SpanType::ordinal && q.ref >= 0 && q.ref != sp.ref && q.e + 1u == sp.b &&
                                      q.b > 0 && s.toks[q.b - 1].lower == "to");
        }
        // (but "rose to 4.3% from 4.1% in June" dates the old figure: it is
        // June's level, read below)
        bool dated_old = false;
        for (const auto& q : s.spans) {
          dated_old = dated_old || (q.type == SpanType::date && q.ref >= 0 &&
                                    (q.b == sp.e || (q.b == sp.e + 1u && (s.toks[sp.e].lower == "in" || s.toks[sp.e].lower == "on"))));
        }
        if (old_figure && !dated_old) {
          continue;
        }
        // "raised the fare from $2.75 to $3.25": the new figure of a change,
        // not a range of fares
        if (c.value.num.low && c.value.num.high && *c.value.num.low < *c.value.num.high && !c.value.num.approximate) {
          int direction = 0;
          const auto [cb, ce] = clause(s, sp.b, sp.e);
          for (int k = static_cast<int>(sp.b) - 2; k >= static_cast<int>(cb) && k >= static_cast<int>(sp.b) - 12 && direction == 0;
               --k) {
            const std::string cls = class_at(s, static_cast<std::size_t>(k), "change.");
            direction = cls == "up" ? 1 : cls == "down" ? -1 : 0;
          }
          if (direction != 0) {
            const double v = direction > 0 ? *c.value.num.high : *c.value.num.low;
            c.value.num.low = v;
            c.value.num.high = v;
            c.value.num.low_inclusive = true;
            c.value.num.high_inclusive = true;
            c.value.num.approximate = false;
            c.value.display = display_range(c.value.num, c.value.unit, c.value.kind);
          }
        }
      }
    }
    // "The rate stood at 4.5% before the decision": the level before what
    // the story reports, at no date the text gives; no claim
    if ((c.value.kind == ValueKind::quantity || c.value.kind == ValueKind::money || c.value.kind == ValueKind::percent) &&
        sp.e + 2u < s.toks.size() && (s.toks[sp.e].lower == "before" || s.toks[sp.e].lower == "ahead") &&
        (s.toks[sp.e + 1].lower == "the" || s.toks[sp.e + 1].lower == "its" || s.toks[sp.e + 1].lower == "their" ||
         s.toks[sp.e + 1].lower == "this" || s.toks[sp.e + 1].lower == "that")) {
      bool dated_next = false;
      for (const auto& q : s.spans) {
        dated_next = dated_next || (q.type == SpanType::date && q.b == sp.e + 1u);
      }
      // ("reached 3,400 meters before the crew turned back": a clause, when
      // its subject comes first, says when the figure was reached)
      const bool clause_next = sp.e + 3u < s.toks.size() && s.toks[sp.e + 3].is(k_word) &&
                               !s.toks[sp.e + 3].lemma_v.empty() && s.toks[sp.e + 3].lemma_v != s.toks[sp.e + 3].lower &&
                               lexicon::WordNet::instance().known(s.toks[sp.e + 3].lemma_v, lexicon::Pos::verb) &&
                               !lexicon::WordNet::instance().known(s.toks[sp.e + 3].lower, lexicon::Pos::noun);
      if (!dated_next && !clause_next) {
        continue;
      }
    }
    // "recent years", "one big misunderstanding": no checkable number;
    // "90,000 vehicles a year": a rate, not a duration
    if (c.value.kind == ValueKind::duration && (!m.num.low && !m.num.high)) {
      continue;
    }
    // (a mention that opens with "a", "an" or "per" at most `gap` bytes
    // after a mention of type `type`: what that one is counted per)
    const auto per_unit_after = [&](MentionType type, std::size_t gap) {
      if (sp.ref <= 0) {
        return false;
      }
      const Mention& before = m_dc.mentions[static_cast<std::size_t>(sp.ref - 1)];
      const std::string& t = m_doc.cleaned.text;
      return before.type == type && m.start >= before.end && m.start - before.end <= gap &&
             (t.compare(m.start, 2, "a ") == 0 || t.compare(m.start, 3, "an ") == 0 ||
              t.compare(m.start, 4, "per ") == 0);
    };
    if (c.value.kind == ValueKind::duration && per_unit_after(MentionType::quantity, 24)) {
      continue;
    }
    // "$4.10 a dozen": the quantity a price is for, no count
    if (c.value.kind == ValueKind::quantity && per_unit_after(MentionType::money, 2)) {
      continue;
    }
    // ("2.4 per 100,000 people": the people a rate is per are no count)
    if (c.value.kind == ValueKind::quantity && sp.b >= 1 && s.toks[sp.b - 1].lower == "per") {
      continue;
    }
    // ("the price of a dozen roses", "A dozen roses now costs $31", "a
    // dozen cost $18": so is the amount a price is of)
    if (c.value.kind == ValueKind::quantity) {
      bool sold = sp.b >= 2 && s.toks[sp.b - 1].lower == "of" &&
                  (s.toks[sp.b - 2].lower == "price" || s.toks[sp.b - 2].lower == "prices" ||
                   s.toks[sp.b - 2].lower == "cost");
      for (std::uint16_t j = sp.e; !sold && j < s.toks.size() && j < sp.e + 4u; ++j) {
        const Word& w = s.toks[j].lower;
        if (w == "cost" || w == "costs" || w == "sells" || w == "sold") {
          for (const auto& q : s.spans) {
            sold = sold || (q.type == SpanType::money && q.b > j && q.b <= j + 3u);
          }
          break;
        }
        if (s.toks[j].is(k_punct)) {
          break;
        }
      }
      if (sold) {
        continue;
      }
    }
    // "one" in words is mostly no count ("one of the", "one big problem"),
    // except as a toll: "killed one", "One person has died".
    const bool word_one = c.value.kind == ValueKind::quantity && m.num.low && m.num.high && *m.num.low == 1 &&
                          *m.num.high == 1 && !text::is_digit(m_doc.cleaned.text[m.start]);
    if (word_one && !(lower(m_doc.cleaned.text.substr(m.start, 3)) == "one" &&
                      !(sp.e < s.toks.size() && s.toks[sp.e].lower == "of"))) {
      continue;
    }
    const int verb = governing_verb(s, sp.b, sp.e);
    std::string vclass;
    if (verb >= 0) {
      const Tok& vt = s.toks[static_cast<std::size_t>(verb)];
      const auto classes = m_res.lex.classes_of(vt.lemma_v, "verb.");
      // "made landfall": a multi-word entry names the class first
      const std::string multi = class_at(s, static_cast<std::size_t>(verb), "verb.");
      vclass = !multi.empty() ? multi : classes.empty() ? vt.lemma_v.str() : suffix_of(classes.front());
      // "closed ... in 2014" vs "opened": prefer the class of the verb itself
      for (const auto& cl : classes) {
        if (suffix_of(cl) == vt.lemma_v) {
          vclass = vt.lemma_v;
        }
      }
      // ("Nurses at Acme will strike for 24 hours": people who strike walk
      // out; a storm that strikes makes landfall)
      if (vt.lemma_v == "strike" && vclass == "landfall") {
        for (int k = verb - 1; k >= 0 && k >= verb - 6; --k) {
          const Tok& w = s.toks[static_cast<std::size_t>(k)];
          if (w.is(k_punct)) {
            break;
          }
          if (w.is(k_word) && (lexicon::WordNet::instance().person(noun_base(w)) || w.lower == "union" ||
                               w.lower == "unions" || w.lower == "staff")) {
            vclass = "strike";
            break;
          }
        }
      }
    }
    switch (c.value.kind) {
      case ValueKind::quantity: {
        // the lower-case word at `j`, empty past the sentence's end
        const auto word_at = [&](std::size_t j) -> std::string_view {
          return j < s.toks.size() ? std::string_view(s.toks[j].lower) : std::string_view();
        };
        // "1.2 miles (2 km)": a measure converted into another unit by the
        // writer, rounded their own way
        if (!m.dimension.empty() && converted_from_previous(s, sp)) {
          c.scope.phase = "converted";
        }
        // "Four of the deaths", "300,000 of the affected customers": a part
        std::string noun = m.unit;
        bool partitive = false;
        if (noun.empty() && sp.e + 1u < s.toks.size() && s.toks[sp.e].lower == "of") {
          std::uint16_t k = static_cast<std::uint16_t>(sp.e + 1);
          // "About 400 of its 1,100 Chicago employees": past the whole's
          // figure and its modifiers to the noun
          while (k < s.toks.size() && k < sp.e + 6 &&
                 (s.toks[k].lower == "the" || s.toks[k].lower == "its" || s.toks[k].lower == "their" ||
                  s.toks[k].lower == "his" || s.toks[k].lower == "her" || s.toks[k].lower == "our" ||
                  s.toks[k].lower == "affected" || s.toks[k].lower == "those" || s.toks[k].is(text::k_number) ||
                  std::any_of(s.spans.begin(), s.spans.end(), [&](const Span& q) {  // "of the nine members"
                    return q.type == SpanType::quantity && q.b <= k && k < q.e;
                  }) ||
                  s.toks[k].lower == "," || (s.toks[k].is(k_cap) && k + 1u < s.toks.size() && s.toks[k + 1].is(k_word) &&
                                             !s.toks[k + 1].is(k_cap)))) {
            ++k;
          }
          // ("1,900 of its 4,400 scheduled flights", "three of the eight
          // stolen pieces": past a participle; not "Six of the injured
          // were": there the participle is the noun)
          if (k + 1u < s.toks.size() && participle(s.toks[k]) && s.toks[k + 1].is(k_word) && !s.toks[k + 1].is(k_cap) &&
              !auxiliary(s.toks[k + 1].lower) && !verb_like(s.toks[k + 1])) {
            ++k;
          }
          if (k < s.toks.size() && s.toks[k].is(k_word) && !s.toks[k].is(k_cap)) {
            // "nine of them were hospitalized": the verb says what they are
            const Word& w = s.toks[k].lower;
            // and they are all of what the verb counts, not a part of it
            // ("eight of them Americans" is a part)
            const bool pronoun = w == "them" || w == "these" || w == "us" || w == "whom" || w == "which";
            const bool verb_next = k + 1u < s.toks.size() && (verb_like(s.toks[k + 1]) || s.toks[k + 1].lower == "were" ||
                                                              s.toks[k + 1].lower == "was" || s.toks[k + 1].lower == "are" ||
                                                              s.toks[k + 1].lower == "have" || s.toks[k + 1].lower == "had" ||
                                                              s.toks[k + 1].lower == "remain");
            noun = pronoun ? std::string() : w.str();
            partitive = !(pronoun && verb_next);
            // ("Sixty-two pilot whales came ashore ... Thirty-one of them
            // have now died": animals counted in this sentence or the one
            // before are what "them" counts)
            if (pronoun && verb_next && s.index > 0) {
              const std::size_t since = m_dc.sents[s.index - 1].range.start;
              for (auto it = m_claims.rbegin(); it != m_claims.rend() && it->sentence_start >= since; ++it) {
                if (it->value.kind == ValueKind::quantity && !it->value.unit.empty() &&
                    lexicon::WordNet::instance().animal(
                        lexicon::WordNet::instance().lemma(it->value.unit, lexicon::Pos::noun))) {
                  noun = it->value.unit;
                  break;
                }
              }
            }
          }
        }
        // "puts the number of workers who will get a raise at 2.4 million",
        // "the number of people affected is 14": the noun counted
        if (noun.empty() && sp.b >= 2) {
          const std::uint16_t nb = clause(s, sp.b, sp.e).first;
          for (int k = static_cast<int>(sp.b) - 2; k > static_cast<int>(nb) && k >= static_cast<int>(sp.b) - 16; --k) {
            const auto ku = static_cast<std::size_t>(k);
            if (s.toks[ku].is(text::k_number)) {
              break;  // another figure between
            }
            if (s.toks[ku].lower == "number" && ku + 2 < sp.b && s.toks[ku + 1].lower == "of" &&
                s.toks[ku + 2].is(k_word) && !s.toks[ku + 2].is(k_cap)) {
              noun = s.toks[ku + 2].lower;
              break;
            }
          }
        }
        c.attribute = !m.dimension.empty() && m.si ? m.dimension : count_attribute(s, sp.b, sp.e, noun, verb);
        // "Its population grew 3.1% ..., to about 251,000": a bare count
        // after "to" that ends a change is the level of what changed
        if (generic_count(c.attribute) && m.unit.empty() && sp.b >= 1 && s.toks[sp.b - 1].lower == "to") {
          const std::string what = last_change_of();
          if (!what.empty() && what.find('.') == std::string::npos && !in_class(m_res, "name.stop", what)) {
            c.attribute = what;
          }
          // ("Flu deaths in Ruritania fell 6% last year to 2,310": or the
          // role noun that opens the clause whose change it ends)
          const std::uint16_t opening = after_dateline(s, clause(s, sp.b, sp.e).first);
          for (std::uint16_t k = opening; generic_count(c.attribute) && k < sp.b && k < opening + 4u; ++k) {
            if (verb_like(s.toks[k]) || participle(s.toks[k]) || s.toks[k].is(k_punct)) {
              break;
            }
            if (const std::string role = class_at(s, k, "role."); !role.empty() && role != "money" && role != "date" &&
                                                                   role != "percent") {
              c.attribute = role;
            }
          }
        }
        per_population(s, sp, c);
        // "cutting 500,000 barrels a day", "cut output by 1.2 million barrels
        // a day", "500,000 barrels a day of the reduction": a measure of a
        // change, not a level
        // (not a distance to a place: "sank about 50 miles southwest of the
        // coast", "struck 40 km off the coast")
        const bool bearing = sp.e < s.toks.size() && bearing_word(s.toks[sp.e].lower);
        if (!m.dimension.empty() && m.si && c.attribute == m.dimension && sp.b >= 1 && !bearing) {
          bool change = false;
          const std::string dir = class_at(s, sp.b - 1u, "change.");
          change = (dir == "up" || dir == "down") && (verb_like(s.toks[sp.b - 1]) || participle(s.toks[sp.b - 1]) ||
                                                      s.toks[sp.b - 1].lemma_v != s.toks[sp.b - 1].lower ||
                                                      lexicon::WordNet::instance().known(s.toks[sp.b - 1].lower,
                                                                                         lexicon::Pos::verb));
          // (the verb of change a few words before "by": "reduce its crude
          // production by", "cut output in October 2024, by")
          for (int k = static_cast<int>(sp.b) - 3; !change && s.toks[sp.b - 1].lower == "by" && k >= 0 &&
                                                   k >= static_cast<int>(sp.b) - 8;
               --k) {
            const Tok& t = s.toks[static_cast<std::size_t>(k)];
            const std::string vdir = class_at(s, static_cast<std::size_t>(k), "change.");
            const Word& before = k > 0 ? s.toks[static_cast<std::size_t>(k) - 1].lower : Word();
            change = (vdir == "up" || vdir == "down") && (verb_like(t) || t.lemma_v == t.lower) &&
                     t.is(k_word) && !t.is(k_cap) && before != "the" && before != "a" && before != "an" &&
                     before != "its" && before != "their" && !s.toks[static_cast<std::size_t>(k) - 1].is(k_possessive);
          }
          // (past a rate's "a day" to "of the reduction")
          std::uint16_t k = sp.e;
          if (k + 1u < s.toks.size() && (s.toks[k].lower == "a" || s.toks[k].lower == "per") &&
              (s.toks[k + 1].lower == "day" || s.toks[k + 1].lower == "year" || s.toks[k + 1].lower == "month")) {
            k += 2u;
          }
          if (!change && k + 2u < s.toks.size() && s.toks[k].lower == "of" &&
              (s.toks[k + 1].lower == "the" || s.toks[k + 1].lower == "that" || s.toks[k + 1].lower == "this")) {
            const Word& n = s.toks[k + 2].lemma_n.empty() ? s.toks[k + 2].lower : s.toks[k + 2].lemma_n;
            change = n == "reduction" || n == "cut" || n == "increase" || n == "decrease" || n == "rise";
          }
          if (change) {
            c.attribute = "change." + c.attribute;
          }
          // ("global demand, which the group puts at 103 million barrels a
          // day": a measure in a relative clause on a common noun is that
          // noun's)
          for (int r = static_cast<int>(sp.b) - 1; !change && r >= 2 && r >= static_cast<int>(sp.b) - 8; --r) {
            const Tok& t = s.toks[static_cast<std::size_t>(r)];
            if (t.is(k_punct)) {
              break;
            }
            if (t.lower != "which" && t.lower != "that") {
              continue;
            }
            std::size_t a = static_cast<std::size_t>(r) - 1;
            if (s.toks[a].lower == ",") {
              --a;
            }
            const Tok& head = s.toks[a];
            // (a figure some estimate puts it at: "which the group puts at";
            // not "The satellite, which weighs 4,600 kg", its own measure)
            bool estimate = s.toks[sp.b - 1].lower == "at";
            for (std::size_t v = static_cast<std::size_t>(r) + 1u; estimate && v + 1u < sp.b; ++v) {
              const Word& l = s.toks[v].lemma_v.empty() ? s.toks[v].lower : s.toks[v].lemma_v;
              estimate = !(s.toks[v].is(k_punct));
              if (l == "put" || l == "estimate" || l == "forecast" || l == "peg" || l == "place" || l == "project" ||
                  l == "see") {
                break;
              }
              estimate = estimate && v + 2u < sp.b;
            }
            if (estimate && head.is(k_word) && !head.is(k_cap) && !head.lemma_n.empty() &&
                lexicon::WordNet::instance().known(head.lemma_n, lexicon::Pos::noun) && !auxiliary(head.lower) &&
                !in_class(m_res, "name.stop", head.lower)) {
              c.attribute = m.dimension + "." + head.lemma_n;
            }
            break;
          }
        }
        // "The index fell 1,210 points": a count right after a verb of change
        // is the change (not "fell to 37,840": a level)
        if (m.dimension.empty() && sp.b >= 1 && c.attribute.find('.') == std::string::npos &&
            !generic_count(c.attribute)) {
          const std::string dir = class_at(s, sp.b - 1u, "change.");
          if ((dir == "up" || dir == "down") && (verb_like(s.toks[sp.b - 1]) || participle(s.toks[sp.b - 1]))) {
            c.attribute = "change." + c.attribute;
          }
        }
        // "The population grew by about 7,000 people": a count after a
        // verb of change and "by" is the change, not the level
        if (m.dimension.empty() && sp.b >= 2 && s.toks[sp.b - 1].lower == "by" &&
            c.attribute.find('.') == std::string::npos) {
          const std::string dir = class_at(s, sp.b - 2u, "change.");
          if (dir == "up" || dir == "down") {
            c.attribute = "change." + c.attribute;
          }
          // ("Births outnumbered deaths by about 900": a margin, not a toll)
          for (std::uint16_t k = sp.b - 2u; k + 4u >= sp.b && k > 0; --k) {
            const Word& l = s.toks[k].lemma_v.empty() ? s.toks[k].lower : s.toks[k].lemma_v;
            if (l == "outnumber" || l == "exceed" || l == "outpace" || l == "outsell" || l == "surpass" ||
                l == "outvote") {
              c.attribute = "margin";
              break;
            }
          }
        }
        // "Smith, 61, joined ...": a bare number set off after a person's
        // name is the person's age
        if (m.unit.empty() && !partitive && sp.b >= 2 && sp.e < s.toks.size() && s.toks[sp.b - 1].lower == "," &&
            (s.toks[sp.e].lower == "," || s.toks[sp.e].lower == "." || s.toks[sp.e].lower == ")") &&
            m.num.low && m.num.high && *m.num.low == *m.num.high && *m.num.low >= 1 && *m.num.low < 120) {
          for (const auto& q : s.spans) {
            if (q.type == SpanType::person && q.ref >= 0 && q.e + 1u == sp.b) {
              c.attribute = "age";
              c.subject = m_dc.entities[static_cast<std::size_t>(q.ref)].subject;
            }
          }
        }
        // "He was 87.", "died on Sunday at 87", "dead at 88": a person's age
        // (at death)
        if (m.unit.empty() && !partitive && m.num.low && m.num.high && *m.num.low == *m.num.high &&
            *m.num.low >= 1 && *m.num.low < 120 && std::floor(*m.num.low) == *m.num.low) {
          const bool ends = sp.e == s.toks.size() || (sp.e + 1u == s.toks.size() && s.toks[sp.e].is(k_punct));
          const Span* person = nullptr;
          // "He was 87."
          if (ends && sp.b == 2 && (s.toks[1].lower == "was" || s.toks[1].lower == "is")) {
            for (const auto& q : s.spans) {
              person = q.type == SpanType::person && q.ref >= 0 && q.b == 0 && q.e == 1 ? &q : person;
            }
          }
          // "died on Sunday at 87", "dies at 87", "dead at 88"
          if (person == nullptr && sp.b >= 2 && s.toks[sp.b - 1].lower == "at" &&
              (sp.e == s.toks.size() || s.toks[sp.e].is(k_punct))) {
            bool death = false;
            for (int k = static_cast<int>(sp.b) - 2; k >= 0 && k >= static_cast<int>(sp.b) - 6 && !death; --k) {
              const Tok& t = s.toks[static_cast<std::size_t>(k)];
              death = t.lemma_v == "die" || t.lower == "dead" || t.lower == "died" || t.lower == "dies";
            }
            for (const auto& q : s.spans) {
              if (death && q.type == SpanType::person && q.ref >= 0 && q.e <= sp.b) {
                person = &q;  // the last person before
              }
            }
          }
          if (person != nullptr) {
            c.attribute = "age";
            c.subject = m_dc.entities[static_cast<std::size_t>(person->ref)].subject;
          }
        }
        // "The 21-year-old has signed", "a 47-year-old man": an age; "joined
        // at the age of 10": the age at another event
        if (m.unit == "years old") {
          // ("his 6-year-old son": the son's age, not the subject's)
          c.attribute = sp.e < s.toks.size() && s.toks[sp.e].is(k_word) && !s.toks[sp.e].is(k_cap)
                            ? "age." + (s.toks[sp.e].lemma_n.empty() ? s.toks[sp.e].lower : s.toks[sp.e].lemma_n)
                            : "age";
          for (const auto& q : s.spans) {  // "The 21-year-old", "21-year-old Luis Garcia"
            if (q.type == SpanType::person && q.ref >= 0 && ((q.b <= sp.b && sp.e <= q.e) || q.b == sp.e)) {
              c.subject = m_dc.entities[static_cast<std::size_t>(q.ref)].subject;
              c.attribute = "age";
            }
          }
        }
        if (sp.b >= 3 && s.toks[sp.b - 1].lower == "of" && s.toks[sp.b - 2].lower == "age" &&
            s.toks[sp.b - 3].lower == "the") {
          c.attribute = "age.at";
        }
        // "at a depth of 35 km", "a height of 45 m": the dimension's role;
        // "crested at 57.1 feet", "rose to 55.4 feet": what a verb measures;
        // "10 inches of rain": what there is that much of
        // ("a 50 mph limit": the role right after the figure; a
        // temperature is a temperature, whatever verb reached it)
        if (m.dimension == "temperature") {
          c.attribute = "temperature";
          // "warmed by 1.2C", "3C above normal", "5F warmer than usual": a
          // difference of temperatures, which converts without the offset
          // (3C above normal is 5.4F above normal, not 37.4F)
          const std::string_view after = word_at(sp.e);
          const bool by = sp.b >= 1 && (s.toks[sp.b - 1].lower == "by" ||
                                        (sp.b >= 2 && s.toks[sp.b - 1].is(k_word) && s.toks[sp.b - 2].lower == "by" &&
                                         m.num.approximate));
          if (by || after == "above" || after == "below" || after == "warmer" || after == "cooler" ||
              after == "colder" || after == "hotter" || after == "higher" || after == "lower" ||
              after == "more" || after == "less" || after == "rise" || after == "increase" || after == "drop" ||
              after == "fall" || (after == "of" && word_at(sp.e + 1) == "warming")) {
            c.attribute = "temperature.change";
          }
        } else if (!m.dimension.empty() && m.si && sp.e < s.toks.size() &&
                   in_class(m_res, "dimension.role", s.toks[sp.e].lower)) {
          c.attribute = s.toks[sp.e].lemma_n;
        } else if (!m.dimension.empty() && m.si) {
          for (int k = static_cast<int>(sp.b) - 1; k >= 0 && k >= static_cast<int>(sp.b) - 4; --k) {
            const Tok& t = s.toks[static_cast<std::size_t>(k)];
            // (not a word of a name: "The Acme Crest, a 290-metre ship")
            if (in_class(m_res, "dimension.role", t.lower) && (!t.is(k_cap) || k == 0)) {
              c.attribute = t.lemma_n;
              break;
            }
            // (what a verb measures is a level or crest of a length: "rose
            // to 55.4 feet"; "winds reached 150 mph" is still a speed)
            const std::string what = class_at(s, static_cast<std::size_t>(k), "measure.");
            if (!what.empty() && !t.is(k_cap) && m.dimension == "length") {
              c.attribute = what;
              break;
            }
          }
          if ((m.dimension == "length" || m.dimension == "volume" || m.dimension == "mass") && sp.e + 1u < s.toks.size() &&
              s.toks[sp.e].lower == "of" && s.toks[sp.e + 1].is(k_word) &&
              !in_class(m_res, "name.stop", s.toks[sp.e + 1].lower)) {
            c.attribute = s.toks[sp.e + 1].lemma_n.empty() ? s.toks[sp.e + 1].lower : s.toks[sp.e + 1].lemma_n;
            // "barrels of crude oil": the compound's head ("crude" alone is
            // oil too: grammars/lexicon/nouns.txt, same.oil)
            if (sp.e + 2u < s.toks.size() && s.toks[sp.e + 2].is(k_word) && !s.toks[sp.e + 2].is(k_cap) &&
                !s.toks[sp.e + 2].lemma_n.empty() &&
                lexicon::WordNet::instance().known(s.toks[sp.e + 2].lemma_n, lexicon::Pos::noun) &&
                !verb_like(s.toks[sp.e + 2]) && !in_class(m_res, "name.stop", s.toks[sp.e + 2].lower)) {
              c.attribute = s.toks[sp.e + 2].lemma_n;
            }
            if (const auto same = m_res.lex.classes_of(c.attribute, "same."); !same.empty()) {
              c.attribute = suffix_of(same.front());
            }
            // "3,000 barrels of oil escaped" and "collected 700 barrels of
            // oil": oil released and oil recovered are two figures (not a
            // depth: "dumped 18 inches of snow" is the snowfall)
            if (verb >= 0 && m.dimension != "length") {
              if (const std::string act = class_at(s, static_cast<std::size_t>(verb), "material."); !act.empty()) {
                c.attribute += "." + act;
              }
            }
          }
        }
        // "will pass within 1.2 million miles of Earth", "came within 45,000
        // miles": how near, not the length of what "of" names
        if (m.dimension == "length" && m.si && sp.b >= 1 && s.toks[sp.b - 1].lower == "within") {
          c.attribute = "distance";
        }
        // "200 meters beyond the end of the runway", "30 km from the
        // coast": a distance from something, not the length of anything
        if (c.attribute == "length" && sp.e < s.toks.size()) {
          // (a bearing, or another word of where from something)
          static constexpr std::string_view k_relative[] = {
              "beyond", "past", "behind", "ahead", "short", "into", "inside", "outside", "before", "after",
              "further", "farther", "closer", "above", "below", "up", "down", "along", "deep", "underground",
              "under", "beneath"};
          const auto relative = [&](const std::string& w) {
            return bearing_word(w) || std::find(std::begin(k_relative), std::end(k_relative), w) != std::end(k_relative);
          };
          std::uint16_t k = sp.e;
          if (k < s.toks.size() && m.unit.size() > 0 && s.toks[k].is(k_word) && !relative(s.toks[k].lower)) {
            ++k;  // the unit word ("meters")
          }
          if (k < s.toks.size() && relative(s.toks[k].lower)) {
            // ("700 metres underground", "10 km deep": how deep; "800 km
            // above the Earth": how high)
            const Word& rel = s.toks[k].lower;
            const Word& what_above = k + 2u < s.toks.size() ? s.toks[k + 2].lower : Word();
            c.attribute = rel == "deep" || rel == "underground" ? "depth"
                          : rel == "above" && k + 2u < s.toks.size() && s.toks[k + 1].lower == "the" &&
                                    (what_above == "earth" || what_above == "ground" || what_above == "surface" ||
                                     what_above == "planet")
                              ? "altitude"
                              : "distance";
          }
        }
        // "struck the skiers at about 10,500 feet", "started at 2,900
        // metres": a length at which something happens is how high it
        // happened ("stands at 300 metres" is a height)
        if (c.attribute == "length" && m.dimension == "length" && m.si) {
          const std::uint16_t k = sp.b;  // (a hedge is the figure's: "at about 10,500 feet")
          if (k >= 2 && s.toks[k - 1].lower == "at") {
            const Tok& v = s.toks[k - 2];
            const Word& vl = v.lemma_v.empty() ? v.lower : v.lemma_v;
            c.attribute = vl == "stand" || vl == "measure" || vl == "top" || vl == "peak" ? "height" : "altitude";
          }
        }
        // "1,491 m (4,892 ft) tall", "an ash plume 8 km high", "ash 12 km
        // into the air": a height; "1,491 metres above sea level": an
        // elevation, whatever verb measures it ("rises", "stands")
        if (m.dimension == "length" && m.si && sp.e < s.toks.size()) {
          std::uint16_t k = sp.e;
          if (s.toks[k].lower == "(") {  // a conversion in parentheses
            while (k < s.toks.size() && k < sp.e + 6u && s.toks[k].lower != ")") {
              ++k;
            }
            ++k;
          }
          const auto& word = word_at;
          if (word(k) == "tall" || word(k) == "high") {
            c.attribute = "height";
          } else if (word(k) == "down" || word(k) == "deep" || word(k) == "underwater" ||
                     ((word(k) == "below" || word(k) == "beneath" || word(k) == "under") && word(k + 1) == "the" &&
                      (word(k + 2) == "surface" || word(k + 2) == "sea" || word(k + 2) == "ocean" ||
                       word(k + 2) == "water" || word(k + 2) == "waves" || word(k + 2) == "ground" ||
                       word(k + 2) == "ice" || word(k + 2) == "seabed")) ||
                     (word(k) == "below" && word(k + 1) == "sea" && word(k + 2) == "level")) {
            // "lies about 12,500 feet below the surface", "sits 13,000
            // feet down": a depth
            c.attribute = "depth";
          } else if (word(k) == "above" && word(k + 1) == "sea" && word(k + 2) == "level") {
            c.attribute = "elevation";
          } else if (word(k) == "into" && word(k + 1) == "the" &&
                     (word(k + 2) == "sky" || word(k + 2) == "air" || word(k + 2) == "atmosphere" ||
                      word(k + 2) == "stratosphere")) {
            c.attribute = "height";
          }
        }
        if (word_one) {
          const std::string head = c.attribute.substr(0, c.attribute.find('.'));
          if (head != "deaths" && head != "injuries" && head != "cases" && head != "hospitalized") {
            continue;
          }
        }
        // ("22 of the whales had died": animals counted by what befell
        // them are the toll, not a part of it)
        const std::string noun_lemma = lexicon::WordNet::instance().lemma(noun, lexicon::Pos::noun);
        const bool toll = c.attribute == noun_lemma + ".deaths" || c.attribute == noun_lemma + ".injuries" ||
                          c.attribute == noun_lemma + ".rescued";
        if (partitive && toll && m.unit.empty() && c.value.display.find(' ') == std::string::npos) {
          c.value.display += " " + noun;
        }
        // ("Cyclists accounted for 95 of the deaths": the part the
        // clause's people make up is their own toll, `cyclist.deaths`)
        std::string whose;
        if (partitive && !toll && (c.attribute == "deaths" || c.attribute == "injuries") && verb >= 1) {
          const Word& vl = s.toks[static_cast<std::size_t>(verb)].lemma_v;
          const std::uint16_t opening = after_dateline(s, clause(s, sp.b, sp.e).first);
          if ((vl == "account" || vl == "make" || vl == "represent" || vl == "comprise") &&
              static_cast<std::uint16_t>(verb) == opening + 1u) {
            const std::string who = noun_base(s.toks[opening]);
            if (lexicon::WordNet::instance().person(who)) {
              whose = who;
            }
          }
        }
        if (!whose.empty()) {
          c.attribute = whose + "." + c.attribute;
        } else if (partitive && !toll) {
          if (m.unit.empty() && c.value.display.find(' ') == std::string::npos) {
            c.value.display += " " + noun;
          }
          c.scope.population = "part";
          // "... of the affected customers": the part of an affected count
          for (std::uint16_t k = sp.e; k < s.toks.size() && k < sp.e + 4; ++k) {
            if (s.toks[k].lower == "affected" && c.attribute.find('.') == std::string::npos) {
              c.attribute += c.attribute == "employees" ? ".cut" : ".affect";
            }
          }
        }
        break;
      }
      case ValueKind::money:
      case ValueKind::percent: {
        // "a fine of £100m ($127m)", "€50m, or about $54m": an amount
        // converted into another currency at the writer's rate (two
        // reports convert at different rates) may agree with another
        // figure but never contradict one: its scope says "converted"
        if (c.value.kind == ValueKind::money && converted_from_previous(s, sp)) {
          c.scope.phase = "converted";
        }
        // the role noun near the amount: "earnings exceeding $600 million",
        // "a quarter of Acme Lab's earnings"
        std::string role;
        const auto [cb, ce] = clause(s, sp.b, sp.e);
        // "$225 million in loss carry-forwards": a role noun that modifies
        // the next noun is not the amount's role
        const auto modifies_next = [&](std::uint16_t k) {
          if (k + 1u >= s.toks.size() || !s.toks[k + 1].is(k_word) || s.toks[k + 1].is(k_cap)) {
            return false;
          }
          const Word& n = s.toks[k + 1].lower;
          const auto& wn = lexicon::WordNet::instance();
          return n.find('-') != std::string::npos ||
                 (wn.known(s.toks[k + 1].lemma_n, lexicon::Pos::noun) && !wn.known(s.toks[k + 1].lemma_v, lexicon::Pos::verb) &&
                  !in_class(m_res, "name.stop", n));
        };
        // A role noun with an amount of its own after "of" ("revenue of
        // $310 million")
        const auto names_later_amount = [&](std::uint16_t k) {
          if (k + 2u >= s.toks.size() || s.toks[k + 1].lower != "of") {
            return false;
          }
          for (const auto& q : s.spans) {
            if (q.type == SpanType::money && q.b >= k + 2u && q.b <= k + 3u) {
              return true;
            }
          }
          return false;
        };
        int role_at = -1;
        for (std::uint16_t k = sp.e; k < ce && k < sp.e + 6 && role.empty(); ++k) {
          // "$716 million before taxes", "$2 billion including fees": what
          // the amount is reckoned with or without, not what it is
          const Word& prev_word = s.toks[k - 1].lower;
          if (prev_word == "before" || prev_word == "after" || prev_word == "including" || prev_word == "excluding" ||
              prev_word == "minus" || prev_word == "plus" || prev_word == "without" ||
              (prev_word == "with" && in_class(m_res, "scope.reckon", s.toks[k].lower)) ||
              (prev_word == "of" && k >= 2 && s.toks[k - 2].lower == "net")) {
            break;
          }
          // ("lost $58 million on revenue of $310 million": the role noun
          // names the amount after it)
          if (names_later_amount(k)) {
            break;
          }
          if (in_class(m_res, "role.money", s.toks[k].lower) && !modifies_next(k)) {
            role = s.toks[k].lemma_n;
            role_at = k;
            // "more than $1 billion over budget", "$3 million below
            // estimates": how far off the role's figure, not the figure
            if (prev_word == "over" || prev_word == "above" || prev_word == "under" || prev_word == "below" ||
                prev_word == "beyond") {
              role += ".difference";
            }
          }
        }
        // "the fare increase will raise $38 million": a role noun that
        // names what changes is not the amount's role
        const auto names_change = [&](std::size_t k) {
          if (k + 1 >= s.toks.size()) {
            return false;
          }
          const Word& n = s.toks[k + 1].lemma_n;
          return n == "increase" || n == "hike" || n == "rise" || n == "cut" || n == "reduction" || n == "freeze" ||
                 n == "change";
        };
        // a share's own role: "Turnout was about 31%", "unemployment of 4%"
        for (int k = static_cast<int>(sp.b) - 1;
             c.value.kind == ValueKind::percent && role.empty() && k >= static_cast<int>(cb) && k >= static_cast<int>(sp.b) - 6; --k) {
          if (in_class(m_res, "role.percent", s.toks[static_cast<std::size_t>(k)].lower)) {
            role = s.toks[static_cast<std::size_t>(k)].lemma_n;
            role_at = k;
          }
        }
        // "a 25% tariff", "a 15% import duty": the role noun right after
        for (std::uint16_t k = sp.e; c.value.kind == ValueKind::percent && role.empty() && k < ce && k < sp.e + 2u; ++k) {
          if (in_class(m_res, "role.percent", s.toks[k].lower)) {
            role = s.toks[k].lemma_n;
            role_at = k;
          }
        }
        // "tariffs of 25% on steel and 15% on solar panels": a share
        // coordinated with the one before takes its role
        if (c.value.kind == ValueKind::percent && role.empty() && sp.b >= 1 && s.toks[sp.b - 1].lower == "and") {
          for (auto q = m_claims.rbegin(); q != m_claims.rend() && q->sentence_start == s.range.start; ++q) {
            if (q->value.kind == ValueKind::percent) {
              const std::string prev = q->attribute.rfind("share.", 0) == 0 ? q->attribute.substr(6) : std::string();
              if (!prev.empty() && in_class(m_res, "levy", prev)) {
                role = prev;
              }
              break;
            }
          }
        }
        // The goods a tariff is charged on: "on imported steel", "on steel
        // imports", "on solar panels"
        if (c.value.kind == ValueKind::percent && in_class(m_res, "levy", role)) {
          std::uint16_t on = 0;
          for (const std::uint16_t from : {static_cast<std::uint16_t>(sp.e),
                                           static_cast<std::uint16_t>(role_at >= 0 ? role_at + 1 : sp.e)}) {
            for (std::uint16_t k = from; on == 0 && k < ce && k < from + 3u; ++k) {
              if (s.toks[k].lower == "on") {
                on = k;
              }
              if (s.toks[k].is(k_punct)) {
                break;
              }
            }
          }
          std::string goods;
          std::string fallback;
          for (std::uint16_t k = on + 1u; on > 0 && goods.empty() && k < ce && k < on + 5u; ++k) {
            const Tok& t = s.toks[k];
            if (!t.is(k_word) || t.lower == "and" || t.lower == "or" || in_class(m_res, "name.stop", t.lower)) {
              break;
            }
            if (in_class(m_res, "levy.generic", t.lower) || t.is(k_cap)) {
              fallback = t.lemma_n.empty() ? t.lower : t.lemma_n;
              continue;
            }
            goods = t.lemma_n.empty() ? t.lower : t.lemma_n;
          }
          if (goods.empty()) {
            goods = fallback;
          }
          if (!goods.empty()) {
            c.scope.population = "on " + goods;
          }
        }
        // "raised its benchmark rate by a quarter of a percentage point to
        // 4.75%": the level a change verb's object reached
        if (c.value.kind == ValueKind::percent && role.empty() && sp.b >= 2 &&
            (s.toks[sp.b - 1].lower == "to" || s.toks[sp.b - 1].lower == "at")) {
          for (int k = static_cast<int>(sp.b) - 2; k >= static_cast<int>(cb) && k >= static_cast<int>(sp.b) - 14; --k) {
            if (s.toks[static_cast<std::size_t>(k)].is(k_punct)) {
              break;
            }
            if (in_class(m_res, "role.percent", s.toks[static_cast<std::size_t>(k)].lower)) {
              role = s.toks[static_cast<std::size_t>(k)].lemma_n;
              role_at = k;
              break;
            }
          }
        }
        if (c.value.kind == ValueKind::percent && role_at >= 0) {
          share_role(s, static_cast<std::size_t>(role_at), role, c.scope.phase);
        }
        // up to four words before, or seven when the words between are one
        // prepositional phrase ("the base fare for buses and subways from")
        // ("Government borrowing is expected to reach £87.2bn": or a
        // predicate of verbs alone between them)
        const auto predicate_between = [&](int from) {
          for (int j = from + 1; j < static_cast<int>(sp.b); ++j) {
            const Tok& t = s.toks[static_cast<std::size_t>(j)];
            const bool verbish = auxiliary(t.lower) || t.lower == "to" ||
                                 (t.is(k_word) && !t.lemma_v.empty() &&
                                  lexicon::WordNet::instance().known(t.lemma_v, lexicon::Pos::verb) &&
                                  (t.lemma_v != t.lower || t.lower == "reach" || t.lower == "total" || t.lower == "hit"));
            if (!verbish) {
              return false;
            }
          }
          return true;
        };
        for (int k = static_cast<int>(sp.b) - 1; k >= static_cast<int>(cb) && k >= static_cast<int>(sp.b) - 7 && role.empty(); --k) {
          if (k < static_cast<int>(sp.b) - 4 &&
              !(s.toks[static_cast<std::size_t>(k) + 1].lower == "for" || s.toks[static_cast<std::size_t>(k) + 1].lower == "of" ||
                s.toks[static_cast<std::size_t>(k) + 1].lower == "on" || s.toks[static_cast<std::size_t>(k) + 1].lower == "in") &&
              !predicate_between(k)) {
            continue;
          }
          if (in_class(m_res, "role.money", s.toks[static_cast<std::size_t>(k)].lower) &&
              !names_change(static_cast<std::size_t>(k))) {
            role = s.toks[static_cast<std::size_t>(k)].lemma_n;
            role_at = k;
          }
        }
        // "an operating loss of $30 million": another measure than "a loss"
        // ("the median home price", "the average sale price": up to two
        // words before the role noun)
        int measure_at = -1;
        for (int k = role_at - 1; k >= 0 && k >= role_at - 2; --k) {
          if (in_class(m_res, "scope.measure", s.toks[static_cast<std::size_t>(k)].lower)) {
            measure_at = k;
            break;
          }
          if (!s.toks[static_cast<std::size_t>(k)].is(k_word) || s.toks[static_cast<std::size_t>(k)].lower == "the") {
            break;
          }
        }
        if (role_at > 0 && measure_at >= 0) {
          c.scope.phase = s.toks[static_cast<std::size_t>(measure_at)].lower;
        }
        // ("paid an average of $169 a ticket": the measure before "of")
        if (c.scope.phase.empty() && c.value.kind == ValueKind::money && sp.b >= 3 && s.toks[sp.b - 1].lower == "of" &&
            (s.toks[sp.b - 3].lower == "an" || s.toks[sp.b - 3].lower == "a" || s.toks[sp.b - 3].lower == "the") &&
            (s.toks[sp.b - 2].lower == "average" || s.toks[sp.b - 2].lower == "median" ||
             s.toks[sp.b - 2].lower == "mean")) {
          c.scope.phase = s.toks[sp.b - 2].lower;
        }
        // "$2 billion over five years", "$300 million across the next
        // decade": the amount of a span of years, not of one year; the span
        // is its scope
        if (c.scope.phase.empty()) {
          // (past the amount's own nouns: "a 20% pay rise over three years")
          for (std::uint16_t k = sp.e; k + 1u < ce && k < sp.e + 4u; ++k) {
            const Word& w = s.toks[k].lower;
            if (s.toks[k].is(k_punct) || (s.toks[k].is(k_word) && s.toks[k].is(k_cap))) {
              break;
            }
            if (w != "over" && w != "across" && w != "within" && w != "during") {
              continue;
            }
            for (const auto& q : s.spans) {
              // ("over five years" is itself read as a hedged duration)
              const bool at = q.b == k || q.b == k + 1u || (q.b == k + 2u && (s.toks[k + 1].lower == "the"));
              if (q.type == SpanType::duration && q.ref >= 0 && at) {
                c.scope.phase = "over " + lower(tok_text(s, q.b == k ? k + 1u : q.b, q.e));
              }
            }
            break;
          }
        }
        // "Fines start at $100 for a first violation", "$500 for repeat
        // offenders": the amount of one case, not the range of amounts
        if (c.scope.phase.empty() && sp.e + 2u < s.toks.size() && s.toks[sp.e].lower == "for") {
          std::uint16_t k = sp.e + 1u;
          if (s.toks[k].lower == "a" || s.toks[k].lower == "the" || s.toks[k].lower == "each") {
            ++k;
          }
          const Word& w = k < s.toks.size() ? s.toks[k].lower : Word();
          if (k + 1u < s.toks.size() && (w == "first" || w == "second" || w == "third" || w == "repeat" ||
                                         w == "subsequent" || w == "further" || w == "later")) {
            c.scope.phase = "for " + w + " " + s.toks[k + 1].lemma_n;
          }
        }
        // "$30 million before fees", "$4.1 billion excluding bonuses", "net
        // of taxes": the amount reckoned another way than the bare figure
        for (std::size_t k = sp.e; k + 1 < ce && k < sp.e + 3u; ++k) {
          const Word& w = s.toks[k].lower;
          const bool net_of = w == "net" && s.toks[k + 1].lower == "of";
          if (!(net_of || w == "before" || w == "after" || w == "including" || w == "excluding" || w == "without" ||
                w == "with" || w == "plus" || w == "minus")) {
            if (s.toks[k].is(k_punct) && w != ",") {
              break;
            }
            continue;
          }
          std::size_t n = k + (net_of ? 2u : 1u);
          while (n < ce && n < k + 4u &&
                 (s.toks[n].lower == "the" || s.toks[n].lower == "all" || s.toks[n].lower == "any" ||
                  s.toks[n].lower == "its" || s.toks[n].lower == "their" || s.toks[n].is(k_possessive) ||
                  (n + 1 < ce && s.toks[n + 1].is(k_possessive)) ||
                  (n + 1 < ce && !in_class(m_res, "scope.reckon", s.toks[n].lower) &&
                   in_class(m_res, "scope.reckon", s.toks[n + 1].lower)))) {
            ++n;
          }
          if (n < ce && in_class(m_res, "scope.reckon", s.toks[n].lower)) {
            c.scope.phase = (net_of || w == "minus" || w == "without" ? std::string("excluding")
                             : w == "plus" || w == "with"               ? std::string("including")
                                                                        : w.str()) +
                            " " + s.toks[n].lemma_n;
          }
          break;
        }
        // "$142 million from international markets", "Worldwide, the film
        // opened to $263 million", "$121 million domestically and $142
        // million abroad": the market an amount is from (the word after
        // the amount first, else the nearest before it, not past another
        // figure)
        if (c.scope.phase.empty()) {
          std::string market;
          for (std::uint16_t k = sp.e; market.empty() && k < ce && k < sp.e + 4u; ++k) {
            if (std::any_of(s.spans.begin(), s.spans.end(),
                            [&](const Span& q) { return q.b == k && q.type <= SpanType::ordinal; })) {
              break;
            }
            market = class_at(s, k, "market.");
          }
          for (int k = static_cast<int>(sp.b) - 1; market.empty() && k >= static_cast<int>(cb); --k) {
            const auto ku = static_cast<std::uint16_t>(k);
            if (std::any_of(s.spans.begin(), s.spans.end(),
                            [&](const Span& q) { return q.e == ku + 1u && q.type <= SpanType::ordinal; })) {
              break;
            }
            market = class_at(s, ku, "market.");
          }
          // ("gross domestic product" names no home market)
          if (!market.empty() && !domestic_product(s, cb, ce)) {
            c.scope.phase = "market:" + market;
          }
        }
        // "Reduced fares for seniors and people with disabilities would rise
        // from $1.35 to $1.60", "the fare ... will stay at $1.35": the
        // subject of a change verb names the amount's role
        if (role.empty() && sp.b >= 2 &&
            (s.toks[sp.b - 1].lower == "to" || s.toks[sp.b - 1].lower == "from" || s.toks[sp.b - 1].lower == "at")) {
          int k = static_cast<int>(sp.b) - 2;
          // ("revenue rose 42% last year to $310 million": past the size
          // of the change and its date)
          // (but not past "from $2.75": the change's own start; "from a
          // year earlier" is its base date)
          const auto from_amount = [&](int at) {
            if (s.toks[static_cast<std::size_t>(at)].lower != "from") {
              return false;
            }
            for (const auto& q : s.spans) {
              if (q.b == static_cast<std::uint16_t>(at + 1) && q.type != SpanType::date) {
                return true;
              }
            }
            return false;
          };
          while (k > static_cast<int>(cb) && k >= static_cast<int>(sp.b) - 9 && !from_amount(k) &&
                 class_at(s, static_cast<std::size_t>(k), "change.").empty()) {
            --k;
          }
          if (k >= static_cast<int>(cb) && !class_at(s, static_cast<std::size_t>(k), "change.").empty()) {
            for (int j = k - 1; j >= static_cast<int>(cb) && j >= k - 14 && role.empty(); --j) {
              if (s.toks[static_cast<std::size_t>(j)].is(k_punct)) {
                break;
              }
              if (in_class(m_res, "role.money", s.toks[static_cast<std::size_t>(j)].lower) &&
                  !names_change(static_cast<std::size_t>(j))) {
                role = s.toks[static_cast<std::size_t>(j)].lemma_n;
                role_at = j;
              }
            }
          }
        }
        for (int k = static_cast<int>(sp.b) - 1; role.empty() && c.value.kind == ValueKind::money &&
                                                 k >= static_cast<int>(cb) && k >= static_cast<int>(sp.b) - 3;
             --k) {
          role = class_at(s, static_cast<std::size_t>(k), "moneyverb.");
          // "raised $630 million by selling 30 million shares": money
          // raised from investors is funding, not revenue
          if (role == "revenue" && s.toks[static_cast<std::size_t>(k)].lemma_v == "raise") {
            for (std::size_t j = cb; j < ce; ++j) {
              if (in_class(m_res, "securities", s.toks[j].lower)) {
                role = "funding";
                break;
              }
            }
          }
        }
        // "reduced fares", "the fare for seniors": a tier of the role
        if (role_at >= 0) {
          const auto ra = static_cast<std::size_t>(role_at);
          if (ra + 2 < s.toks.size() && s.toks[ra + 1].lower == "for" &&
              in_class(m_res, "scope.tier", s.toks[ra + 2].lower)) {
            c.scope.population = s.toks[ra + 2].lower;
          } else if (ra > 0 && in_class(m_res, "scope.tier", s.toks[ra - 1].lower)) {
            c.scope.population = s.toks[ra - 1].lower;
          }
        }
        // "will pay US$1.25 billion for Bolt Inc": the price of a deal
        if (role.empty() && c.value.kind == ValueKind::money && sp.e + 1u < s.toks.size() &&
            s.toks[sp.e].lower == "for" && sp.b >= 1 &&
            (s.toks[sp.b - 1].lemma_v == "pay" || (sp.b >= 2 && s.toks[sp.b - 2].lemma_v == "pay"))) {
          for (const auto& q : s.spans) {
            if (q.type == SpanType::org && q.ref >= 0 && (q.b == sp.e + 1u || (q.b == sp.e + 2u && s.toks[sp.e + 1].lower == "the"))) {
              role = "deal";
            }
          }
        }
        // "ordered Acme to pay 1.1 billion euros": a fine
        if (role.empty() && c.value.kind == ValueKind::money && sp.b >= 2 && s.toks[sp.b - 1].lower == "pay") {
          for (int k = static_cast<int>(sp.b) - 2; k >= static_cast<int>(cb) && k >= static_cast<int>(sp.b) - 6; --k) {
            if (s.toks[static_cast<std::size_t>(k)].lemma_v == "order") {
              role = "fine";
              break;
            }
          }
        }
        // "jewels worth $12 million" is their value, as "valued at" is
        if (role.empty() && c.value.kind == ValueKind::money && sp.b >= 1 && s.toks[sp.b - 1].lower == "worth") {
          role = "value";
        }
        // "The Pulse 7 starts at $799", "prices start from $20": a
        // starting price is the price
        if (role.empty() && c.value.kind == ValueKind::money && sp.b >= 2 &&
            (s.toks[sp.b - 1].lower == "at" || s.toks[sp.b - 1].lower == "from") &&
            (s.toks[sp.b - 2].lemma_v == "start" || s.toks[sp.b - 2].lemma_v == "begin")) {
          role = "price";
        }
        // "income", "earnings" and "profit" name one figure
        if (!role.empty()) {
          if (const auto same = m_res.lex.classes_of(role, "same."); !same.empty()) {
            role = suffix_of(same.front());
          }
        }
        // The period a financial figure is for: "third-quarter revenue of
        // $8.4 billion", "profit in the quarter", "revenue for the full
        // year".
        if (role_at >= 0) {
          const auto ra = static_cast<std::uint16_t>(role_at);
          for (const auto& q : s.spans) {
            if (q.type != SpanType::date || q.ref < 0 || q.ref == sp.ref) {
              continue;
            }
            const bool before = q.e == ra || (q.e + 1u == ra && ra > 0 && s.toks[ra - 1].is(k_word) &&
                                              !in_class(m_res, "name.stop", s.toks[ra - 1].lower) &&
                                              !in_class(m_res, "verb.say", s.toks[ra - 1].lemma_v));
            const bool after = q.b > ra + 1u && q.b <= ra + 3u &&
                               (s.toks[ra + 1u].lower == "in" || s.toks[ra + 1u].lower == "for");
            if ((before || after) && dated(c.time, m_dc.mentions[static_cast<std::size_t>(q.ref)])) {
              break;
            }
          }
        }
        // "analysts' estimate of $8.1 billion", "expects revenue of": an
        // expectation is not the figure
        if (c.scope.phase.empty()) {
          for (int k = static_cast<int>(sp.b) - 1; k >= static_cast<int>(cb) && k >= static_cast<int>(sp.b) - 6; --k) {
            // ("is expected to bring in $38 million" is a forecast of the
            // figure itself, a certainty, not another figure)
            // (nor is "a street value of", the price a drug would fetch)
            if (in_class(m_res, "scope.expected", s.toks[static_cast<std::size_t>(k)].lower) &&
                !(static_cast<std::size_t>(k) + 1 < s.toks.size() &&
                  (s.toks[static_cast<std::size_t>(k) + 1].lower == "to" ||
                   s.toks[static_cast<std::size_t>(k) + 1].lower == "value"))) {
              c.scope.phase = "expected";
              break;
            }
            // ("against a target of 92%", "the goal of 65%": what is aimed
            // at, not what is)
            if (in_class(m_res, "scope.target", s.toks[static_cast<std::size_t>(k)].lower) &&
                static_cast<std::size_t>(k) + 2u == sp.b && s.toks[static_cast<std::size_t>(k) + 1].lower == "of") {
              c.scope.phase = "target";
              break;
            }
            // ("Its 2% inflation target": the target noun after the figure)
            if (k + 1 == static_cast<int>(sp.b)) {
              for (std::size_t j = sp.e; j < s.toks.size() && j < sp.e + 3u && s.toks[j].is(k_word) &&
                                         !verb_like(s.toks[j]) && !auxiliary(s.toks[j].lower);
                   ++j) {
                if (in_class(m_res, "scope.target", s.toks[j].lower)) {
                  c.scope.phase = "target";
                }
              }
              if (!c.scope.phase.empty()) {
                break;
              }
            }
            // ("aimed to reach 1 billion monthly users by 2030", "targets
            // 500 stores": an aim, not a count)
            if (aims(s, static_cast<std::size_t>(k), sp.b)) {
              c.scope.phase = "target";
              break;
            }
          }
        }
        // "Analysts expected Acme to report revenue of $5 billion", "as
        // economists had forecast": forecasters and a verb of forecasting
        // before the figure in its clause make it their expectation
        if (c.scope.phase.empty()) {
          bool forecaster = false;
          for (std::uint16_t k = cb; k < sp.b && c.scope.phase.empty(); ++k) {
            const Tok& t = s.toks[k];
            if (in_class(m_res, "forecaster", t.lower)) {
              forecaster = true;
            } else if (forecaster && in_class(m_res, "forecasting", t.lemma_v.empty() ? t.lower : t.lemma_v)) {
              c.scope.phase = "expected";
            }
          }
        }
        // "a 31% share", "its market share was 31%", "12% of the global
        // market", and "followed by Acme at 12%" after one: a share of a
        // market
        if (c.value.kind == ValueKind::percent && role.empty() && market_share(s, sp, cb, ce)) {
          role = "market";
        }
        // "62% of children received the first dose of the vaccine", "58% of
        // adults have been vaccinated": a share of people given a vaccine is
        // its coverage, by dose
        if (c.value.kind == ValueKind::percent && role.empty() && sp.e < ce && s.toks[sp.e].lower == "of") {
          coverage_role(s, sp.e, ce, role, c.scope.phase);
        }
        if (role.empty()) {
          role = vclass.empty() ? "amount" : vclass;
          // "agreed to acquire X for $2.1 billion" is the deal's value
          if (const auto same = m_res.lex.classes_of(role, "same."); !same.empty()) {
            role = suffix_of(same.front());
          }
        }
        c.attribute = (c.value.kind == ValueKind::percent ? "share." : "") + role;
        // "was 5% contained", "80% complete", "with containment at 10%",
        // "turnout at 62%": the share of what the word after (or the noun
        // before "at") names; a noun made from a verb counts as the verb
        // ("containment" is "contain").
        if (c.value.kind == ValueKind::percent) {
          const auto& wn = lexicon::WordNet::instance();
          std::string what;
          if (sp.e < s.toks.size()) {
            const Tok& t = s.toks[sp.e];
            // ("was 95% effective", "is 80% complete": an adjective after a
            // form of "be"; not a comparison, "30% cheaper")
            bool after_be = false;
            for (int k = static_cast<int>(sp.b) - 1; k >= 0 && k >= static_cast<int>(sp.b) - 3; --k) {
              const Word& w = s.toks[static_cast<std::size_t>(k)].lower;
              after_be = after_be || w == "is" || w == "was" || w == "were" || w == "are" || w == "be" || w == "been";
            }
            const bool adjective = after_be && t.lower.size() > 4 && wn.known(t.lower, lexicon::Pos::adj) &&
                                   !t.lower.ends_with("er") && !t.lower.ends_with("est") &&
                                   !in_class(m_res, "name.stop", t.lower);
            if (t.is(k_word) && !t.is(k_cap) && ((t.lower.size() > 4 && t.lower.ends_with("ed") &&
                                                  wn.known(t.lemma_v, lexicon::Pos::verb)) ||
                                                 adjective)) {
              what = adjective && !t.lower.ends_with("ed") ? t.lower : t.lemma_v;
            }
          }
          if (what.empty() && sp.b >= 2 && s.toks[sp.b - 1].lower == "at") {
            const Tok& t = s.toks[sp.b - 2];
            if (t.is(k_word) && !t.is(k_cap) && !in_class(m_res, "name.stop", t.lower) &&
                wn.known(t.lemma_n, lexicon::Pos::noun) && !verb_like(t)) {
              what = t.lemma_n;
              if (what.size() > 6 && what.ends_with("ment") && wn.known(what.substr(0, what.size() - 4), lexicon::Pos::verb)) {
                what = what.substr(0, what.size() - 4);
              }
            }
          }
          if (!what.empty() && m_res.lex.classes_of(what, "change.").empty()) {
            c.attribute = "share." + what;
          }
          // "fell to 23% of capacity", "at 21% of its capacity", "about a
          // third of normal": how full, or how much of the usual, whatever
          // the verb
          std::uint16_t k = sp.e;
          if (k + 1u < s.toks.size() && s.toks[k].lower == "of") {
            ++k;
            while (k < s.toks.size() && (s.toks[k].lower == "its" || s.toks[k].lower == "their" ||
                                         s.toks[k].lower == "the" || s.toks[k].lower == "full" ||
                                         s.toks[k].lower == "total")) {
              ++k;
            }
            if (k < s.toks.size() && s.toks[k].lower == "capacity") {
              c.attribute = "share.capacity";
            } else if (k < s.toks.size() && (s.toks[k].lower == "normal" || s.toks[k].lower == "average") &&
                       (k + 1u >= s.toks.size() || !s.toks[k + 1].is(k_word))) {
              c.attribute = "share.normal";
            }
          }
        }
        // "has fallen by more than $20 billion", "cut the risk by 27%": the
        // size of a change, not the level
        if (sp.b >= 2 && s.toks[sp.b - 1].lower == "by") {
          for (int k = static_cast<int>(sp.b) - 2; k >= static_cast<int>(cb) && k >= static_cast<int>(sp.b) - 10; --k) {
            const std::string cls = class_at(s, static_cast<std::size_t>(k), "change.");
            if (!cls.empty() && cls != "same") {
              c.attribute = "change" + (role.empty() || role == vclass || c.value.kind == ValueKind::percent
                                            ? std::string()
                                            : "." + role);
              // ("raise in-state tuition by 4%": the verb's object says what
              // changed)
              for (int j = k + 1; c.value.kind == ValueKind::percent && j + 1 < static_cast<int>(sp.b); ++j) {
                const Tok& t = s.toks[static_cast<std::size_t>(j)];
                if (in_class(m_res, "role.money", t.lower)) {
                  c.attribute = "change." + (t.lemma_n.empty() ? t.lower : t.lemma_n);
                  break;
                }
              }
              break;
            }
          }
        }
        // "Acme shares fell 50 cents to close at $20", "rose $1.20 to
        // $45.30": an amount right after a verb of change is the change
        if (c.value.kind == ValueKind::money && sp.b >= 1) {
          // (an inflected verb that is no verb of money: "raised $500
          // million" is money raised)
          const Tok& v = s.toks[sp.b - 1];
          const std::string cls = class_at(s, sp.b - 1u, "change.");
          if (!cls.empty() && cls != "same" && v.is(k_word) && !v.lemma_v.empty() && v.lemma_v != v.lower &&
              class_at(s, sp.b - 1u, "moneyverb.").empty()) {
            c.attribute = "change" + (role.empty() || role == vclass || role == "amount" ? std::string() : "." + role);
          }
        }
        // "by a quarter of a percentage point", "by 25 basis points": a
        // change of the rate the clause names
        if (c.value.kind == ValueKind::percent && c.value.unit == "pp") {
          c.attribute = "change" + (role.empty() ? std::string() : "." + role);
        }
        // "shares rose 9%", "sales fell 4%": a change, not a share of
        // anything ("inflation eased to 3.6%" is the new level, "cut 5% of
        // its workforce" a share)
        if (c.value.kind == ValueKind::percent && sp.b >= 1 && s.toks[sp.b - 1].lower != "to" &&
            !(sp.e < s.toks.size() && s.toks[sp.e].lower == "of")) {
          // ("grew at a 2.4% annual rate", "rose at a 2.1% pace": past "at a";
          // "to rise a further 20%", "fell another 3%": past "a further")
          const bool further =
              sp.b >= 2 && (s.toks[sp.b - 1].lower == "further" || s.toks[sp.b - 1].lower == "another");
          const int reach = sp.b >= 3 && (s.toks[sp.b - 1].lower == "a" || s.toks[sp.b - 1].lower == "an") &&
                                    s.toks[sp.b - 2].lower == "at"
                                ? 3
                            : further ? 4
                                      : 2;
          for (int k = static_cast<int>(sp.b) - 1; k >= static_cast<int>(cb) && k >= static_cast<int>(sp.b) - reach; --k) {
            if (!class_at(s, static_cast<std::size_t>(k), "change.").empty() &&
                class_at(s, static_cast<std::size_t>(k), "change.") != "same") {
              std::string what;
              // ("revenue of $310 million last year, up 42%": after a comma,
              // the change of the amount just named)
              // (not in a sentence about shares: "closed at $45.20, up 4%"
              // is the shares' change, below)
              bool about_shares = false;
              for (std::uint16_t j = cb; j < ce; ++j) {
                about_shares = about_shares || s.toks[j].lower == "shares" || s.toks[j].lower == "stock";
              }
              if (k >= 1 && s.toks[static_cast<std::size_t>(k) - 1].lower == "," && !about_shares) {
                for (auto q = m_claims.rbegin(); q != m_claims.rend(); ++q) {
                  if (q->sentence_start != s.range.start) {
                    break;
                  }
                  // (or a count of a role: "Its population reached 251,400 in
                  // July, up 2.9%")
                  const bool role_count = q->value.kind == ValueKind::quantity && !generic_count(q->attribute) &&
                                          q->value.unit.empty();
                  if ((q->value.kind == ValueKind::money || role_count) &&
                      q->attribute.find('.') == std::string::npos && q->attribute != "amount") {
                    what = q->attribute;
                    if (q->time.source == "explicit") {
                      c.time = q->time;  // (and its period)
                    }
                    break;
                  }
                }
              }
              const auto in_date = [&](int j) {
                return std::any_of(s.spans.begin(), s.spans.end(), [&](const Span& q) {
                  return q.type == SpanType::date && q.b <= j && j < static_cast<int>(q.e);
                });
              };
              const Tok& change_word = s.toks[static_cast<std::size_t>(k)];
              for (int j = k - 1; j >= static_cast<int>(cb) && j >= k - 3 && what.empty(); --j) {
                const Tok& t = s.toks[static_cast<std::size_t>(j)];
                // ("The Acme 500 lost 3.4%": not a number, nor a word of a
                // name)
                if (t.is(text::k_number) || std::any_of(s.spans.begin(), s.spans.end(), [&](const Span& q) {
                      return q.ref >= 0 && q.type >= SpanType::place && q.type <= SpanType::other &&
                             static_cast<int>(q.b) <= j && j < static_cast<int>(q.e);
                    })) {
                  break;
                }
                // (not past an apposition's comma: "Lakeside, the state's
                // second-largest city, grew 4.4%"; nor a verb or an idiom:
                // "Elm County, which includes Springfield, grew", "as a whole")
                if ((t.lower == "," && (j < k - 1 || verb_like(change_word) || participle(change_word))) ||
                    (verb_like(t) && !auxiliary(t.lower)) || t.lower == "whole") {
                  break;
                }
                // (past "which had": "Shares of Acme, which had fallen 4%";
                // past a date: "in the first half, up 12%")
                if (t.is(k_word) && !t.is(k_cap) && !in_class(m_res, "name.stop", t.lower) &&
                    !auxiliary(t.lower) && !in_date(j)) {
                  what = t.lemma_n.empty() ? t.lower : t.lemma_n;
                  // "Imports of steel rose 12%": the head before "of"
                  if (j >= 2 && s.toks[static_cast<std::size_t>(j) - 1].lower == "of") {
                    const Tok& h = s.toks[static_cast<std::size_t>(j) - 2];
                    if (h.is(k_word) && !in_class(m_res, "name.stop", h.lower)) {
                      what = h.lemma_n.empty() ? h.lower : h.lemma_n;
                    }
                  }
                }
              }
              // ("closed at $45.20, up 4%": in a sentence about shares or
              // stock, the shares' change)
              if (what.empty() && about_shares) {
                what = "share";
              }
              c.attribute = "change" + (what.empty() ? std::string() : "." + what);
              // "the economy will grow by 0.8%" is growth of 0.8%
              // ("Gross domestic product rose at a 2.1% annualized pace")
              const bool product = what == "product" && domestic_product(s, 0, static_cast<std::uint16_t>(s.toks.size()));
              if (what == "economy" || what == "gdp" || what == "output" || product) {
                c.attribute = "share.growth";
                // (the economy's, when the clause names no one before the
                // figure: "The OBR now expects the economy to grow by 0.8%"
                // stays the OBR's forecast)
                bool named = false;
                for (const auto& q : s.spans) {
                  named = named || (q.ref >= 0 && q.b >= cb && q.e <= sp.b && q.type >= SpanType::org &&
                                    q.type <= SpanType::other);
                }
                if (m_event.key == "story:economy" && c.subject.key.empty() && !named) {
                  c.subject = m_event;
                }
              }
              // "Consumer prices rose 3.2% in March from a year earlier" is
              // inflation of 3.2% ("Inflation slowed to 3.4%")
              {
                const auto [icb, ice] = clause(s, sp.b, sp.e);
                bool consumer_prices = false;
                bool yearly = false;
                for (std::size_t j = icb; j < ice; ++j) {
                  const Word& w = s.toks[j].lower;
                  consumer_prices = consumer_prices || (j < sp.b && w == "prices" && j > 0 &&
                                                        (s.toks[j - 1].lower == "consumer" || s.toks[j - 1].lower == "retail"));
                  yearly = yearly || w == "year-over-year" || w == "annual" || w == "annually" ||
                           (w == "year" && j > 0 && (s.toks[j - 1].lower == "a" || s.toks[j - 1].lower == "the") &&
                            j + 1 < ice && (s.toks[j + 1].lower == "earlier" || s.toks[j + 1].lower == "ago" ||
                                            s.toks[j + 1].lower == "before")) ||
                           (w == "12" && j + 1 < ice && s.toks[j + 1].lower == "months");
                }
                if (consumer_prices && yearly) {
                  c.attribute = "share.inflation";
                  if (m_event.key == "story:economy") {  // the economy's, not the agency's that tells it
                    c.subject = m_event;
                  }
                }
              }
              break;
            }
          }
        }
        // "Alvarez leads Feld 49% to 44%", "showed Governor Ruth Alvarez
        // leading challenger Mark Feld 48% to 44%", "had Feld ahead 47% to
        // 45%": in a race, the first share is the one named before the
        // verb, the second the one named after it
        if (c.value.kind == ValueKind::percent) {
          const auto [hb, he] = clause(s, sp.b, sp.e);
          const Span* other_pct = nullptr;
          bool first = false;
          for (const auto& q : s.spans) {
            if (q.type != SpanType::percent || &q == &sp) {
              continue;
            }
            if (q.b == sp.e + 1u && s.toks[sp.e].lower == "to") {
              other_pct = &q;
              first = true;
            } else if (sp.b >= 1u && q.e + 1u == sp.b && s.toks[sp.b - 1].lower == "to") {
              other_pct = &q;
              first = false;
            }
          }
          const std::uint16_t pair_b = other_pct == nullptr ? sp.b : std::min(sp.b, other_pct->b);
          int verb_at = -1;
          for (int k = static_cast<int>(pair_b) - 1; other_pct != nullptr && k >= static_cast<int>(hb) &&
                                                       k >= static_cast<int>(pair_b) - 10;
               --k) {
            const Tok& t = s.toks[static_cast<std::size_t>(k)];
            const Word& l = t.lemma_v.empty() ? t.lower : t.lemma_v;
            if (l == "lead" || l == "trail" || l == "beat" || l == "edge" || l == "top" || t.lower == "ahead" ||
                t.lower == "behind") {
              verb_at = k;
              break;
            }
          }
          if (verb_at >= 0) {
            const Span* before = nullptr;
            const Span* after = nullptr;
            for (const auto& q : s.spans) {
              if (q.ref < 0 || (q.type != SpanType::person && q.type != SpanType::org && q.type != SpanType::other)) {
                continue;
              }
              if (q.e <= static_cast<std::uint16_t>(verb_at) && q.b >= hb) {
                before = &q;  // the last one before the verb
              } else if (q.b > static_cast<std::uint16_t>(verb_at) && q.e <= pair_b && after == nullptr) {
                after = &q;
              }
            }
            const Span* who = first ? before : after;
            // (a candidate named by surname alone may be unrecognized:
            // "Alvarez leads Feld 49% to 44%")
            if (who != nullptr && (who->type == SpanType::person ||
                                   (who->type == SpanType::other &&
                                    m_dc.entities[static_cast<std::size_t>(who->ref)].subject.kind != "org"))) {
              c.subject = m_dc.entities[static_cast<std::size_t>(who->ref)].subject;
              c.attribute = "share.vote";
            }
          }
        }
        // "58% voting in favor and 42% against": in a vote, the side a
        // share stands for
        if (c.value.kind == ValueKind::percent) {
          bool vote = false;
          for (const auto& t : s.toks) {
            vote = vote || in_class(m_res, "vote.context", t.lower);
          }
          if (vote) {
            std::string stance;
            const auto [vb, ve] = clause(s, sp.b, sp.e);
            for (std::uint16_t k = sp.e; k < ve && k < sp.e + 5 && stance.empty(); ++k) {
              if (s.toks[k].lower == "and" || s.toks[k].lower == ",") {
                break;
              }
              stance = class_at(s, k, "stance.");
            }
            for (int k = static_cast<int>(sp.b) - 1; k >= static_cast<int>(vb) && k >= static_cast<int>(sp.b) - 3 && stance.empty();
                 --k) {
              stance = class_at(s, static_cast<std::size_t>(k), "stance.");
            }
            if (!stance.empty()) {
              c.attribute = "share.vote." + stance;
            }
            // "46% for incumbent Jo Smith": the candidate's share
            for (std::uint16_t k = sp.e; k + 1u < ve && k < sp.e + 3; ++k) {
              if (s.toks[k].lower != "for" && s.toks[k].lower != "to") {
                continue;
              }
              for (const auto& q : s.spans) {
                if (q.type == SpanType::person && q.ref >= 0 && q.b > k && q.b <= k + 3u) {
                  c.subject = m_dc.entities[static_cast<std::size_t>(q.ref)].subject;
                  c.attribute = "share.vote";
                }
              }
              break;
            }
          }
        }
        // "about a third of its 900 employees" (laid off): the share of
        // the count the verb qualifies
        if (c.value.kind == ValueKind::percent && c.attribute.rfind("share.", 0) == 0 && sp.e + 2u < s.toks.size() &&
            s.toks[sp.e].lower == "of") {
          std::uint16_t k = static_cast<std::uint16_t>(sp.e + 1);
          while (k < s.toks.size() && k < sp.e + 5 &&
                 (s.toks[k].lower == "its" || s.toks[k].lower == "the" || s.toks[k].lower == "their" ||
                  s.toks[k].is(text::k_number) || s.toks[k].lower == ",")) {
            ++k;
          }
          if (k < s.toks.size() && !m_res.lex.classes_of(s.toks[k].lower, "count.").empty() && verb >= 0) {
            std::string counted = count_attribute(s, sp.b, sp.e, s.toks[k].lower, verb);
            if (counted.find('.') != std::string::npos) {
              c.attribute = "share." + counted;
            }
          }
        }
        // "1,100 employees, or roughly 12% of its staff": the share is the
        // count's, whatever verb governs the clause
        if (c.value.kind == ValueKind::percent && sp.b >= 3) {
          std::uint16_t k = sp.b;
          if (s.toks[k - 1].lower == "or" || s.toks[k - 1].lower == "about" || s.toks[k - 1].lower == "roughly") {
            --k;
          }
          if (s.toks[k - 1].lower == ",") {
            for (auto q = m_claims.rbegin(); q != m_claims.rend(); ++q) {
              if (q->sentence_start != s.range.start || q->value.kind != ValueKind::quantity) {
                continue;
              }
              // the count's words end at most three words before the comma
              const std::size_t comma_at = s.toks[k - 1].start;
              if (q->end <= comma_at && (k < 5 || q->end >= s.toks[k - 5].start)) {
                c.attribute = "share." + q->attribute;
              }
              break;
            }
          }
        }
        // "raise tuition by 4% to $11,200": an amount after "to" that ends
        // a change of a role of money is that role's new level
        if (c.value.kind == ValueKind::money && sp.b >= 1 && s.toks[sp.b - 1].lower == "to") {
          if (const std::string what = last_change_of(); in_class(m_res, "role.money", what)) {
            c.attribute = what;
          }
        }
        // "$15 a share", "$3 per trip", "$15-a-share": a price per unit is
        // another figure than a total
        if (c.value.kind == ValueKind::money) {
          static constexpr std::string_view k_per[] = {
              "share", "trip", "ride", "person", "head", "month", "year", "week", "day", "hour", "night", "barrel",
              "ounce", "ton", "tonne", "gallon", "litre", "liter", "pound", "kilogram", "seat", "ticket", "unit",
              "dozen", "kilo", "bushel"};
          std::string_view rest = std::string_view(m_doc.cleaned.text).substr(std::min(m.end, m_doc.cleaned.text.size()));
          rest = rest.substr(0, std::min<std::size_t>(rest.size(), 24));
          std::string low = lower(rest);
          // "$38 million annually" is "$38 million a year"
          for (const auto& [adverb, unit] : {std::pair<const char*, const char*>{" annually", " a year"},
                                             {" each year", " a year"},
                                             {" yearly", " a year"},
                                             {" per annum", " a year"},
                                             {" monthly", " a month"},
                                             {" each month", " a month"}}) {
            if (low.rfind(adverb, 0) == 0) {
              low = unit;
            }
          }
          // "sold 30 million shares at $21": a price per share
          if (sp.b >= 2 && s.toks[sp.b - 1].lower == "at" &&
              (s.toks[sp.b - 2].lower == "shares" || s.toks[sp.b - 2].lower == "share")) {
            low = " a share";
          }
          for (const char* lead : {" a ", "-a-", " per ", " an ", "/"}) {
            if (low.rfind(lead, 0) == 0) {
              std::string_view word = std::string_view(low).substr(std::strlen(lead));
              std::size_t n = 0;
              while (n < word.size() && word[n] >= 'a' && word[n] <= 'z') {
                ++n;
              }
              word = word.substr(0, n);
              if (word == "ride" || word == "trip" || word == "ticket" || word == "journey") {
                // a price per ride is the fare
                if (role_at < 0 || role == "fare") {
                  c.attribute = "fare";
                } else {
                  c.attribute += ".per_" + std::string(word);
                }
              } else if (std::find(std::begin(k_per), std::end(k_per), word) != std::end(k_per)) {
                // "would cost $499 a month", "will charge $549 a month", "a
                // price of $499 a month": one price per unit
                const std::string head = c.attribute.substr(0, c.attribute.find('.'));
                // ("climbed 3% to $3.12 a pound": a figure by weight or by
                // the dozen is a price, whatever the verb)
                if (head == "cost" || head == "charge" || head == "price" || head == "amount" || head == "sell" ||
                    (sale_unit(word) && head != "change" && !in_class(m_res, "role.money", head))) {
                  c.attribute = "price";
                }
                // "already earn at least $20 an hour": pay by the hour or
                // week is a wage, not a profit
                if (head == "profit" && (word == "hour" || word == "week")) {
                  c.attribute = "wage";
                }
                // ("tuition of $11,200 a year": tuition and salaries are
                // yearly figures whether or not the year is said)
                if (!(word == "year" && (head == "tuition" || head == "salary"))) {
                  c.attribute += ".per_" + std::string(word);
                }
              }
              break;
            }
          }
        }
        // "The average price of a gallon of milk rose to $3.80", "Milk prices
        // climbed to $3.42 a gallon", "A gallon of milk now costs $3.80": the
        // price of a good, the good's (a thing of its own, whoever tells
        // it), by the unit it is sold in
        if (c.value.kind == ValueKind::money) {
          const auto [pb, pe] = clause(s, sp.b, sp.e);
          std::string per;
          const std::string good = priced_good(s, pb, sp.b, per);
          const std::string head = c.attribute.substr(0, c.attribute.find('.'));
          // (a change of the price is still a change, the good's: "Gas prices
          // fell two cents a gallon")
          if (!good.empty() && head == "change") {
            c.subject = Subject{};
            c.subject.kind = "thing";
            c.subject.key = "thing:" + good;
            c.subject.surface = good;
          } else if (!good.empty() &&
                     (head == "price" || head == "cost" || head == "costs" || !in_class(m_res, "role.money", head))) {
            // ("The average price of ...", "$3.80 on average": an average)
            for (std::uint16_t k = pb; k + 1u < sp.b && c.scope.phase.empty(); ++k) {
              if (in_class(m_res, "scope.measure", s.toks[k].lower) &&
                  (s.toks[k + 1].lower == "price" || s.toks[k + 1].lower == "prices")) {
                c.scope.phase = s.toks[k].lower;
              }
            }
            if (c.scope.phase.empty() && sp.e + 1u < s.toks.size() && s.toks[sp.e].lower == "on" &&
                s.toks[sp.e + 1].lower == "average") {
              c.scope.phase = "average";
            }
            if (c.attribute.find(".per_") == std::string::npos) {
              c.attribute = "price" + (per.empty() ? std::string() : ".per_" + per);
            } else {
              c.attribute = "price" + c.attribute.substr(c.attribute.find(".per_"));
            }
            c.subject = Subject{};
            c.subject.kind = "thing";
            c.subject.key = "thing:" + good;
            c.subject.surface = good;
          }
        }
        // "Milk prices climbed 6.3%", "expects milk prices to rise a further
        // 8%": a change of a good's price is the good's; "..., up 6% from
        // February" after its price in the sentence too
        if (c.value.kind == ValueKind::percent && (c.attribute == "change" || c.attribute == "change.price")) {
          const auto [pb, pe] = clause(s, sp.b, sp.e);
          std::string per;
          const std::string good = priced_good(s, pb, sp.b, per);
          Subject thing;
          if (!good.empty()) {
            thing.kind = "thing";
            thing.key = "thing:" + good;
            thing.surface = good;
          } else {
            for (auto q = m_claims.rbegin(); q != m_claims.rend() && q->sentence_start == s.range.start; ++q) {
              if (q->subject.kind == "thing" && q->attribute.starts_with("price") && q->start < s.toks[sp.b].start) {
                thing = q->subject;
                break;
              }
            }
          }
          if (!thing.key.empty()) {
            c.subject = thing;
            c.attribute = "change.price";
          }
        }
        // ("sold 2.1 million tickets, at an average price of $196": a price
        // in a clause about tickets is a ticket's, the fare)
        if (c.attribute == "price") {
          const auto [cb2, ce2] = clause(s, sp.b, sp.e);
          for (std::uint16_t k = cb2; k < ce2; ++k) {
            if (s.toks[k].lower == "ticket" || s.toks[k].lower == "tickets") {
              c.attribute = "fare";
              break;
            }
          }
        }
        // A deal is both parties': "Bolt agreed to a takeover by
        // Acme" and "Acme agreed to buy Bolt" speak of one deal.
        // The other party is the name right after a word of the deal frame
        // ("buy Bolt", "sold to ... Acme", "takeover by Acme").
        if (c.attribute == "deal" && c.subject.key.empty()) {
          c.subject = default_subject(s, sp.b, sp.e);
        }
        if (c.attribute == "deal" && (c.subject.kind == "org" || c.subject.kind == "other")) {
          std::string other;
          std::string other_name;
          for (std::uint16_t k = 0; k < s.toks.size() && other.empty(); ++k) {
            // ("pay $1.25 billion for Bolt": the "for" after the price)
            if (!in_class(m_res, "frame.deal", s.toks[k].lemma_v.empty() ? s.toks[k].lower : s.toks[k].lemma_v) &&
                !in_class(m_res, "frame.deal", s.toks[k].lower) && !(k == sp.e && s.toks[k].lower == "for")) {
              continue;
            }
            // after the frame word ("buy Bolt"), else before it
            // ("Halvorsen, is being sold to ..."), never a cited outlet
            for (const auto& q : s.spans) {
              const bool near = (q.b > k && q.b <= k + 6) || (q.e <= k && q.e + 8 >= k);
              if (q.ref < 0 || !near || (q.type != SpanType::org && q.type != SpanType::other) ||
                  (q.b >= 2 && s.toks[q.b - 1].lower == "to" && s.toks[q.b - 2].lower == "according")) {
                continue;
              }
              const Subject& sub = m_dc.entities[static_cast<std::size_t>(q.ref)].subject;
              if (sub.key != c.subject.key && sub.parent.empty() && !media_name(m_dc, m_res, lower(sub.surface)) &&
                  m_res.gaz->lookup(sub.surface).empty() && !m_res.gaz->nationality(lower(sub.surface))) {
                other = sub.key;
                other_name = sub.surface;
                break;
              }
            }
          }
          if (!other.empty()) {
            const bool first = c.subject.key < other;
            c.subject.surface = first ? c.subject.surface + " and " + other_name : other_name + " and " + c.subject.surface;
            c.subject.key = first ? c.subject.key + "+" + other : other + "+" + c.subject.key;
            c.subject.kind = "org";
            c.subject.acronym.clear();
          }
        }
        // A fine is the fined party's: "fined ... company Acme 1.1 billion
        // euros", "a 1.8 billion euro fine against Acme", "ordered Acme
        // to pay"
        if (role == "fine" || role == "penalty" || role == "settlement") {
          const auto entity_in = [&](std::uint16_t from, std::uint16_t to) -> const Span* {
            for (const auto& q : s.spans) {
              if (q.ref >= 0 && q.b >= from && q.b < to && (q.type == SpanType::org || q.type == SpanType::other)) {
                return &q;
              }
            }
            return nullptr;
          };
          const Span* fined = nullptr;
          for (std::uint16_t k = cb; k < ce && fined == nullptr; ++k) {
            const Word& w = s.toks[k].lower;
            if ((w == "against" || w == "on") && k > 0 && in_class(m_res, "role.money", s.toks[k - 1].lower)) {
              fined = entity_in(static_cast<std::uint16_t>(k + 1), static_cast<std::uint16_t>(std::min<std::size_t>(ce, k + 3u)));
            } else if ((s.toks[k].lemma_v == "fine" || s.toks[k].lemma_v == "order" || s.toks[k].lemma_v == "penalize") &&
                       k < sp.b && !s.toks[k].is(k_cap)) {
              fined = entity_in(static_cast<std::uint16_t>(k + 1), sp.b);
            }
          }
          if (fined != nullptr) {
            c.subject = m_dc.entities[static_cast<std::size_t>(fined->ref)].subject;
          }
        }
        // "X of ORG's earnings", "a 38% premium to Hartwell's closing
        // price": the subject is the possessor (not in "sold for $34.8
        // million at Sotheby's on Tuesday": the words between link with
        // "of", "in" or "to", and the possessive has a noun after it)
        for (std::uint16_t k = sp.e; k + 1 < ce && k < sp.e + 6; ++k) {
          if (!s.toks[k].is(k_possessive) || !s.toks[k + 1].is(k_word)) {
            continue;
          }
          const Word& next = s.toks[k + 1].lower;
          if (next == "on" || next == "in" || next == "at" || next == "for" || next == "to" || next == "and" ||
              next == "by" || next == "with") {
            continue;
          }
          for (const auto& q : s.spans) {
            if (q.e != k || q.ref < 0 || (q.type != SpanType::org && q.type != SpanType::other)) {
              continue;
            }
            bool linked = false;
            bool blocked = false;
            for (std::uint16_t j = sp.e; j < q.b; ++j) {
              const Word& w = s.toks[j].lower;
              linked = linked || w == "of" || w == "in" || w == "to";
              blocked = blocked || w == "at" || w == "on" || w == "by" || w == "with" || w == "from" || w == "for";
            }
            if (linked && !blocked) {
              c.subject = m_dc.entities[static_cast<std::size_t>(q.ref)].subject;
            }
          }
        }
        // "a 4% increase in tuition", "a 12% rise in sales", "a 3% cut to
        // its budget": a percentage before a noun of change is the change of
        // what follows it ("raise tuition by 4%" says the same)
        // ("a 20% pay rise": past one noun before it)
        if (c.value.kind == ValueKind::percent && sp.e < s.toks.size() && c.attribute.rfind("change", 0) != 0) {
          static constexpr std::string_view k_change_nouns[] = {"increase", "rise", "hike", "raise", "jump",
                                                                "gain", "cut", "decrease", "drop", "decline",
                                                                "fall", "reduction", "surge", "slump"};
          const auto change_noun = [&](std::size_t k) {
            if (k >= s.toks.size() || !s.toks[k].is(k_word) || s.toks[k].is(k_cap)) {
              return false;
            }
            const Word& n = s.toks[k].lemma_n.empty() ? s.toks[k].lower : s.toks[k].lemma_n;
            return std::find(std::begin(k_change_nouns), std::end(k_change_nouns), n) != std::end(k_change_nouns);
          };
          std::size_t at = sp.e;
          if (!change_noun(at) && s.toks[at].is(k_word) && !s.toks[at].is(k_cap) &&
              !in_class(m_res, "name.stop", s.toks[at].lower) && change_noun(at + 1)) {
            at = at + 1;
          }
          // ("Ridgeview's increase of 4%": the noun before "of")
          const bool before_of = sp.b >= 2 && s.toks[sp.b - 1].lower == "of" && change_noun(sp.b - 2u);
          if (change_noun(at) || before_of) {
            std::string what;
            if (at + 2u < s.toks.size() &&
                (s.toks[at + 1].lower == "in" || s.toks[at + 1].lower == "of" || s.toks[at + 1].lower == "to")) {
              std::size_t k = at + 2u;
              while (k < s.toks.size() && k < at + 5u &&
                     (s.toks[k].lower == "the" || s.toks[k].lower == "its" || s.toks[k].lower == "their" ||
                      s.toks[k].is(k_possessive) || s.toks[k].is(k_cap))) {
                ++k;
              }
              if (k < s.toks.size() && s.toks[k].is(k_word) && !in_class(m_res, "name.stop", s.toks[k].lower)) {
                what = s.toks[k].lemma_n.empty() ? s.toks[k].lower : s.toks[k].lemma_n;
              }
            }
            // (else what the clause says costs money: "will pay $11,800 in
            // tuition ... after the board approved a 4% increase")
            if (what.empty()) {
              const auto [cb2, ce2] = clause(s, sp.b, sp.e);
              const auto distance = [&](std::size_t k) { return k < sp.b ? sp.b - k : k - sp.e; };
              std::size_t best = s.toks.size();
              for (std::size_t k = cb2; k < ce2; ++k) {
                if (s.toks[k].is(k_word) && !s.toks[k].is(k_cap) && in_class(m_res, "role.money", s.toks[k].lower) &&
                    (best == s.toks.size() || distance(k) < distance(best))) {
                  best = k;
                  what = s.toks[k].lemma_n.empty() ? s.toks[k].lower : s.toks[k].lemma_n;
                }
              }
            }
            if (what.empty() && c.attribute.rfind("share.", 0) == 0) {
              what = c.attribute.substr(6);
            }
            c.attribute = "change" + (what.empty() ? std::string() : "." + what);
          }
        }
        break;
      }
      case ValueKind::date: {
        // the date of a dateline ("OSLO, March 4 (Newswire) -") is the
        // publication's, no claim
        if (sp.b <= 3 && sp.e < s.toks.size() && s.toks[sp.e].lower == "(") {
          continue;
        }
        // "a year later than planned": an offset from another date, not
        // from the report's
        if (sp.e < s.toks.size() && s.toks[sp.e].lower == "than") {
          continue;
        }
        // "will now close on January 12 instead of January 5": the date
        // given up, no claim
        if (sp.b >= 2 && ((s.toks[sp.b - 2].lower == "instead" && s.toks[sp.b - 1].lower == "of") ||
                          (s.toks[sp.b - 2].lower == "rather" && s.toks[sp.b - 1].lower == "than"))) {
          continue;
        }
        // "the largest outbreak in the state this year": the span a
        // superlative ranks over, not the date of an event
        if (sp.b >= 1 && (s.toks[sp.b].lower == "this" || s.toks[sp.b].lower == "so")) {
          const auto [cb, ce] = clause(s, sp.b, sp.e);
          bool superlative = false;
          for (std::uint16_t k = cb; k < sp.b && !superlative; ++k) {
            const Tok& t = s.toks[k];
            superlative = t.is(k_word) && !t.is(k_cap) &&
                          ((t.lower.size() > 5 && t.lower.ends_with("est") &&
                            lexicon::WordNet::instance().known(t.lower, lexicon::Pos::adj) == false &&
                            !lexicon::WordNet::instance().lemma(t.lower, lexicon::Pos::adj).empty()) ||
                           t.lower == "most" || t.lower == "record");
          }
          if (superlative) {
            continue;
          }
        }
        c.attribute = "date." + (vclass.empty() ? std::string("event") : vclass);
        // "stranded on Sunday", "came ashore on Saturday" in a story about
        // a stranding: a verb that tells the story's kind of event dates
        // the event (the lexicon's occur.<kind> classes)
        if (verb >= 0 && m_event.kind == "story" &&
            !class_at(s, static_cast<std::size_t>(verb), "occur." + m_event.key.substr(6)).empty()) {
          c.attribute = "date.occur";
          if (c.subject.kind != "person" && c.subject.kind != "event") {
            c.subject = m_event;
          }
        }
        // "The blast, at about 10:15 a.m., shook homes": a time set off right
        // after a word for an event is when the event happened
        {
          static constexpr std::string_view k_lead[] = {"at", "on", "about", "around", "approximately", "shortly",
                                                        "just"};
          int k = static_cast<int>(sp.b) - 1;
          while (k >= 0 && std::find(std::begin(k_lead), std::end(k_lead), s.toks[static_cast<std::size_t>(k)].lower) !=
                               std::end(k_lead)) {
            --k;
          }
          if (k >= 1 && k < static_cast<int>(sp.b) - 1 && s.toks[static_cast<std::size_t>(k)].lower == "," &&
              !m_res.lex.classes_of(s.toks[static_cast<std::size_t>(k) - 1].lower, "story.").empty() &&
              sp.e < s.toks.size() && s.toks[sp.e].lower == ",") {
            c.attribute = "date.occur";
            const auto kinds = m_res.lex.classes_of(s.toks[static_cast<std::size_t>(k) - 1].lower, "story.");
            if (m_event.kind == "story" && same_kind(m_res, suffix_of(kinds.front()), m_event.key.substr(6))) {
              c.subject = m_event;
            }
          }
        }
        // ("after frost on July 2 damaged trees", "blaming a frost on July
        // 3": a day right after the story's event's word is when it
        // happened; not "the weather since the frost on July 2, which
        // was another one": another_of_kind)
        // (a noun: "began erupting on Tuesday" keeps its verb's "began")
        if (sp.b >= 2 && s.toks[sp.b - 1].lower == "on" && m_event.kind == "story" &&
            !another_of_kind(s, sp.b - 2u, 0) && !verb_like(s.toks[sp.b - 2]) && !participle(s.toks[sp.b - 2]) &&
            !s.toks[sp.b - 2].lower.ends_with("ing")) {
          const auto kinds = m_res.lex.classes_of(s.toks[sp.b - 2].lower, "story.");
          if (!kinds.empty() && same_kind(m_res, suffix_of(kinds.front()), m_event.key.substr(6)) &&
              !in_class(m_res, "thing.kind", m_event.key.substr(6))) {
            c.attribute = "date.occur";
            c.subject = m_event;
          }
        }
        // "Born in Memphis in 1938, Bell moved ...", "who was born in
        // Memphis, Tennessee, in 1937, released": a birth, whatever the
        // clause's verb
        if (birth_date(s, sp.b)) {
          c.attribute = "date.birth";
        }
        // "said on Monday it would cut ...", "announced Tuesday": the date
        // of the statement, not of what it is about.
        int k = static_cast<int>(sp.b) - 1;
        if (k >= 0 && (s.toks[static_cast<std::size_t>(k)].lower == "on" || s.toks[static_cast<std::size_t>(k)].lower == "late" ||
                       s.toks[static_cast<std::size_t>(k)].lower == "early" || s.toks[static_cast<std::size_t>(k)].lower == "in")) {
          --k;
        }
        if (k >= 0 && in_class(m_res, "verb.say", s.toks[static_cast<std::size_t>(k)].lemma_v)) {
          c.attribute = "date.statement";
        }
        // ("State officials on Monday confirmed an outbreak": right before
        // the reporting verb too)
        if (sp.e < s.toks.size() && sp.b >= 2 && s.toks[sp.b - 1].lower == "on" && !s.toks[sp.b - 2].is(k_punct) &&
            !s.toks[sp.e].lemma_v.empty() && s.toks[sp.e].lemma_v != s.toks[sp.e].lower &&
            in_class(m_res, "verb.say", s.toks[sp.e].lemma_v)) {
          c.attribute = "date.statement";
        }
        // "effective March 1", "starting March 15", "beginning on Monday":
        // when a rule, price or plan takes effect
        if (k >= 0) {
          const Word& w = s.toks[static_cast<std::size_t>(k)].lower;
          if (w == "effective" || w == "starting" || w == "beginning") {
            c.attribute = "date.effective";
          }
          // ("has been extended until January 19", "runs until March 3":
          // when something ends, as "will close on January 12" says)
          if ((w == "until" || w == "till" || w == "through") && k >= 1 &&
              static_cast<std::size_t>(k) + 1u == sp.b) {
            const Tok& v = s.toks[static_cast<std::size_t>(k) - 1];
            const Word& l = v.lemma_v.empty() ? v.lower : v.lemma_v;
            // ("will not open until 2031": when it opens)
            const bool negated_verb = k >= 2 && (s.toks[static_cast<std::size_t>(k) - 2].lower == "not" ||
                                                 s.toks[static_cast<std::size_t>(k) - 2].lower == "n't");
            if (negated_verb) {
              c.attribute = "date." + l;
            } else if (l == "extend" || l == "run" || l == "continue" || l == "last" || l == "open") {
              c.attribute = "date.close";
            }
          }
          // ("its opening has been delayed to 2030", "the launch was pushed
          // back to May": the date the delayed thing now has)
          const std::string& attr_verb = c.attribute.size() > 5 ? c.attribute.substr(5) : std::string();
          if ((w == "to" || w == "until") && static_cast<std::size_t>(k) + 1u == sp.b &&
              (attr_verb == "delay" || attr_verb == "postpone" || attr_verb == "push" || attr_verb == "defer")) {
            for (int j = k - 1; j >= 1 && j >= k - 8; --j) {
              const Tok& n = s.toks[static_cast<std::size_t>(j)];
              const Word& d = s.toks[static_cast<std::size_t>(j) - 1].lower;
              const bool determined = d == "its" || d == "the" || d == "their" || s.toks[static_cast<std::size_t>(j) - 1].is(k_possessive);
              if (determined && n.is(k_word) && n.lower.ends_with("ing") && !n.lemma_v.empty() && n.lemma_v != n.lower) {
                c.attribute = "date." + n.lemma_v;
                break;
              }
              if (determined && (n.lower == "launch" || n.lower == "start" || n.lower == "release")) {
                c.attribute = "date." + n.lower;
                break;
              }
            }
          }
          // ("agreed to cut output ... from January": a plan that starts at
          // a date after the report, with no end named)
          const Word& after_date = sp.e < s.toks.size() ? s.toks[sp.e].lower : Word();
          if (w == "from" && static_cast<std::size_t>(k) + 1u == sp.b && after_date != "to" && after_date != "until" &&
              after_date != "through" && after_date != "-" && after_date != "and" && m.date.start &&
              m_doc.published_range && m_doc.published_range->end && *m.date.start > *m_doc.published_range->end) {
            c.attribute = "date.effective";
          }
        }
        // "The 1890 canvas", "its 2019 report", "the 2016 election": a
        // year before a noun dates the noun, not the clause's verb
        if (sp.e == sp.b + 1u && sp.b >= 1 && sp.e < s.toks.size() && s.toks[sp.b].is(text::k_number) &&
            s.toks[sp.b].lower.size() == 4 && s.toks[sp.e].is(k_word) && !s.toks[sp.e].is(k_cap)) {
          const Tok& det = s.toks[sp.b - 1];
          const Tok& noun = s.toks[sp.e];
          const bool determiner = det.is(k_possessive) || det.lower == "the" || det.lower == "its" ||
                                  det.lower == "their" || det.lower == "his" || det.lower == "her" ||
                                  det.lower == "a" || det.lower == "this" || det.lower == "that" ||
                                  det.lower == "our";
          const auto& wn = lexicon::WordNet::instance();
          if (determiner && !noun.lemma_n.empty() && wn.known(noun.lemma_n, lexicon::Pos::noun) &&
              noun.lower != "and" && noun.lower != "to" && noun.lower != "or") {
            c.attribute = "date." + noun.lemma_n;
          }
        }
        // "backdated to Nov. 12, when her sample was taken", "a sample
        // she gave on Nov. 21": the day of a thing that is dated (the
        // lexicon's dated.thing: a sample, a test), whatever verb tells it
        {
          const auto dated_thing = [&](std::size_t j) {
            const Tok& t = s.toks[j];
            return t.is(k_word) && in_class(m_res, "dated.thing", t.lemma_n.empty() ? t.lower : t.lemma_n);
          };
          std::size_t at = s.toks.size();
          if (sp.e + 1u < s.toks.size() && s.toks[sp.e].lower == "," && s.toks[sp.e + 1].lower == "when") {
            for (std::size_t j = sp.e + 2u; j < s.toks.size() && j < sp.e + 6u && !s.toks[j].is(k_punct); ++j) {
              if (dated_thing(j)) {
                at = j;
                break;
              }
            }
          }
          // (before the date, through a verb and "on": "a sample she gave
          // on", "the test was carried out on")
          if (at == s.toks.size() && sp.b >= 1 && s.toks[sp.b - 1].lower == "on") {
            for (std::size_t j = sp.b - 1u; j-- > 0 && j + 7u > sp.b && !s.toks[j].is(k_punct);) {
              if (dated_thing(j)) {
                at = j;
                break;
              }
            }
          }
          if (at < s.toks.size()) {
            const Tok& t = s.toks[at];
            c.attribute = "date." + (t.lemma_n.empty() ? t.lower : t.lemma_n);
            // ("her sample": the person last named, the sample's giver)
            const Word& owner = at >= 1 ? s.toks[at - 1].lower : Word();
            if (owner == "her" || owner == "his") {
              for (const auto& en : m_dc.entities) {
                if (en.subject.kind == "person" && (en.sentence < s.index || (en.sentence == s.index && en.e <= at))) {
                  c.subject = en.subject;
                }
              }
            }
          }
        }
        break;
      }
      case ValueKind::duration: {
        c.attribute = "duration." + (vclass.empty() ? std::string("event") : vclass);
        // "won in 2:00:35", "finished in 2:00:53", "ran the marathon in 2
        // hours and 35 seconds", "completed the climb in nine hours": the
        // time a race or a task took, whichever verb tells it
        if (sp.b >= 2 && s.toks[sp.b - 1].lower == "in") {
          const auto [cb, ce] = clause(s, sp.b, sp.e);
          for (int k = static_cast<int>(sp.b) - 2; k >= static_cast<int>(cb) && k >= static_cast<int>(sp.b) - 8; --k) {
            const Tok& t = s.toks[static_cast<std::size_t>(k)];
            if (t.is(k_punct) && t.lower != "'s") {
              break;
            }
            if (in_class(m_res, "duration.finish", t.lemma_v.empty() ? t.lower : t.lemma_v) || t.lemma_v == "run") {
              c.attribute = "duration.finish";
              break;
            }
          }
        }
        // ("Quist ran 22.31 seconds", "clocked 9.58 seconds": the time,
        // right after the verb)
        if (sp.b >= 1 && (c.value.unit == "second" || c.value.unit == "minute" || c.value.unit == "hour")) {
          const Tok& t = s.toks[sp.b - 1];
          const Word& l = t.lemma_v.empty() ? t.lower : t.lemma_v;
          if (t.is(k_word) && (l == "run" || l == "clock" || l == "swim")) {
            c.attribute = "duration.finish";
          }
        }
        // "finished in 2:00:53, 16 seconds inside the previous record",
        // "two minutes ahead of the field": a margin, not the time taken
        if (sp.e < s.toks.size()) {
          const Word& next = s.toks[sp.e].lower;
          const Word& after = sp.e + 1u < s.toks.size() ? s.toks[sp.e + 1].lower : Word();
          if (next == "inside" || next == "outside" || next == "behind" || next == "off" ||
              ((next == "ahead" || next == "clear" || next == "short") && after == "of") ||
              ((next == "faster" || next == "slower" || next == "quicker") && after == "than")) {
            c.attribute = "duration.margin";
          }
        }
        break;
      }
      case ValueKind::ordinal:
        c.attribute = "ordinal." + (m.unit.empty() ? std::string("rank") : m.unit);
        break;
      default:
        continue;
    }
    // "about 50 ships a day", "1,200 flights per week", "30 trains an
    // hour", "4,000 visitors daily": a rate, another figure than a count
    if (c.value.kind == ValueKind::quantity && !c.value.unit.empty()) {
      std::string_view rest = std::string_view(m_doc.cleaned.text).substr(std::min(m.end, m_doc.cleaned.text.size()));
      std::string low = lower(rest.substr(0, std::min<std::size_t>(rest.size(), 48)));
      std::string_view r = low;
      const std::string unit = lower(c.value.unit);
      // (only after the counted noun: "45 million monthly users" are users,
      // "4,400 daily flights" the flights of a day)
      if (r.rfind(" " + unit, 0) == 0) {
        r.remove_prefix(unit.size() + 1);
      } else {
        r = {};
      }
      static constexpr std::string_view k_rate_units[] = {"day", "week", "month", "year", "hour", "minute",
                                                          "night", "second", "season"};
      std::string per;
      for (const auto& [adverb, u] : {std::pair<std::string_view, std::string_view>{" daily", "day"},
                                      {" weekly", "week"}, {" monthly", "month"}, {" annually", "year"},
                                      {" yearly", "year"}, {" hourly", "hour"}, {" per annum", "year"}}) {
        if (r.rfind(adverb, 0) == 0 && (r.size() == adverb.size() || !text::is_alpha(r[adverb.size()]))) {
          per = u;
        }
      }
      for (std::string_view lead : {" a ", " per ", " an ", " each ", " every ", "/"}) {
        if (per.empty() && r.rfind(lead, 0) == 0) {
          std::string_view word = r.substr(lead.size());
          std::size_t n = 0;
          while (n < word.size() && word[n] >= 'a' && word[n] <= 'z') {
            ++n;
          }
          if (std::find(std::begin(k_rate_units), std::end(k_rate_units), word.substr(0, n)) !=
              std::end(k_rate_units)) {
            per = word.substr(0, n);
          }
        }
      }
      if (!per.empty() && c.attribute.find(".per_") == std::string::npos) {
        c.attribute += ".per_" + per;
      }
    }
    if (c.subject.key.empty()) {
      c.subject = default_subject(s, claim_b, claim_e);
      // "The 22-foot craft vanished ... during a dive to the Empress of
      // Halifax": a measure written as an adjective is its noun's, never a
      // name's that comes after it (the story's event or thing when the
      // noun names its kind, else the thing the noun names)
      const std::string written = tok_text(s, sp.b, sp.e);
      const std::size_t digit = written.find_last_of("0123456789");
      const bool adjectival = digit != std::string::npos && digit + 1 < written.size() &&
                              (written[digit + 1] == '-' || std::isalpha(static_cast<unsigned char>(written[digit + 1])));
      if (adjectival && c.value.kind == ValueKind::quantity && sp.ref >= 0 &&
          !m_dc.mentions[static_cast<std::size_t>(sp.ref)].dimension.empty() && sp.e < s.toks.size() &&
          s.toks[sp.e].is(k_word) && !s.toks[sp.e].is(k_cap) && !s.toks[sp.e].lemma_n.empty() &&
          lexicon::WordNet::instance().known(s.toks[sp.e].lemma_n, lexicon::Pos::noun) &&
          !lexicon::WordNet::instance().known(s.toks[sp.e].lower, lexicon::Pos::adj)) {
        bool named_before = false;
        for (const auto& q : s.spans) {
          named_before = named_before || (q.ref >= 0 && q.e <= sp.b && q.type >= SpanType::place &&
                                          q.type <= SpanType::other &&
                                          m_dc.entities[static_cast<std::size_t>(q.ref)].subject.key == c.subject.key);
        }
        if (!named_before) {
          const Word& noun = s.toks[sp.e].lemma_n;
          const auto kinds = m_res.lex.classes_of(s.toks[sp.e].lower, "story.");
          if (!kinds.empty() && !m_event.key.empty() && m_event.key == "story:" + suffix_of(kinds.front())) {
            c.subject = m_event;
          } else {
            c.subject = Subject{};
            c.subject.kind = "thing";
            c.subject.key = "thing:" + noun;
            c.subject.surface = s.toks[sp.e].lower;
          }
          m_measured_thing = c.subject;
          m_measured_thing_sentence = s.index;
        }
      }
    }
    // "ahead of the $96 million debut of "Harbor Lights"": an amount that
    // modifies a noun whose "of" names a thing is that thing's (not a
    // deal's: "a $2 billion takeover of Acme" has two sides)
    if (sp.b >= 1 && (s.toks[sp.b - 1].lower == "the" || s.toks[sp.b - 1].lower == "a" ||
                      s.toks[sp.b - 1].lower == "an" || s.toks[sp.b - 1].is(k_possessive))) {
      std::uint16_t k = sp.e;
      while (k < s.toks.size() && k < sp.e + 2u && s.toks[k].is(k_word) && !s.toks[k].is(k_cap) &&
             s.toks[k].lower != "of" && m_res.lex.classes_of(s.toks[k].lemma_n, "same.deal").empty()) {
        ++k;
      }
      if (k > sp.e && k + 1u < s.toks.size() && s.toks[k].lower == "of") {
        std::uint16_t at = k + 1u;
        while (at < s.toks.size() && at < k + 3u && (s.toks[at].lower == "the" || s.toks[at].is(k_quote))) {
          ++at;
        }
        for (const auto& q : s.spans) {
          if (q.b == at && q.ref >= 0 && q.type >= SpanType::org && q.type <= SpanType::other) {
            const Subject& named = m_dc.entities[static_cast<std::size_t>(q.ref)].subject;
            if (named.kind != "person") {
              c.subject = named;
            }
            break;
          }
        }
      }
    }
    // "John Doe founded Acme Corp in 1999": the founding is the
    // organization's, not the founder's
    if (c.attribute == "date.found" && (c.subject.kind == "person" || c.subject.kind == "other")) {
      const auto [cb, ce] = clause(s, sp.b, sp.e);
      for (const auto& q : s.spans) {
        if (q.type == SpanType::org && q.ref >= 0 && q.b >= cb && q.e <= sp.b &&
            m_dc.entities[static_cast<std::size_t>(q.ref)].subject.kind == "org") {
          c.subject = m_dc.entities[static_cast<std::size_t>(q.ref)].subject;
        }
      }
    }
    // "The bridge, which opened in 1937, is 1.7 miles long": with no name
    // in the clause, the unnamed thing the article is about, when the
    // clause names it
    // "The stadium will seat 42,000", "The cost of the team's new
    // stadium has risen to $1.5 billion": what is measured of a thing the
    // article is about, in a clause that names the thing, is the thing's
    const std::string measured = c.attribute.rfind("date.", 0) == 0 ? c.attribute.substr(5)
                                                                     : c.attribute.substr(0, c.attribute.find('.'));
    // ("The 24-kilometre line has 11 stations", "The 15-mile line, with 11
    // stations,": what the thing has)
    if (m_measured_thing_sentence == s.index && sp.b >= 1 && c.value.kind == ValueKind::quantity &&
        (s.toks[sp.b - 1].lower == "has" || s.toks[sp.b - 1].lower == "have" || s.toks[sp.b - 1].lower == "had" ||
         s.toks[sp.b - 1].lower == "with") &&
        c.subject.kind != "person") {
      c.subject = m_measured_thing;
      // (a story's thing lasts: "thing:pipeline")
      const std::string kind = c.subject.key.substr(c.subject.key.find(':') + 1);
      if (c.subject.kind == "story" && in_class(m_res, "thing.kind", kind)) {
        as_lasting_thing(c.subject, kind);
      }
    }
    const bool of_thing = m_event.kind == "story" &&
                          in_class(m_res, "thing.kind", m_event.key.substr(m_event.key.find(':') + 1)) &&
                          in_class(m_res, "thing.attribute", measured) && c.subject.kind != "person";
    // "the pipeline was installed in 1984", "The bridge opened in 1937":
    // what is measured of a thing of a lasting kind that the clause opens
    // with is the thing's, whatever the story
    // (and "It" opening the next sentence: "The bill passed by 287 votes
    // to 252. It raises the pension age from September 2027")
    bool it_thing = false;
    if (c.subject.kind != "person" && in_class(m_res, "thing.attribute", measured) && s.index > 0 &&
        s.toks.size() > 1 && s.toks[0].lower == "it" && (verb_like(s.toks[1]) || auxiliary(s.toks[1].lower))) {
      const Sent& prev = m_dc.sents[s.index - 1];
      const auto kinds = prev.toks.size() > 2 && prev.toks[0].lower == "the"
                             ? m_res.lex.classes_of(prev.toks[1].lower, "story.")
                             : std::vector<std::string>{};
      const std::string kind = kinds.empty() ? std::string() : suffix_of(kinds.front());
      if (!kind.empty() && in_class(m_res, "thing.kind", kind) &&
          (auxiliary(prev.toks[2].lower) || verb_like(prev.toks[2]))) {
        c.subject = Subject{};
        c.subject.surface = prev.toks[1].lower;
        as_lasting_thing(c.subject, kind);
        it_thing = true;
      }
    }
    if (!of_thing && !it_thing && c.subject.kind != "person" && in_class(m_res, "thing.attribute", measured)) {
      const auto [cb, ce] = clause(s, sp.b, sp.e);
      for (std::uint16_t k = cb; k + 2u < sp.b; ++k) {
        // ("the cost of the bridge rose": not inside a prepositional phrase)
        const Word& before = k > cb ? s.toks[k - 1].lower : Word();
        if (s.toks[k].lower != "the" || before == "of" || before == "in" || before == "on" || before == "at" ||
            before == "for" || before == "with" || before == "to" || before == "from" || before == "by") {
          continue;
        }
        const auto kinds = m_res.lex.classes_of(s.toks[k + 1].lower, "story.");
        const std::string kind = kinds.empty() ? std::string() : suffix_of(kinds.front());
        if (!kind.empty() && in_class(m_res, "thing.kind", kind) &&
            (auxiliary(s.toks[k + 2].lower) || verb_like(s.toks[k + 2]))) {
          c.subject = Subject{};
          c.subject.surface = s.toks[k + 1].lower;
          as_lasting_thing(c.subject, kind);
          break;
        }
      }
    }
    // (a subject the sentence does not name, the article's topic taken by
    // default, gives way to the event too: "About 60 whales stranded on
    // a beach" in an article that names a rescue group later)
    const bool topic_by_default = [&] {
      if (m_dc.topic.key.empty() || c.subject.key != m_dc.topic.key || m_event.kind != "story" ||
          m_event.parent == "story:" || c.value.kind != ValueKind::quantity) {
        return false;
      }
      for (const auto& q : s.spans) {
        if (q.ref >= 0 && q.type >= SpanType::org && q.type <= SpanType::other &&
            m_dc.entities[static_cast<std::size_t>(q.ref)].subject.key == c.subject.key) {
          return false;
        }
      }
      return true;
    }();
    if ((c.subject.key.empty() || of_thing || topic_by_default) && m_event.kind == "story" && !it_thing) {
      const auto [cb, ce] = clause(s, sp.b, sp.e);
      const std::string kind = m_event.key.substr(m_event.key.find(':') + 1);
      // (not past a relative clause or a comparison before the figure:
      // "the asteroid will be five times farther away than the Moon, which
      // orbits at 238,900 miles" is the Moon's)
      // ("The satellite, which weighs 4,600 kg": the clause is the
      // thing's own)
      const auto other_between = [&](std::uint16_t from) {
        for (std::uint16_t j = from + 1u; j < sp.b; ++j) {
          if (s.toks[j].lower == "than") {
            return true;
          }
          if (s.toks[j].lower == "which" || s.toks[j].lower == "who") {
            const std::uint16_t antecedent = s.toks[j - 1].lower == "," ? j - 2u : j - 1u;
            // (a relative clause closed before the figure is set off:
            // "Last Tuesday's avalanche near Zermatt, which killed five
            // skiers, started at 2,600 metres")
            bool closed = false;
            for (std::uint16_t c2 = j + 1u; c2 < sp.b && !closed; ++c2) {
              closed = s.toks[c2].lower == "," && s.toks[j - 1].lower == ",";
            }
            if (antecedent != from && !closed) {
              return true;
            }
          }
        }
        return false;
      };
      // (not when another thing comes before the figure: "The Acme
      // Crest, a 290-metre container ship built in 2015, remains pinned
      // under the bridge" is the ship's)
      bool other_thing = false;
      for (std::uint16_t k = cb; k < sp.b && !other_thing; ++k) {
        const auto kinds = m_res.lex.classes_of(s.toks[k].lower, "story.");
        other_thing = !kinds.empty() && !s.toks[k].is(k_cap) && !same_kind(m_res, suffix_of(kinds.front()), kind) &&
                      in_class(m_res, "thing.kind", suffix_of(kinds.front()));
      }
      for (const auto& q : s.spans) {
        other_thing = other_thing || (q.ref >= 0 && (q.type == SpanType::org || q.type == SpanType::other) &&
                                      q.b >= cb && q.e <= sp.b &&
                                      m_dc.entities[static_cast<std::size_t>(q.ref)].subject.kind == "thing" &&
                                      m_dc.entities[static_cast<std::size_t>(q.ref)].subject.unit != kind);
      }
      for (std::uint16_t k = cb; k < ce && !other_thing; ++k) {
        const auto kinds = m_res.lex.classes_of(s.toks[k].lower, "story.");
        // (or a verb that tells the kind of event: "came ashore" in a
        // story about a stranding)
        const bool occurs = (verb_like(s.toks[k]) || participle(s.toks[k])) &&
                            !class_at(s, k, "occur." + kind).empty();
        // (not "A similar crush at another festival in 2019 killed four")
        // (nor a word of a name: "the Swiss Institute for Snow and
        // Avalanche Research")
        const bool in_name = s.toks[k].is(k_cap) && k > 0 && !s.headline;
        if (((!kinds.empty() && same_kind(m_res, suffix_of(kinds.front()), kind) && !in_name) || occurs) &&
            !other_between(k) && !another_of_kind(s, k, cb) && !generic_plural(s, k)) {
          c.subject = m_event;
          if (in_class(m_res, "thing.kind", kind)) {  // a thing lasts: "thing:stadium"
            as_lasting_thing(c.subject, kind);
          }
          break;
        }
      }
    }
    // "U.S. employers added 206,000 jobs in July, ..., the Labor Department
    // said": a clause whose subject, before the figure, is a word of the
    // story's kind is the story's, not that of an organization named only
    // after the figure (the one who tells it). For a weak kind only (the
    // economy): an event's own kinds are read by the rules above.
    if (m_event.kind == "story" && m_event.parent == "story:" && !c.subject.key.empty() && c.subject.kind != "story" &&
        c.subject.kind != "event" && c.subject.kind != "person" && c.subject.kind != "thing") {
      const auto [cb, ce] = clause(s, sp.b, sp.e);
      const std::string kind = m_event.key.substr(m_event.key.find(':') + 1);
      bool named_before = false;
      for (const auto& q : s.spans) {
        named_before = named_before || (q.ref >= 0 && q.b >= cb && q.e <= sp.b && q.type >= SpanType::org &&
                                        q.type <= SpanType::other &&
                                        m_dc.entities[static_cast<std::size_t>(q.ref)].subject.key == c.subject.key);
      }
      for (std::uint16_t k = cb; k < sp.b && !named_before; ++k) {
        const auto kinds = m_res.lex.classes_of(s.toks[k].lower, "story.");
        if (!kinds.empty() && (!s.toks[k].is(k_cap) || k == 0) && same_kind(m_res, suffix_of(kinds.front()), kind) &&
            !another_of_kind(s, k, cb) && !in_class(m_res, "thing.kind", kind) &&
            (k + 1u >= s.toks.size() || (!s.toks[k + 1].is(k_possessive) && s.toks[k + 1].lower != "of"))) {
          c.subject = m_event;
          break;
        }
      }
    }
    // Deaths, damage, losses: the story's event when the clause names
    // another kind of subject.
    // Not when the clause names another event of the kind: "Last year, a
    // smaller fire burned 800 acres", "a separate outbreak".
    bool other_event = false;
    {
      const auto [cb, ce] = clause(s, sp.b, sp.e);
      // ("The volcano ... last erupted in 2000": a word of the story's
      // kind after "last", "previous" is another occurrence too)
      for (std::uint16_t k = cb; k < ce && !other_event; ++k) {
        if (in_class(m_res, "event.noun", s.toks[k].lower) ||
            !m_res.lex.classes_of(s.toks[k].lower, "story.").empty()) {
          other_event = another_of_kind(s, k, cb);
        }
        other_event = other_event || generic_plural(s, k);
      }
    }
    if (c.subject.kind != "event" && c.subject.kind != "story" && !m_event.key.empty() && !other_event &&
        (in_class(m_res, "event.attribute", c.attribute.substr(0, c.attribute.find('.'))) ||
         // ("34 whales died": animals' toll, `whale.deaths`; "killing three
         // skiers": `skier.deaths`)
         (c.attribute.find('.') != std::string::npos &&
          in_class(m_res, "event.attribute", c.attribute.substr(c.attribute.rfind('.') + 1)) &&
          (lexicon::WordNet::instance().animal(c.attribute.substr(0, c.attribute.find('.'))) ||
           lexicon::WordNet::instance().person(c.attribute.substr(0, c.attribute.find('.'))))))) {
      c.subject = m_event;
    }
    // "The first patient fell ill on June 26": the date of something the
    // event did is the event's, unless the clause names who did it.
    const Word& before_value = sp.b > 0 ? s.toks[sp.b - 1].lower : Word();
    const bool bound = before_value == "since" || before_value == "by" || before_value == "until" ||
                       before_value == "before" || before_value == "after" || before_value == "from";
    // Not when the clause names a person or another kind of event: "the
    // 1996 Olympic bombing that killed one person", "Dr. X was killed".
    bool names_other = false;
    if (c.value.kind == ValueKind::date && m_event.kind == "story") {
      const auto [cb, ce] = clause(s, sp.b, sp.e);
      const std::string kind = m_event.key.substr(m_event.key.find(':') + 1);
      for (std::uint16_t k = cb; k < ce && !names_other; ++k) {
        const auto kinds = m_res.lex.classes_of(s.toks[k].lower, "story.");
        names_other = (!kinds.empty() && !same_kind(m_res, suffix_of(kinds.front()), kind)) ||
                      (in_class(m_res, "event.noun", s.toks[k].lower) && kinds.empty());
      }
      for (const auto& q : s.spans) {
        names_other = names_other || (q.type == SpanType::person && q.b >= cb && q.e <= ce);
      }
    }
    if (c.subject.kind != "event" && c.subject.kind != "story" && !m_event.key.empty() && !other_event && !bound &&
        !names_other && c.value.kind == ValueKind::date &&
        c.attribute.rfind("date.", 0) == 0 && in_class(m_res, "event.verb", c.attribute.substr(5)) &&
        (c.subject.key.empty() || c.subject.key == m_dc.topic.key || c.subject.kind == "place" ||
         c.subject.kind == "other")) {
      c.subject = m_event;
    }
    // "A volcano ... erupted on Tuesday, sending a column of ash about 8
    // km into the sky", "Hekla began erupting, throwing ash 12 km into the
    // air": a measure in a clause that names the story's event is the
    // event's, when the clause names no other subject or its subject is
    // what the event happened to (right before the event's word)
    if (m_event.kind == "story" && c.subject.kind != "story" && c.subject.kind != "event" && !other_event &&
        sp.ref >= 0 && c.value.kind == ValueKind::quantity &&
        !m_dc.mentions[static_cast<std::size_t>(sp.ref)].dimension.empty()) {
      const auto [cb, ce] = clause(s, sp.b, sp.e);
      const std::string kind = m_event.key.substr(m_event.key.find(':') + 1);
      int kind_at = in_class(m_res, "thing.kind", kind) ? static_cast<int>(ce) : -1;  // things: see above
      for (std::uint16_t k = cb; k < ce && kind_at < 0; ++k) {
        const auto kinds = m_res.lex.classes_of(s.toks[k].lower, "story.");
        if (!kinds.empty() && same_kind(m_res, suffix_of(kinds.front()), kind)) {
          kind_at = k;
        }
      }
      bool named_in_clause = false;
      bool undergoes = false;
      for (const auto& q : s.spans) {
        if (q.ref >= 0 && q.b >= cb && q.e <= sp.b && q.type >= SpanType::place && q.type <= SpanType::other &&
            m_dc.entities[static_cast<std::size_t>(q.ref)].subject.key == c.subject.key) {
          named_in_clause = true;
          undergoes = undergoes || (kind_at >= 0 && q.e <= kind_at && kind_at - static_cast<int>(q.e) <= 3);
          // (or where it happened: "the avalanche near Zermatt, which
          // killed five skiers, started at 2,600 metres")
          const Word& prep = q.b >= 1 ? s.toks[q.b - 1].lower : Word();
          undergoes = undergoes || (kind_at >= 0 && static_cast<int>(q.b) == kind_at + 2 &&
                                    (prep == "near" || prep == "in" || prep == "at" || prep == "off" ||
                                     prep == "outside"));
        }
      }
      if (kind_at >= 0 && kind_at < static_cast<int>(ce) && (!named_in_clause || undergoes)) {
        c.subject = m_event;
      }
    }
    {
      const std::string population = c.scope.population;
      const std::string measure = c.scope.phase;  // "an operating loss"
      c.scope = scope_of(s, sp.b, sp.e, sp.type);
      if (!measure.empty()) {
        c.scope.phase = measure;
      }
      if (!population.empty()) {
        c.scope.population = population;
        // "Four of the deaths were in Nueces County": the part's place
        const auto [cb, ce] = clause(s, sp.b, sp.e);
        for (const auto& q : s.spans) {
          if (c.scope.place.empty() && q.type == SpanType::place && q.ref >= 0 && q.b > sp.e && q.e <= ce &&
              s.toks[q.b - 1].lower == "in") {
            c.scope.place = m_dc.entities[static_cast<std::size_t>(q.ref)].subject.key;
            c.scope.place_name = m_dc.entities[static_cast<std::size_t>(q.ref)].subject.surface;
          }
        }
      }
    }
    // "prices that have fallen by a fifth since the summer": a change over
    // a span of its own, not the day's ("rose more than 4% on Monday")
    if ((c.attribute == "change" || c.attribute.rfind("change.", 0) == 0) && c.scope.phase.empty() &&
        sp.e + 1u < s.toks.size() && s.toks[sp.e].lower == "since") {
      for (const auto& q : s.spans) {
        if (q.type == SpanType::date && q.b == sp.e + 1u) {
          c.scope.phase = "since " + lower(tok_text(s, q.b, q.e));
        }
      }
    }
    // "The toll rose to nine after two people died of their injuries": a
    // count in a clause opened by "after" that follows a figure of the same
    // kind in the sentence counts what was added, a part of the figure
    if (c.value.kind == ValueKind::quantity && c.scope.population.empty() && sp.b >= 2) {
      bool after = false;
      for (int k = static_cast<int>(sp.b) - 1; k >= 0 && k >= static_cast<int>(sp.b) - 3 && !after; --k) {
        after = s.toks[static_cast<std::size_t>(k)].lower == "after";
      }
      if (after) {
        for (auto it = m_claims.rbegin(); it != m_claims.rend() && it->sentence_start == c.sentence_start; ++it) {
          if (it->end <= c.start && it->value.kind == ValueKind::quantity && it->attribute == c.attribute &&
              it->subject.key == c.subject.key) {
            c.scope.population = "part";
            break;
          }
        }
      }
    }
    // "killed 30 people, including 12 in Florida and 18 in Georgia": the
    // parts count what the whole counts, each in its own scope
    if (c.value.kind == ValueKind::quantity && c.value.unit.empty() && sp.b >= 1 &&
        (c.attribute == "count" || c.attribute == "people")) {
      bool included = false;
      for (int k = static_cast<int>(sp.b) - 1; k >= 0 && k >= static_cast<int>(sp.b) - 6 && !included; --k) {
        const Word& w = s.toks[static_cast<std::size_t>(k)].lower;
        included = w == "including" || w == "among";
        // ("including two children, and sent 34 to hospitals": a verb ends
        // the list of parts)
        const Tok& t = s.toks[static_cast<std::size_t>(k)];
        if ((t.is(k_punct) && w != ",") || (!included && (verb_like(t) || participle(t)))) {
          break;
        }
      }
      if (included) {
        for (auto it = m_claims.rbegin(); it != m_claims.rend() && it->sentence_start == c.sentence_start; ++it) {
          if (it->end <= c.start && it->value.kind == ValueKind::quantity && !generic_count(it->attribute)) {
            c.attribute = it->attribute;
            c.subject = it->subject;
            c.changing = it->changing;
            if (c.scope.place.empty()) {
              c.scope.population = "part";
            }
            break;
          }
        }
      }
    }
    // "opened its first store in 1998" and "opened its 100th store in
    // 2005": an ordinal on what the verb acts on tells the events apart
    if (c.value.kind == ValueKind::date && c.scope.population.empty() && verb >= 0) {
      // (the ordinal right after the verb, on its object: not "approved
      // Acme's drug, ..., the first pill of its kind")
      for (const auto& q : s.spans) {
        if (q.type == SpanType::ordinal && q.ref >= 0 && q.e < s.toks.size() && s.toks[q.e].is(k_word) &&
            !s.toks[q.e].is(k_cap) && static_cast<int>(q.b) > verb && static_cast<int>(q.b) <= verb + 3 &&
            (q.e <= sp.b || q.b >= sp.e)) {
          c.scope.population = lower(tok_text(s, q.b, q.e));
          break;
        }
      }
    }
    // "revenue of $5.2 billion for the quarter", "$20.1 billion for the
    // year", "for the first half": the period a figure covers is part of
    // its scope (a quarter's figure is no update of a year's)
    // ("aimed to reach 1 billion monthly users by 2030": a count aimed
    // at, not a count; amounts and shares are read so in their own case)
    if (c.value.kind == ValueKind::quantity && c.scope.phase.empty()) {
      for (int k = static_cast<int>(sp.b) - 1; k >= 0 && k >= static_cast<int>(sp.b) - 4; --k) {
        const Tok& t = s.toks[static_cast<std::size_t>(k)];
        if (t.is(k_punct)) {
          break;
        }
        if (aims(s, static_cast<std::size_t>(k), s.toks.size())) {
          c.scope.phase = "target";
          break;
        }
      }
    }
    // (not a count that stands at a time, "205 million monthly active
    // users for the fourth quarter": the lexicon's stock class)
    if ((c.value.kind == ValueKind::money || c.value.kind == ValueKind::quantity ||
         c.value.kind == ValueKind::percent) &&
        c.scope.phase.empty() && !in_class(m_res, "stock", c.attribute.substr(0, c.attribute.find('.')))) {
      for (std::uint16_t k = sp.e; k + 2u < s.toks.size() && k < sp.e + 6; ++k) {
        const Word& w = s.toks[k].lower;
        if (s.toks[k].is(k_punct)) {
          break;
        }
        if (w != "for") {
          continue;
        }
        for (std::uint16_t j = static_cast<std::uint16_t>(k + 1); j < s.toks.size() && j < k + 5; ++j) {
          const Word& p = s.toks[j].lower;
          if (p == "quarter" || p == "year" || p == "month" || p == "half" || p == "week" || p == "period" ||
              p == "season") {
            // ("for fiscal year 2026": a dated period is the figure's time)
            const bool dated_period = j + 1u < s.toks.size() && s.toks[j + 1].is(text::k_number);
            c.scope.phase = p == "period" || dated_period ? std::string() : p.str();
            break;
          }
          if (!(p == "the" || p == "its" || p == "their" || p == "fiscal" || p == "full" || p == "latest" ||
                p == "whole" || p == "entire" || p == "current" || p == "first" || p == "second" || p == "third" ||
                p == "fourth" || p == "final" || p == "past")) {
            break;
          }
        }
        break;
      }
    }
    // "Smith, 54, was also ordered to pay": a person's age has no part or
    // group ("also" is about the order), nor place ("the 23-year-old
    // Kenyan" says where the person is from)
    if (c.attribute == "age") {
      c.scope.population.clear();
      c.scope.place.clear();
      c.scope.place_name.clear();
    }
    // "More than 900 firefighters are at work, up from about 600 on
    // Sunday": the old figure of a change counts what the figure before it
    // counts, at the date after it. Without a date it is no claim: when it
    // held is unknown.
    if ((c.value.kind == ValueKind::quantity || c.value.kind == ValueKind::money ||
         c.value.kind == ValueKind::percent) &&
        sp.b >= 2 && s.toks[sp.b - 1].lower == "from" &&
        (s.toks[sp.b - 2].lower == "up" || s.toks[sp.b - 2].lower == "down" ||
         std::any_of(s.spans.begin(), s.spans.end(), [&](const Span& q) {  // "rose to 4.3% from 4.1% in June"
           return q.type <= SpanType::ordinal && q.ref >= 0 && q.ref != sp.ref && q.e + 1u == sp.b && q.b > 0 &&
                  s.toks[q.b - 1].lower == "to";
         }))) {
      const Claim* before = nullptr;
      for (auto it = m_claims.rbegin(); it != m_claims.rend() && it->sentence_start == c.sentence_start; ++it) {
        if (it->end <= c.start && it->value.kind == c.value.kind) {
          before = &*it;
          break;
        }
      }
      std::optional<ClaimTime> when;
      for (const auto& q : s.spans) {
        const bool next = q.b == sp.e || (q.b == sp.e + 1u && (s.toks[sp.e].lower == "on" || s.toks[sp.e].lower == "in"));
        ClaimTime t;
        if (q.type == SpanType::date && q.ref >= 0 && next && dated(t, m_dc.mentions[static_cast<std::size_t>(q.ref)])) {
          when = t;
        }
      }
      if (before == nullptr || !when) {
        continue;
      }
      c.attribute = before->attribute;
      c.subject = before->subject;
      c.scope = before->scope;
      c.changing = before->changing;
      c.time = *when;
      if (c.value.unit.empty()) {
        c.value.unit = before->value.unit;
        c.value.display = display_range(c.value.num, c.value.unit, c.value.kind);
      }
    }
    // "Shares fell 5% on Tuesday", "rose 3% Wednesday": a change is the
    // change of the day (or period) written right after it; another day's
    // change is another figure
    // An event's measures change as it goes ("Hurricane Delia's winds
    // reached 150 mph on Sunday", "weakened to 100 mph on Monday"): each
    // holds on the day written after it
    bool event_measure = c.value.kind == ValueKind::quantity && sp.ref >= 0 &&
                               !m_dc.mentions[static_cast<std::size_t>(sp.ref)].dimension.empty() &&
                               (c.subject.kind == "event" || c.subject.kind == "story");
    // (an event's measure with no day of its own is the event's one
    // figure: a quake's depth, the speed of a train that derailed)
    if (!c.time.source.empty()) {
      event_measure = false;
    }
    bool dated_here = false;
    // "fell 1,210 points, or 3.1%": the percentage after ", or" is the
    // same change, measured another way
    if (c.value.kind == ValueKind::percent && sp.b >= 2 && s.toks[sp.b - 1].lower == "or" &&
        s.toks[sp.b - 2].lower == ",") {
      for (auto q = m_claims.rbegin(); q != m_claims.rend() && q->sentence_start == c.sentence_start; ++q) {
        if (q->end <= c.start && q->attribute.rfind("change", 0) == 0) {
          c.attribute = "change";
          c.subject = q->subject;
        }
        break;
      }
    }
    if (c.time.source.empty() && (c.attribute.rfind("change.", 0) == 0 || c.attribute == "change" || event_measure)) {
      // ("rose 12% to $4.5 billion in 2024": past the level it reached)
      std::uint16_t from = sp.e;
      if (from < s.toks.size() && s.toks[from].lower == "to") {
        for (const auto& v : s.spans) {
          if (v.type <= SpanType::ordinal && v.b == from + 1u && v.type != SpanType::date) {
            from = v.e;
          }
        }
      }
      // ("fell 1,210 points, or 3.1%, on Monday": past the other measure)
      if (from + 2u < s.toks.size() && s.toks[from].lower == "," && s.toks[from + 1].lower == "or") {
        for (const auto& v : s.spans) {
          if (v.type <= SpanType::ordinal && v.type != SpanType::date && v.b == from + 2u) {
            from = v.e;
          }
        }
      }
      if (from + 1u < s.toks.size() && s.toks[from].lower == "," &&
          (s.toks[from + 1].lower == "on" || s.toks[from + 1].lower == "in")) {
        ++from;
      }
      // ("grew 3.1% in the year to July 2025", "in the 12 months through
      // March": a change over a year is stamped at the month it ends, as
      // "up 2.9% from a year earlier" in a report of July is)
      if (from + 3u < s.toks.size() && s.toks[from].lower == "in" && s.toks[from + 1].lower == "the") {
        for (std::uint16_t k = from + 2u; k < s.toks.size() && k < from + 5u; ++k) {
          const Word& w = s.toks[k].lower;
          if (w == "to" || w == "through" || w == "ended" || w == "ending") {
            from = k + 1u;
            break;
          }
          if (w != "year" && w != "months" && w != "12" && w != "twelve") {
            break;
          }
        }
      }
      for (const auto& q : s.spans) {
        const bool next = q.b == from || (q.b == from + 1u && from < s.toks.size() &&
                                          (s.toks[from].lower == "on" || s.toks[from].lower == "in"));
        if (q.type == SpanType::date && q.ref >= 0 && next) {
          ClaimTime t;
          if (dated(t, m_dc.mentions[static_cast<std::size_t>(q.ref)])) {
            c.time = t;
            dated_here = true;
          }
          break;
        }
      }
    }
    // "The remaining jewels are worth about $9 million": a figure of what
    // is left of a whole (`scope.part` in the clause's subject) is a part
    if (c.scope.population.empty() && (c.value.kind == ValueKind::money || c.value.kind == ValueKind::quantity ||
                                       c.value.kind == ValueKind::percent)) {
      const auto [cb, ce] = clause(s, sp.b, sp.e);
      for (std::uint16_t k = cb; k < cb + 3u && k < sp.b; ++k) {
        if (in_class(m_res, "scope.part", s.toks[k].lower)) {
          // (the subject: a verb follows it before the figure)
          for (std::uint16_t j = k + 1u; j < sp.b; ++j) {
            if (auxiliary(s.toks[j].lower) || verb_like(s.toks[j])) {
              c.scope.population = "part";
              break;
            }
          }
          break;
        }
      }
    }
    c.certainty = certainty(s, sp.b, sp.e);
    fill_context(c, s, sp.b, sp.e, sp.ref);
    c.changing = c.changing || (event_measure && dated_here);
    m_used[s.index].push_back({sp.b, sp.e});
    m_claims.push_back(std::move(c));
  }
}

// A wire credit in a dateline: "(Name) -", "LONDON, March 4 (Name) --",
// "(Name) —": one to four capitalized words in parentheses followed by a
// dash. Returns the name, or "" when the text has none.
std::string wire_credit(std::string_view head) {
  for (std::size_t open = head.find('('); open != std::string_view::npos; open = head.find('(', open + 1)) {
    const std::size_t close = head.find(')', open + 1);
    if (close == std::string_view::npos || close - open - 1 > 40 || close == open + 1) {
      continue;
    }
    const std::string_view name = head.substr(open + 1, close - open - 1);
    bool ok = true;
    int words = 0;
    bool word_start = true;
    for (const char ch : name) {
      const auto c = static_cast<unsigned char>(ch);
      if (c == ' ') {
        word_start = true;
        continue;
      }
      if (word_start) {
        ++words;
        ok = ok && c >= 'A' && c <= 'Z';
        word_start = false;
      } else {
        ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '&' || c == '.' || c == '\'');
      }
    }
    if (!ok || words == 0 || words > 4) {
      continue;
    }
    std::size_t k = close + 1;
    while (k < head.size() && head[k] == ' ') {
      ++k;
    }
    const std::string_view rest = head.substr(k);
    if (rest.starts_with("-") || rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94")) {
      return std::string(name);
    }
  }
  return "";
}

void Builder::attributions() {
  m_attr.assign(m_dc.sents.size(), Attribution{});
  // Polls, surveys and studies: "a Ledger/Statewide poll", "according to a
  // Horizon Research survey", "a survey by Horizon Research", and later
  // "the poll", "the same poll". Two polls' figures are two measurements.
  m_study.assign(m_dc.sents.size(), std::string());
  {
    std::string last;
    for (const auto& s : m_dc.sents) {
      const auto& toks = s.toks;
      for (std::uint16_t k = 0; k < toks.size(); ++k) {
        const Word& n = toks[k].lemma_n.empty() ? toks[k].lower : toks[k].lemma_n;
        if (!toks[k].is(k_word) || toks[k].is(k_cap) || (n != "poll" && n != "survey" && n != "study")) {
          continue;
        }
        std::string name;
        for (const auto& sp : s.spans) {
          if (sp.ref < 0 || sp.type < SpanType::org || sp.type > SpanType::other) {
            continue;
          }
          // "a Ledger poll"; "a survey by Horizon Research", "a poll for
          // the Herald"
          const bool before = sp.e == k;
          const bool after = k + 2u < toks.size() &&
                             (toks[k + 1].lower == "by" || toks[k + 1].lower == "from" || toks[k + 1].lower == "for") &&
                             (sp.b == k + 2u || (sp.b == k + 3u && toks[k + 2].lower == "the"));
          if (before || after) {
            name = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.key;
          }
        }
        if (!name.empty()) {
          last = name + (n == "study" ? " study" : " poll");  // a survey is a poll
        }
        if (!last.empty()) {
          m_study[s.index] = last;
        }
      }
    }
  }
  std::string doc_origin;
  std::string doc_origin_name;
  const auto is_media = [&](const Subject& sub) {
    const std::string low = lower(sub.surface);
    return media_name(m_dc, m_res, low) || media_name(m_dc, m_res, sub.key) ||
           m_res.lex.match("org.media", {"the", sub.key}, {"the", sub.key}) == 2;
  };
  // wire-service tags near the top: "(AP)", "(Reuters)"
  const std::string& t = m_doc.cleaned.text;
  const std::size_t head = std::min<std::size_t>(t.size(), 600);
  for (const char* tag : {"(AP)", "(Reuters)", "(AFP)", "(UPI)", "(Bloomberg)", "(dpa)"}) {
    if (t.find(tag) < head) {
      m_dc.wire = std::string(tag + 1, std::strlen(tag) - 2);
    }
  }
  if (m_dc.wire.empty()) {
    m_dc.wire = wire_credit(std::string_view(t).substr(0, head));
  }
  for (const auto& s : m_dc.sents) {
    Attribution& a = m_attr[s.index];
    const auto& toks = s.toks;
    for (std::uint16_t k = 0; k < toks.size(); ++k) {
      const Word& w = toks[k].lower;
      const auto entity_at = [&](std::uint16_t pos) -> const Span* {
        // skip "the"
        for (const auto& sp : s.spans) {
          if ((sp.b == pos || (pos + 1u < toks.size() && toks[pos].lower == "the" && sp.b == pos + 1)) && sp.ref >= 0 &&
              sp.type >= SpanType::place && sp.type <= SpanType::other) {
            return &sp;
          }
        }
        return nullptr;
      };
      const auto entity_before = [&](std::uint16_t pos) -> const Span* {
        const Span* best = nullptr;
        for (const auto& sp : s.spans) {
          if (sp.e <= pos && sp.e + 2 >= pos && sp.ref >= 0 && sp.type >= SpanType::org && sp.type <= SpanType::other) {
            best = &sp;
          }
        }
        return best;
      };
      const auto set_origin = [&](const Subject& sub, const char* cue) {
        if (a.origin.empty()) {
          a.origin = sub.key;
          a.origin_name = sub.surface;
          a.cue = cue;
        }
      };
      // according to X / per X / as (first) reported by X
      if ((w == "according" && k + 1u < toks.size() && toks[k + 1].lower == "to") || w == "per" ||
          (w == "by" && k > 0 && toks[k - 1].lemma_v == "report")) {
        const std::uint16_t at = static_cast<std::uint16_t>(w == "according" ? k + 2 : k + 1);
        if (const Span* sp = entity_at(at)) {
          const Subject& sub = m_dc.entities[static_cast<std::size_t>(sp->ref)].subject;
          if (is_media(sub) || w != "according" || sub.kind == "person") {
            set_origin(sub, w == "according" ? "according to" : w == "per" ? "per" : "reported by");
          } else if (a.speaker.empty()) {
            a.speaker = sub.key;
            a.speaker_name = sub.surface;
            a.cue = "according to";
          }
        } else if (at < toks.size() && (toks[at].lower == "the" || toks[at].lower == "a") && at + 1u < toks.size() &&
                   toks[at + 1].lemma_n == "report") {
          a.cue = "according to a report";
          a.origin = "@report";
        } else if (at < toks.size() && toks[at].lower == "its" && at + 1u < toks.size() && toks[at + 1].lower == "website") {
          a.cue = "according to its website";
        }
      }
      // X reported / X said / X told Y
      if (in_class(m_res, "verb.say", toks[k].lemma_v) && toks[k].is(k_word) && !toks[k].is(k_cap)) {
        const Span* sp = entity_before(k);
        const Span* after = entity_at(static_cast<std::uint16_t>(k + 1));
        const bool reported = toks[k].lemma_v == "report";
        if (sp != nullptr) {
          const Subject& sub = m_dc.entities[static_cast<std::size_t>(sp->ref)].subject;
          if (is_media(sub) && reported) {
            set_origin(sub, "reported");
          } else if (a.speaker.empty() && !is_media(sub)) {
            a.speaker = sub.key;
            a.speaker_name = sub.surface;
            if (a.cue.empty()) {
              a.cue = toks[k].lower;
            }
          } else if (is_media(sub)) {
            set_origin(sub, "reported");
          }
        } else if (k > 0 && a.speaker.empty() && toks[k - 1].is(k_word) && (!toks[k - 1].is(k_cap) || k == 1) &&
                   in_class(m_res, "speaker.unnamed", toks[k - 1].lemma_n.empty() ? toks[k - 1].lower
                                                                                    : toks[k - 1].lemma_n)) {
          // "police said", "a police spokesman said", "state emergency
          // officials said": a speaker without a name, by the words that
          // say who (up to three before the noun, not past a comma)
          std::uint16_t from = static_cast<std::uint16_t>(k - 1);
          while (from > 0 && static_cast<unsigned>(k - from) < 4u && toks[from - 1].is(k_word) &&
                 !toks[from - 1].is(text::k_number) && !in_class(m_res, "name.stop", toks[from - 1].lower) &&
                 !verb_like(toks[from - 1]) && !participle(toks[from - 1])) {
            --from;
          }
          // (not a speaker of another clause: "Police put the crowd at
          // 45,000, while organizers said ...", "the march, which police
          // said drew ...")
          const Word& opener = from > 0 ? toks[from - 1].lower : Word();
          const bool other_clause = opener == "while" || opener == "whereas" || opener == "but" || opener == "and" ||
                                    opener == "although" || opener == "though" || opener == "which" ||
                                    opener == "who" || opener == "that" || opener == "as";
          std::string who;
          for (std::uint16_t j = from; j < k; ++j) {
            who += (who.empty() ? "" : " ") + toks[j].lower;
          }
          if (!other_clause) {
            a.speaker = "@" + who;
            a.speaker_name = tok_text(s, from, k);
            if (a.cue.empty()) {
              a.cue = toks[k].lower;
            }
          }
        } else if (after != nullptr && (reported || toks[k].lemma_v == "say")) {
          // "reported Zetter", "said Secretary Raimondo"
          const Subject& sub = m_dc.entities[static_cast<std::size_t>(after->ref)].subject;
          if (reported || is_media(sub)) {
            set_origin(sub, "reported");
          } else if (a.speaker.empty()) {
            a.speaker = sub.key;
            a.speaker_name = sub.surface;
            a.cue = toks[k].lower;
          }
        }
        // "told Bloomberg", "told the Bell"
        if (toks[k].lemma_v == "tell" && after != nullptr) {
          const Subject& sub = m_dc.entities[static_cast<std::size_t>(after->ref)].subject;
          if (is_media(sub)) {
            set_origin(sub, "told");
            if (!a.speaker.empty()) {
              m_speaker_origin[a.speaker] = {sub.key, sub.surface};
            }
          }
        }
        // "a report has claimed", "reports have claimed"
        if (k >= 2 && (toks[k - 1].lemma_v == "have" || toks[k - 1].lower == "has") && toks[k - 2].lemma_n == "report") {
          if (a.origin.empty()) {
            a.origin = "@report";
            a.cue = "a report claimed";
          }
        }
      }
    }
    // "Bloomberg reported that the VP also said": the speaker's words came
    // through that outlet.
    if (!a.origin.empty() && a.origin != "@report") {
      for (const auto& sp : s.spans) {
        if (sp.type == SpanType::person && sp.ref >= 0) {
          m_speaker_origin.emplace(m_dc.entities[static_cast<std::size_t>(sp.ref)].subject.key,
                                   std::make_pair(a.origin, a.origin_name));
        }
      }
      for (std::uint16_t k = 0; k + 1u < toks.size(); ++k) {
        if (toks[k].lower == "the" && (toks[k + 1].lower == "vp" || in_class(m_res, "title", toks[k + 1].lower))) {
          for (auto it = m_dc.entities.rbegin(); it != m_dc.entities.rend(); ++it) {
            if (it->subject.kind == "person" && !it->titles.empty()) {
              m_speaker_origin.emplace(it->subject.key, std::make_pair(a.origin, a.origin_name));
              break;
            }
          }
        }
      }
      if (doc_origin.empty()) {
        doc_origin = a.origin;
        doc_origin_name = a.origin_name;
      }
    }
    if (a.origin.empty() || a.origin == "@report") {
      // "the outlet's sources", "the newspaper said": the report the
      // article rests on
      for (std::uint16_t k = 0; k + 1u < toks.size() && a.origin.empty(); ++k) {
        if (toks[k].lower == "the" && (toks[k + 1].lower == "outlet" || toks[k + 1].lower == "newspaper" ||
                                       toks[k + 1].lower == "newsletter" || toks[k + 1].lower == "publication")) {
          a.origin = "@report";
          a.cue = "the " + toks[k + 1].lower;
        }
      }
      // "the report, in newsletter The Bell": a named report
      for (std::uint16_t k = 0; k + 1u < toks.size(); ++k) {
        if (toks[k].lemma_n == "report" || toks[k].lemma_n == "newsletter") {
          for (const auto& sp : s.spans) {
            if (sp.b > k && sp.b <= k + 4 && sp.ref >= 0 && sp.type >= SpanType::org && sp.type <= SpanType::other) {
              const Subject& sub = m_dc.entities[static_cast<std::size_t>(sp.ref)].subject;
              if (doc_origin.empty()) {
                doc_origin = sub.key;
                doc_origin_name = sub.surface;
              }
              a.origin = sub.key;
              a.origin_name = sub.surface;
              a.cue = "report";
              break;
            }
          }
        }
      }
    }
  }
  // "a report has claimed": the report the article names elsewhere.
  for (auto& a : m_attr) {
    if (a.origin == "@report") {
      a.origin = doc_origin;
      a.origin_name = doc_origin_name;
    }
  }
  m_dc.origin = doc_origin;
  m_dc.origin_name = doc_origin_name;
}

// The event an article is about when it has no name: "the outbreak",
// "the earthquake", "the crash". The lexicon's story.* classes name the
// kinds ("blaze" and "wildfire" are both story.fire); the kind must be
// named in the headline or the first two sentences, and the kind named
// most often in the article wins. Mentions of another event of the kind
// ("a smaller outbreak last summer") do not count. Two articles about the
// same unnamed outbreak then share the subject "event:outbreak" for their
// counts of cases and deaths.
// True when one of the three words before the event noun at `k` (not
// before `from`) makes it another event of the kind: "a smaller outbreak",
// "a separate case", "last year's fire" (lexicon class event.other).
// True when the token at `k` is a plural of a kind of story event or thing
// that speaks of the kind at large: opening the sentence before "have" or
// "has" ("Avalanches have killed 19 people in Switzerland this winter"), or
// right after "in", "from" or "by" ("21 people had died in avalanches").
// "Nearly simultaneous bombings ... killed 258 people" and "the Friday
// explosions" are the story's own.
bool Builder::generic_plural(const Sent& s, std::size_t k) const {
  const Tok& t = s.toks[k];
  if (!t.is(k_word) || t.lemma_n.empty() || t.lemma_n == t.lower || m_res.lex.classes_of(t.lemma_n, "story.").empty()) {
    return false;
  }
  const Word& next = k + 1 < s.toks.size() ? s.toks[k + 1].lower : Word();
  if (k == after_dateline(s, 0) && (next == "have" || next == "has")) {
    return true;
  }
  const Word& before = k > 0 ? s.toks[k - 1].lower : Word();
  return before == "in" || before == "from" || before == "by";
}

// True when the token at `k` is an inflected verb of aiming (the lexicon's
// scope.target: "aimed", "targets") followed by "to" or by the figure at
// `value_b` ("aimed to reach 1 billion users", "targets 500 stores").
bool Builder::aims(const Sent& s, std::size_t k, std::size_t value_b) const {
  const Tok& t = s.toks[k];
  return t.is(k_word) && !t.lemma_v.empty() && t.lemma_v != t.lower && in_class(m_res, "scope.target", t.lemma_v) &&
         k + 1 < s.toks.size() && (s.toks[k + 1].lower == "to" || k + 1 == value_b);
}

bool Builder::another_of_kind(const Sent& s, std::size_t k, std::size_t from) const {
  for (std::size_t j = std::max(from, k >= 3 ? k - 3 : 0); j < k; ++j) {
    // ("last week's shipwreck", "last night's blast": "last" dates this
    // one, it names no other)
    // ("Last Tuesday's avalanche" too)
    static constexpr std::string_view k_days[] = {"monday", "tuesday", "wednesday", "thursday",
                                                  "friday", "saturday", "sunday"};
    const bool dating = j + 2u < s.toks.size() && s.toks[j + 2].is(k_possessive) &&
                        (s.toks[j + 1].lower == "week" || s.toks[j + 1].lower == "night" ||
                         s.toks[j + 1].lower == "month" || s.toks[j + 1].lower == "weekend" ||
                         std::find(std::begin(k_days), std::end(k_days), s.toks[j + 1].lower) != std::end(k_days));
    if (in_class(m_res, "event.other", s.toks[j].lower) && !dating) {
      return true;
    }
  }
  return false;
}

Subject Builder::story_event() const {
  std::map<std::string, int> count;
  std::set<std::string> lede;
  int body = 0;
  for (const auto& s : m_dc.sents) {
    const bool in_lede = s.headline || body < 2;
    body += s.headline ? 0 : 1;
    for (std::size_t k = 0; k < s.toks.size(); ++k) {
      const Tok& t = s.toks[k];
      if (!t.is(k_word) || (t.is(k_cap) && !s.headline && k > 0)) {
        continue;
      }
      auto classes = m_res.lex.classes_of(t.lower, "story.");
      if (classes.empty()) {
        continue;
      }
      const bool other = another_of_kind(s, k, 0);
      // "may not deploy in a crash": a kind of event, not one event; "an
      // outbreak of measles that ..." is one
      // ("a frost on July 3 that damaged trees": one, dated)
      bool dated = false;
      for (const auto& q : s.spans) {
        dated = dated || (q.type == SpanType::date && k + 2 < s.toks.size() && q.b == k + 2 &&
                          s.toks[k + 1].lower == "on");
      }
      const bool indefinite = k > 0 && (s.toks[k - 1].lower == "a" || s.toks[k - 1].lower == "an") && !dated &&
                              !(k + 1 < s.toks.size() && (s.toks[k + 1].lower == "of" || s.toks[k + 1].lower == "that" ||
                                                          s.toks[k + 1].lower == "which"));
      // ("fire officials said", "the fire department": a body's name, not
      // the event)
      const bool agency = k + 1 < s.toks.size() &&
                        (in_class(m_res, "org.government", s.toks[k + 1].lower) || s.toks[k + 1].lower == "chief" ||
                         s.toks[k + 1].lower == "crews" || s.toks[k + 1].lower == "fighters" ||
                         s.toks[k + 1].lower == "station" || s.toks[k + 1].lower == "engine" ||
                         s.toks[k + 1].lower == "engines");
      // ("march against pension reform", "strike over the bill": a thing
      // opposed is what the event is about, not the story's event)
      bool opposed = false;
      for (std::size_t j = k >= 3 ? k - 3 : 0; j < k; ++j) {
        opposed = opposed || s.toks[j].lower == "against" || s.toks[j].lower == "over";
      }
      // ("stranded about 2,000 passengers", "stranded travellers": a
      // kind's participle on people is what befell them, no event of the
      // kind)
      bool on_people = false;
      if (participle(t)) {
        // (its object: past a hedge and a number, not past a preposition
        // or a verb: "whales that stranded near Port Elda have been")
        for (std::size_t j = k + 1; j < s.toks.size() && j < k + 5 && !on_people; ++j) {
          const Tok& w = s.toks[j];
          const bool in_count = std::any_of(s.spans.begin(), s.spans.end(), [&](const Span& q) {
            return q.type == SpanType::quantity && q.b <= j && j < q.e;
          });
          if (in_count) {
            continue;
          }
          if (w.is(k_punct) || (w.is(k_word) && (in_class(m_res, "name.stop", w.lower) || auxiliary(w.lower) ||
                                                 w.is(k_cap) || verb_like(w)))) {
            break;
          }
          on_people = w.is(k_word) && lexicon::WordNet::instance().person(noun_base(w));
        }
      }
      if (other || indefinite || agency || on_people ||
          (opposed && in_class(m_res, "thing.kind", suffix_of(classes.front())))) {
        continue;
      }
      const std::string kind = suffix_of(classes.front());
      ++count[kind];
      if (in_lede) {
        lede.insert(kind);
      }
    }
  }
  // No kind in the lede: the kind the article names most often ("It is the
  // airline's first fatal accident"), if any.
  if (lede.empty()) {
    for (const auto& [kind, n] : count) {
      lede.insert(kind);
    }
  }
  // (a weak kind, "flight", only when the lede names no other)
  const bool strong = std::any_of(lede.begin(), lede.end(),
                                  [&](const std::string& kind) { return !in_class(m_res, "event.weak", kind); });
  Subject ev;
  int best = 0;
  for (const auto& [kind, n] : count) {
    if (lede.count(kind) != 0 && n > best && !(strong && in_class(m_res, "event.weak", kind))) {
      best = n;
      ev.kind = "story";
      ev.key = "story:" + kind;
      ev.surface = "the " + kind;
      // (a weak kind's event is the event of the story, whatever other
      // reports call it: the reconciler joins "the jet" with "the crash")
      ev.parent = in_class(m_res, "event.weak", kind) ? "story:" : std::string();
    }
  }
  return ev;
}

// "Vaccination fell to 66% in 2026. The rate for the second dose stood at
// 52%.": a share with no date of its own, of the subject a share in the
// sentence before (or the one before that) was dated to a year, quarter
// or month, holds for that period too (another measure of the same data:
// "The pass rate dipped to 96%" after "Top grades rose to 27% this
// year"). Not a share said to
// be the present one ("now", "currently"), nor a planned one, nor one of
// the same scope.
void Builder::carry_share_times() {
  std::unordered_map<std::size_t, std::size_t> sentence_of;  // start -> index
  for (const auto& s : m_dc.sents) {
    sentence_of.emplace(s.range.start, s.index);
  }
  const auto coarse = [](const ClaimTime& t) {
    return t.source == "explicit" && t.range.start && t.range.end && *t.range.end - *t.range.start >= 27;
  };
  for (std::size_t i = 0; i < m_claims.size(); ++i) {
    Claim& c = m_claims[i];
    if (c.value.kind != ValueKind::percent || !c.attribute.starts_with("share.") || c.certainty == "planned" ||
        (c.time.source != "publication" && c.time.source != "dateline")) {
      continue;
    }
    const auto at = sentence_of.find(c.sentence_start);
    if (at == sentence_of.end()) {
      continue;
    }
    const Sent& s = m_dc.sents[at->second];
    bool own_time = false;
    for (const auto& sp : s.spans) {
      own_time = own_time || (sp.type == SpanType::date && sp.ref >= 0);
    }
    for (const auto& t : s.toks) {
      own_time = own_time || t.lower == "now" || t.lower == "currently" || t.lower == "today" || t.lower == "latest";
    }
    // (the first such share of the nearest sentence with one: "fell to
    // 66% in 2026, down from 69% a year earlier" holds for 2026)
    const Claim* from = nullptr;
    for (std::size_t j = i; j-- > 0 && !own_time;) {
      const Claim& p = m_claims[j];
      const auto pa = sentence_of.find(p.sentence_start);
      if (pa == sentence_of.end() || pa->second + 2 < at->second ||
          (from != nullptr && p.sentence_start != from->sentence_start)) {
        break;
      }
      if (pa->second != at->second && p.value.kind == ValueKind::percent && p.attribute.starts_with("share.") &&
          p.subject.key == c.subject.key && (from != nullptr || coarse(p.time))) {
        from = &p;
      }
    }
    // (only a share of another scope, the same data broken down: "The rate
    // for the second dose", "In Springfield the rate"; the same measure
    // of the same scope again is another time's: "Turnout was 62% in 2019.
    // This time it was 55%.")
    if (from != nullptr && coarse(from->time) &&
        (from->attribute != c.attribute || from->scope.phase != c.scope.phase || from->scope.place != c.scope.place ||
         from->scope.population != c.scope.population)) {
      c.time = from->time;
      continue;
    }
    // ("Shipments rose 3% to 118 million units in the second quarter. Acme
    // led the market with a 21% share.": shares told in the past tense
    // right after a figure dated to a quarter or a year are of it; not
    // "Its share is 21%", the present)
    if (from == nullptr && !own_time && at->second > 0) {
      bool past = false;
      bool present = false;
      for (const auto& t : s.toks) {
        present = present || t.lower == "is" || t.lower == "are" || t.lower == "has" || t.lower == "have";
        past = past || t.lower == "was" || t.lower == "were" || t.lower == "had" ||
               (participle(t) && !auxiliary(t.lower) && t.lemma_v != "say");
      }
      const std::size_t before = m_dc.sents[at->second - 1].range.start;
      const Claim* first_figure = nullptr;
      for (std::size_t j = i; past && !present && j-- > 0;) {
        const Claim& p = m_claims[j];
        if (p.sentence_start == c.sentence_start) {
          continue;
        }
        if (p.sentence_start != before) {
          break;
        }
        // (the report's own recent period, not a comparison: "than in
        // March 2019, when 1.2 million people were waiting")
        const bool recent = m_doc.published_range && m_doc.published_range->end && p.time.range.end &&
                            *p.time.range.end <= *m_doc.published_range->end &&
                            *m_doc.published_range->end - *p.time.range.end <= 400;
        // (the sentence's first figure only, its news: "fell to 2.16
        // million at the end of June, from 2.19 million in May";
        // "the end of September" is period enough)
        if (p.value.kind == ValueKind::quantity || p.value.kind == ValueKind::money) {
          const bool period = p.time.source == "explicit" && p.time.range.start && p.time.range.end &&
                              *p.time.range.end - *p.time.range.start >= 6;
          first_figure = period && recent ? &p : nullptr;
        }
      }
      if (first_figure != nullptr) {
        c.time = first_figure->time;
      }
    }
  }
}

std::vector<Claim> Builder::run() {
  attributions();
  {
    std::map<std::string, int> count;
    for (const auto& en : m_dc.entities) {
      // the most named event; on a tie the first named (the lede's)
      if (en.subject.kind == "event" && ++count[en.subject.key] > count[m_event.key]) {
        m_event = en.subject;
      }
    }
  }
  if (m_event.key.empty()) {
    m_event = story_event();
  }
  // "SEATTLE, Jan 10 (Briefwire) -": the dateline's day is when the report
  // speaks, even when the outlet published it a day or two later.
  for (const auto& s : m_dc.sents) {
    if (s.headline) {
      continue;
    }
    for (const auto& sp : s.spans) {
      if (sp.type == SpanType::date && sp.ref >= 0 && sp.b <= 3 && sp.e < s.toks.size() && s.toks[sp.e].lower == "(") {
        const Mention& m = m_dc.mentions[static_cast<std::size_t>(sp.ref)];
        if (m.resolved && m.date.start && m.date.end && m.date.granularity == Granularity::day && m_doc.published_range &&
            m_doc.published_range->end && *m.date.start <= *m_doc.published_range->end &&
            *m_doc.published_range->end - *m.date.start <= 7) {
          m_dateline = m.date;
          m_dateline_timex = m.timex;
        }
      }
    }
    break;  // the first sentence of the body only
  }
  for (const auto& s : m_dc.sents) {
    if (s.headline) {
      continue;
    }
    for (const auto& m : match_sentence(m_dc, s, m_res.rules, m_res.lex)) {
      if (covered(s, m.b, m.e)) {
        continue;  // an earlier rule already read these words
      }
      from_match(s, m);
    }
    based(s);
    zero_toll(s);
    tally(s);
    if (m_opt.general_rule) {
      general(s);
    }
  }
  std::stable_sort(m_claims.begin(), m_claims.end(), [](const Claim& a, const Claim& b) { return a.start < b.start; });
  // "lifted off at 10:32 a.m. on Thursday": the day is the clock time's,
  // which already carries it; a claim of the day alone would tie the clock
  // times of two reports together through their common day
  {
    // (claims are in order, so a sentence's claims are neighbours)
    const auto clock_of = [&](const Claim& c, std::size_t j) {
      const Claim& o = m_claims[j];
      return o.value.kind == ValueKind::date && o.attribute == c.attribute && o.subject.key == c.subject.key &&
             o.value.timex.size() > 11 && o.value.timex.compare(0, 10, c.value.timex) == 0 && o.value.timex[10] == 'T';
    };
    std::vector<Claim> kept;
    kept.reserve(m_claims.size());
    for (std::size_t i = 0; i < m_claims.size(); ++i) {
      const Claim& c = m_claims[i];
      bool drop = false;
      if (c.value.kind == ValueKind::date && c.value.timex.size() == 10) {
        for (std::size_t j = i; j > 0 && m_claims[j - 1].sentence_start == c.sentence_start && !drop; --j) {
          drop = clock_of(c, j - 1);
        }
        for (std::size_t j = i + 1; j < m_claims.size() && m_claims[j].sentence_start == c.sentence_start && !drop; ++j) {
          drop = clock_of(c, j);
        }
      }
      if (!drop) {
        kept.push_back(c);
      }
    }
    m_claims = std::move(kept);
  }
  // ("Measles killed three people in Ruritania" in an article about
  // Ruritania: a place that is the claim's own subject narrows nothing)
  for (auto& c : m_claims) {
    if (c.subject.kind == "place" && !c.scope.place.empty() && c.scope.place == c.subject.key) {
      c.scope.place.clear();
      c.scope.place_name.clear();
    }
  }
  carry_share_times();
  // unique ids (a rule firing twice on the same words)
  std::set<std::string> seen;
  for (auto& c : m_claims) {
    while (!seen.insert(c.id).second) {
      c.id = hash::short_id(c.id + "'", 12);
    }
  }
  return std::move(m_claims);
}

}  // namespace

std::vector<Claim> extract(const corpus::Document& doc, const Resources& res, const Options& options,
                           std::vector<EntityMention>* entities) {
  Builder b(doc, res, options);
  auto claims = b.run();
  if (entities != nullptr) {
    b.entities(*entities);
  }
  return claims;
}

}  // namespace cc::extract
