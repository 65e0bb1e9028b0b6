#include "lexicon/wordnet.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <fstream>
#include <string>
#include <vector>

namespace cc::lexicon {

namespace {

const char* const k_names[3] = {"noun", "verb", "adj"};

struct Rule {
  const char* suffix;
  const char* ending;
};
// WordNet morphy detachment rules.
const Rule k_noun_rules[] = {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
                             {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
const Rule k_verb_rules[] = {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"},
                             {"ed", ""}, {"ing", "e"}, {"ing", ""}};
const Rule k_adj_rules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

std::string dir() {
  if (const char* d = std::getenv("CROSSCHECK_WORDNET")) {
    return d;
  }
  return "/usr/share/wordnet";
}

bool ends_with(std::string_view s, std::string_view suf) {
  return s.size() > suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

}  // namespace

WordNet::WordNet() {
  const std::string d = dir();
  for (int p = 0; p < 3; ++p) {
    if (std::FILE* idx = std::fopen((d + "/index." + k_names[p]).c_str(), "rb")) {
      char buf[1 << 16];
      std::size_t n = 0;
      while ((n = std::fread(buf, 1, sizeof buf, idx)) > 0) {
        m_text[p].append(buf, n);
      }
      std::fclose(idx);
    }
    const std::string_view text = m_text[p];
    auto& words = m_index[p];
    for (std::size_t i = 0; i < text.size();) {
      std::size_t eol = text.find('\n', i);
      if (eol == std::string_view::npos) {
        eol = text.size();
      }
      if (eol > i && text[i] != ' ') {  // lines starting with a space: the licence
        const std::size_t sp = text.find(' ', i);
        words.push_back(text.substr(i, std::min(sp, eol) - i));
      }
      i = eol + 1;
    }
    if (!std::is_sorted(words.begin(), words.end())) {
      std::sort(words.begin(), words.end());
    }
    m_loaded = m_loaded || !words.empty();
    std::ifstream exc(d + "/" + k_names[p] + ".exc");
    std::string line;
    while (std::getline(exc, line)) {
      const auto sp = line.find(' ');
      if (sp == std::string::npos) {
        continue;
      }
      const auto sp2 = line.find(' ', sp + 1);
      m_exceptions[p].emplace(line.substr(0, sp), line.substr(sp + 1, sp2 == std::string::npos ? std::string::npos : sp2 - sp - 1));
    }
  }
}

bool WordNet::indexed(const std::string& word, int pos) const {
  return std::binary_search(m_index[pos].begin(), m_index[pos].end(), std::string_view(word));
}

const WordNet& WordNet::instance() {
  static const WordNet w;
  return w;
}

bool WordNet::known(std::string_view word, Pos pos) const {
  return std::binary_search(m_index[static_cast<int>(pos)].begin(), m_index[static_cast<int>(pos)].end(), word);
}

std::vector<std::string_view> WordNet::index_fields(std::string_view word, Pos pos) const {
  std::vector<std::string_view> fields;
  const auto& words = m_index[static_cast<int>(pos)];
  const auto it = std::lower_bound(words.begin(), words.end(), word);
  if (it == words.end() || *it != word) {
    return fields;
  }
  // lemma pos synset_cnt p_cnt [ptr_symbol]{p_cnt} sense_cnt tagsense_cnt offsets...
  const std::string_view text = m_text[static_cast<int>(pos)];
  const std::size_t begin = static_cast<std::size_t>(it->data() - text.data());
  const std::size_t eol = std::min(text.find('\n', begin), text.size());
  const std::string_view line = text.substr(begin, eol - begin);
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t sp = std::min(line.find(' ', i), line.size());
    if (sp > i) {
      fields.push_back(line.substr(i, sp - i));
    }
    i = sp + 1;
  }
  return fields;
}

bool WordNet::attested(std::string_view word, Pos pos) const {
  const auto fields = index_fields(word, pos);
  if (fields.size() < 4) {
    return false;
  }
  const int p_cnt = std::atoi(std::string(fields[3]).c_str());
  const std::size_t tag_at = 4 + static_cast<std::size_t>(std::max(0, p_cnt)) + 1;
  return tag_at < fields.size() && std::atoi(std::string(fields[tag_at]).c_str()) > 0;
}

bool WordNet::animal(std::string_view lemma) const { return in_lexfile(lemma, "05", 2); }

// (one of the first three senses: "climber" is first a plant; not an
// animal as well: WordNet lists "whale", a very large person, first)
bool WordNet::person(std::string_view lemma) const { return in_lexfile(lemma, "18", 3) && !animal(lemma); }

bool WordNet::goods(std::string_view lemma) const {
  return in_lexfile(lemma, "13", 2) || in_lexfile(lemma, "27", 2) || in_lexfile(lemma, "20", 2) ||
         in_lexfile(lemma, "06", 2);
}

bool WordNet::in_lexfile(std::string_view lemma, std::string_view file, std::size_t senses) const {
  const auto fields = index_fields(lemma, Pos::noun);
  if (fields.empty()) {
    return false;
  }
  std::string key(lemma);
  key += '|';
  key += file;
  key += static_cast<char>('0' + senses);
  const std::lock_guard<std::mutex> lock(m_mutex);
  if (const auto hit = m_lexfile.find(key); hit != m_lexfile.end()) {
    return hit->second;
  }
  bool found = false;
  if (fields.size() >= 4) {
    const std::size_t first = 4 + static_cast<std::size_t>(std::max(0, std::atoi(std::string(fields[3]).c_str()))) + 2;
    // (a synset line: offset lex_filenum ss_type ...)
    if (std::FILE* data = std::fopen((dir() + "/data.noun").c_str(), "rb")) {
      for (std::size_t k = first; k < fields.size() && k < first + senses && !found; ++k) {
        char head[32] = {};
        if (std::fseek(data, std::atol(std::string(fields[k]).c_str()), SEEK_SET) == 0 &&
            std::fread(head, 1, sizeof head - 1, data) > 12) {
          const std::string_view h(head);
          const std::size_t sp = h.find(' ');
          found = sp != std::string_view::npos && h.size() > sp + 3 && h.substr(sp + 1, 2) == file && h[sp + 3] == ' ';
        }
      }
      std::fclose(data);
    }
  }
  m_lexfile.emplace(std::move(key), found);
  return found;
}

std::string WordNet::lemma(std::string_view word, Pos pos) const {
  const int p = static_cast<int>(pos);
  const std::string w(word);
  if (const auto it = m_exceptions[p].find(w); it != m_exceptions[p].end()) {
    return it->second;
  }
  if (m_loaded && indexed(w, p) && !(pos == Pos::verb && (ends_with(w, "ing") || ends_with(w, "ed")))) {
    return w;
  }
  const Rule* rules = pos == Pos::noun ? k_noun_rules : pos == Pos::verb ? k_verb_rules : k_adj_rules;
  const std::size_t n = pos == Pos::noun ? std::size(k_noun_rules) : pos == Pos::verb ? std::size(k_verb_rules)
                                                                                      : std::size(k_adj_rules);
  std::string fallback;
  for (std::size_t i = 0; i < n; ++i) {
    if (!ends_with(w, rules[i].suffix)) {
      continue;
    }
    std::string cand = w.substr(0, w.size() - std::string_view(rules[i].suffix).size()) + rules[i].ending;
    if (cand.size() < 2) {
      continue;
    }
    if (!m_loaded) {
      return cand;
    }
    if (indexed(cand, p)) {
      return cand;
    }
    // "shuttering" -> "shutter"; "stopping" -> "stop" (doubled consonant)
    if (cand.size() >= 3 && cand[cand.size() - 1] == cand[cand.size() - 2] && rules[i].ending[0] == '\0') {
      std::string single = cand.substr(0, cand.size() - 1);
      if (indexed(single, p)) {
        return single;
      }
    }
    if (fallback.empty()) {
      fallback = cand;
    }
  }
  if (m_loaded && indexed(w, p)) {
    return w;
  }
  return w;
}

}  // namespace cc::lexicon
