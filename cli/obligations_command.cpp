// `tlapx obligations FILE [-I DIR] [--line N] [--json]`: the proof obligations of a module
// with TLAPS semantics: id, position, kind, requested method and the sequent.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "check/checker.hpp"
#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "prover/generator.hpp"
#include "prover/obligation_text.hpp"

namespace tlapx::cli {

namespace {

struct ObligationsOptions {
  std::string file;
  std::vector<std::string> includeDirs;
  std::optional<unsigned> line;
  bool json = false;
  bool summaryOnly = false;
};

std::string position(const SourceManager& sources, const SourceLoc& loc) {
  const std::string file = loc.file != 0 ? sources.file(loc.file).path : std::string("?");
  return file + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.col);
}

nlohmann::json summaryOf(const std::vector<const Obligation*>& obligations) {
  nlohmann::json summary = {{"total", obligations.size()}, {"main", 0},    {"support", 0},
                            {"trivial", 0},                {"omitted", 0}, {"missing", 0},
                            {"ptl", 0}};
  for (const Obligation* ob : obligations) {
    summary[prover::kindName(ob->kind)] = summary[prover::kindName(ob->kind)].get<int>() + 1;
    if (ob->method.method == Method::Ptl && ob->kind == ObligationKind::Main)
      summary["ptl"] = summary["ptl"].get<int>() + 1;
  }
  return summary;
}

int runObligations(const ObligationsOptions& options) {
  Frontend frontend(FrontendOptions{options.includeDirs});
  const Module* module = loadChecked(frontend, options.file);
  if (module == nullptr) return kExitFrontendErrors;
  const prover::GeneratedObligations generated = prover::generateObligations(*module);
  if (!generationSucceeded(frontend, generated)) return kExitFrontendErrors;

  std::vector<const Obligation*> selected;
  for (std::size_t i = 0; i < generated.obligations.size(); ++i) {
    const Obligation& ob = generated.obligations[i];
    const check::LineRegion region{options.line.value_or(0), options.line.value_or(0)};
    if (!options.line || region.meets(ob.range) || region.meets(generated.info[i].stepRange)) selected.push_back(&ob);
  }
  const SourceManager& sources = frontend.sources();
  if (options.json) {
    nlohmann::json records = nlohmann::json::array();
    for (const Obligation* ob : selected) {
      const SourceLoc& at = ob->range.begin;
      records.push_back({{"id", ob->id},
                         {"file", at.file != 0 ? sources.file(at.file).path : std::string()},
                         {"line", at.line},
                         {"col", at.col},
                         {"kind", prover::kindName(ob->kind)},
                         {"method", prover::methodName(ob->method.method)},
                         {"pragma", ob->method.pragma},
                         {"fingerprint", ob->fingerprint},
                         {"text", prover::sequentText(*ob)}});
    }
    nlohmann::json out = {{"module", module->name}, {"summary", summaryOf(selected)}, {"obligations", records}};
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  for (const Obligation* ob : options.summaryOnly ? std::vector<const Obligation*>{} : selected) {
    std::cout << "obligation " << ob->id << " at " << position(sources, ob->range.begin) << ": "
              << prover::kindName(ob->kind) << ", method " << prover::methodText(ob->method) << "\n";
    std::string text = prover::sequentText(*ob);
    std::string indented = "  ";
    for (char c : text) {
      indented += c;
      if (c == '\n') indented += "  ";
    }
    std::cout << indented << "\n\n";
  }
  const nlohmann::json summary = summaryOf(selected);
  std::cout << summary["total"] << " obligations: " << summary["trivial"] << " trivial, " << summary["main"]
            << " main (" << summary["ptl"] << " PTL), " << summary["support"] << " support, " << summary["omitted"]
            << " omitted, " << summary["missing"] << " missing\n";
  return kExitOk;
}

}  // namespace

void addObligationsCommand(CLI::App& app, CommandResult& result) {
  auto options = std::make_shared<ObligationsOptions>();
  CLI::App* cmd = app.add_subcommand("obligations", "Print the proof obligations of a TLA+ module");
  cmd->add_option("file", options->file, "TLA+ file")->required()->check(CLI::ExistingFile);
  addIncludeOption(*cmd, options->includeDirs);
  cmd->add_option("--line", options->line, "Only the obligations of the proof or step at this line");
  cmd->add_flag("--json", options->json, "Print a JSON summary and one record per obligation");
  cmd->add_flag("--summary", options->summaryOnly, "Print only the counts (text output)");
  cmd->callback([options, &result] { result.exitCode = runObligations(*options); });
}

}  // namespace tlapx::cli
