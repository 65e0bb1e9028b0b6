// Lemmas from WordNet (Debian's wordnet-base): the morphy algorithm, its
// exception lists, and the index of known words. Without the data files
// the same suffix rules run without the dictionary check.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cc::lexicon {

enum class Pos : unsigned char { noun, verb, adj };

class WordNet {
 public:
  // --- Interface ---

  // The process-wide instance, loaded on first use from $CROSSCHECK_WORDNET
  // or /usr/share/wordnet.
  static const WordNet& instance();

  // Returns the base form of the lower-case `word` as `pos` ("laid" ->
  // "lay", "offices" -> "office", "shuttering" -> "shutter"); `word` itself
  // when no rule applies.
  std::string lemma(std::string_view word, Pos pos) const;

  // True when `word` is a WordNet lemma of `pos`.
  bool known(std::string_view word, Pos pos) const;

  // True when `word` is a WordNet lemma of `pos` with a sense attested in
  // the SemCor corpus (the index's tagsense_cnt): "instrument",
  // "expedition", "pay", but not surnames such as "robert" or "jones",
  // which WordNet lists only as names of people.
  bool attested(std::string_view word, Pos pos) const;

  // True when one of the first two senses of the noun `lemma` is an
  // animal (WordNet's noun.animal file): "whale", "chicken", "cattle".
  bool animal(std::string_view lemma) const;

  // True when one of the first three senses of the noun `lemma` is a
  // person (WordNet's noun.person file) and neither of the first two an
  // animal: "skier", "climber", "soldier", but not "team" or "whale".
  bool person(std::string_view lemma) const;

  // True when one of the first two senses of the noun `lemma` is a thing
  // sold by weight or count: food, a substance, a plant or an artifact
  // (noun.food, noun.substance, noun.plant, noun.artifact): "milk",
  // "gasoline", "rice", "home", but not "ticket" or "rent".
  bool goods(std::string_view lemma) const;

  // True when the dictionary files were found.
  bool loaded() const { return m_loaded; }

 private:
  WordNet();
  bool indexed(const std::string& word, int pos) const;
  // The fields of the index line of `word` (lemma, pos, synset_cnt, p_cnt,
  // pointers, sense_cnt, tagsense_cnt, offsets), empty when not listed.
  std::vector<std::string_view> index_fields(std::string_view word, Pos pos) const;
  // Each index file's lemmas, sorted, as views into its text: reading
  // 150,000 lemmas into hash sets cost a third of a second at every start.
  std::string m_text[3];
  std::vector<std::string_view> m_index[3];
  std::unordered_map<std::string, std::string> m_exceptions[3];
  bool m_loaded = false;
  // Whether one of the first `senses` senses of the noun `lemma` is in
  // the lexicographer file `file` ("05" noun.animal, "18" noun.person),
  // read from data.noun on first asking and kept.
  bool in_lexfile(std::string_view lemma, std::string_view file, std::size_t senses) const;
  mutable std::mutex m_mutex;
  mutable std::unordered_map<std::string, bool> m_lexfile;
};

}  // namespace cc::lexicon
