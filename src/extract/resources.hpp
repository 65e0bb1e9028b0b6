// What extraction needs loaded once: lexicon, gazetteer, boilerplate
// phrases and the compiled claim patterns from a grammars/ directory.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lexicon/gazetteer.hpp"
#include "lexicon/lexicon.hpp"
#include "text/clean.hpp"
#include "util/expected.hpp"

namespace cc::extract {

struct CompiledRule;

struct Resources {
  std::string dir;
  lexicon::Lexicon lex;
  std::unique_ptr<lexicon::Gazetteer> gaz;
  text::BoilerplateRules boilerplate;
  std::vector<CompiledRule> rules;

  Resources();
  ~Resources();
  Resources(Resources&&) noexcept;
  Resources& operator=(Resources&&) noexcept;

  // --- Interface ---

  // Loads `dir`/lexicon/*.txt, `dir`/places.txt, `dir`/boilerplate.txt and
  // `dir`/claims/*.rules. Fails with "file:line:col: error: ..." on the
  // first malformed file.
  static Expected<Resources> load(const std::string& dir);

  // The grammars directory: $CROSSCHECK_GRAMMARS, else the one next to the
  // executable's source tree (compiled in), else "grammars".
  static std::string default_dir();
};

}  // namespace cc::extract
