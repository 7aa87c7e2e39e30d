// Flags and steps shared by the subcommands: the module search path (-I), loading a file
// through the frontend and generating its obligations, with diagnostics printed to stderr.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "backends/backend.hpp"
#include "frontend/frontend.hpp"
#include "prover/obligation_sink.hpp"

namespace tlapx::cli {

// `-I,--include DIR` (repeatable): folders searched for EXTENDS/INSTANCE modules.
void addIncludeOption(CLI::App& cmd, std::vector<std::string>& includeDirs);

// `--solver portfolio|z3|cvc5`: the SMT solvers of the default chain.
void addSolverOption(CLI::App& cmd, SolverChoice& solvers);

// Loads `file` (printing the frontend's diagnostics to stderr); null when it could not be
// loaded or has errors.
const Module* loadChecked(Frontend& frontend, const std::string& file);

// Prints the located errors found while generating `generated` (a malformed budget
// pragma, ...) to stderr; false when there were any.
bool generationSucceeded(const Frontend& frontend, const prover::GeneratedObligations& generated);

}  // namespace tlapx::cli
