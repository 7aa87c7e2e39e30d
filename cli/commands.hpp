// Subcommand registration: each subcommand adds itself to the CLI11 app and returns
// the exit code of its run through the shared `CommandResult`.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace tlapx::cli {

// Exit codes shared by all subcommands (see README "Exit codes").
enum ExitCode : int {
  kExitOk = 0,
  kExitFrontendErrors = 1,  // `parse`: some file did not parse or resolve
  kExitUsage = 2,           // bad command line, or (for `check`) parse errors
  kExitInternal = 3,
  kExitFailed = 10,         // `check`: some obligation failed
  kExitIncomplete = 11,     // `check`: omitted or missing proofs (`status`: or unchecked)
  kExitEmptyTarget = 12,    // `check --strict`: --line/--from/--to selected no obligation
  kExitInterrupted = 130,   // `check`: interrupted (Ctrl-C) before every obligation was checked
};

struct CommandResult {
  int exitCode = kExitOk;
  std::string commandLine;  // as typed, for reports
};

void addParseCommand(CLI::App& app, CommandResult& result);
void addCheckCommand(CLI::App& app, CommandResult& result);
void addStatusCommand(CLI::App& app, CommandResult& result);
void addCacheCommand(CLI::App& app, CommandResult& result);
void addProveCommand(CLI::App& app, CommandResult& result);
void addObligationsCommand(CLI::App& app, CommandResult& result);
void addDepsCommand(CLI::App& app, CommandResult& result);
void addLspCommand(CLI::App& app, CommandResult& result);

}  // namespace tlapx::cli
