// `tlapx lsp --stdio [--log-io] [--log-to=FILE] [-j N] [--stretch F]`: the language server
// for vscode-tlaplus's TLAPS mode (`tlaplus.tlaps.lspServerCommand: ["tlapx", "lsp"]`; the
// client appends --stdio). Speaks LSP on stdin/stdout; logs to stderr or FILE.
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.hpp"
#include "cli/version.hpp"
#include "lsp/server.hpp"

namespace tlapx::cli {

namespace {

struct LspOptions {
  bool stdio = false;
  bool logIo = false;
  std::string logTo;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  double stretch = 1.0;
};

int runLsp(const LspOptions& options) {
  std::ofstream logFile;
  if (!options.logTo.empty()) {
    logFile.open(options.logTo, std::ios::app);
    if (!logFile) {
      std::cerr << "tlapx: error: cannot open log file " << options.logTo << "\n";
      return kExitUsage;
    }
  }
  std::ostream& log = options.logTo.empty() ? std::cerr : logFile;
  std::ios::sync_with_stdio(false);
  lsp::Transport transport(std::cin, std::cout, &log, options.logIo);
  lsp::Server server(transport, lsp::ServerOptions{TLAPX_VERSION, {options.threads, options.stretch}});
  return server.run();
}

}  // namespace

void addLspCommand(CLI::App& app, CommandResult& result) {
  auto options = std::make_shared<LspOptions>();
  CLI::App* cmd = app.add_subcommand("lsp", "Run the language server for editors (LSP over stdin/stdout)");
  cmd->add_flag("--stdio", options->stdio, "Speak LSP on stdin/stdout (the only transport; the default)");
  cmd->add_flag("--log-io", options->logIo, "Log every message in and out");
  cmd->add_option("--log-to", options->logTo, "Append the log to this file instead of stderr");
  cmd->add_option("-j,--threads", options->threads, "Worker threads (default: the number of cores)")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_option("--stretch", options->stretch, "Multiply every proof budget by this factor")
      ->check(CLI::PositiveNumber);
  cmd->callback([options, &result] { result.exitCode = runLsp(*options); });
}

}  // namespace tlapx::cli
