// Shared subcommand flags and module loading (see common_options.hpp).
#include "cli/common_options.hpp"

#include <map>

#include <iostream>

namespace tlapx::cli {

void addIncludeOption(CLI::App& cmd, std::vector<std::string>& includeDirs) {
  cmd.add_option("-I,--include", includeDirs, "Add a folder to the module search path")
      ->check(CLI::ExistingDirectory)
      ->allow_extra_args(false);  // `-I DIR FILE...`: -I takes exactly one folder
}

void addSolverOption(CLI::App& cmd, SolverChoice& solvers) {
  static const std::map<std::string, SolverChoice> kNames{
      {"portfolio", SolverChoice::Portfolio}, {"z3", SolverChoice::Z3}, {"cvc5", SolverChoice::Cvc5}};
  cmd.add_option_function<std::string>(
         "--solver", [&solvers](const std::string& name) { solvers = kNames.at(name); },
         "SMT solvers: portfolio (Z3, then cvc5; the default), z3 or cvc5 alone")
      ->transform(CLI::IsMember(std::vector<std::string>{"portfolio", "z3", "cvc5"}, CLI::ignore_case))
      ->option_text("portfolio|z3|cvc5");
}

const Module* loadChecked(Frontend& frontend, const std::string& file) {
  const Module* module = frontend.load(file);
  std::cerr << frontend.diagnostics().renderAll();
  if (module == nullptr || frontend.diagnostics().hasErrors()) return nullptr;
  return module;
}

bool generationSucceeded(const Frontend& frontend, const prover::GeneratedObligations& generated) {
  if (generated.errors.empty()) return true;
  Diagnostics diagnostics(frontend.sources());
  for (const auto& e : generated.errors) diagnostics.error(e.loc, e.message);
  std::cerr << diagnostics.renderAll();
  return false;
}

}  // namespace tlapx::cli
