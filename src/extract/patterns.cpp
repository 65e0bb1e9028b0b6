#include "extract/patterns.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <optional>
#include <set>
#include <unordered_map>

#include "parse/parser.hpp"
#include "util/file.hpp"

namespace cc::extract {

namespace pa = parse::pattern_ast;
namespace fs = std::filesystem;

namespace {

struct Compiler {
  const std::string& name;
  std::string_view text;
  const lexicon::Lexicon& lex;
  std::set<std::string> captures;

  Error error(const char* at, const std::string& what) const {
    return Error{parse::where(name, text, at), "error: " + what, 2, parse::caret(text, at)};
  }

  Expected<std::vector<Node>> seq(const std::vector<pa::Element>& elems) {
    std::vector<Node> out;
    for (const auto& e : elems) {
      Node n;
      n.kind = e.kind;
      n.text = e.text;
      n.capture = e.capture;
      n.max_gap = e.max_gap;
      n.optional = e.optional;
      n.negated = e.negated;
      switch (e.kind) {
        case pa::ElementKind::cls:
          if (!lex.has_class(e.text)) {
            return error(e.where, "unknown lexicon class '@" + e.text + "' (classes live in grammars/lexicon/*.txt)");
          }
          break;
        case pa::ElementKind::slot:
          if (!e.text.empty() && e.text[0] == '@') {
            if (!lex.has_class(e.text.substr(1))) {
              return error(e.where, "unknown lexicon class '" + e.text + "'");
            }
          } else if (!valid_slot_type(e.text)) {
            return error(e.where, "unknown slot type '" + e.text +
                                      "' (expected count, quantity, money, percent, number, date, time, duration, "
                                      "ordinal, set, place, places, org, person, unit, entity, np, title, quote, "
                                      "value or clause)");
          }
          if (!e.capture.empty()) {
            captures.insert(e.capture);
          }
          break;
        case pa::ElementKind::gap:
          if (e.max_gap < 1 || e.max_gap > 40) {
            return error(e.where, "a gap skips 1 to 40 tokens");
          }
          break;
        case pa::ElementKind::group:
          for (const auto& alt : e.alternatives) {
            auto sub = seq(alt);
            if (!sub) {
              return sub.error();
            }
            n.alts.push_back(std::move(*sub));
          }
          break;
        default:
          break;
      }
      if (n.negated) {
        Node p = n;
        p.negated = false;
        p.optional = false;
        n.plain.push_back(std::move(p));
      }
      out.push_back(std::move(n));
    }
    return out;
  }
};

void required_words(const std::vector<Node>& seq, std::vector<std::string>& out) {
  for (const auto& n : seq) {
    if (n.optional || n.negated) {
      continue;
    }
    if (n.kind == pa::ElementKind::word || n.kind == pa::ElementKind::lemma) {
      out.push_back(n.text);
    } else if (n.kind == pa::ElementKind::group && n.alts.size() == 1) {
      required_words(n.alts[0], out);
    }
  }
}

}  // namespace

Expected<std::vector<CompiledRule>> compile_rules(const std::string& name, std::string_view text,
                                                  const lexicon::Lexicon& lex) {
  auto ast = parse::parse_patterns(name, text);
  if (!ast) {
    return ast.error();
  }
  std::vector<CompiledRule> out;
  std::set<std::string> names;
  for (const auto& r : *ast) {
    Compiler c{name, text, lex, {}};
    if (!names.insert(r.name).second) {
      return c.error(r.where, "rule '" + r.name + "' is defined twice");
    }
    auto seq = c.seq(r.match);
    if (!seq) {
      return seq.error();
    }
    CompiledRule cr;
    cr.name = r.name;
    cr.file = name;
    cr.seq = std::move(*seq);
    for (const auto& f : r.fields) {
      if (f.capture && c.captures.count(f.text) == 0) {
        return c.error(f.where, "no capture named '" + f.text + "' in the match of rule '" + r.name + "'");
      }
      if (f.name == "attribute") {
        cr.attribute = f.text;
        // {capture} references inside a template
        for (std::size_t p = cr.attribute.find('{'); p != std::string::npos; p = cr.attribute.find('{', p + 1)) {
          const std::size_t q = cr.attribute.find('}', p);
          std::string cap = q == std::string::npos ? "" : cr.attribute.substr(p + 1, q - p - 1);
          cap = cap.substr(0, cap.find('.'));  // {object.org}
          if (q == std::string::npos || c.captures.count(cap) == 0) {
            return c.error(f.where, "no capture named '" + cap + "' in the match of rule '" + r.name + "'");
          }
        }
        if (f.capture) {
          cr.attribute = "{" + f.text + "}";
        }
      } else if (f.name == "value") {
        for (std::size_t p = f.text.find('{'); !f.capture && p != std::string::npos; p = f.text.find('{', p + 1)) {
          const std::size_t q = f.text.find('}', p);
          std::string cap = q == std::string::npos ? "" : f.text.substr(p + 1, q - p - 1);
          cap = cap.substr(0, cap.find('.'));
          if (q == std::string::npos || c.captures.count(cap) == 0) {
            return c.error(f.where, "no capture named '" + cap + "' in the match of rule '" + r.name + "'");
          }
        }
        cr.value = f.text;
        cr.value_capture = f.capture;
      } else if (f.name == "subject") {
        cr.subject = f.text;
        cr.subject_capture = f.capture;
      } else if (f.name == "kind") {
        static const std::set<std::string> k_kinds{"quantity", "money", "percent", "date", "duration", "ordinal",
                                                   "set", "place", "status", "title", "text"};
        if (k_kinds.count(f.text) == 0) {
          return c.error(f.where, "unknown kind '" + f.text +
                                      "' (expected quantity, money, percent, date, duration, ordinal, set, place, "
                                      "status, title or text)");
        }
        cr.kind = f.text;
      } else if (f.name == "certainty") {
        static const std::set<std::string> k_certainty{"asserted", "reported", "planned", "considered", "negated"};
        if (k_certainty.count(f.text) == 0) {
          return c.error(f.where, "unknown certainty '" + f.text +
                                      "' (expected asserted, reported, planned, considered or negated)");
        }
        cr.certainty = f.text;
      } else if (f.name == "scope") {
        cr.scope = f.text;
      } else if (f.name == "time") {
        cr.time = f.text;
      } else if (f.name == "changing") {
        if (f.text != "yes" && f.text != "no") {
          return c.error(f.where, "changing is 'yes' or 'no'");
        }
        cr.changing = f.text == "yes" ? 1 : 0;
      }
    }
    if (cr.attribute.empty()) {
      return c.error(r.where, "rule '" + r.name + "' needs an attribute");
    }
    if (cr.value.empty()) {
      return c.error(r.where, "rule '" + r.name + "' needs a value");
    }
    required_words(cr.seq, cr.required);
    out.push_back(std::move(cr));
  }
  return out;
}

Expected<std::vector<CompiledRule>> load_rules(const std::string& dir, const lexicon::Lexicon& lex) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".rules") {
      files.push_back(e.path().string());
    }
  }
  if (ec) {
    return Error{dir, "cannot read the pattern directory: " + ec.message(), 2};
  }
  std::sort(files.begin(), files.end());
  std::vector<CompiledRule> out;
  std::set<std::string> names;
  for (const auto& f : files) {
    auto text = file::read(f, 8 << 20);
    if (!text) {
      return text.error();
    }
    auto rules = compile_rules(f, *text, lex);
    if (!rules) {
      return rules.error();
    }
    for (auto& r : *rules) {
      if (!names.insert(r.name).second) {
        return Error{f, "error: rule '" + r.name + "' is also defined in an earlier file", 2};
      }
      out.push_back(std::move(r));
    }
  }
  return out;
}

