// `tlapx prove FILE [-I DIR] [--line N] [--stretch X]`: an internal driver for the
// backends: generates the obligations of a module and runs the Main and Support ones
// sequentially through the default chain (PTL ones through the PTL backend), printing
// one line per obligation and a summary. `tlapx check` (scheduler, cache) supersedes it.
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "backends/backend.hpp"
#include "backends/ptl/ptl_backend.hpp"
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "prover/generator.hpp"

namespace tlapx::cli {

namespace {

struct ProveOptions {
  std::string file;
  std::vector<std::string> includeDirs;
  std::optional<unsigned> line;
  double stretch = 1.0;
  SolverChoice solvers = SolverChoice::Portfolio;
};

int runProve(const ProveOptions& options) {
  Frontend frontend(FrontendOptions{options.includeDirs});
  const Module* module = loadChecked(frontend, options.file);
  if (module == nullptr) return kExitFrontendErrors;
  const prover::GeneratedObligations generated = prover::generateObligations(*module);
  if (!generationSucceeded(frontend, generated)) return kExitFrontendErrors;
  std::unique_ptr<Backend> backend = makeDefaultBackend(options.solvers);
  std::unique_ptr<Backend> ptl = makePtlBackend();
  Budget budget;
  budget.stretch = options.stretch;
  std::size_t proved = 0, failed = 0;
  for (const Obligation& ob : generated.obligations) {
    const SourceLoc& at = ob.range.begin;
    if (options.line && (at.line > *options.line || std::max(at.line, ob.range.end.line) < *options.line)) {
      continue;
    }
    if (ob.kind != ObligationKind::Main && ob.kind != ObligationKind::Support) continue;
    std::cout << "obligation " << ob.id << " at line " << at.line << ": ";
    const ProofResult r = (ob.method.method == Method::Ptl ? ptl : backend)->prove(ob, budget);
    std::cout << statusName(r.status) << " by " << r.backend << " in " << std::fixed
              << std::setprecision(3) << r.seconds << "s, rlimit " << r.rlimitUsed;
    if (!r.reason.empty()) std::cout << " (" << r.reason << ")";
    if (!r.note.empty()) std::cout << " [" << r.note << "]";
    std::cout << "\n";
    if (!r.counterModel.empty()) std::cout << "  counter-model:\n" << r.counterModel;
    (r.status == ProofResult::Proved ? proved : failed)++;
  }
  std::cout << proved << " proved, " << failed << " not proved\n";
  return failed == 0 ? kExitOk : kExitFailed;
}

}  // namespace

void addProveCommand(CLI::App& app, CommandResult& result) {
  auto options = std::make_shared<ProveOptions>();
  CLI::App* cmd = app.add_subcommand("prove", "Prove the obligations of a module with the backends, one by one");
  cmd->add_option("file", options->file, "TLA+ file")->required()->check(CLI::ExistingFile);
  addIncludeOption(*cmd, options->includeDirs);
  cmd->add_option("--line", options->line, "Only the obligations at this line");
  cmd->add_option("--stretch", options->stretch, "Multiply every budget by this factor");
  addSolverOption(*cmd, options->solvers);
  cmd->callback([options, &result] { result.exitCode = runProve(*options); });
}

}  // namespace tlapx::cli
