#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "corpus/manifest.hpp"

using namespace cc;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("corpus::manifest") {
  SUBCASE("the sample corpus") {
    const auto m = corpus::read_manifest(CROSSCHECK_SOURCE_DIR "/claims/kaspersky");
    REQUIRE(m);
    CHECK(m->documents.size() == 5);
    CHECK(m->documents[0].outlet == "The Moscow Times");
    CHECK(m->documents[2].published == "2017-12");
    CHECK(m->documents[1].author == "David Meyer");
  }
  SUBCASE("only file is required; unknown fields are ignored") {
    write("c1/corpus.json", R"({"documents": [{"file": "a.txt", "extra": [1, 2]}]})");
    const auto m = corpus::read_manifest("c1");
    REQUIRE(m);
    CHECK(m->documents[0].outlet.empty());
    CHECK(m->documents[0].path == "c1/a.txt");
  }
  SUBCASE("missing manifest") {
    const auto m = corpus::read_manifest("nowhere");
    REQUIRE_FALSE(m);
    CHECK(m.error().to_string() == "nowhere/corpus.json: cannot open: No such file or directory");
  }
  SUBCASE("syntax error gives line and column") {
    write("c2/corpus.json", "{\n  \"documents\": [\n    {\"file\": \"a.txt\",}\n  ]\n}\n");
    const auto m = corpus::read_manifest("c2");
    REQUIRE_FALSE(m);
    CHECK(m.error().where == "c2/corpus.json:3:22");
  }
  SUBCASE("wrong shapes") {
    write("c3/corpus.json", R"([1, 2])");
    CHECK(corpus::read_manifest("c3").error().message == "expected a JSON object with a \"documents\" array");
    write("c4/corpus.json", R"({"documents": [{"outlet": "x"}]})");
    CHECK(corpus::read_manifest("c4").error().to_string() == "c4/corpus.json: documents[0]: missing \"file\"");
    write("c5/corpus.json", R"({"documents": [{"file": "a.txt", "published": "last week"}]})");
    CHECK(corpus::read_manifest("c5").error().message ==
          "\"published\" must be YYYY-MM-DD, YYYY-MM or YYYY, not \"last week\"");
  }
  SUBCASE("a file listed twice is refused: it would count as two sources") {
    write("c8/a.txt", "text");
    write("c8/corpus.json", R"({"documents": [{"file": "a.txt"}, {"file": "./a.txt", "outlet": "B"}]})");
    const auto m = corpus::read_manifest("c8");
    REQUIRE_FALSE(m);
    CHECK(m.error().to_string() ==
          "c8/corpus.json: documents[1]: refused: \"./a.txt\" is listed twice (also documents[0])");
  }
  SUBCASE("files outside the corpus are refused") {
    write("c6/corpus.json", R"({"documents": [{"file": "../../etc/passwd"}]})");
    const auto m = corpus::read_manifest("c6");
    REQUIRE_FALSE(m);
    CHECK(m.error().message == "refused: \"../../etc/passwd\" is outside the corpus directory");
    write("c7/corpus.json", R"({"documents": [{"file": "/etc/passwd"}]})");
    CHECK_FALSE(corpus::read_manifest("c7"));
    // a line break in the name (found by fuzzing) stays one line; a long
    // name is cut
    write("c8/corpus.json", R"({"documents": [{"file": "/etc\nx\u0001y"}]})");
    const auto m8 = corpus::read_manifest("c8");
    REQUIRE_FALSE(m8);
    CHECK(m8.error().message == "refused: \"/etc\\nx\\x01y\" is outside the corpus directory");
    write("c9/corpus.json", "{\"documents\": [{\"file\": \"/" + std::string(500, 'a') + "\"}]}");
    const auto m9 = corpus::read_manifest("c9");
    REQUIRE_FALSE(m9);
    CHECK(m9.error().message.size() < 200);
    CHECK(m9.error().message.find("...\" is outside") != std::string::npos);
  }
  SUBCASE("published dates") {
    CHECK(corpus::parse_published("2017-09-12")->granularity == Granularity::day);
    CHECK(corpus::parse_published("2017-12")->granularity == Granularity::month);
    CHECK(corpus::parse_published("2017")->granularity == Granularity::year);
    CHECK_FALSE(corpus::parse_published("Sept 2017"));
  }
}
