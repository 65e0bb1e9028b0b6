#include <doctest/doctest.h>

#include "report/graph.hpp"
#include "report/html.hpp"
#include "report/terminal.hpp"

using namespace cc;

TEST_CASE("report::escaping") {
  SUBCASE("graph labels show text exactly: backslashes doubled, controls replaced, bidi visible") {
    CHECK(report::label_text("a\\N \"q\" <b>") == "a\\\\N \"q\" <b>");
    CHECK(report::label_text("x\x01y") == "x\xEF\xBF\xBDy");
    CHECK(report::label_text("a\xE2\x80\xAE" "b") == "a[U+202E]b");
    CHECK(report::label_text("abcdef", 3) == "abc\xE2\x80\xA6");
  }
  SUBCASE("html text and attributes") {
    CHECK(report::html_escape("<script>\"'&") == "&lt;script&gt;&quot;&#39;&amp;");
    CHECK(report::html_escape("a\xE2\x80\x8F" "b").find("[U+200F]") != std::string::npos);
    CHECK(report::html_escape("bad\xFF") == "bad\xEF\xBF\xBD");
  }
  SUBCASE("only http and https links") {
    CHECK(report::safe_url("https://example.com/a?b=1"));
    CHECK(report::safe_url("http://example.com"));
    CHECK_FALSE(report::safe_url("javascript:alert(1)"));
    CHECK_FALSE(report::safe_url("https://example.com/\"onmouseover=x"));
    CHECK_FALSE(report::safe_url("data:text/html,x"));
  }
}

TEST_CASE("report::graphs render in process") {
  const nlohmann::json run = nlohmann::json::parse(R"({
    "documents": [{"id": "a", "file": "a.txt", "outlet": "Out \"A\" <x>", "published": "2024-01-01"},
                  {"id": "b", "file": "b.txt", "outlet": "B\\N", "published": "2024-01-02"}],
    "claims": [
      {"id": "c1", "document": "a", "text": "10", "quote": "It has 10 staff.", "span": [7, 9], "sentence": [0, 16],
       "attribute": "employees", "subject": {"key": "acme", "surface": "Acme"},
       "value": {"type": "quantity", "display": "10 staff"}, "attribution": {"origin_name": "Wire {x}"}},
      {"id": "c2", "document": "b", "text": "12", "quote": "It has 12 staff.", "span": [7, 9], "sentence": [0, 16],
       "attribute": "employees", "subject": {"key": "acme", "surface": "Acme"},
       "value": {"type": "quantity", "display": "12 staff"}, "attribution": {}}],
    "findings": [{"id": "f1", "kind": "contradiction", "claims": ["c1", "c2"], "explanation": "10 vs 12 <b>",
                  "sources": {"independent": 2}, "confidence": 0.9, "sides": [["c1"], ["c2"]]}]})");
  auto g = report::overview(run);
  REQUIRE(g);
  CHECK(g->svg.find("<svg") != std::string::npos);
  CHECK(g->dot.find("cluster_legend") != std::string::npos);
  CHECK(g->dot.find("B\\\\N") != std::string::npos);
  CHECK(g->svg.find("Out &quot;A&quot; &lt;x&gt;") != std::string::npos);
  auto f = report::finding_graph(run, run["findings"][0]);
  REQUIRE(f);
  CHECK(f->svg.find("contradicts") != std::string::npos);
  report::HtmlInputs in;
  in.run = &run;
  in.overview_svg = g->svg;
  const std::string html = report::html_report(in);
  CHECK(html.find("<mark>10</mark>") != std::string::npos);
  CHECK(html.find("10 vs 12 &lt;b&gt;") != std::string::npos);
  CHECK(html.find("Content-Security-Policy") != std::string::npos);
  const std::string term = report::terminal_summary(run, false);
  CHECK(term.find("1 contradictions") != std::string::npos);
  CHECK(term.find("\x1b[") == std::string::npos);
  CHECK(report::terminal_summary(run, true).find("\x1b[1;31m") != std::string::npos);
}