// --- Matching ---

namespace {

bool np_stop(std::string_view w) {
  static constexpr std::string_view k_stop[] = {
      "in", "on", "at", "by", "for", "from", "to", "with", "across", "into", "over", "under", "after", "before",
      "during", "since", "until", "about", "against", "between", "through", "within", "without", "per", "via",
      "as", "than", "like", "or", "but", "that", "which", "who", "because", "if", "while", "when", "where",
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
      "should", "may", "might", "must", "can", "do", "does", "did", "said", "says", "say", "told", "it",
      "they", "he", "she", "we", "i", "you", "not", "no", "also", "so", "then", "there", "here", "its",
      "their", "his", "her", "our", "the", "a", "an", "this", "these", "those", "even", "still", "already",
      "just", "only", "now", "until", "unless", "whether", "although", "though", "because", "and", "of"};
  return std::find(std::begin(k_stop), std::end(k_stop), w) != std::end(k_stop);
}

bool determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" ||
         w == "our" || w == "this" || w == "that" || w == "these" || w == "those" || w == "all" || w == "some" ||
         w == "any" || w == "each" || w == "every";
}

bool clause_end(const Tok& t) {
  return t.is(text::k_punct) && (t.lower == "," || t.lower == ";" || t.lower == ":" || t.lower == "." ||
                                 t.lower == "!" || t.lower == "?" || t.is(text::k_dash));
}

