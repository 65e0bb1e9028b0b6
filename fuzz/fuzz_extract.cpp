// Fuzz target: the whole claim extractor on one document (cleaning,
// sentences, entities, patterns, the general rule). Checks that every claim
// points inside the document and that its quote is its sentence.
#include <cstddef>
#include <cstdint>
#include <string>

#include "corpus/document.hpp"
#include "corpus/manifest.hpp"
#include "extract/extractor.hpp"
#include "extract/resources.hpp"
#include "util/hash.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const cc::extract::Resources res = [] {
    auto r = cc::extract::Resources::load(cc::extract::Resources::default_dir());
    if (!r) {
      __builtin_trap();
    }
    return std::move(*r);
  }();
  cc::corpus::Document d;
  d.id = "fuzz";
  d.file = "fuzz.txt";
  d.raw.assign(reinterpret_cast<const char*>(data), size);
  d.published = "2020-06-15";
  d.published_range = cc::corpus::parse_published(d.published);
  d.cleaned = cc::text::clean(d.raw, res.boilerplate);
  if (d.cleaned.text.size() != d.raw.size()) {
    __builtin_trap();  // cleaning keeps every offset
  }
  for (const auto& c : cc::extract::extract(d, res)) {
    if (c.start > c.end || c.end > d.raw.size() || c.sentence_start > c.start || c.sentence_end < c.end ||
        c.sentence_end > d.raw.size()) {
      __builtin_trap();
    }
    if (c.quote != d.cleaned.text.substr(c.sentence_start, c.sentence_end - c.sentence_start)) {
      __builtin_trap();
    }
  }
  return 0;
}
