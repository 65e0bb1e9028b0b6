// Command-line option parsing shared by the subcommands.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "util/expected.hpp"

namespace cc::cli {

struct OptionSpec {
  std::string name;       // "--ref"
  bool takes_value;       // "--ref DATE" or "--ref=DATE"
  bool repeatable = false;
};

struct Args {
  std::map<std::string, std::vector<std::string>> options;
  std::vector<std::string> positional;
  bool help = false;

  bool has(const std::string& name) const { return options.count(name) != 0; }
  std::optional<std::string> get(const std::string& name) const;
};

// Parses `argv` (without the program and command names) against `specs`.
// "-h"/"--help" set `help`; "--" ends the options; "-" is positional. Fails
// with "crosscheck <command>: unknown option '--x' (did you mean '--y'?)" or
// "option '--ref' needs a value".
Expected<Args> parse_args(std::span<char* const> argv, const std::vector<OptionSpec>& specs,
                          const std::string& command);

// Returns the candidate closest to `word` within edit distance 2, or "".
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace cc::cli