struct Frame {
  const std::vector<Node>* seq;
  std::size_t k;
  const Frame* next;
};

class Matcher {
 public:
  Matcher(const DocContext& dc, const Sent& s, const lexicon::Lexicon& lex) : m_dc(dc), m_s(s), m_lex(lex) {}

  bool run(const std::vector<Node>& seq, std::uint16_t pos, std::vector<Capture>& caps, std::uint16_t& end) {
    m_caps = &caps;
    m_budget = 20000;
    Frame f{&seq, 0, nullptr};
    if (go(&f, pos)) {
      end = m_end;
      return true;
    }
    return false;
  }

 private:
  bool go(const Frame* f, std::uint16_t pos) {
    if (--m_budget < 0) {
      return false;
    }
    if (f == nullptr) {
      m_end = pos;
      return true;
    }
    if (f->k == f->seq->size()) {
      return go(f->next, pos);
    }
    const Node& n = (*f->seq)[f->k];
    const Frame next{f->seq, f->k + 1, f->next};
    if (n.negated) {
      // The next token must not match the element; nothing is consumed
      // (captures are only ever pushed and popped at the end: the probe's
      // are dropped by size).
      const std::size_t caps = m_caps->size();
      const Frame probe{&n.plain, 0, nullptr};
      const std::uint16_t keep_end = m_end;
      const bool hit = go(&probe, pos);
      m_caps->resize(caps);
      m_end = keep_end;
      return !hit && go(&next, pos);
    }
    if (element(n, pos, &next)) {
      return true;
    }
    return n.optional && go(&next, pos);
  }

  bool element(const Node& n, std::uint16_t pos, const Frame* next) {
    const auto& toks = m_s.toks;
    switch (n.kind) {
      case pa::ElementKind::word:
        return pos < toks.size() && toks[pos].lower == n.text && go(next, static_cast<std::uint16_t>(pos + 1));
      case pa::ElementKind::lemma:
        return pos < toks.size() &&
               (toks[pos].lower == n.text || toks[pos].lemma_v == n.text || toks[pos].lemma_n == n.text) &&
               go(next, static_cast<std::uint16_t>(pos + 1));
      case pa::ElementKind::cls: {
        const std::size_t len = class_len(n.text, pos);
        return len > 0 && go(next, static_cast<std::uint16_t>(pos + len));
      }
      case pa::ElementKind::gap: {
        for (int skip = 0; skip <= n.max_gap && pos + skip <= static_cast<int>(toks.size()); ++skip) {
          if (skip > 0 && clause_end(toks[static_cast<std::size_t>(pos + skip - 1)])) {
            break;
          }
          if (go(next, static_cast<std::uint16_t>(pos + skip))) {
            return true;
          }
        }
        return false;
      }
      case pa::ElementKind::group:
        for (const auto& alt : n.alts) {
          const Frame f{&alt, 0, next};
          if (go(&f, pos)) {
            return true;
          }
        }
        return false;
      case pa::ElementKind::slot:
        return slot(n, pos, next);
    }
    return false;
  }

