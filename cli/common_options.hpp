// Flags and steps shared by the subcommands: the module search path (-I) and loading a
// file through the frontend with its diagnostics printed to stderr.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "frontend/frontend.hpp"

namespace tlapx::cli {

// `-I,--include DIR` (repeatable): folders searched for EXTENDS/INSTANCE modules.
void addIncludeOption(CLI::App& cmd, std::vector<std::string>& includeDirs);

// Loads `file` (printing the frontend's diagnostics to stderr); null when it could not be
// loaded or has errors.
const Module* loadChecked(Frontend& frontend, const std::string& file);

}  // namespace tlapx::cli
