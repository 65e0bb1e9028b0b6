// A main() for the fuzz targets in ordinary builds: runs the target once on
// every file of the directories (or files) given, so that CI replays the
// seed corpora and past crashers without clang or libFuzzer. Under the
// sanitizer build the replay runs under ASan and UBSan.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "util/file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    std::error_code ec;
    if (fs::is_directory(argv[i], ec)) {
      for (const auto& e : fs::recursive_directory_iterator(argv[i], ec)) {
        if (e.is_regular_file()) {
          files.push_back(e.path());
        }
      }
    } else if (fs::exists(argv[i], ec)) {
      files.emplace_back(argv[i]);
    }
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    auto read = cc::file::read(f.string());
    if (!read) {
      std::fprintf(stderr, "%s\n", read.error().to_string().c_str());
      return 1;
    }
    const std::string& bytes = *read;
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  std::printf("replayed %zu inputs\n", files.size());
  return files.empty() ? 1 : 0;
}
