// Normalization of quantity ASTs into typed intervals.
#pragma once

#include "core/value.hpp"
#include "parse/ast.hpp"

namespace cc::values {

// Relative widths of hedged intervals (docs/values.md, "Hedges and bounds").
inline constexpr double k_about_tolerance = 0.10;   // "about 300" = [270, 330]
inline constexpr double k_nearly_tolerance = 0.10;  // "nearly 25%" = [22.5, 25]

// Fills `m.type`, `m.num`, `m.unit` (ISO 4217 code, "%", "pp" or a unit
// symbol), `m.dimension` and `m.si` from `q`. Leaves the counted noun to the
// caller. Returns false when `q` is not a sensible amount (a range whose
// low end exceeds its high end, "3-2").
bool resolve_quantity(const parse::ast::Quantity& q, Mention& m);

// Returns the interval for value `v` under hedge `h`.
NumRange hedged(parse::ast::Hedge h, double v);

}  // namespace cc::values
