#include <doctest/doctest.h>

#include <vector>

#include "cli/args.hpp"

using namespace cc::cli;
using cc::Expected;

namespace {

Expected<Args> parse(std::vector<const char*> argv) {
  return parse_args(std::span<char* const>(const_cast<char* const*>(argv.data()), argv.size()),
                    {{"--ref", true}, {"--json", true}, {"--quiet", false}}, "values");
}

}  // namespace


TEST_CASE("cli::args") {
  SUBCASE("values and positionals") {
    const auto a = parse({"--ref", "2017-09-13", "a.txt", "--json=out.json", "-", "--quiet"});
    REQUIRE(a);
    CHECK(*a->get("--ref") == "2017-09-13");
    CHECK(*a->get("--json") == "out.json");
    CHECK(a->has("--quiet"));
    CHECK(a->positional == std::vector<std::string>{"a.txt", "-"});
  }
  SUBCASE("unknown option with a suggestion") {
    const auto a = parse({"--rf", "x"});
    REQUIRE_FALSE(a);
    CHECK(a.error().to_string() ==
          "crosscheck values: unknown option '--rf' (did you mean '--ref'?); see 'crosscheck values --help'");
  }
  SUBCASE("missing value") {
    CHECK(parse({"--ref"}).error().message == "option '--ref' needs a value");
  }
  SUBCASE("value for a flag") {
    CHECK(parse({"--quiet=yes"}).error().message == "option '--quiet' takes no value");
  }
  SUBCASE("-- ends options") {
    const auto a = parse({"--", "--ref"});
    REQUIRE(a);
    CHECK(a->positional == std::vector<std::string>{"--ref"});
  }
  SUBCASE("help") { CHECK(parse({"-h"})->help); }
  SUBCASE("did you mean") {
    CHECK(did_you_mean("chek", {"check", "extract"}) == "check");
    CHECK(did_you_mean("zzzzzz", {"check", "extract"}).empty());
  }
}
