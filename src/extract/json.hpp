// JSON forms of documents, claims and values (the shapes documented in
// docs/manual.md; other tools read them).
#pragma once

#include <nlohmann/json.hpp>

#include "core/claim.hpp"
#include "corpus/document.hpp"

namespace cc::extract {

nlohmann::json value_json(const ClaimValue& v);
nlohmann::json claim_json(const Claim& c);
// claim_json(c).dump() without building the tree: the same keys in the same
// (sorted) order, written straight into a string. Ingest stores millions.
// Without `with_quote` the "quote" member is left out (the store keeps the
// document's text and restores it from the sentence span).
std::string claim_json_text(const Claim& c, bool with_quote = true);
nlohmann::json document_json(const corpus::Document& d);

}  // namespace cc::extract
