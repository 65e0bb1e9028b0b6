// crosscheck-bench: in-process benchmarks, one core, wall-clock time and
// peak resident memory. Speed is measured here, never in tests.
//
// Usage: crosscheck-bench values FILE...
//
// Prints one line per benchmark: name, input size, seconds, throughput and
// peak RSS, as "key=value" pairs that bench/run turns into
// docs/performance.md.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "corpus/manifest.hpp"
#include "util/file.hpp"
#include "values/scanner.hpp"

namespace {

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

int bench_values(int argc, char** argv) {
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  for (int i = 0; i < argc; ++i) {
    auto t = cc::file::read(argv[i]);
    if (!t) {
      std::fprintf(stderr, "%s\n", t.error().to_string().c_str());
      return 2;
    }
    bytes += t->size();
    texts.push_back(std::move(*t));
  }
  cc::values::ScanOptions opt;
  opt.reference = cc::corpus::parse_published("2020-06-15");
  std::size_t mentions = 0;
  const auto t0 = Clock::now();
  for (const auto& t : texts) {
    mentions += cc::values::scan(t, opt).size();
  }
  const double s = seconds_since(t0);
  const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
  std::printf("bench=values bytes=%zu mentions=%zu seconds=%.3f mb_per_s=%.1f peak_rss_mb=%.0f\n", bytes,
              mentions, s, mb / s, peak_rss_mb());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 3 && std::strcmp(argv[1], "values") == 0) {
    return bench_values(argc - 2, argv + 2);
  }
  std::fputs("usage: crosscheck-bench values FILE...\n", stderr);
  return 2;
}
