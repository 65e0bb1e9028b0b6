// Fuzz target: the corpus manifest reader. Any input gives a manifest or a
// one-line error naming the file; no path may leave the corpus directory.
#include <cstddef>
#include <cstdint>
#include <string>

#include "corpus/manifest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto m = cc::corpus::parse_manifest("/nonexistent/corpus/corpus.json", "/nonexistent/corpus", text);
  if (!m) {
    if (m.error().where.rfind("/nonexistent/corpus/corpus.json", 0) != 0 ||
        m.error().message.find('\n') != std::string::npos) {
      __builtin_trap();
    }
    return 0;
  }
  for (const auto& d : m->documents) {
    if (d.path.rfind("/nonexistent/corpus/", 0) != 0 || d.path.find("/../") != std::string::npos) {
      __builtin_trap();
    }
  }
  return 0;
}
