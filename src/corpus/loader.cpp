#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "corpus/document.hpp"
#include "corpus/manifest.hpp"
#include "text/clean.hpp"
#include "util/file.hpp"
#include "util/hash.hpp"
#include "values/scanner.hpp"

namespace cc::corpus {

namespace fs = std::filesystem;

namespace {

bool has_ext(const std::string& name, std::initializer_list<const char*> exts) {
  std::string e = fs::path(name).extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(exts.begin(), exts.end(), [&](const char* x) { return e == x; });
}

// NUL bytes and control characters beyond a trace mean binary data.
bool binary(const std::string& bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 1 << 16);
  std::size_t nul = 0;
  std::size_t ctl = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    nul += c == 0 ? 1 : 0;
    ctl += (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0) ? 1 : 0;
  }
  // A stray NUL in text is cleaned; many of them, or a mass of control
  // bytes, mean the file is not text.
  return n > 0 && ((nul > 8 && nul * 100 > n) || (n >= 64 && (nul + ctl) * 10 > n) || (nul * 4 > n));
}

Status check_text(const std::string& where, const std::string& bytes) {
  if (text::is_utf16(bytes)) {
    return Error{where, "UTF-16 text is not supported; convert the file to UTF-8", 2};
  }
  if (binary(bytes)) {
    return Error{where, "binary data, not text", 2};
  }
  return Ok{};
}

// A news article holds dozens of numbers, a long one hundreds. Tens of
// thousands mean a table dump or an attack; extraction's work grows with the
// number of values, so such a document is refused up front.
constexpr std::size_t k_max_numbers = 20000;

Status check_article(const std::string& where, const std::string& text) {
  std::size_t runs = 0;
  bool in_digits = false;
  for (const char c : text) {
    const bool d = c >= '0' && c <= '9';
    runs += (d && !in_digits) ? 1 : 0;
    in_digits = d || (in_digits && (c == ',' || c == '.'));
  }
  if (runs > k_max_numbers) {
    return Error{where, "holds " + std::to_string(runs) + " numbers, more than the " + std::to_string(k_max_numbers) +
                            " of any article; refused (split it into articles)",
                 2};
  }
  return Ok{};
}

void finish(Document& d, const LoadOptions& opt) {
  d.content_hash = hash::sha256_hex(d.raw);
  d.cleaned = text::clean(d.raw, opt.boilerplate);
  if (!d.published.empty()) {
    d.published_range = parse_published(d.published);
    if (!d.published_range) {
      d.published.clear();
    }
  }
  if (d.published.empty()) {
    infer_published(d);
  } else if (d.published_source.empty()) {
    d.published_source = "manifest";
  }
}

Error too_big(const std::string& where, std::size_t limit) {
  return Error{where, "larger than " + std::to_string(limit >> 20) +
                          " MB, the most crosscheck reads per article (raise it with --max-size MB)",
               2};
}

Expected<Document> load_file(const std::string& path, const std::string& name, const LoadOptions& opt,
                             const std::string& known_published = {}) {
  auto bytes = file::read(path, opt.max_document_size);
  if (!bytes) {
    if (bytes.error().message.rfind("file is larger than", 0) == 0 ||
        bytes.error().message.rfind("input is larger than", 0) == 0) {
      return too_big(name, opt.max_document_size);
    }
    return bytes.error();
  }
  CC_TRY(check_text(name, *bytes));
  Document d;
  d.file = name;
  d.id = hash::short_id(name, 12);
  if (has_ext(name, {".html", ".htm", ".xhtml"})) {
    if (html_depth(*bytes) > k_max_html_depth) {
      return Error{name, "HTML nested more than " + std::to_string(k_max_html_depth) +
                             " elements deep; refused (not a news page)",
                   2};
    }
    HtmlText h = html_to_text(*bytes);
    d.raw = std::move(h.text);
    d.title = std::move(h.title);
    d.url = std::move(h.url);
    d.published = std::move(h.published);
    d.offsets = "extracted-text";
    if (!d.published.empty() && parse_published(d.published)) {
      d.published_source = "metadata";
    }
  } else {
    d.raw = std::move(*bytes);
  }
  if (!known_published.empty()) {
    d.published = known_published;  // from the manifest: nothing to infer
  }
  CC_TRY(check_article(name, d.raw));
  finish(d, opt);
  return d;
}

