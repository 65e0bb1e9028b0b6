// Fixed tables of short words with constant-time look-up: open-addressing
// tables of views into the caller's (static) strings. Built once, read-only
// after, so one instance may be shared by threads. They replace linear scans
// of word lists on hot paths (a scan compares every entry; these hash the
// word once and usually compare one entry).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

namespace cc {

// Words with a value each.
template <typename V>
class WordMap {
 public:
  // The views must outlive the map (string literals do). A word given
  // twice keeps its first value.
  WordMap(std::initializer_list<std::pair<std::string_view, V>> entries) { build(entries); }
  explicit WordMap(const std::vector<std::pair<std::string_view, V>>& entries) { build(entries); }

  // The value of `w`, or nullptr.
  const V* find(std::string_view w) const {
    if (w.empty() || w.size() >= 64 || (m_lengths & (std::uint64_t{1} << w.size())) == 0) {
      return nullptr;
    }
    for (std::size_t i = hash(w) & m_mask; !m_slots[i].first.empty(); i = (i + 1) & m_mask) {
      if (m_slots[i].first == w) {
        return &m_slots[i].second;
      }
    }
    return nullptr;
  }

 private:
  template <typename Entries>
  void build(const Entries& entries) {
    std::size_t size = 16;
    while (size < entries.size() * 2) {
      size *= 2;
    }
    m_slots.resize(size);
    m_mask = size - 1;
    for (const auto& [w, v] : entries) {
      if (w.empty()) {
        continue;
      }
      if (w.size() < 64) {
        m_lengths |= std::uint64_t{1} << w.size();
      }
      std::size_t i = hash(w) & m_mask;
      while (!m_slots[i].first.empty() && m_slots[i].first != w) {
        i = (i + 1) & m_mask;
      }
      if (m_slots[i].first.empty()) {
        m_slots[i] = {w, v};
      }
    }
  }

  static std::size_t hash(std::string_view w) {
    std::uint32_t h = 2166136261u;
    for (const char c : w) {
      h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    }
    return h;
  }

  std::vector<std::pair<std::string_view, V>> m_slots;
  std::size_t m_mask = 0;
  std::uint64_t m_lengths = 0;  // bit n set when some word has n bytes
};

// Words without values.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : m_map(pairs(words)) {}

  bool contains(std::string_view w) const { return m_map.find(w) != nullptr; }

 private:
  static WordMap<bool> pairs(std::initializer_list<std::string_view> words) {
    std::vector<std::pair<std::string_view, bool>> v;
    v.reserve(words.size());
    for (const std::string_view w : words) {
      v.emplace_back(w, true);
    }
    return WordMap<bool>(v);
  }

  WordMap<bool> m_map;
};

}  // namespace cc
