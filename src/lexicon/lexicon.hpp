// Word classes loaded from grammars/lexicon/*.txt: verb classes, counted
// nouns, titles, organization suffixes, certainty cues. User-editable data;
// no rebuild needed.
//
// File format, one class per line (continuation lines start with a space):
//     # comment
//     verb.close: close, shut, shutter, shut down, wind down
// Entries are lower-case words or phrases; a word entry also matches its
// inflections (via WordNet lemmas).
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/expected.hpp"

namespace cc::lexicon {

// Up to eight words (and their lemmas) for Lexicon::match(), kept on the
// stack: extraction builds such windows at nearly every token.
struct WordWindow {
  std::array<std::string_view, 8> w{};
  std::size_t n = 0;
  void push_back(std::string_view s) {
    if (n < w.size()) {
      w[n++] = s;
    }
  }
  bool empty() const { return n == 0; }
  void clear() { n = 0; }
  std::size_t size() const { return n; }
  std::string_view& operator[](std::size_t i) { return w[i]; }
  const std::string_view& operator[](std::size_t i) const { return w[i]; }
  operator std::span<const std::string_view>() const { return {w.data(), n}; }
};

class Lexicon {
 public:
  // --- Interface ---

  // Loads every *.txt file in `dir`. Fails with "file:line:col: ..." on a
  // malformed line.
  static Expected<Lexicon> load(const std::string& dir);

  Lexicon() = default;
  Lexicon(const Lexicon& o) : m_classes(o.m_classes), m_by_word(o.m_by_word), m_by_first(o.m_by_first) { reindex(); }
  Lexicon& operator=(const Lexicon& o) {
    if (this != &o) {
      m_classes = o.m_classes;
      m_by_word = o.m_by_word;
      m_by_first = o.m_by_first;
      reindex();
    }
    return *this;
  }
  // map nodes move with the map; both get new identities for find()'s cache
  Lexicon(Lexicon&& o) noexcept
      : m_classes(std::move(o.m_classes)),
        m_index(std::move(o.m_index)),
        m_by_word(std::move(o.m_by_word)),
        m_by_first(std::move(o.m_by_first)) {
    o.m_id = next_id();
  }
  Lexicon& operator=(Lexicon&& o) noexcept {
    m_classes = std::move(o.m_classes);
    m_index = std::move(o.m_index);
    m_by_word = std::move(o.m_by_word);
    m_by_first = std::move(o.m_by_first);
    m_id = next_id();
    o.m_id = next_id();
    return *this;
  }

  // Parses one lexicon file's `text` (named `name` in errors) into this.
  Status add_file(const std::string& name, std::string_view text);

  // True when class `cls` exists.
  bool has_class(std::string_view cls) const;

  // Returns the number of tokens of the longest entry of `cls` that matches
  // the lower-case tokens `words` from the start (comparing each word or
  // its lemma), or 0.
  std::size_t match(std::string_view cls, std::span<const std::string_view> words,
                    std::span<const std::string_view> lemmas) const;
  std::size_t match(std::string_view cls, std::initializer_list<std::string_view> words,
                    std::initializer_list<std::string_view> lemmas) const {
    return match(cls, std::span<const std::string_view>(words.begin(), words.size()),
                 std::span<const std::string_view>(lemmas.begin(), lemmas.size()));
  }

  // True when some entry of `cls` starts with `word` (a cheap filter
  // before match()).
  bool starts_entry(std::string_view cls, std::string_view word) const;
  // The classes with an entry whose first word is `word` (a class may be
  // named more than once), or nullptr when there are none.
  const std::vector<std::string>* classes_starting_with(std::string_view word) const;

  // True when the single word `word` is an entry of `cls` (no lemmas).
  bool contains(std::string_view cls, std::string_view word) const;

  // Returns the classes with prefix `prefix` ("verb.") that contain the
  // single word or lemma `word`, e.g. "verb.close".
  std::vector<std::string> classes_of(std::string_view word, std::string_view prefix) const;

  // The entries of `cls`, each split into words.
  const std::vector<std::vector<std::string>>& entries(std::string_view cls) const;

  std::vector<std::string> class_names() const;

 private:
  // Hashing with lookups by string_view (no temporary strings on the hot
  // path: extraction asks for classes by name millions of times).
  struct Hash {
    using is_transparent = void;
    // FNV-1a, inline: the keys are short words, looked up millions of times
    std::size_t operator()(std::string_view s) const noexcept {
      std::uint64_t h = 14695981039346656037ull;
      for (const char c : s) {
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
      }
      return static_cast<std::size_t>(h);
    }
  };
  struct Class {
    std::vector<std::vector<std::string>> entries;
    // first word -> indices of the entries starting with it
    std::unordered_map<std::string, std::vector<std::size_t>, Hash, std::equal_to<>> by_first;
  };
  const Class* find(std::string_view cls) const;
  void reindex();
  static std::uint64_t next_id();
  // A process-unique identity, renewed on every change, so that find()'s
  // cache never answers for another or an older lexicon.
  std::uint64_t m_id = next_id();
  // std::map keeps class_names() sorted and Class addresses stable
  std::map<std::string, Class, std::less<>> m_classes;
  std::unordered_map<std::string, const Class*, Hash, std::equal_to<>> m_index;
  std::unordered_map<std::string, std::vector<std::string>, Hash, std::equal_to<>> m_by_word;
  // first word of any entry -> the classes with such an entry
  std::unordered_map<std::string, std::vector<std::string>, Hash, std::equal_to<>> m_by_first;
};

}  // namespace cc::lexicon
