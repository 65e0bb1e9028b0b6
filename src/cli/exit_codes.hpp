// Process exit codes (documented in docs/manual.md, "Exit codes").
#pragma once

namespace cc::cli {

enum ExitCode : int {
  k_exit_ok = 0,              // success; for check: no contradiction found
  k_exit_discrepancies = 1,   // check/reconcile: at least one contradiction
  k_exit_input_error = 2,     // usage error or bad input (file, manifest, grammar)
  k_exit_internal_error = 3,  // a bug or an environment failure (out of memory, disk full)
  k_exit_database_error = 4,  // the database could not be opened or is from a newer version
  k_exit_interrupted = 130,   // SIGINT
};

}  // namespace cc::cli
