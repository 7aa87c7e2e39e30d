// The self-contained HTML report of a check run (`--html FILE`): a header with the command,
// version, date and the options that change verdicts; failures and open proofs at the top,
// linked into the tree; summary tables by obligation kind and by backend; the slowest and
// near-budget obligations; and the proof tree as collapsible steps coloured like the
// vscode-tlaplus proof markers, each with its obligations. Inline CSS and JS, no network.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "check/report.hpp"
#include "frontend/source.hpp"
#include "prover/obligation_sink.hpp"

namespace tlapx::check {

// One checked module with what the report needs beyond its outcomes.
struct HtmlModule {
  const ModuleReport* report = nullptr;
  const Module* module = nullptr;
  const prover::GeneratedObligations* generated = nullptr;
  const SourceManager* sources = nullptr;
};

struct RunDescription {
  std::string command;  // the command line as typed
  std::string version;  // tlapx's
  std::string date;     // when the run started
  std::vector<std::pair<std::string, std::string>> options;  // those that change verdicts
  double stretch = 1.0;                                       // for the share of budget
  int exitCode = 0;
};

// The editor's step status of an obligation's verdict ("proved", "failed", "omitted",
// "missing", "pending"), as in vscode-tlaplus.
const char* markerName(Verdict verdict);

void writeHtml(std::ostream& out, const std::vector<HtmlModule>& modules, const Summary& summary,
               const RunDescription& run);

// Throws std::runtime_error when the file cannot be written.
void writeHtmlFile(const std::filesystem::path& file, const std::vector<HtmlModule>& modules,
                   const Summary& summary, const RunDescription& run);

}  // namespace tlapx::check
