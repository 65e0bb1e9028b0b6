// JSON forms of documents, claims and values (the shapes documented in
// docs/manual.md; other tools read them).
#pragma once

#include <nlohmann/json.hpp>

#include "core/claim.hpp"
#include "corpus/document.hpp"

namespace cc::extract {

nlohmann::json value_json(const ClaimValue& v);
nlohmann::json claim_json(const Claim& c);
nlohmann::json document_json(const corpus::Document& d);

}  // namespace cc::extract
