// Expected<T>: the value of an operation that can fail in an expected way,
// or the Error describing why. (std::expected needs C++23 concepts that
// clang 14, our fuzzing compiler, does not provide with libstdc++ 12.)
#pragma once

#include <algorithm>
#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace cc {

// An expected failure shown to the user as one line: "<where>: <message>".
// `where` names the input: a path, "path:line:col", or "<stdin>".
struct Error {
  Error() = default;
  Error(std::string where_, std::string message_, int exit_code_ = 2, std::string context_ = {})
      : where(one_line(std::move(where_))),
        message(one_line(std::move(message_))),
        exit_code(exit_code_),
        context(std::move(context_)) {}

  // Control characters (a line break in a file name taken from a manifest)
  // written as escapes, so that the message stays one line.
  static std::string one_line(std::string s) {
    static constexpr char k_hex[] = "0123456789abcdef";
    if (std::none_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; })) {
      return s;
    }
    std::string out;
    out.reserve(s.size() + 8);
    for (const char c : s) {
      const auto u = static_cast<unsigned char>(c);
      if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else if (c == '\r') {
        out += "\\r";
      } else if (u < 0x20 || u == 0x7f) {
        out += "\\x";
        out += k_hex[u >> 4];
        out += k_hex[u & 15];
      } else {
        out += c;
      }
    }
    return out;
  }

  std::string where;
  std::string message;
  int exit_code = 2;  // see docs/manual.md, "Exit codes"
  // Optional extra lines for a person at a terminal (the source line and a
  // caret under the error). Never part of the one-line message.
  std::string context;

  std::string to_string() const { return where.empty() ? message : where + ": " + message; }
};

// Prints `e` to stderr as one line, plus its context lines when stderr is a
// terminal.
void print_error(const Error& e);

// --- Interface ---

template <typename T>
class Expected {
 public:
  Expected(T value) : m_v(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
  Expected(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}  // NOLINT

  bool has_value() const { return m_v.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { assert(has_value()); return std::get<0>(m_v); }
  const T& value() const& { assert(has_value()); return std::get<0>(m_v); }
  T&& value() && { assert(has_value()); return std::get<0>(std::move(m_v)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { assert(!has_value()); return std::get<1>(m_v); }

 private:
  std::variant<T, Error> m_v;
};

// Expected<void>
struct Ok {};
using Status = Expected<Ok>;

// Thrown only for unrecoverable conditions; caught once in cli::run.
struct Fatal {
  Error error;
};

}  // namespace cc

// Propagate an Error from an Expected-returning expression.
#define CC_TRY(expr)                                \
  do {                                              \
    auto cc_try_result_ = (expr);                   \
    if (!cc_try_result_) {                          \
      return cc_try_result_.error();                \
    }                                               \
  } while (false)
