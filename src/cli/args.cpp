#include "cli/args.hpp"

#include <algorithm>
#include <numeric>

namespace cc::cli {

std::optional<std::string> Args::get(const std::string& name) const {
  const auto it = options.find(name);
  if (it == options.end() || it->second.empty()) {
    return std::nullopt;
  }
  return it->second.back();
}

namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev(b.size() + 1);
  std::vector<std::size_t> cur(b.size() + 1);
  std::iota(prev.begin(), prev.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_d = 3;
  for (const auto& c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  return best;
}

Expected<Args> parse_args(std::span<char* const> argv, const std::vector<OptionSpec>& specs,
                          const std::string& command) {
  Args out;
  bool options_done = false;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string arg = argv[i];
    if (options_done || arg == "-" || arg.empty() || arg[0] != '-') {
      out.positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      out.help = true;
      continue;
    }
    std::string name = arg;
    std::optional<std::string> value;
    if (const auto eq = arg.find('='); eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
    }
    const auto spec = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == name; });
    if (spec == specs.end()) {
      std::vector<std::string> names{"--help"};
      for (const auto& s : specs) {
        names.push_back(s.name);
      }
      const std::string hint = did_you_mean(name, names);
      return Error{"crosscheck " + command,
                   "unknown option '" + name + "'" + (hint.empty() ? "" : " (did you mean '" + hint + "'?)") +
                       "; see 'crosscheck " + command + " --help'",
                   2};
    }
    if (spec->takes_value) {
      if (!value) {
        if (i + 1 >= argv.size()) {
          return Error{"crosscheck " + command, "option '" + name + "' needs a value", 2};
        }
        value = argv[++i];
      }
      auto& slot = out.options[name];
      if (!slot.empty() && !spec->repeatable) {
        return Error{"crosscheck " + command, "option '" + name + "' given twice", 2};
      }
      slot.push_back(*value);
    } else {
      if (value) {
        return Error{"crosscheck " + command, "option '" + name + "' takes no value", 2};
      }
      out.options[name].push_back("");
    }
  }
  return out;
}

}  // namespace cc::cli
