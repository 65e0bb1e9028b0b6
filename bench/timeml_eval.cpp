// TempEval-3 (Task A) scorer for crosscheck's temporal expressions.
//
// Usage: crosscheck-timeml [--errors] [--min-strict F] [--min-relaxed F]
//                          [--min-value F] DIR...
//
// Reads TimeML files (*.tml), strips the markup, runs the value scanner on
// the text of <TEXT> with the document creation time as reference date, and
// compares the temporal mentions (date, time, duration, set) with the gold
// TIMEX3 annotations:
//   strict match  = identical span; relaxed match = overlapping span
//   (one-to-one); precision, recall and F1 over mentions;
//   value F1 = (share of relaxed matches with the right TIMEX3 value)
//              x relaxed F1.
// Values are compared exactly, after one notational normalization: ISO week
// numbers with and without a leading zero ("2000-W7" = "2000-W07").
// Exit code 1 when a --min threshold is not met, 2 on bad input.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "corpus/manifest.hpp"
#include "util/file.hpp"
#include "values/scanner.hpp"

namespace fs = std::filesystem;

namespace {

struct Gold {
  std::size_t start;
  std::size_t end;
  std::string type;
  std::string value;
  std::string text;
};

struct Doc {
  std::string name;
  std::string text;  // <TEXT> content without markup, entities decoded
  std::string dct;   // YYYY-MM-DD
  std::vector<Gold> gold;
};

std::string attr(const std::string& tag, const std::string& name) {
  const std::string key = " " + name + "=\"";
  const auto p = tag.find(key);
  if (p == std::string::npos) {
    return {};
  }
  const auto q = tag.find('"', p + key.size());
  return tag.substr(p + key.size(), q - p - key.size());
}

// Strips tags from `xml` between `from` and `to`, decoding entities, and
// records TIMEX3 spans in the stripped text.
bool load(const fs::path& path, Doc& doc) {
  auto bytes = cc::file::read(path.string());
  if (!bytes) {
    std::fprintf(stderr, "%s\n", bytes.error().to_string().c_str());
    return false;
  }
  const std::string& x = *bytes;
  doc.name = path.filename().string();
  const auto dct = x.find("<DCT>");
  if (dct != std::string::npos) {
    const auto t = x.find("<TIMEX3", dct);
    const auto e = x.find('>', t);
    doc.dct = attr(x.substr(t, e - t), "value").substr(0, 10);
  }
  const auto begin = x.find("<TEXT>");
  const auto end = x.find("</TEXT>");
  if (begin == std::string::npos || end == std::string::npos) {
    std::fprintf(stderr, "%s: no <TEXT> element\n", path.c_str());
    return false;
  }
  std::vector<std::pair<std::size_t, std::string>> open;  // start, tag
  for (std::size_t i = begin + 6; i < end;) {
    if (x[i] == '<') {
      const auto close = x.find('>', i);
      const std::string tag = x.substr(i, close - i + 1);
      if (tag.rfind("<TIMEX3", 0) == 0) {
        open.emplace_back(doc.text.size(), tag);
      } else if (tag == "</TIMEX3>" && !open.empty()) {
        const auto [s, t] = open.back();
        open.pop_back();
        doc.gold.push_back(Gold{s, doc.text.size(), attr(t, "type"), attr(t, "value"), doc.text.substr(s)});
      }
      i = close + 1;
      continue;
    }
    if (x[i] == '&') {
      static const std::pair<const char*, char> k_entities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [name, c] : k_entities) {
        if (x.compare(i, std::strlen(name), name) == 0) {
          doc.text += c;
          i += std::strlen(name);
          done = true;
          break;
        }
      }
      if (done) {
        continue;
      }
    }
    doc.text += x[i++];
  }
  return true;
}

std::string normalize_value(std::string v) {
  const auto w = v.find("-W");
  if (w != std::string::npos && w + 3 < v.size() + 1) {
    std::size_t k = w + 2;
    if (k + 1 < v.size() && v[k] == '0' && std::isdigit(static_cast<unsigned char>(v[k + 1]))) {
      v.erase(k, 1);
    }
  }
  return v;
}

struct Score {
  std::size_t gold = 0;
  std::size_t system = 0;
  std::size_t strict = 0;
  std::size_t relaxed = 0;
  std::size_t value_ok = 0;

