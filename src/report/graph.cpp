#include "report/graph.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>

#include "util/hash.hpp"
#include "util/utf8.hpp"

namespace cc::report {

namespace {

// Graphviz reports errors through a callback: keep the last one.
std::string& last_error() {
  static std::string e;
  return e;
}

int on_error(char* message) {
  std::string m = message == nullptr ? "" : message;
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) {
    m.pop_back();
  }
  last_error() = m;
  return 0;
}

// One gvc context for the process: created on first use, freed at exit.
GVC_t* context() {
  static std::unique_ptr<GVC_t, int (*)(GVC_t*)> ctx(nullptr, gvFreeContext);
  static std::once_flag once;
  std::call_once(once, [] {
    agseterrf(on_error);
    agseterr(AGERR);  // warnings are not errors
    ctx.reset(gvContext());
  });
  return ctx.get();
}

// Object IDs in creation order. cgraph's default IDs for named objects are
// the addresses of their interned names, and it orders subgraphs by ID: the
// clusters came out in an order that changed with the heap's history. This
// discipline numbers every object, named or not, from a per-graph counter
// and keeps the names itself, so the same findings always give the same DOT
// and SVG. (Declining names instead leaves them in cgraph's internal map,
// whose entries for the root graph Graphviz 2.42 never frees.)
struct SequentialIds {
  Agraph_t* root = nullptr;
  IDTYPE next = 1;
  std::unordered_map<std::string, IDTYPE> ids[3];  // per object type: graph, node, edge
  // Names as cgraph strings (agstrdup): its writer reads their header to
  // tell HTML-like labels. agclose frees them with the graph's string dict.
  std::unordered_map<IDTYPE, char*> names;
};
void* seq_open(Agraph_t* g, Agdisc_t* /*disc*/) {
  auto* s = new SequentialIds;
  s->root = g;
  return s;
}
long seq_map(void* state, int objtype, char* str, IDTYPE* id, int createflag) {
  auto* s = static_cast<SequentialIds*>(state);
  if (str == nullptr) {
    *id = s->next;
    s->next += 2;
    return 1;
  }
  auto& table = s->ids[objtype == AGRAPH ? 0 : objtype == AGNODE ? 1 : 2];
  if (const auto it = table.find(str); it != table.end()) {
    *id = it->second;
    return 1;
  }
  if (createflag == 0) {
    return 0;
  }
  *id = s->next;
  s->next += 2;
  table.emplace(str, *id);
  s->names.emplace(*id, agstrdup(s->root, str));
  return 1;
}
long seq_alloc(void* /*state*/, int /*objtype*/, IDTYPE /*request*/) { return 0; }
void seq_free(void* /*state*/, int /*objtype*/, IDTYPE /*id*/) {}
char* seq_print(void* state, int /*objtype*/, IDTYPE id) {
  auto* s = static_cast<SequentialIds*>(state);
  const auto it = s->names.find(id);
  return it == s->names.end() ? nullptr : it->second;
}
void seq_close(void* state) { delete static_cast<SequentialIds*>(state); }
void seq_register(void* /*state*/, int /*objtype*/, void* /*obj*/) {}
Agiddisc_t g_sequential_ids = {seq_open, seq_map, seq_alloc, seq_free, seq_print, seq_close, seq_register};
Agdisc_t g_disc = {&AgMemDisc, &g_sequential_ids, &AgIoDisc};

// RAII for a graph.
struct GraphPtr {
  Agraph_t* g;
  explicit GraphPtr(const char* name) : g(agopen(const_cast<char*>(name), Agdirected, &g_disc)) {}
  ~GraphPtr() {
    if (g != nullptr) {
      agclose(g);
    }
  }
  GraphPtr(const GraphPtr&) = delete;
  GraphPtr& operator=(const GraphPtr&) = delete;
};

void set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

Agnode_t* node(Agraph_t* g, const std::string& name) { return agnode(g, const_cast<char*>(name.c_str()), 1); }

Agedge_t* edge(Agraph_t* g, Agnode_t* a, Agnode_t* b) { return agedge(g, a, b, nullptr, 1); }

std::string dot_of(Agraph_t* g) {
  char* buf = nullptr;
  std::size_t len = 0;
  FILE* f = open_memstream(&buf, &len);
  if (f == nullptr) {
    return {};
  }
  agwrite(g, f);
  std::fclose(f);
  std::string out(buf, len);
  std::free(buf);
  return out;
}

Expected<Rendered> render(Agraph_t* g, const std::string& what) {
  Rendered r;
  r.dot = dot_of(g);
  GVC_t* gvc = context();
  if (gvc == nullptr) {
    return Error{what, "Graphviz could not start (is the graphviz package installed?)", 3};
  }
  last_error().clear();
  if (gvLayout(gvc, g, "dot") != 0) {
    return Error{what, "Graphviz layout failed: " + (last_error().empty() ? std::string("unknown error") : last_error()),
                 3};
  }
  char* data = nullptr;
  unsigned int len = 0;
  const int rc = gvRenderData(gvc, g, "svg", &data, &len);
  if (rc != 0 || data == nullptr) {
    gvFreeLayout(gvc, g);
    return Error{what, "Graphviz could not render SVG: " +
                           (last_error().empty() ? std::string("no svg renderer plugin") : last_error()),
                 3};
  }
  r.svg.assign(data, len);
  gvFreeRenderData(data);
  gvFreeLayout(gvc, g);
  return r;
}

const nlohmann::json& arr(const nlohmann::json& j, const char* key) {
  static const nlohmann::json k_empty = nlohmann::json::array();
  const auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : k_empty;
}

std::string str(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

struct Index {
  std::map<std::string, const nlohmann::json*> docs;
  std::map<std::string, const nlohmann::json*> claims;
  explicit Index(const nlohmann::json& run) {
    for (const auto& d : arr(run, "documents")) {
      docs[str(d, "id")] = &d;
    }
    for (const auto& c : arr(run, "claims")) {
      claims[str(c, "id")] = &c;
    }
  }
  const nlohmann::json* doc_of(const nlohmann::json& claim) const {
    const auto it = docs.find(str(claim, "document"));
    return it == docs.end() ? nullptr : it->second;
  }
};

std::string source_label(const nlohmann::json& doc) {
  std::string outlet = str(doc, "outlet");
  if (outlet.empty()) {
    outlet = str(doc, "file");
  }
  const std::string date = str(doc, "published");
  return label_text(outlet, 40) + (date.empty() ? "" : "\\n" + label_text(date, 12));
}

std::string value_label(const nlohmann::json& claim) {
  const auto& v = claim.at("value");
  std::string shown = str(v, "type") == "status" ? str(v, "text") : str(v, "display");
  if (shown.empty()) {
    shown = str(v, "text");
  }
  return shown;
}

struct Style {
  const char* color;
  const char* style;
  const char* penwidth;
  const char* label;
};

Style style_of(const std::string& kind) {
  if (kind == "contradiction") {
    return {"#c62828", "bold", "3", "contradicts"};
  }
  if (kind == "update") {
    return {"#1565c0", "dashed", "1.5", "updated"};
  }
  if (kind == "partial_agreement") {
    return {"#7cb342", "solid", "1.5", "partly agrees"};
  }
  if (kind == "scope_differs") {
    return {"#9e9e9e", "dotted", "1", "scope differs"};
  }
  return {"#2e7d32", "solid", "2", "agrees"};
}

void graph_defaults(Agraph_t* g) {
  agattr(g, AGRAPH, const_cast<char*>("rankdir"), const_cast<char*>("LR"));
  agattr(g, AGRAPH, const_cast<char*>("fontname"), const_cast<char*>("Helvetica"));
  agattr(g, AGRAPH, const_cast<char*>("fontsize"), const_cast<char*>("11"));
  agattr(g, AGRAPH, const_cast<char*>("nodesep"), const_cast<char*>("0.25"));
  agattr(g, AGRAPH, const_cast<char*>("ranksep"), const_cast<char*>("0.6"));
  agattr(g, AGNODE, const_cast<char*>("fontname"), const_cast<char*>("Helvetica"));
  agattr(g, AGNODE, const_cast<char*>("fontsize"), const_cast<char*>("10"));
  agattr(g, AGNODE, const_cast<char*>("shape"), const_cast<char*>("box"));
  agattr(g, AGNODE, const_cast<char*>("style"), const_cast<char*>("rounded,filled"));
  agattr(g, AGNODE, const_cast<char*>("fillcolor"), const_cast<char*>("#ffffff"));
  agattr(g, AGNODE, const_cast<char*>("color"), const_cast<char*>("#616161"));
  agattr(g, AGNODE, const_cast<char*>("label"), const_cast<char*>("\\N"));
  agattr(g, AGEDGE, const_cast<char*>("fontname"), const_cast<char*>("Helvetica"));
  agattr(g, AGEDGE, const_cast<char*>("fontsize"), const_cast<char*>("9"));
  agattr(g, AGEDGE, const_cast<char*>("color"), const_cast<char*>("#9e9e9e"));
  agattr(g, AGEDGE, const_cast<char*>("style"), const_cast<char*>("solid"));
  agattr(g, AGEDGE, const_cast<char*>("penwidth"), const_cast<char*>("1"));
  agattr(g, AGEDGE, const_cast<char*>("label"), const_cast<char*>(""));
  agattr(g, AGEDGE, const_cast<char*>("dir"), const_cast<char*>("forward"));
}

Agnode_t* source_node(Agraph_t* g, const nlohmann::json& doc) {
  Agnode_t* n = node(g, "source_" + str(doc, "id"));
  set(n, "label", source_label(doc));
  set(n, "shape", "note");
  set(n, "style", "filled");
  set(n, "fillcolor", "#eceff1");
  return n;
}

// "The Bell" and "Bell" are one origin.
std::string origin_key(const std::string& name) {
  std::string k;
  for (const char c : name) {
    k += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (k.rfind("the ", 0) == 0) {
    k = k.substr(4);
  }
  return k;
}

Agnode_t* origin_node(Agraph_t* g, const std::string& name) {
  Agnode_t* n = node(g, "origin_" + hash::short_id(origin_key(name), 10));
  set(n, "label", label_text(name, 40));
  set(n, "shape", "cylinder");
  set(n, "style", "filled");
  set(n, "fillcolor", "#fff8e1");
  return n;
}

void legend(Agraph_t* g) {
  Agraph_t* lg = agsubg(g, const_cast<char*>("cluster_legend"), 1);
  set(lg, "label", "Legend");
  set(lg, "style", "rounded");
  set(lg, "color", "#bdbdbd");
  const char* kinds[] = {"agreement", "partial_agreement", "update", "contradiction"};
  for (const char* k : kinds) {
    const Style st = style_of(k);
    Agnode_t* a = node(lg, std::string("legend_") + k + "_a");
    Agnode_t* b = node(lg, std::string("legend_") + k + "_b");
    for (Agnode_t* n : {a, b}) {
      set(n, "label", "");
      set(n, "shape", "point");
      set(n, "width", "0.08");
    }
    Agedge_t* e = edge(lg, a, b);
    set(e, "color", st.color);
    set(e, "style", st.style);
    set(e, "penwidth", st.penwidth);
    set(e, "label", st.label);
  }
  Agnode_t* s = node(lg, "legend_source");
  set(s, "label", "source (outlet, date)");
  set(s, "shape", "note");
  set(s, "style", "filled");
  set(s, "fillcolor", "#eceff1");
  Agnode_t* o = node(lg, "legend_origin");
  set(o, "label", "origin it cites");
  set(o, "shape", "cylinder");
  set(o, "style", "filled");
  set(o, "fillcolor", "#fff8e1");
}

}  // namespace

std::string label_text(std::string_view text, std::size_t max) {
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t n = c < 0x80 ? 1 : utf8::sequence_length(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      ++chars;
      continue;
    }
    if (chars >= max) {
      out += "\xE2\x80\xA6";
      break;
    }
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      out += "\xEF\xBF\xBD";
    } else if (n == 3 && c == 0xE2 &&
               ((static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                 (static_cast<unsigned char>(text[i + 2]) == 0x8E || static_cast<unsigned char>(text[i + 2]) == 0x8F ||
                  (static_cast<unsigned char>(text[i + 2]) >= 0xAA && static_cast<unsigned char>(text[i + 2]) <= 0xAE))) ||
                (static_cast<unsigned char>(text[i + 1]) == 0x81 && static_cast<unsigned char>(text[i + 2]) >= 0xA6 &&
                 static_cast<unsigned char>(text[i + 2]) <= 0xA9))) {
      // bidi controls: shown, never obeyed
      char buf[16];
      const unsigned cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                          (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
      std::snprintf(buf, sizeof buf, "[U+%04X]", cp);
      out += buf;
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
    ++chars;
  }
  return out;
}

Expected<Rendered> overview(const nlohmann::json& run, const GraphOptions& options) {
  const Index ix(run);
  GraphPtr gp("evidence");
  Agraph_t* g = gp.g;
  graph_defaults(g);
  set(g, "label", "Evidence overview");
  set(g, "labelloc", "t");
  // Findings to draw: contradictions first, capped.
  std::vector<const nlohmann::json*> chosen;
  std::size_t skipped = 0;
  const auto findings = arr(run, "findings");
  for (const char* kind : {"contradiction", "update", "partial_agreement", "agreement", "scope_differs"}) {
    for (const auto& f : findings) {
      if (str(f, "kind") != kind || (std::string(kind) == "scope_differs" && !options.include_scope)) {
        continue;
      }
      if (chosen.size() < options.max_findings) {
        chosen.push_back(&f);
      } else {
        ++skipped;
      }
    }
  }
  std::map<std::string, Agraph_t*> clusters;
  std::set<std::string> drawn_sources;
  std::set<std::string> drawn_origins;
  // A readable name per subject key: the longest capitalized surface any
  // claim used ("Acme Lab", not "it").
  std::map<std::string, std::string> names;
  for (const auto& c : arr(run, "claims")) {
    const auto& subj = c.at("subject");
    const std::string key = str(subj, "key");
    const std::string surface = str(subj, "surface");
    auto& best = names[key];
    const bool capital = !surface.empty() && surface[0] >= 'A' && surface[0] <= 'Z';
    const bool best_capital = !best.empty() && best[0] >= 'A' && best[0] <= 'Z';
    if (best.empty() || (capital && (!best_capital || surface.size() > best.size()))) {
      best = surface.empty() ? key : surface;
    }
  }
  const auto cluster_for = [&](const nlohmann::json& claim) {
    const std::string subject = names[str(claim.at("subject"), "key")];
    const std::string key = str(claim.at("subject"), "key") + "|" + str(claim, "attribute");
    auto it = clusters.find(key);
    if (it == clusters.end()) {
      Agraph_t* sg = agsubg(g, const_cast<char*>(("cluster_" + hash::short_id(key, 10)).c_str()), 1);
      set(sg, "label", label_text(subject, 40) + " \xC2\xB7 " + label_text(str(claim, "attribute"), 30));
      set(sg, "style", "rounded,dashed");
      set(sg, "color", "#90a4ae");
      it = clusters.emplace(key, sg).first;
    }
    return it->second;
  };
  // A node for a set of claims saying the same thing (one side of a finding).
  const auto side_node = [&](const std::vector<std::string>& ids, const std::string& name) -> Agnode_t* {
    const nlohmann::json* first = nullptr;
    for (const auto& id : ids) {
      if (const auto it = ix.claims.find(id); it != ix.claims.end()) {
        first = it->second;
        break;
      }
    }
    if (first == nullptr) {
      return nullptr;
    }
    Agraph_t* sg = cluster_for(*first);
    Agnode_t* n = node(sg, name);
    std::string lbl = label_text(value_label(*first), 40);
    if (ids.size() > 1) {
      lbl += "\\n(" + std::to_string(ids.size()) + " reports)";
    }
    set(n, "label", lbl);
    for (const auto& id : ids) {
      const auto it = ix.claims.find(id);
      if (it == ix.claims.end()) {
        continue;
      }
      const nlohmann::json* doc = ix.doc_of(*it->second);
      if (doc == nullptr) {
        continue;
      }
      Agnode_t* s = source_node(g, *doc);
      drawn_sources.insert(str(*doc, "id"));
      Agedge_t* e = edge(g, s, n);
      set(e, "color", "#b0bec5");
      set(e, "arrowsize", "0.5");
      const std::string origin = str(it->second->value("attribution", nlohmann::json::object()), "origin_name");
      if (!origin.empty()) {
        Agnode_t* o = origin_node(g, origin);
        drawn_origins.insert(origin);
        Agedge_t* ce = edge(g, s, o);
        set(ce, "style", "dashed");
        set(ce, "color", "#ffb300");
        set(ce, "label", "cites");
      }
    }
    return n;
  };
  for (const auto* f : chosen) {
    const std::string kind = str(*f, "kind");
    const std::string fid = str(*f, "id");
    std::vector<std::vector<std::string>> sides;
    if (f->contains("sides")) {
      sides = (*f)["sides"].get<std::vector<std::vector<std::string>>>();
    } else if (kind == "agreement" || kind == "partial_agreement") {
      sides.push_back((*f)["claims"].get<std::vector<std::string>>());
    } else {
      for (const auto& c : (*f)["claims"]) {
        sides.push_back({c.get<std::string>()});
      }
    }
    if (sides.size() == 1) {
      // agreements collapse into one node
      Agnode_t* n = side_node(sides[0], "finding_" + fid);
      if (n != nullptr) {
        const Style st = style_of(kind);
        set(n, "color", st.color);
        set(n, "penwidth", "2");
        set(n, "tooltip", label_text(str(*f, "explanation"), 300));
      }
      continue;
    }
    Agnode_t* a = side_node(sides[0], "finding_" + fid + "_a");
    Agnode_t* b = side_node(sides[1], "finding_" + fid + "_b");
    if (a == nullptr || b == nullptr) {
      continue;
    }
    const Style st = style_of(kind);
    Agedge_t* e = edge(g, a, b);
    set(e, "color", st.color);
    set(e, "style", st.style);
    set(e, "penwidth", st.penwidth);
    set(e, "label", st.label);
    set(e, "dir", "none");
    set(e, "tooltip", label_text(str(*f, "explanation"), 300));
  }
  if (skipped > 0) {
    Agnode_t* more = node(g, "more_findings");
    set(more, "label", std::to_string(skipped) + " more findings (see the list)");
    set(more, "shape", "plaintext");
    set(more, "style", "");
  }
  if (chosen.empty()) {
    Agnode_t* none = node(g, "no_findings");
    set(none, "label", "no findings");
    set(none, "shape", "plaintext");
    set(none, "style", "");
  }
  legend(g);
  return render(g, "evidence graph");
}

Expected<Rendered> finding_graph(const nlohmann::json& run, const nlohmann::json& finding) {
  const Index ix(run);
  GraphPtr gp("finding");
  Agraph_t* g = gp.g;
  graph_defaults(g);
  const std::string kind = str(finding, "kind");
  const Style st = style_of(kind);
  set(g, "label", label_text(kind, 30) + ": " + label_text(str(finding, "explanation"), 90));
  set(g, "labelloc", "t");
  std::vector<Agnode_t*> nodes;
  std::vector<int> side_of;
  std::vector<std::vector<std::string>> sides;
  if (finding.contains("sides")) {
    sides = finding["sides"].get<std::vector<std::vector<std::string>>>();
  } else {
    sides.push_back(finding["claims"].get<std::vector<std::string>>());
  }
  for (std::size_t s = 0; s < sides.size(); ++s) {
    for (const auto& id : sides[s]) {
      const auto it = ix.claims.find(id);
      if (it == ix.claims.end()) {
        continue;
      }
      const auto& c = *it->second;
      Agnode_t* n = node(g, "claim_" + id);
      const std::string quote = str(c, "text");
      set(n, "label", label_text(value_label(c), 40) + "\\n\xE2\x80\x9C" + label_text(quote, 60) + "\xE2\x80\x9D");
      set(n, "tooltip", label_text(str(c, "quote").empty() ? quote : str(c, "quote"), 400));
      nodes.push_back(n);
      side_of.push_back(static_cast<int>(s));
      if (const nlohmann::json* doc = ix.doc_of(c)) {
        Agnode_t* src = source_node(g, *doc);
        Agedge_t* e = edge(g, src, n);
        set(e, "label", "asserts");
        set(e, "color", "#90a4ae");
        const std::string origin = str(c.value("attribution", nlohmann::json::object()), "origin_name");
        if (!origin.empty()) {
          Agedge_t* ce = edge(g, src, origin_node(g, origin));
          set(ce, "style", "dashed");
          set(ce, "color", "#ffb300");
          set(ce, "label", "cites");
        }
      }
    }
  }
  // claims related by the finding
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    for (std::size_t j = i + 1; j < nodes.size(); ++j) {
      const bool across = sides.size() > 1 && side_of[i] != side_of[j];
      const bool same_side_agreement = sides.size() == 1 || side_of[i] == side_of[j];
      if (!across && !same_side_agreement) {
        continue;
      }
      if (!across && j != i + 1) {
        continue;  // a chain is enough for claims that agree
      }
      const Style es = across ? st : style_of("agreement");
      Agedge_t* e = edge(g, nodes[i], nodes[j]);
      set(e, "color", es.color);
      set(e, "style", es.style);
      set(e, "penwidth", es.penwidth);
      set(e, "label", es.label);
      set(e, "dir", "none");
    }
  }
  return render(g, "finding graph " + str(finding, "id"));
}

Expected<Rendered> citation_graph(const nlohmann::json& run) {
  GraphPtr gp("citations");
  Agraph_t* g = gp.g;
  graph_defaults(g);
  set(g, "label", "Who cites whom");
  set(g, "labelloc", "t");
  const Index ix(run);
  std::set<std::pair<std::string, std::string>> done;
  for (const auto& d : arr(run, "documents")) {
    source_node(g, d);
  }
  for (const auto& c : arr(run, "claims")) {
    const std::string origin = str(c.value("attribution", nlohmann::json::object()), "origin_name");
    const nlohmann::json* doc = ix.doc_of(c);
    if (origin.empty() || doc == nullptr || !done.insert({str(*doc, "id"), origin}).second) {
      continue;
    }
    Agedge_t* e = edge(g, source_node(g, *doc), origin_node(g, origin));
    set(e, "style", "dashed");
    set(e, "color", "#ffb300");
    set(e, "label", "cites");
  }
  // documents that are copies of one another
  std::map<std::string, std::vector<std::string>> by_copy;
  for (const auto& d : arr(run, "documents")) {
    if (d.contains("copy_of")) {
      Agedge_t* e = edge(g, node(g, "source_" + str(d, "id")), node(g, "source_" + str(d, "copy_of")));
      set(e, "label", "same text as");
      set(e, "color", "#8e24aa");
      set(e, "style", "dotted");
    }
  }
  return render(g, "citation graph");
}

}  // namespace cc::report
