// tlapx entry point: global flags (--version, --help) and subcommand dispatch.
#include <exception>
#include <iostream>
#include <string>

#include "backends/solver_versions.hpp"
#include "cache/sqlite_version.hpp"
#include "cli/commands.hpp"
#include "cli/version.hpp"

int main(int argc, char** argv) {
  using namespace tlapx::cli;
  CLI::App app{"tlapx: a proof checker for TLA+ hierarchical proofs (TLAPS-compatible)"};
  app.require_subcommand(0, 1);
  app.footer("Run `tlapx SUBCOMMAND --help` for the flags of one subcommand.");
  bool showVersion = false;
  app.add_flag("--version", showVersion, "Print the versions of tlapx and its solvers");

  CommandResult result;
  for (int i = 0; i < argc; ++i) result.commandLine += (i == 0 ? "" : " ") + std::string(argv[i]);
  addParseCommand(app, result);
  addCheckCommand(app, result);
  addStatusCommand(app, result);
  addCacheCommand(app, result);
  addProveCommand(app, result);
  addObligationsCommand(app, result);
  addDepsCommand(app, result);
  addLspCommand(app, result);

  try {
    app.parse(argc, argv);  // runs the chosen subcommand's callback
    if (showVersion) {
      std::cout << "tlapx " << TLAPX_VERSION << " (Z3 " << tlapx::z3Version() << ", cvc5 "
                << tlapx::cvc5Version() << ", SQLite " << tlapx::sqliteVersion() << ")\n";
      return kExitOk;
    }
    if (app.get_subcommands().empty()) {
      std::cout << app.help();
      return kExitUsage;
    }
    return result.exitCode;
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "tlapx: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
}
