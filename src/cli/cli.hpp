// Command-line entry point: the subcommand table, usage, exit codes.
#pragma once

#include <span>
#include <string>

namespace cc::cli {

// Runs crosscheck with the given arguments (argv[0] is the program name) and
// returns the process exit code (cli/exit_codes.hpp). Never throws.
int run(int argc, char** argv);

// --- Subcommands (one file each) ---

int cmd_values(std::span<char* const> args);
int cmd_extract(std::span<char* const> args);
int cmd_check(std::span<char* const> args);
int cmd_report(std::span<char* const> args);
int cmd_ingest(std::span<char* const> args);
int cmd_reconcile(std::span<char* const> args);
int cmd_review(std::span<char* const> args);
int cmd_export(std::span<char* const> args);

}  // namespace cc::cli
