// The terminal summary of a check run: counts, then each contradiction with
// short quotes and sources. Colour only on a terminal, and never when
// NO_COLOR is set.
#pragma once

#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

namespace cc::report {

// Returns the summary text; `colour` adds ANSI colours.
std::string terminal_summary(const nlohmann::json& run, bool colour);

// True when `stream` is a terminal and NO_COLOR is unset or empty.
bool use_colour(std::FILE* stream);

}  // namespace cc::report
