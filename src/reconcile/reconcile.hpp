// The reconciler: compares claims across sources and labels each match as
// an agreement, a partial agreement, an update over time, a contradiction
// (or a difference of scope), with a one-line explanation and a count of
// independent sources. See docs/reconcile.md for the rules.
#pragma once

#include <string>
#include <vector>

#include "core/claim.hpp"
#include "lexicon/gazetteer.hpp"

namespace cc::reconcile {

// What the reconciler needs to know about each document.
struct DocInfo {
  std::string id;
  std::string outlet;
  std::string published;      // ISO text, may be partial or empty
  std::string text;           // cleaned text, for near-duplicate detection
};

struct Options {
  // Point values agree within this relative tolerance ("$13.7 billion"
  // against "$13.68bn").
  double rounding = 0.005;
  // Shingle similarity above which two documents are copies of one source.
  double copy_similarity = 0.6;
  // Context similarity below which two claims are not the same claim (no
  // contradiction is flagged).
  double min_context = 0.15;
  // Also report "scope_differs" for look-alikes not compared.
  bool scope_findings = true;
};

struct Result {
  std::vector<Finding> findings;
  // Per claim (same order as the input): the index of its independent
  // source in `sources` ("origin:bell", "origin:fortune").
  std::vector<int> source_of;
  std::vector<std::string> sources;
  // Per document: the copy cluster it belongs to (documents sharing a
  // cluster are one source).
  std::vector<int> copy_cluster;
};

// --- Interface ---

// Reconciles `claims` (from the documents `docs`). Near-linear in the
// number of claims: claims are grouped by hashed keys, and only claims in
// one group are compared. Never fails.
Result reconcile(const std::vector<DocInfo>& docs, const std::vector<Claim>& claims, const lexicon::Gazetteer& gaz,
                 const Options& options = {});

// Status stages in order: considering < planned < announced < in progress
// < done; cancelled is apart (-1). Unknown statuses give -2.
int status_stage(const std::string& status);

}  // namespace cc::reconcile
