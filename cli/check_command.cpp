// `tlapx check FILE...`: load the modules and check their proofs. Until the prover
// layer lands (issues 4-6) it loads and resolves, and says that no proof was checked.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "frontend/frontend.hpp"

namespace tlapx::cli {

namespace {

struct CheckOptions {
  std::vector<std::string> files;
  std::vector<std::string> includeDirs;
};

int runCheck(const CheckOptions& options) {
  int exitCode = kExitOk;
  for (const auto& file : options.files) {
    Frontend frontend(FrontendOptions{options.includeDirs});
    const Module* module = frontend.load(file);
    std::cerr << frontend.diagnostics().renderAll();
    if (module == nullptr || frontend.diagnostics().hasErrors()) {
      exitCode = kExitUsage;
      continue;
    }
    std::cout << file << ": module " << module->name << " parsed and resolved ("
              << frontend.moduleCount() << " modules); no obligations checked yet: "
              << "the prover is not built\n";
  }
  return exitCode;
}

}  // namespace

void addCheckCommand(CLI::App& app, CommandResult& result) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Check the proofs of TLA+ modules");
  cmd->add_option("files", options->files, "TLA+ files")->required()->check(CLI::ExistingFile);
  addIncludeOption(*cmd, options->includeDirs);
  cmd->callback([options, &result] { result.exitCode = runCheck(*options); });
}

}  // namespace tlapx::cli
