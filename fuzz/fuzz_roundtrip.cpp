// Fuzz target: JSON Lines -> database -> JSON export. Whatever the articles
// hold, ingest succeeds or fails cleanly, the database stays sound, and the
// exported JSON parses back with one document per stored document.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "corpus/document.hpp"
#include "extract/extractor.hpp"
#include "extract/resources.hpp"
#include "reconcile/reconcile.hpp"
#include "store/store.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const cc::extract::Resources res = [] {
    auto r = cc::extract::Resources::load(cc::extract::Resources::default_dir());
    if (!r) {
      __builtin_trap();
    }
    return std::move(*r);
  }();
  const std::string text(reinterpret_cast<const char*>(data), size);
  cc::corpus::LoadOptions opt;
  opt.boilerplate = res.boilerplate;
  std::vector<cc::corpus::Document> docs;
  if (!cc::corpus::parse_jsonl("fuzz.jsonl", text, opt, docs)) {
    return 0;  // a clean error
  }
  auto db = cc::store::Database::open(":memory:");
  if (!db) {
    __builtin_trap();
  }
  for (const auto& d : docs) {
    std::vector<cc::extract::EntityMention> ents;
    const auto claims = cc::extract::extract(d, res, cc::extract::Options{}, &ents);
    if (!(*db)->ingest(d, claims, ents)) {
      __builtin_trap();
    }
  }
  if (!(*db)->reconcile(*res.gaz, cc::reconcile::Options{})) {
    __builtin_trap();
  }
  auto run = (*db)->run_json();
  if (!run) {
    __builtin_trap();
  }
  const std::string dumped = run->dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
  const auto back = nlohmann::json::parse(dumped);
  auto stored = (*db)->documents();
  if (!stored || back["documents"].size() != stored->size()) {
    __builtin_trap();
  }
  auto check = (*db)->integrity_check();
  if (!check || *check != "ok") {
    __builtin_trap();
  }
  return 0;
}
