// `tlapx deps FILE [-I DIR] [--impact NAME]`: the dependency graph of a module: module
// order and recursive definition groups, or the obligations whose fingerprint depends
// on the definition NAME.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "prover/dependency_graph.hpp"
#include "prover/generator.hpp"
#include "prover/obligation_text.hpp"

namespace tlapx::cli {

namespace {

struct DepsOptions {
  std::string file;
  std::vector<std::string> includeDirs;
  std::string impact;
};

int runDeps(const DepsOptions& options) {
  Frontend frontend(FrontendOptions{options.includeDirs});
  const Module* module = loadChecked(frontend, options.file);
  if (module == nullptr) return kExitFrontendErrors;
  const prover::GeneratedObligations generated = prover::generateObligations(*module);
  const prover::DependencyGraph graph(*module, generated);

  if (options.impact.empty()) {
    std::cout << "module order:";
    for (const Module* m : graph.moduleOrder()) std::cout << " " << m->name;
    std::cout << "\n";
    for (const auto& cycle : graph.definitionCycles()) {
      std::cout << "recursive:";
      for (const auto& name : cycle) std::cout << " " << name;
      std::cout << "\n";
    }
    return kExitOk;
  }
  const auto ids = graph.obligationsDependingOn(options.impact);
  for (std::uint32_t id : ids) {
    const Obligation& ob = generated.obligations.at(id - 1);
    const SourceLoc& at = ob.range.begin;
    std::cout << "obligation " << id << " at "
              << (at.file != 0 ? frontend.sources().file(at.file).path : std::string("?")) << ":" << at.line
              << ":" << at.col << ": " << prover::kindName(ob.kind) << " " << ob.fingerprint << "\n";
  }
  std::cout << ids.size() << " obligations depend on " << options.impact << "\n";
  return kExitOk;
}

}  // namespace

void addDepsCommand(CLI::App& app, CommandResult& result) {
  auto options = std::make_shared<DepsOptions>();
  CLI::App* cmd = app.add_subcommand("deps", "Show the dependency graph of a TLA+ module's proofs");
  cmd->add_option("file", options->file, "TLA+ file")->required()->check(CLI::ExistingFile);
  addIncludeOption(*cmd, options->includeDirs);
  cmd->add_option("--impact", options->impact,
                  "List the obligations whose fingerprint depends on this definition (Op or I!Op)");
  cmd->callback([options, &result] { result.exitCode = runDeps(*options); });
}

}  // namespace tlapx::cli
