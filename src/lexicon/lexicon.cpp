#include "lexicon/lexicon.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <filesystem>

#include "util/file.hpp"

namespace cc::lexicon {

namespace fs = std::filesystem;

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') {
      ++i;
    }
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') {
      ++j;
    }
    if (j > i) {
      out.emplace_back(s.substr(i, j - i));
    }
    i = j;
  }
  return out;
}

bool valid_name(std::string_view n) {
  return !n.empty() && std::all_of(n.begin(), n.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  });
}

}  // namespace

Expected<Lexicon> Lexicon::load(const std::string& dir) {
  Lexicon lex;
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".txt") {
      files.push_back(e.path().string());
    }
  }
  if (ec) {
    return Error{dir, "cannot read the lexicon directory: " + ec.message(), 2};
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    auto text = file::read(f, 8 << 20);
    if (!text) {
      return text.error();
    }
    CC_TRY(lex.add_file(f, *text));
  }
  return lex;
}

Status Lexicon::add_file(const std::string& name, std::string_view text) {
  m_id = next_id();
  std::size_t pos = 0;
  std::size_t line_no = 0;
  std::string current;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) {
      nl = text.size();
    }
    ++line_no;
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (const auto hash = line.find('#'); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    if (trim(line).empty()) {
      continue;
    }
    std::string_view items;
    if (line[0] == ' ' || line[0] == '\t') {
      if (current.empty()) {
        return Error{name + ":" + std::to_string(line_no) + ":1", "error: continuation line before any class", 2};
      }
      items = line;
    } else {
      const auto colon = line.find(':');
      if (colon == std::string_view::npos) {
        return Error{name + ":" + std::to_string(line_no) + ":" + std::to_string(line.size() + 1),
                     "error: expected ':' after the class name", 2};
      }
      const std::string_view cls = trim(line.substr(0, colon));
      if (!valid_name(cls)) {
        return Error{name + ":" + std::to_string(line_no) + ":1",
                     "error: class names use a-z, 0-9, '.', '_' and '-', not \"" + std::string(cls) + "\"", 2};
      }
      current = std::string(cls);
      m_index[current] = &m_classes[current];  // an empty class still exists
      items = line.substr(colon + 1);
    }
    std::size_t col = static_cast<std::size_t>(items.data() - line.data()) + 1;
    std::size_t i = 0;
    while (i <= items.size()) {
      std::size_t comma = items.find(',', i);
      if (comma == std::string_view::npos) {
        comma = items.size();
      }
      const std::string_view raw = items.substr(i, comma - i);
      const std::string_view entry = trim(raw);
      if (!entry.empty()) {
        for (const char c : entry) {
          if (c >= 'A' && c <= 'Z') {
            return Error{name + ":" + std::to_string(line_no) + ":" + std::to_string(col + i + static_cast<std::size_t>(entry.data() - raw.data())),
                         "error: entries are lower case: \"" + std::string(entry) + "\"", 2};
          }
        }
        auto words = split_words(entry);
        if (words.size() == 1) {
          m_by_word[words[0]].push_back(current);
        }
        if (auto& firsts = m_by_first[words[0]]; firsts.empty() || firsts.back() != current) {
          firsts.push_back(current);
        }
        Class& cls = m_classes[current];
        m_index[current] = &cls;
        cls.by_first[words[0]].push_back(cls.entries.size());
        cls.entries.push_back(std::move(words));
      }
      i = comma + 1;
    }
  }
  return Ok{};
}

std::uint64_t Lexicon::next_id() {
  static std::atomic<std::uint64_t> counter{1};
  return counter++;
}

void Lexicon::reindex() {
  m_id = next_id();
  m_index.clear();
  for (const auto& [name, cls] : m_classes) {
    m_index[name] = &cls;
  }
}

const Lexicon::Class* Lexicon::find(std::string_view cls) const {
  // Extraction asks for the same few classes by name millions of times,
  // mostly through string literals: a small direct-mapped cache keyed by
  // the name's address skips the hash (the name is still compared, since
  // a temporary string may reuse an address).
  struct Slot {
    std::uint64_t owner = 0;
    const char* data = nullptr;
    std::size_t size = 0;
    std::string_view name;
    const Class* cls = nullptr;
  };
  thread_local std::array<Slot, 128> cache{};
  Slot& slot = cache[(reinterpret_cast<std::uintptr_t>(cls.data()) >> 3) & 127];
  if (slot.owner == m_id && slot.data == cls.data() && slot.size == cls.size() && slot.name == cls) {
    return slot.cls;
  }
  const auto it = m_index.find(cls);
  const Class* found = it == m_index.end() ? nullptr : it->second;
  if (it != m_index.end()) {
    slot = Slot{m_id, cls.data(), cls.size(), std::string_view(it->first), found};
  }
  return found;
}

bool Lexicon::has_class(std::string_view cls) const { return find(cls) != nullptr; }

std::size_t Lexicon::match(std::string_view cls, std::span<const std::string_view> words,
                           std::span<const std::string_view> lemmas) const {
  const Class* found = find(cls);
  if (found == nullptr || words.empty()) {
    return 0;
  }
  const Class& c = *found;
  std::size_t best = 0;
  const auto try_first = [&](std::string_view first) {
    const auto f = c.by_first.find(first);
    if (f == c.by_first.end()) {
      return;
    }
    for (const std::size_t i : f->second) {
      const auto& e = c.entries[i];
      if (e.size() > words.size() || e.size() <= best) {
        continue;
      }
      bool ok = true;
      for (std::size_t k = 0; k < e.size() && ok; ++k) {
        ok = words[k] == e[k] || (k < lemmas.size() && lemmas[k] == e[k]);
      }
      if (ok) {
        best = e.size();
      }
    }
  };
  try_first(words[0]);
  if (!lemmas.empty() && lemmas[0] != words[0]) {
    try_first(lemmas[0]);
  }
  return best;
}

bool Lexicon::starts_entry(std::string_view cls, std::string_view word) const {
  const auto it = m_by_first.find(word);
  return it != m_by_first.end() && std::find(it->second.begin(), it->second.end(), cls) != it->second.end();
}

const std::vector<std::string>* Lexicon::classes_starting_with(std::string_view word) const {
  const auto it = m_by_first.find(word);
  return it == m_by_first.end() ? nullptr : &it->second;
}

bool Lexicon::contains(std::string_view cls, std::string_view word) const {
  const auto it = m_by_word.find(word);
  if (it == m_by_word.end()) {
    return false;
  }
  return std::find(it->second.begin(), it->second.end(), cls) != it->second.end();
}

std::vector<std::string> Lexicon::classes_of(std::string_view word, std::string_view prefix) const {
  std::vector<std::string> out;
  const auto it = m_by_word.find(word);
  if (it == m_by_word.end()) {
    return out;
  }
  for (const auto& c : it->second) {
    if (c.compare(0, prefix.size(), prefix) == 0 && std::find(out.begin(), out.end(), c) == out.end()) {
      out.push_back(c);
    }
  }
  return out;
}

const std::vector<std::vector<std::string>>& Lexicon::entries(std::string_view cls) const {
  static const std::vector<std::vector<std::string>> k_empty;
  const Class* c = find(cls);
  return c == nullptr ? k_empty : c->entries;
}

std::vector<std::string> Lexicon::class_names() const {
  std::vector<std::string> out;
  for (const auto& [k, v] : m_classes) {
    out.push_back(k);
  }
  return out;
}

}  // namespace cc::lexicon
