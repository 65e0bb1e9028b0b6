// Fuzz target: the pattern-language parser and rule compiler, and the
// lexicon file reader. Errors must name a position inside the input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/patterns.hpp"
#include "extract/resources.hpp"
#include "lexicon/lexicon.hpp"
#include "parse/parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const cc::extract::Resources res = [] {
    auto r = cc::extract::Resources::load(cc::extract::Resources::default_dir());
    if (!r) {
      __builtin_trap();
    }
    return std::move(*r);
  }();
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto rules = cc::extract::compile_rules("fuzz.rules", text, res.lex);
  if (!rules && rules.error().where.rfind("fuzz.rules", 0) != 0) {
    __builtin_trap();
  }
  cc::lexicon::Lexicon lex;
  auto st = lex.add_file("fuzz.txt", text);
  if (!st && st.error().where.rfind("fuzz.txt", 0) != 0) {
    __builtin_trap();
  }
  return 0;
}
