// Evidence graphs built with cgraph and laid out and rendered with gvc, in
// process. Input is the JSON of a check run (documents, claims, findings).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/expected.hpp"

namespace cc::report {

struct Rendered {
  std::string dot;  // the graph in DOT, before layout (no coordinates)
  std::string svg;  // the laid-out SVG
};

struct GraphOptions {
  // The overview shows at most this many findings (contradictions first);
  // the rest are counted in a note, keeping layout time bounded.
  std::size_t max_findings = 40;
  bool include_scope = false;  // also draw "scope_differs" findings
};

// --- Interface ---

// The overview of a corpus: sources, origins they cite, claims (agreeing
// claims collapsed into one node), findings as coloured edges, a cluster
// per subject and attribute, and a legend. Fails with a one-line Error
// when Graphviz cannot lay out or render the graph.
Expected<Rendered> overview(const nlohmann::json& run, const GraphOptions& options = {});

// One graph per finding: its claims with short quotes, their sources and
// the origins those cite.
Expected<Rendered> finding_graph(const nlohmann::json& run, const nlohmann::json& finding);

// The citation graph: which sources cite which origins, and which
// documents are copies of one another.
Expected<Rendered> citation_graph(const nlohmann::json& run);

// Makes `text` safe as a Graphviz label that shows exactly as written:
// backslashes doubled (labels give "\N", "\l" a meaning), control
// characters replaced by U+FFFD, bidi controls shown as "[U+202E]", and
// long text cut at `max` characters with an ellipsis.
std::string label_text(std::string_view text, std::size_t max = 80);

}  // namespace cc::report
