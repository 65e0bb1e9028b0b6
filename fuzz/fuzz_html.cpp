// Fuzz target: the HTML reader (gumbo and crosscheck's text walk).
#include <cstddef>
#include <cstdint>
#include <string>

#include "corpus/document.hpp"
#include "util/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string html(reinterpret_cast<const char*>(data), size);
  const auto h = cc::corpus::html_to_text(html);
  // the extracted text may be larger than the input (entities, block
  // breaks) but never unbounded
  if (h.text.size() > 8 * size + 64) {
    __builtin_trap();
  }
  return 0;
}
