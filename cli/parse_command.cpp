// `tlapx parse FILE... [-I DIR]`: parse and resolve modules, print diagnostics and a summary.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "frontend/frontend.hpp"

namespace tlapx::cli {

namespace {

struct ParseOptions {
  std::vector<std::string> files;
  std::vector<std::string> includeDirs;
};

int runParse(const ParseOptions& options) {
  std::size_t modules = 0;
  std::size_t errors = 0;
  for (const auto& file : options.files) {
    // A fresh frontend per file: unrelated files may hold different modules of the same name.
    Frontend frontend(FrontendOptions{options.includeDirs});
    frontend.load(file);
    modules += frontend.moduleCount();
    errors += frontend.diagnostics().errorCount();
    std::cerr << frontend.diagnostics().renderAll();
  }
  std::cout << "parsed " << modules << " modules, " << errors << " errors\n";
  return errors == 0 ? kExitOk : kExitFrontendErrors;
}

}  // namespace

void addParseCommand(CLI::App& app, CommandResult& result) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* cmd = app.add_subcommand("parse", "Parse and resolve TLA+ modules; report errors");
  cmd->add_option("files", options->files, "TLA+ files")->required()->check(CLI::ExistingFile);
  addIncludeOption(*cmd, options->includeDirs);
  cmd->callback([options, &result] { result.exitCode = runParse(*options); });
}

}  // namespace tlapx::cli
