#include "corpus/manifest.hpp"

#include <filesystem>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "util/file.hpp"

namespace cc::corpus {

namespace fs = std::filesystem;

namespace {

// Byte offset -> "line:col" (1-based) in `text`.
std::string line_col(const std::string& text, std::size_t offset) {
  std::size_t line = 1;
  std::size_t col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return std::to_string(line) + ":" + std::to_string(col);
}

std::string field(const nlohmann::json& doc, const char* key) {
  const auto it = doc.find(key);
  if (it == doc.end() || !it->is_string()) {
    return {};
  }
  return it->get<std::string>();
}

}  // namespace

std::optional<DateRange> parse_published(const std::string& published) {
  if (published.empty()) {
    return std::nullopt;
  }
  const auto span = parse_iso_span(published.substr(0, std::min<std::size_t>(published.size(), 10)));
  if (!span) {
    return std::nullopt;
  }
  const Granularity g = span->precision == 1 ? Granularity::year
                        : span->precision == 2 ? Granularity::month
                                               : Granularity::day;
  return DateRange{span->first, span->last, g};
}

Expected<Manifest> read_manifest(const std::string& dir) {
  const std::string path = (fs::path(dir) / k_manifest_name).string();
  auto bytes = file::read(path, 64u << 20);
  if (!bytes) {
    return bytes.error();
  }
  return parse_manifest(path, dir, *bytes);
}

Expected<Manifest> parse_manifest(const std::string& path, const std::string& dir, const std::string& text) {
  const std::string* bytes = &text;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(*bytes);
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    // nlohmann: "[json.exception.parse_error.101] parse error at line 1, column 2: ..."
    const auto colon = what.find(": ", what.find("column"));
    const std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
    const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
    return Error{path + ":" + line_col(*bytes, at), "invalid JSON: " + detail, 2};
  } catch (const std::exception& e) {
    return Error{path, std::string("invalid JSON: ") + e.what(), 2};
  }
  if (!j.is_object()) {
    return Error{path, "expected a JSON object with a \"documents\" array", 2};
  }
  Manifest m;
  m.dir = dir;
  m.story = field(j, "story");
  const auto docs = j.find("documents");
  if (docs == j.end() || !docs->is_array()) {
    return Error{path, "expected a \"documents\" array", 2};
  }
  std::error_code ec;
  const fs::path root = fs::weakly_canonical(fs::path(dir), ec);
  std::size_t index = 0;
  std::unordered_map<std::string, std::size_t> seen;
  for (const auto& d : *docs) {
    const std::string where = path + ": documents[" + std::to_string(index) + "]";
    ++index;
    if (!d.is_object()) {
      return Error{where, "expected an object with a \"file\" field", 2};
    }
    DocumentSpec spec;
    spec.file = field(d, "file");
    if (spec.file.empty()) {
      return Error{where, "missing \"file\"", 2};
    }
    // (a name in a message is cut to its first 120 bytes, at a character)
    std::string shown = spec.file;
    if (shown.size() > 120) {
      std::size_t cut = 120;
      while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) {
        --cut;
      }
      shown = shown.substr(0, cut) + "...";
    }
    const fs::path rel(spec.file);
    const fs::path full = fs::weakly_canonical(fs::path(dir) / rel, ec);
    if (ec && !rel.is_absolute()) {
      return Error{where, "refused: \"" + shown + "\" cannot be resolved: " + ec.message(), 2};
    }
    const auto [root_end, full_it] = std::mismatch(root.begin(), root.end(), full.begin(), full.end());
    if (rel.is_absolute() || root_end != root.end() || ec) {
      return Error{where, "refused: \"" + shown + "\" is outside the corpus directory", 2};
    }
    // The same file twice would count as two sources agreeing with each other.
    if (const auto [it, fresh] = seen.emplace(full.string(), index - 1); !fresh) {
      return Error{where, "refused: \"" + shown + "\" is listed twice (also documents[" +
                              std::to_string(it->second) + "])",
                   2};
    }
    // "a/../b.txt" is opened as "b.txt": no path with ".." goes further.
    spec.path = (fs::path(dir) / rel).lexically_normal().string();
    spec.outlet = field(d, "outlet");
    spec.published = field(d, "published");
    spec.url = field(d, "url");
    spec.title = field(d, "title");
    spec.author = field(d, "author");
    if (!spec.published.empty() && !parse_published(spec.published)) {
      return Error{where, "\"published\" must be YYYY-MM-DD, YYYY-MM or YYYY, not \"" + spec.published + "\"", 2};
    }
    m.documents.push_back(std::move(spec));
  }
  return m;
}

}  // namespace cc::corpus
