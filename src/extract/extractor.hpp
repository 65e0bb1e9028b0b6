// Claim extraction: documents in, typed and traceable claims out.
#pragma once

#include <string>
#include <vector>

#include "core/claim.hpp"
#include "corpus/document.hpp"
#include "extract/resources.hpp"

namespace cc::extract {

struct Options {
  // The general rule: every number, amount and date in prose becomes a
  // claim even when no pattern matched it.
  bool general_rule = true;
};

// An entity mention as recognized and resolved inside its document.
struct EntityMention {
  std::string document;
  std::size_t start = 0;
  std::size_t end = 0;
  Subject subject;
  bool anaphor = false;
};

// --- Interface ---

// Extracts the claims of one document, in text order. Never fails.
std::vector<Claim> extract(const corpus::Document& doc, const Resources& res, const Options& options = {},
                           std::vector<EntityMention>* entities = nullptr);

// Appends the extraction JSON ({"documents": [...], "claims": [...]}) for
// `docs` and `claims` to `out` as an nlohmann::json object.
struct ExtractJson;
std::string to_json(const std::vector<corpus::Document>& docs, const std::vector<Claim>& claims, int indent = -1,
                    const std::vector<EntityMention>* entities = nullptr);

}  // namespace cc::extract
