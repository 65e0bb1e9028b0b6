// Reading and writing whole files with user-facing errors.
#pragma once

#include <cstddef>
#include <string>

#include "util/expected.hpp"

namespace cc::file {

// Largest input crosscheck reads by default (bytes). Larger files are refused
// with an error rather than exhausting memory.
inline constexpr std::size_t k_default_max_size = std::size_t{1} << 30;

// Returns the bytes of `path` ("-" means standard input). Fails with
// "<path>: cannot open: <reason>", "<path>: is a directory", or
// "<path>: file is larger than N bytes".
Expected<std::string> read(const std::string& path, std::size_t max_size = k_default_max_size);

// Returns true if `bytes` looks like binary data rather than text: NUL bytes
// in the first 8 KiB, or mostly non-text bytes. UTF-16 is treated as binary.
bool looks_binary(const std::string& bytes);

// Writes `bytes` to `path` atomically: a temporary file in the same directory
// is written, flushed and renamed, so readers never see a half-written file.
Status write_atomic(const std::string& path, const std::string& bytes);

// Installs SIGINT and SIGTERM handlers that remove the temporary file of a
// write_atomic in progress, print "crosscheck: interrupted" and exit with
// 130 (SIGINT) or 143 (SIGTERM). An open SQLite transaction is rolled back
// by SQLite itself the next time the database is opened.
void install_interrupt_handlers();

}  // namespace cc::file
