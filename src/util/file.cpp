#include "util/file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <random>
#include <system_error>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cc {

void print_error(const Error& e) {
  std::fprintf(stderr, "%s\n", e.to_string().c_str());
  if (!e.context.empty() && ::isatty(2) != 0) {
    std::fprintf(stderr, "%s\n", e.context.c_str());
  }
}

}  // namespace cc

namespace cc::file {

namespace {

Error io_error(const std::string& path, const std::string& what) {
  return Error{path, what, 2};
}

}  // namespace

Expected<std::string> read(const std::string& path, std::size_t max_size) {
  if (path == "-") {
    std::string data;
    char buf[1 << 16];
    while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
      data.append(buf, static_cast<std::size_t>(std::cin.gcount()));
      if (data.size() > max_size) {
        return io_error("<stdin>", "input is larger than " + std::to_string(max_size) + " bytes");
      }
    }
    return data;
  }
  // O_NONBLOCK: opening a named pipe nobody writes to must not wait for a
  // writer. Reads then block again, and a pipe without a writer reads as
  // empty.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd >= 0) {
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) {
      ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    }
  }
  if (fd < 0) {
    return io_error(path, std::string("cannot open: ") + std::strerror(errno));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    const int e = errno;
    ::close(fd);
    return io_error(path, std::string("cannot stat: ") + std::strerror(e));
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return io_error(path, "is a directory");
  }
  if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > max_size) {
    ::close(fd);
    return io_error(path, "file is larger than " + std::to_string(max_size) + " bytes");
  }
  std::string data;
  if (S_ISREG(st.st_mode)) {
    data.reserve(static_cast<std::size_t>(st.st_size));
  }
  char buf[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      const int e = errno;
      ::close(fd);
      return io_error(path, std::string("cannot read: ") + std::strerror(e));
    }
    if (n == 0) {
      break;
    }
    data.append(buf, static_cast<std::size_t>(n));
    if (data.size() > max_size) {
      ::close(fd);
      return io_error(path, "file is larger than " + std::to_string(max_size) + " bytes");
    }
  }
  ::close(fd);
  return data;
}

bool looks_binary(const std::string& bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 8192);
  std::size_t odd = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) {
      return true;
    }
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
      ++odd;
    }
  }
  return n > 0 && odd * 10 > n;  // more than 10% control bytes
}

namespace {

// The temporary file being written, for the signal handler (async-signal
// safe: a fixed buffer and a flag).
char g_tmp_path[4096];
volatile std::sig_atomic_t g_tmp_active = 0;

void remember_tmp(const std::string& p) {
  g_tmp_active = 0;
  if (p.size() < sizeof g_tmp_path) {
    std::memcpy(g_tmp_path, p.c_str(), p.size() + 1);
    g_tmp_active = 1;
  }
}

extern "C" void on_interrupt(int sig) {
  if (g_tmp_active != 0) {
    ::unlink(g_tmp_path);
  }
  static const char msg[] = "crosscheck: interrupted\n";
  [[maybe_unused]] const auto n = ::write(2, msg, sizeof msg - 1);
  ::_exit(128 + sig);
}

}  // namespace

void install_interrupt_handlers() {
  struct sigaction sa {};
  sa.sa_handler = on_interrupt;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

Status write_atomic(const std::string& path, const std::string& bytes) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::random_device rd;
  const fs::path tmp = dir / ("." + target.filename().string() + ".tmp" + std::to_string(rd()));
  remember_tmp(tmp.string());
  struct Forget {
    ~Forget() { g_tmp_active = 0; }
  } forget;
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    return io_error(path, std::string("cannot write: ") + std::strerror(errno));
  }
  std::size_t off = 0;
  while (off < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + off, bytes.size() - off);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      const int e = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      return io_error(path, std::string("cannot write: ") + std::strerror(e));
    }
    off += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const int e = errno;
    ::unlink(tmp.c_str());
    return io_error(path, std::string("cannot write: ") + std::strerror(e));
  }
  if (::rename(tmp.c_str(), target.c_str()) != 0) {
    const int e = errno;
    ::unlink(tmp.c_str());
    return io_error(path, std::string("cannot write: ") + std::strerror(e));
  }
  return Ok{};
}

}  // namespace cc::file