  // Length of the lexicon class `cls` matched at `pos`. Every rule asks
  // about the same few classes at every position, and the tightest-match
  // retries ask again: answers are kept per sentence, keyed by the class
  // name's storage (the compiled rules outlive the matcher).
  std::size_t class_len(std::string_view cls, std::uint16_t pos) {
    const auto& toks = m_s.toks;
    if (pos >= toks.size()) {
      return 0;
    }
    auto& memo = m_class_memo[cls.data()];
    if (memo.empty()) {
      memo.assign(toks.size(), -1);
    }
    if (memo[pos] < 0) {
      memo[pos] = static_cast<std::int16_t>(class_len_uncached(cls, pos));
    }
    return static_cast<std::size_t>(memo[pos]);
  }

  // Whether some entry of `cls` starts with the token at `pos`, as written
  // or as one of its lemmas: the classes each token starts are looked up
  // once per sentence, and most classes asked about at a token start none.
  bool may_start(std::string_view cls, std::uint16_t pos) {
    const auto& toks = m_s.toks;
    if (m_starts.empty()) {
      m_starts.resize(toks.size());
    }
    auto& lists = m_starts[pos];
    if (!lists) {
      const Tok& t = toks[pos];
      lists = std::array<const std::vector<std::string>*, 3>{m_lex.classes_starting_with(t.lower),
                                                              m_lex.classes_starting_with(t.lemma_v),
                                                              m_lex.classes_starting_with(t.lemma_n)};
    }
    for (const auto* list : *lists) {
      if (list != nullptr && std::find(list->begin(), list->end(), cls) != list->end()) {
        return true;
      }
    }
    return false;
  }

  std::size_t class_len_uncached(std::string_view cls, std::uint16_t pos) {
    const auto& toks = m_s.toks;
    if (!may_start(cls, pos)) {
      return 0;  // (what match() would find: it looks entries up by their first word)
    }
    lexicon::WordWindow words;
    lexicon::WordWindow lemmas;
    for (std::size_t j = pos; j < toks.size() && j < pos + 5u; ++j) {
      words.push_back(toks[j].lower);
      lemmas.push_back(toks[j].lemma_v != toks[j].lower ? std::string_view(toks[j].lemma_v) : std::string_view(toks[j].lemma_n));
    }
    std::size_t n = m_lex.match(cls, words, lemmas);
    if (n == 0) {
      // a noun lemma ("offices" -> "office")
      for (std::size_t j = 0; j < lemmas.size(); ++j) {
        lemmas[j] = toks[pos + j].lemma_n;
      }
      n = m_lex.match(cls, words, lemmas);
    }
    return n;
  }

  bool capture_and_go(const Node& n, std::uint16_t b, std::uint16_t e, SpanType t, int ref, const std::string& cls,
                      const Frame* next) {
    if (!n.capture.empty()) {
      m_caps->push_back(Capture{n.capture, b, e, t, ref, cls});
    }
    if (go(next, e)) {
      return true;
    }
    if (!n.capture.empty()) {
      m_caps->pop_back();
    }
    return false;
  }

