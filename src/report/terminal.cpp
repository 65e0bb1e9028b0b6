#include "report/terminal.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>

#include <unistd.h>

namespace cc::report {

namespace {

const nlohmann::json& arr(const nlohmann::json& j, const char* key) {
  static const nlohmann::json k_empty = nlohmann::json::array();
  const auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : k_empty;
}

std::string str(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string shorten(std::string s, std::size_t max) {
  for (auto& c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || (static_cast<unsigned char>(c) < 0x20)) {
      c = ' ';
    }
  }
  if (s.size() <= max) {
    return s;
  }
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) {
    --cut;  // never split a UTF-8 sequence
  }
  return s.substr(0, cut) + "\xE2\x80\xA6";
}

}  // namespace

bool use_colour(std::FILE* stream) {
  const char* no = std::getenv("NO_COLOR");
  if (no != nullptr && no[0] != '\0') {
    return false;
  }
  return ::isatty(fileno(stream)) != 0;
}

std::string terminal_summary(const nlohmann::json& run, bool colour) {
  const auto c = [&](const char* code, const std::string& s) {
    return colour ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s;
  };
  std::map<std::string, int> counts;
  const auto findings = arr(run, "findings");
  for (const auto& f : findings) {
    ++counts[str(f, "kind")];
  }
  std::map<std::string, const nlohmann::json*> docs;
  std::map<std::string, const nlohmann::json*> claims;
  for (const auto& d : arr(run, "documents")) {
    docs[str(d, "id")] = &d;
  }
  for (const auto& cl : arr(run, "claims")) {
    claims[str(cl, "id")] = &cl;
  }
  std::string out;
  out += std::to_string(docs.size()) + " documents, " + std::to_string(claims.size()) + " claims: ";
  out += c("1;31", std::to_string(counts["contradiction"]) + " contradictions") + ", ";
  out += c("34", std::to_string(counts["update"]) + " updates") + ", ";
  out += c("32", std::to_string(counts["agreement"]) + " agreements") + ", ";
  out += std::to_string(counts["partial_agreement"]) + " partial agreements";
  if (counts["scope_differs"] > 0) {
    out += ", " + std::to_string(counts["scope_differs"]) + " skipped for a different scope";
  }
  out += "\n";
  // The findings a reviewer acts on, most urgent first, bounded so that a
  // big corpus gives a readable summary (everything is in the JSON/HTML).
  const auto list = [&](const char* kind, const char* code, std::size_t limit) {
    std::size_t shown = 0;
    std::size_t total = 0;
    for (const auto& f : findings) {
      if (str(f, "kind") != kind) {
        continue;
      }
      ++total;
      if (shown == limit) {
        continue;
      }
      ++shown;
      const int independent = f.value("sources", nlohmann::json::object()).value("independent", 0);
      std::string label = kind;
      std::replace(label.begin(), label.end(), '_', ' ');
      out += c(code, label) + " " + shorten(str(f, "explanation"), 160) + " (" + std::to_string(independent) +
             " independent source" + (independent == 1 ? "" : "s") + ")\n";
      const auto ids = arr(f, "claims");
      std::size_t quoted = 0;
      for (const auto& id : ids) {
        const auto it = claims.find(id.get<std::string>());
        if (it == claims.end()) {
          continue;
        }
        if (quoted == 4) {
          out += "    " + c("2", "... and " + std::to_string(ids.size() - quoted) + " more reports") + "\n";
          break;
        }
        ++quoted;
        const auto& cl = *it->second;
        const auto d = docs.find(str(cl, "document"));
        std::string outlet = d == docs.end() ? "" : str(*d->second, "outlet");
        if (outlet.empty() && d != docs.end()) {
          outlet = str(*d->second, "file");
        }
        const std::string quote = str(cl, "quote").empty() ? str(cl, "text") : str(cl, "quote");
        out += "    " + c("2", shorten(outlet, 30)) + ": \xE2\x80\x9C" + shorten(quote, 110) + "\xE2\x80\x9D\n";
      }
    }
    if (total > shown) {
      out += c("2", "... and " + std::to_string(total - shown) + " more " + kind +
                        "s (all of them are in the JSON and the HTML report)") +
             "\n";
    }
  };
  list("contradiction", "1;31", 20);
  list("update", "34", 10);
  return out;
}

}  // namespace cc::report