  void add(const Score& o) {
    gold += o.gold;
    system += o.system;
    strict += o.strict;
    relaxed += o.relaxed;
    value_ok += o.value_ok;
  }
  static double f1(std::size_t match, std::size_t sys, std::size_t gld) {
    const double p = sys ? static_cast<double>(match) / static_cast<double>(sys) : 0;
    const double r = gld ? static_cast<double>(match) / static_cast<double>(gld) : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double strict_f1() const { return f1(strict, system, gold); }
  double relaxed_f1() const { return f1(relaxed, system, gold); }
  double value_accuracy() const { return relaxed ? static_cast<double>(value_ok) / static_cast<double>(relaxed) : 0; }
  double value_f1() const { return value_accuracy() * relaxed_f1(); }
};

Score score(const Doc& doc, bool show_errors) {
  cc::values::ScanOptions opt;
  opt.reference = cc::corpus::parse_published(doc.dct);
  std::vector<cc::Mention> sys;
  for (auto& m : cc::values::scan(doc.text, opt)) {
    if (m.type == cc::MentionType::date || m.type == cc::MentionType::time ||
        m.type == cc::MentionType::duration || m.type == cc::MentionType::set) {
      sys.push_back(std::move(m));
    }
  }
  Score s;
  s.gold = doc.gold.size();
  s.system = sys.size();
  std::vector<bool> used(sys.size(), false);
  for (const auto& g : doc.gold) {
    std::size_t best = sys.size();
    for (std::size_t k = 0; k < sys.size(); ++k) {
      if (!used[k] && sys[k].start < g.end && g.start < sys[k].end) {
        if (best == sys.size() || (sys[k].start == g.start && sys[k].end == g.end)) {
          best = k;
        }
      }
    }
    if (best == sys.size()) {
      if (show_errors) {
        std::printf("MISS   %s: \"%s\" %s %s\n", doc.name.c_str(), g.text.substr(0, g.end - g.start).c_str(),
                    g.type.c_str(), g.value.c_str());
      }
      continue;
    }
    used[best] = true;
    const auto& m = sys[best];
    ++s.relaxed;
    const bool exact = m.start == g.start && m.end == g.end;
    s.strict += exact ? 1 : 0;
    const bool value_ok = normalize_value(m.timex) == normalize_value(g.value);
    s.value_ok += value_ok ? 1 : 0;
    if (show_errors && (!exact || !value_ok)) {
      std::printf("%s %s: gold \"%s\" %s | system \"%s\" %s (dct %s)\n", exact ? "VALUE " : "SPAN  ",
                  doc.name.c_str(), doc.text.substr(g.start, g.end - g.start).c_str(), g.value.c_str(),
                  doc.text.substr(m.start, m.end - m.start).c_str(), m.timex.c_str(), doc.dct.c_str());
    }
  }
  if (show_errors) {
    for (std::size_t k = 0; k < sys.size(); ++k) {
      if (!used[k]) {
        std::printf("EXTRA  %s: \"%s\" %s\n", doc.name.c_str(),
                    doc.text.substr(sys[k].start, sys[k].end - sys[k].start).c_str(), sys[k].timex.c_str());
      }
    }
  }
  return s;
}

void print(const char* name, const Score& s) {
  std::printf("%-10s gold %5zu  system %5zu  strict F1 %.4f  relaxed F1 %.4f  value accuracy %.4f  value F1 %.4f\n",
              name, s.gold, s.system, s.strict_f1(), s.relaxed_f1(), s.value_accuracy(), s.value_f1());
}

}  // namespace

int main(int argc, char** argv) {
  bool errors = false;
  double min_strict = 0;
  double min_relaxed = 0;
  double min_value = 0;
  std::vector<std::string> dirs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto number = [&](double& out) {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "crosscheck-timeml: %s needs a value\n", a.c_str());
        std::exit(2);
      }
      out = std::atof(argv[++i]);
    };
    if (a == "--errors") {
      errors = true;
    } else if (a == "--min-strict") {
      number(min_strict);
    } else if (a == "--min-relaxed") {
      number(min_relaxed);
    } else if (a == "--min-value") {
      number(min_value);
    } else if (a == "-h" || a == "--help") {
      std::puts("Usage: crosscheck-timeml [--errors] [--min-strict F] [--min-relaxed F] [--min-value F] DIR...");
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr, "crosscheck-timeml: unknown option '%s'\n", a.c_str());
      return 2;
    } else {
      dirs.push_back(a);
    }
  }
  if (dirs.empty()) {
    std::fprintf(stderr, "crosscheck-timeml: no directory given; see --help\n");
    return 2;
  }
  Score total;
  for (const auto& dir : dirs) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      if (e.path().extension() == ".tml") {
        files.push_back(e.path());
      }
    }
    if (ec) {
      std::fprintf(stderr, "%s: %s\n", dir.c_str(), ec.message().c_str());
      return 2;
    }
    std::sort(files.begin(), files.end());
    Score s;
    for (const auto& f : files) {
      Doc doc;
      if (!load(f, doc)) {
        return 2;
      }
      s.add(score(doc, errors));
    }
    print(fs::path(dir).filename().c_str(), s);
    total.add(s);
  }
  if (dirs.size() > 1) {
    print("all", total);
  }
  if (total.strict_f1() < min_strict || total.relaxed_f1() < min_relaxed || total.value_f1() < min_value) {
    std::fprintf(stderr, "crosscheck-timeml: below the required scores\n");
    return 1;
  }
  return 0;
}
