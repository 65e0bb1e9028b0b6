// Fuzz target: the value grammars and their resolution over arbitrary text.
// Checks the scanner's contract: mentions are in text order, inside the
// input, non-overlapping, and intervals are ordered.
#include <cstddef>
#include <cstdint>
#include <string>

#include "corpus/manifest.hpp"
#include "values/scanner.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  static const auto ref = cc::corpus::parse_published("2020-06-15");
  cc::values::ScanOptions opt;
  opt.reference = ref;
  const auto mentions = cc::values::scan(text, opt);
  std::size_t last_end = 0;
  for (const auto& m : mentions) {
    if (m.start < last_end || m.end <= m.start || m.end > text.size()) {
      __builtin_trap();
    }
    last_end = m.end;
    if (m.num.low && m.num.high && *m.num.low > *m.num.high) {
      __builtin_trap();
    }
    if (m.date.start && m.date.end && *m.date.start > *m.date.end) {
      __builtin_trap();
    }
  }
  return 0;
}
