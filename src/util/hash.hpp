// Content hashes: SHA-256 for document identity (idempotent ingest) and a
// fast 64-bit FNV-1a for stable short ids.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cc::hash {

// Returns the lower-case hex SHA-256 of `data` (64 characters).
std::string sha256_hex(std::string_view data);

// Returns the 64-bit FNV-1a hash of `data`.
std::uint64_t fnv1a64(std::string_view data);

// Returns `bits` of fnv1a64(`data`) as lower-case hex (bits/4 characters).
std::string short_id(std::string_view data, int hex_digits = 12);

}  // namespace cc::hash
