#include "extract/resources.hpp"

#include <cstdlib>
#include <filesystem>

#include "extract/patterns.hpp"

namespace cc::extract {

namespace fs = std::filesystem;

Resources::Resources() = default;
Resources::~Resources() = default;
Resources::Resources(Resources&&) noexcept = default;
Resources& Resources::operator=(Resources&&) noexcept = default;

std::string Resources::default_dir() {
  if (const char* d = std::getenv("CROSSCHECK_GRAMMARS")) {
    return d;
  }
  std::error_code ec;
  if (fs::is_directory(CROSSCHECK_DATA_DIR, ec)) {
    return CROSSCHECK_DATA_DIR;
  }
  return "grammars";
}

Expected<Resources> Resources::load(const std::string& dir) {
  Resources r;
  r.dir = dir;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Error{dir, "grammars directory not found (set --grammars or CROSSCHECK_GRAMMARS)", 2};
  }
  auto lex = lexicon::Lexicon::load((fs::path(dir) / "lexicon").string());
  if (!lex) {
    return lex.error();
  }
  r.lex = std::move(*lex);
  for (const char* cls : {"org.suffix", "org.legal", "org.government", "org.media", "org.anaphor", "unit", "title",
                          "name.stop", "verb.say", "cue.negated", "cue.considered", "cue.planned", "cue.reported",
                          "changing", "scope.population", "scope.phase", "role.money"}) {
    if (!r.lex.has_class(cls)) {
      return Error{(fs::path(dir) / "lexicon").string(), std::string("missing lexicon class '") + cls + "'", 2};
    }
  }
  auto gaz = lexicon::Gazetteer::load((fs::path(dir) / "places.txt").string());
  if (!gaz) {
    return gaz.error();
  }
  r.gaz = std::make_unique<lexicon::Gazetteer>(std::move(*gaz));
  auto bp = text::load_boilerplate((fs::path(dir) / "boilerplate.txt").string());
  if (!bp) {
    return bp.error();
  }
  r.boilerplate = std::move(*bp);
  auto rules = load_rules((fs::path(dir) / "claims").string(), r.lex);
  if (!rules) {
    return rules.error();
  }
  r.rules = std::move(*rules);
  return r;
}

}  // namespace cc::extract