std::string json_field(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end()) {
    return {};
  }
  if (it->is_string()) {
    return it->get<std::string>();
  }
  if (it->is_number_integer()) {
    return std::to_string(it->get<long long>());
  }
  return {};
}

}  // namespace

Status parse_jsonl(const std::string& name, const std::string& text, const LoadOptions& opt,
                   std::vector<Document>& out) {
  const std::string* bytes = &text;
  CC_TRY(check_text(name, *bytes));
  std::size_t pos = 0;
  std::size_t line_no = 0;
  while (pos < bytes->size()) {
    std::size_t nl = bytes->find('\n', pos);
    if (nl == std::string::npos) {
      nl = bytes->size();
    }
    ++line_no;
    const std::string_view line(bytes->data() + pos, nl - pos);
    pos = nl + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      continue;
    }
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      std::string what = e.what();
      const auto colon = what.find(": ", what.find("column"));
      return Error{name + ":" + std::to_string(line_no), "invalid JSON: " +
                                                              (colon == std::string::npos ? what : what.substr(colon + 2)),
                   2};
    }
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      return Error{name + ":" + std::to_string(line_no), "expected an object with a \"text\" string", 2};
    }
    if (j["text"].get_ref<const std::string&>().size() > opt.max_document_size) {
      return too_big(name + ":" + std::to_string(line_no), opt.max_document_size);
    }
    CC_TRY(check_article(name + ":" + std::to_string(line_no), j["text"].get_ref<const std::string&>()));
    Document d;
    const std::string id = json_field(j, "id");
    d.file = name + ":" + std::to_string(line_no);
    d.id = hash::short_id(name + "#" + (id.empty() ? std::to_string(line_no) : id), 12);
    d.raw = j["text"].get<std::string>();
    d.outlet = json_field(j, "outlet");
    d.published = json_field(j, "published");
    d.url = json_field(j, "url");
    d.title = json_field(j, "title");
    d.author = json_field(j, "author");
    d.offsets = "jsonl-text";
    if (!d.published.empty() && parse_published(d.published)) {
      d.published_source = "metadata";
    }
    finish(d, opt);
    out.push_back(std::move(d));
  }
  return Ok{};
}

namespace {

Status load_jsonl(const std::string& path, const std::string& name, const LoadOptions& opt,
                  std::vector<Document>& out) {
  auto bytes = file::read(path, opt.max_file_size);
  if (!bytes) {
    return bytes.error();
  }
  return parse_jsonl(name, *bytes, opt, out);
}

Status load_path(const std::string& path, const std::string& name, const LoadOptions& opt,
                 std::vector<Document>& out, const std::string& known_published = {}) {
  if (has_ext(name, {".jsonl", ".ndjson"})) {
    return load_jsonl(path, name, opt, out);
  }
  auto d = load_file(path, name, opt, known_published);
  if (!d) {
    return d.error();
  }
  out.push_back(std::move(*d));
  return Ok{};
}

}  // namespace

Expected<std::vector<Document>> load(const std::vector<std::string>& args, const LoadOptions& opt) {
  std::vector<Document> out;
  for (const auto& a : args) {
    std::error_code ec;
    if (a != "-" && fs::is_directory(a, ec)) {
      if (fs::exists(fs::path(a) / k_manifest_name, ec)) {
        auto m = read_manifest(a);
        if (!m) {
          return m.error();
        }
        for (const auto& spec : m->documents) {
          std::vector<Document> docs;
          // A manifest entry names a file inside the corpus; the file name
          // is its identity.
          CC_TRY(load_path(spec.path, spec.file, opt, docs, spec.published));
          for (auto& d : docs) {
            d.story = m->story;
            if (!spec.outlet.empty()) {
              d.outlet = spec.outlet;
            }
            if (!spec.url.empty()) {
              d.url = spec.url;
            }
            if (!spec.title.empty()) {
              d.title = spec.title;
            }
            if (!spec.author.empty()) {
              d.author = spec.author;
            }
            if (!spec.published.empty()) {
              d.published = spec.published;
              d.published_range = parse_published(spec.published);
              d.published_source = "manifest";
            } else if (d.published_source != "metadata") {
              // re-infer now that the URL may be known
              d.published.clear();
              d.published_range.reset();
              infer_published(d);
            }
            out.push_back(std::move(d));
          }
        }
        continue;
      }
      std::vector<std::string> files;
      for (const auto& e : fs::directory_iterator(a, ec)) {
        const std::string n = e.path().filename().string();
        if (e.is_regular_file() && has_ext(n, {".txt", ".html", ".htm", ".jsonl", ".ndjson"})) {
          files.push_back(n);
        }
      }
      if (ec) {
        return Error{a, "cannot list directory: " + ec.message(), 2};
      }
      std::sort(files.begin(), files.end());
      if (files.empty()) {
        return Error{a, "no corpus.json and no .txt, .html or .jsonl files", 2};
      }
      for (const auto& f : files) {
        CC_TRY(load_path((fs::path(a) / f).string(), f, opt, out));
      }
      continue;
    }
    if (a != "-" && !fs::exists(a, ec)) {
      return Error{a, "no such file or directory", 2};
    }
    CC_TRY(load_path(a, a == "-" ? "<stdin>" : a, opt, out));
  }
  return out;
}

