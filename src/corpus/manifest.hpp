// The corpus manifest (corpus.json): which files a corpus holds and what is
// known about each (outlet, publication date, URL).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/value.hpp"
#include "util/expected.hpp"

namespace cc::corpus {

struct DocumentSpec {
  std::string file;       // as written in the manifest, relative to the corpus
  std::string path;       // resolved path on disk
  std::string outlet;
  std::string published;  // as written: "2017-09-12", "2017-12", "2017" or ""
  std::string url;
  std::string title;
  std::string author;
};

struct Manifest {
  std::string dir;
  std::string story;
  std::vector<DocumentSpec> documents;
};

// Name of the manifest file inside a corpus directory.
inline constexpr const char* k_manifest_name = "corpus.json";

// Reads `dir`/corpus.json. Only `file` is required per document; unknown
// fields are ignored. Fails with a one-line Error naming the manifest (with
// line:col for JSON syntax errors) when it is missing, malformed, names a
// file outside `dir` ("../../etc/passwd"), or has the wrong shape.
Expected<Manifest> read_manifest(const std::string& dir);

// Parses the manifest `text` (read from `path`) of the corpus directory
// `dir`; the checks and errors of read_manifest.
Expected<Manifest> parse_manifest(const std::string& path, const std::string& dir, const std::string& text);

// Parses a manifest date ("2017-09-12", "2017-12", "2017") into the days it
// covers; nullopt when empty or malformed.
std::optional<DateRange> parse_published(const std::string& published);

}  // namespace cc::corpus
