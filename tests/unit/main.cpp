// doctest main: runs every test inside a fresh temporary directory, removed
// on success and kept (and printed) on failure.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::string tmpl = (fs::temp_directory_path() / "crosscheck-unit-XXXXXX").string();
  if (::mkdtemp(tmpl.data()) == nullptr) {
    std::perror("mkdtemp");
    return 3;
  }
  const fs::path old = fs::current_path();
  fs::current_path(tmpl);
  doctest::Context context;
  context.applyCommandLine(argc, argv);
  const int rc = context.run();
  fs::current_path(old);
  if (rc == 0) {
    std::error_code ec;
    fs::remove_all(tmpl, ec);
  } else {
    std::fprintf(stderr, "unit tests failed; work directory kept: %s\n", tmpl.c_str());
  }
  return rc;
}