void infer_published(Document& d) {
  d.published_source = "none";
  const std::string& t = d.cleaned.text;
  // 1. A date standing near the top: a dateline line or "date 2017-09-13".
  const std::size_t head = std::min<std::size_t>(t.size(), 2000);
  values::ScanOptions no_ref;
  const auto head_mentions = values::scan(std::string_view(t).substr(0, head), no_ref);
  for (const auto& m : head_mentions) {
    if (m.type != MentionType::date || !m.date.start || !m.date.end) {
      continue;
    }
    if (m.date.granularity != Granularity::day && m.date.granularity != Granularity::month) {
      continue;
    }
    // The line holds little else: a dateline, not a date inside a sentence.
    const std::size_t ls = t.rfind('\n', m.start) == std::string::npos ? 0 : t.rfind('\n', m.start) + 1;
    std::size_t le = t.find('\n', m.end);
    if (le == std::string::npos) {
      le = t.size();
    }
    if (le - ls > m.end - m.start + 24) {
      continue;
    }
    d.published_range = DateRange{m.date.start, m.date.end, m.date.granularity};
    d.published = m.timex;
    d.published_source = "dateline";
    return;
  }
  // 2. /2017/09/12/ in the URL.
  const std::string& u = d.url;
  for (std::size_t i = 0; i + 11 <= u.size(); ++i) {
    if (u[i] != '/') {
      continue;
    }
    const auto digits = [&](std::size_t p, std::size_t n) {
      return p + n <= u.size() && std::all_of(u.begin() + static_cast<std::ptrdiff_t>(p),
                                              u.begin() + static_cast<std::ptrdiff_t>(p + n),
                                              [](char c) { return c >= '0' && c <= '9'; });
    };
    if (digits(i + 1, 4) && i + 5 < u.size() && u[i + 5] == '/' && digits(i + 6, 2)) {
      std::string iso = u.substr(i + 1, 4) + "-" + u.substr(i + 6, 2);
      if (i + 11 < u.size() && u[i + 8] == '/' && digits(i + 9, 2)) {
        iso += "-" + u.substr(i + 9, 2);
      }
      if (auto r = parse_published(iso)) {
        d.published = iso;
        d.published_range = r;
        d.published_source = "url";
        return;
      }
    }
  }
  // 3. A lower bound: the latest absolute date the text names.
  std::optional<Day> latest;
  std::string timex;
  for (const auto& m : values::scan(t, no_ref)) {
    if (m.type == MentionType::date && m.resolved && m.date.end && m.date.granularity != Granularity::reference &&
        m.timex.size() >= 4 && m.timex[0] >= '0' && m.timex[0] <= '9' && (!latest || *m.date.end > *latest)) {
      latest = m.date.end;
      timex = m.timex;
    }
  }
  if (latest) {
    d.published = format_iso(*latest);
    // Relative dates resolve against the bound, and "published_source":
    // "text" tells the reader it is only a lower bound.
    d.published_range = DateRange{latest, latest, Granularity::day};
    d.published_source = "text";
  }
}

}  // namespace cc::corpus