  bool slot(const Node& n, std::uint16_t pos, const Frame* next) {
    const auto& toks = m_s.toks;
    if (pos >= toks.size()) {
      return false;
    }
    if (!n.text.empty() && n.text[0] == '@') {
      const std::string_view cls = std::string_view(n.text).substr(1);
      const std::size_t len = class_len(cls, pos);
      return len > 0 && capture_and_go(n, pos, static_cast<std::uint16_t>(pos + len), SpanType::np, -1, std::string(cls), next);
    }
    if (n.text == "np") {
      return np(n, pos, next);
    }
    if (n.text == "clause") {
      std::uint16_t e = pos;
      while (e < toks.size() && !clause_end(toks[e]) && !toks[e].is(text::k_quote)) {
        ++e;
      }
      for (std::uint16_t end = e; end > pos; --end) {
        if (capture_and_go(n, pos, end, SpanType::np, -1, "", next)) {
          return true;
        }
      }
      return false;
    }
    for (const auto& sp : m_s.spans) {
      if (sp.b != pos) {
        continue;
      }
      if (slot_accepts(n.text, sp.type) && capture_and_go(n, sp.b, sp.e, sp.type, sp.ref, "", next)) {
        return true;
      }
    }
    return false;
  }

  bool np(const Node& n, std::uint16_t pos, const Frame* next) {
    const auto& toks = m_s.toks;
    std::uint16_t i = pos;
    // determiner or a possessive entity ("Acme Lab's")
    if (i < toks.size() && determiner(toks[i].lower)) {
      ++i;
    } else {
      for (const auto& sp : m_s.spans) {
        if (sp.b == pos && sp.e < toks.size() && toks[sp.e].is(text::k_possessive)) {
          i = static_cast<std::uint16_t>(sp.e + 1);
          break;
        }
      }
    }
    std::vector<std::uint16_t> ends;
    std::uint16_t j = i;
    while (j < toks.size() && j < i + 8) {
      const Tok& t = toks[j];
      const bool connector = t.lower == "of" || t.lower == "and" || t.lower == "&" || t.lower == "-" ||
                             t.is(text::k_possessive);
      if (connector && j > i) {
        ++j;
        continue;
      }
      if (!t.is(text::k_word) || np_stop(t.lower)) {
        break;
      }
      ++j;
      ends.push_back(j);
    }
    for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
      if (capture_and_go(n, pos, *it, SpanType::np, -1, "", next)) {
        return true;
      }
    }
    return false;
  }

  const DocContext& m_dc;
  const Sent& m_s;
  const lexicon::Lexicon& m_lex;
  std::unordered_map<const char*, std::vector<std::int16_t>> m_class_memo;
  // per token: the classes its word, verb lemma and noun lemma start entries of
  std::vector<std::optional<std::array<const std::vector<std::string>*, 3>>> m_starts;
  std::vector<Capture>* m_caps = nullptr;
  std::uint16_t m_end = 0;
  int m_budget = 0;
};

}  // namespace

std::vector<Match> match_sentence(const DocContext& dc, const Sent& s, const std::vector<CompiledRule>& rules,
                                  const lexicon::Lexicon& lex) {
  std::vector<Match> out;
  if (s.toks.empty()) {
    return out;
  }
  Matcher m(dc, s, lex);
  for (const auto& r : rules) {
    bool ok = true;
    for (const auto& w : r.required) {
      ok = ok && std::any_of(s.toks.begin(), s.toks.end(), [&](const Tok& t) {
             return t.lower == w || t.lemma_v == w || t.lemma_n == w;
           });
    }
    if (!ok) {
      continue;
    }
    std::uint16_t covered = 0;
    for (std::uint16_t pos = 0; pos < s.toks.size(); ++pos) {
      if (pos < covered) {
        continue;
      }
      std::vector<Capture> caps;
      std::uint16_t end = 0;
      if (m.run(r.seq, pos, caps, end) && end > pos) {
        // Prefer the tightest match with the same end: the subject nearest
        // to its verb ("the U.S. electronics chain Best Buy to stop").
        std::uint16_t best = pos;
        for (std::uint16_t later = static_cast<std::uint16_t>(pos + 1); later < end; ++later) {
          std::vector<Capture> c2;
          std::uint16_t e2 = 0;
          if (m.run(r.seq, later, c2, e2) && e2 == end) {
            best = later;
            caps = std::move(c2);
          }
        }
        out.push_back(Match{&r, best, end, std::move(caps)});
        covered = end;
      }
    }
  }
  return out;
}

}  // namespace cc::extract
