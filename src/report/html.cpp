#include "report/html.hpp"

#include <algorithm>
#include <cstdio>

#include "util/hash.hpp"
#include "util/utf8.hpp"

namespace cc::report {

namespace {

const nlohmann::json& arr(const nlohmann::json& j, const char* key) {
  static const nlohmann::json k_empty = nlohmann::json::array();
  const auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : k_empty;
}

std::string str(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string base64(const unsigned char* data, std::size_t n) {
  static const char* k_chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < n; i += 3) {
    const unsigned v = (static_cast<unsigned>(data[i]) << 16) | (i + 1 < n ? static_cast<unsigned>(data[i + 1]) << 8 : 0u) |
                       (i + 2 < n ? static_cast<unsigned>(data[i + 2]) : 0u);
    out += k_chars[(v >> 18) & 63];
    out += k_chars[(v >> 12) & 63];
    out += i + 1 < n ? k_chars[(v >> 6) & 63] : '=';
    out += i + 2 < n ? k_chars[v & 63] : '=';
  }
  return out;
}

std::string sha256_base64(const std::string& s) {
  const std::string hex = hash::sha256_hex(s);
  unsigned char raw[32];
  for (int i = 0; i < 32; ++i) {
    raw[i] = static_cast<unsigned char>(std::stoi(hex.substr(static_cast<std::size_t>(i) * 2, 2), nullptr, 16));
  }
  return base64(raw, 32);
}

constexpr const char* k_style = R"(
:root { --ink:#1f2933; --muted:#616e7c; --line:#d9e2ec; --bg:#f5f7fa; --red:#c62828; --green:#2e7d32;
        --lime:#7cb342; --blue:#1565c0; --grey:#9e9e9e; }
* { box-sizing: border-box; }
body { font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); margin: 0;
       background: var(--bg); }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 24px; }
h1 { margin: 0 0 4px; font-size: 26px; }
h2 { margin-top: 32px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.muted { color: var(--muted); }
table.summary { border-collapse: collapse; margin: 8px 0; }
table.summary td, table.summary th { padding: 4px 14px 4px 0; text-align: left; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; color: #fff;
         font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.k-contradiction .badge, .badge.k-contradiction { background: var(--red); }
.k-agreement .badge, .badge.k-agreement { background: var(--green); }
.k-partial_agreement .badge, .badge.k-partial_agreement { background: var(--lime); }
.k-update .badge, .badge.k-update { background: var(--blue); }
.k-scope_differs .badge, .badge.k-scope_differs { background: var(--grey); }
article.finding { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--grey);
                  border-radius: 6px; padding: 12px 16px; margin: 14px 0; }
article.k-contradiction { border-left-color: var(--red); }
article.k-agreement { border-left-color: var(--green); }
article.k-partial_agreement { border-left-color: var(--lime); }
article.k-update { border-left-color: var(--blue); }
article.finding h3 { margin: 0 0 6px; font-size: 16px; }
ul.quotes { list-style: none; padding: 0; margin: 8px 0; }
ul.quotes li { margin: 6px 0; padding-left: 10px; border-left: 3px solid var(--line); }
ul.quotes li.side-b { border-left-color: #ef9a9a; }
q { quotes: "\201C" "\201D"; }
mark { background: #ffe082; padding: 0 2px; border-radius: 2px; }
.meta { font-size: 13px; color: var(--muted); }
.bidi { background: #fce4ec; color: #ad1457; font-size: 11px; padding: 0 2px; border-radius: 2px; }
details summary { cursor: pointer; color: var(--blue); font-size: 14px; }
.graph { overflow: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
.graph svg { max-width: 100%; height: auto; }
table.claims { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
table.claims td, table.claims th { border-bottom: 1px solid var(--line); padding: 4px 6px; vertical-align: top;
                                   text-align: left; }
.filters { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.filters label { margin-right: 12px; font-size: 14px; }
.status { font-size: 12px; border: 1px solid var(--line); border-radius: 10px; padding: 0 8px; }
.hidden { display: none; }
footer { padding: 24px 20px 40px; font-size: 13px; color: var(--muted); }
)";

// Filters findings by kind and review status. Pinned by hash in the CSP.
constexpr const char* k_script = R"(
(function () {
  var boxes = document.querySelectorAll('.filters input[type=checkbox]');
  function apply() {
    var on = {};
    for (var i = 0; i < boxes.length; i++) { on[boxes[i].value] = boxes[i].checked; }
    var items = document.querySelectorAll('article.finding');
    for (var j = 0; j < items.length; j++) {
      var a = items[j];
      var show = on[a.getAttribute('data-kind')] !== false && on['status-' + a.getAttribute('data-status')] !== false;
      a.classList.toggle('hidden', !show);
    }
  }
  for (var k = 0; k < boxes.length; k++) { boxes[k].addEventListener('change', apply); }
  var f = document.querySelector('.filters');
  if (f) { f.classList.remove('hidden'); }
})();
)";

std::string kind_name(const std::string& kind) {
  if (kind == "partial_agreement") {
    return "partial agreement";
  }
  if (kind == "scope_differs") {
    return "scope differs";
  }
  return kind;
}

}  // namespace

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\n':
        case '\t': out += ' '; break;
        case '\r': break;
        default:
          if (c < 0x20 || c == 0x7F) {
            out += "\xEF\xBF\xBD";
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    const std::size_t n = utf8::sequence_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (n == 3 && c == 0xE2) {
      const auto b1 = static_cast<unsigned char>(s[i + 1]);
      const auto b2 = static_cast<unsigned char>(s[i + 2]);
      const bool bidi = (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) ||
                        (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9);
      if (bidi) {
        char buf[64];
        const unsigned cp = ((c & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
        std::snprintf(buf, sizeof buf, "<span class=\"bidi\" title=\"bidi control\">[U+%04X]</span>", cp);
        out += buf;
        i += n;
        continue;
      }
    }
    if (n == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      out += "\xEF\xBF\xBD";  // C1 controls
      i += n;
      continue;
    }
    out.append(s.substr(i, n));
    i += n;
  }
  return out;
}

bool safe_url(std::string_view url) {
  const bool scheme = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
  if (!scheme || url.size() > 2048) {
    return false;
  }
  return std::none_of(url.begin(), url.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`';
  });
}

std::string inline_svg(const std::string& svg) {
  const auto p = svg.find("<svg");
  return p == std::string::npos ? std::string() : svg.substr(p);
}

std::string html_report(const HtmlInputs& in) {
  const nlohmann::json& run = *in.run;
  std::map<std::string, const nlohmann::json*> docs;
  std::map<std::string, const nlohmann::json*> claims;
  for (const auto& d : arr(run, "documents")) {
    docs[str(d, "id")] = &d;
  }
  for (const auto& c : arr(run, "claims")) {
    claims[str(c, "id")] = &c;
  }
  const auto findings = arr(run, "findings");
  std::map<std::string, int> counts;
  std::map<std::string, int> statuses;
  for (const auto& f : findings) {
    ++counts[str(f, "kind")];
    ++statuses[f.contains("review") ? str(f["review"], "status") : "open"];
  }
  const std::string script_hash = sha256_base64(k_script);
  std::string h;
  h.reserve(1 << 20);
  h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
       "img-src data:; script-src 'sha256-" +
       script_hash + "'; base-uri 'none'; form-action 'none'\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<meta name=\"referrer\" content=\"no-referrer\">\n";
  const std::string story = str(run, "story");
  h += "<title>" + html_escape(in.title) + (story.empty() ? "" : ": " + html_escape(story)) + "</title>\n";
  h += "<style>" + std::string(k_style) + "</style>\n</head>\n<body>\n";
  h += "<header><h1>" + html_escape(in.title) + "</h1>";
  if (!story.empty()) {
    h += "<p class=\"muted\">" + html_escape(story) + "</p>";
  }
  h += "</header>\n<main>\n";
  // Summary
  h += "<section id=\"summary\"><h2>Summary</h2><table class=\"summary\">";
  h += "<tr><th>Documents</th><td>" + std::to_string(docs.size()) + "</td></tr>";
  h += "<tr><th>Claims</th><td>" + std::to_string(claims.size()) + "</td></tr>";
  for (const char* k : {"contradiction", "update", "partial_agreement", "agreement", "scope_differs"}) {
    h += "<tr><th><span class=\"badge k-" + std::string(k) + "\">" + kind_name(k) + "</span></th><td>" +
         std::to_string(counts[k]) + "</td></tr>";
  }
  h += "</table>";
  h += "<div class=\"graph\" id=\"overview\">" + inline_svg(in.overview_svg) + "</div></section>\n";
  // Filters (shown by the script; without it every finding is visible)
  h += "<section id=\"findings\"><h2>Findings</h2>\n<div class=\"filters hidden\">Show: ";
  for (const char* k : {"contradiction", "update", "partial_agreement", "agreement", "scope_differs"}) {
    h += "<label><input type=\"checkbox\" value=\"" + std::string(k) + "\" checked> " + kind_name(k) + "</label>";
  }
  h += " &nbsp; Status: ";
  for (const char* s : {"open", "confirmed", "dismissed", "stale"}) {
    h += "<label><input type=\"checkbox\" value=\"status-" + std::string(s) + "\" checked> " + s + "</label>";
  }
  h += "</div>\n";
  if (findings.empty()) {
    h += "<p class=\"muted\">No findings.</p>";
  }
  for (const auto& f : findings) {
    const std::string kind = str(f, "kind");
    const std::string fid = str(f, "id");
    const std::string status = f.contains("review") ? str(f["review"], "status") : "open";
    h += "<article class=\"finding k-" + html_escape(kind) + "\" id=\"f-" + html_escape(fid) + "\" data-kind=\"" +
         html_escape(kind) + "\" data-status=\"" + html_escape(status) + "\">\n";
    h += "<h3><span class=\"badge\">" + html_escape(kind_name(kind)) + "</span> " +
         html_escape(str(f, "explanation")) + "</h3>\n";
    const int independent = f.value("sources", nlohmann::json::object()).value("independent", 0);
    char conf[32];
    std::snprintf(conf, sizeof conf, "%.2f", f.value("confidence", 0.0));
    h += "<p class=\"meta\">" + std::to_string(independent) + " independent source" + (independent == 1 ? "" : "s") +
         " &middot; confidence " + conf + " &middot; <span class=\"status\">" + html_escape(status) + "</span> &middot; id " +
         html_escape(fid) + "</p>\n";
    if (f.contains("review")) {
      for (const auto& n : arr(f["review"], "notes")) {
        h += "<p class=\"meta\">Note by " + html_escape(str(n, "by")) + ": " + html_escape(str(n, "text")) + "</p>\n";
      }
    }
    std::vector<std::string> side_b;
    if (f.contains("sides") && f["sides"].size() == 2) {
      side_b = f["sides"][1].get<std::vector<std::string>>();
    }
    h += "<ul class=\"quotes\">\n";
    for (const auto& cid_json : arr(f, "claims")) {
      const std::string cid = cid_json.get<std::string>();
      const auto it = claims.find(cid);
      if (it == claims.end()) {
        continue;
      }
      const auto& c = *it->second;
      const bool b = std::find(side_b.begin(), side_b.end(), cid) != side_b.end();
      h += b ? "<li class=\"side-b\">" : "<li>";
      const std::string quote = str(c, "quote");
      const auto span = c.value("span", std::vector<std::size_t>{0, 0});
      const auto sent = c.value("sentence", std::vector<std::size_t>{0, 0});
      if (!quote.empty() && span.size() == 2 && sent.size() == 2 && span[0] >= sent[0] && span[1] <= sent[0] + quote.size()) {
        const std::size_t a = span[0] - sent[0];
        const std::size_t e = span[1] - sent[0];
        h += "<q>" + html_escape(quote.substr(0, a)) + "<mark>" + html_escape(quote.substr(a, e - a)) + "</mark>" +
             html_escape(quote.substr(e)) + "</q>";
      } else {
        h += "<q><mark>" + html_escape(str(c, "text")) + "</mark></q>";
      }
      const auto d = docs.find(str(c, "document"));
      h += "<br><span class=\"meta\">";
      if (d != docs.end()) {
        const auto& doc = *d->second;
        const std::string outlet = str(doc, "outlet").empty() ? str(doc, "file") : str(doc, "outlet");
        h += html_escape(outlet);
        if (!str(doc, "published").empty()) {
          h += ", " + html_escape(str(doc, "published"));
        }
        const std::string url = str(doc, "url");
        if (safe_url(url)) {
          h += " &middot; <a href=\"" + html_escape(url) + "\" rel=\"noopener noreferrer nofollow\">link</a>";
        }
      }
      const std::string origin = str(c.value("attribution", nlohmann::json::object()), "origin_name");
      if (!origin.empty()) {
        h += " &middot; cites " + html_escape(origin);
      }
      h += " &middot; " + html_escape(str(c.value("value", nlohmann::json::object()), "display")) + "</span></li>\n";
    }
    h += "</ul>\n";
    if (const auto it = in.finding_svgs.find(fid); it != in.finding_svgs.end()) {
      h += "<details><summary>Evidence graph</summary><div class=\"graph\">" + inline_svg(it->second) +
           "</div></details>\n";
    }
    h += "</article>\n";
  }
  h += "</section>\n";
  // Claims per document
  h += "<section id=\"documents\"><h2>Claims per document</h2>\n";
  for (const auto& d : arr(run, "documents")) {
    const std::string id = str(d, "id");
    const std::string outlet = str(d, "outlet").empty() ? str(d, "file") : str(d, "outlet");
    h += "<h3 id=\"d-" + html_escape(id) + "\">" + html_escape(outlet) + " <span class=\"muted\">" +
         html_escape(str(d, "published")) + " &middot; " + html_escape(str(d, "file")) + "</span></h3>\n";
    if (!str(d, "title").empty()) {
      h += "<p class=\"meta\">" + html_escape(str(d, "title")) + "</p>\n";
    }
    h += "<table class=\"claims\"><tr><th>Words</th><th>Subject</th><th>Attribute</th><th>Value</th><th>Certainty</th></tr>\n";
    for (const auto& c : arr(run, "claims")) {
      if (str(c, "document") != id) {
        continue;
      }
      const auto& subj = c.value("subject", nlohmann::json::object());
      h += "<tr><td>" + html_escape(str(c, "text")) + "</td><td>" +
           html_escape(str(subj, "surface").empty() ? str(subj, "key") : str(subj, "surface")) + "</td><td>" +
           html_escape(str(c, "attribute")) + "</td><td>" +
           html_escape(str(c.value("value", nlohmann::json::object()), "display")) + "</td><td>" +
           html_escape(str(c, "certainty")) + "</td></tr>\n";
    }
    h += "</table>\n";
  }
  h += "</section>\n";
  h += "<section id=\"citations\"><h2>Citations</h2><div class=\"graph\">" + inline_svg(in.citation_svg) +
       "</div></section>\n";
  h += "</main>\n<footer>Generated by crosscheck. Offsets, claims and findings: findings.json.</footer>\n";
  h += "<script>" + std::string(k_script) + "</script>\n</body>\n</html>\n";
  return h;
}

}  // namespace cc::report
