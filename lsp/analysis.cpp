// Loading a document through the frontend and the obligation generator, and the step
// states (see analysis.hpp).
#include "lsp/analysis.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>

#include "prover/generator.hpp"

namespace tlapx::lsp {

Analysis::Analysis(std::string uri, int version, std::string path, std::string text,
                   const std::vector<std::string>& includeDirs)
    : uri_(std::move(uri)), version_(version), path_(std::move(path)), frontend_(FrontendOptions{includeDirs}) {
  const Module* root = frontend_.loadText(path_, std::move(text));
  for (FileId id = 1; id < frontend_.sources().size(); ++id) {
    if (frontend_.sources().file(id).path == path_) {
      fileId_ = id;
      break;
    }
  }
  if (root == nullptr || frontend_.diagnostics().hasErrors()) return;
  root_ = root;
  generated_ = prover::generateObligations(*root_);
  steps_ = ProofSteps(*root_, file(), generated_);
  states_.resize(generated_.obligations.size());
}

bool Analysis::dependenciesChanged() const {
  const SourceManager& sources = frontend_.sources();
  std::set<std::string> seen{path_};  // the document itself comes from the editor
  for (FileId id = 1; id < sources.size(); ++id) {
    const SourceFile& f = sources.file(id);
    // A file's further modules are registered again as blanked copies: its first entry is its text.
    if (!seen.insert(f.path).second || f.path.starts_with("<builtin>/")) continue;
    std::ifstream in(f.path, std::ios::binary);
    if (!in || std::string(std::istreambuf_iterator<char>(in), {}) != f.text) return true;
  }
  return false;
}

void Analysis::settle(const check::ObligationOutcome& outcome) {
  ObligationState& state = states_.at(outcome.obligation->id - 1);
  state.status = statusOf(outcome.verdict);
  state.outcome = outcome;
}

std::vector<ProofStatus> Analysis::stepStatuses() const {
  const auto& steps = steps_.all();
  std::vector<ProofStatus> result(steps.size(), ProofStatus::Proved);
  for (std::size_t i = steps.size(); i-- > 0;) {  // sub-steps come after their parents
    for (const std::size_t o : steps[i].obligations) result[i] = std::min(result[i], states_[o].status);
    for (const std::size_t s : steps[i].subSteps) result[i] = std::min(result[i], result[s]);
  }
  return result;
}

}  // namespace tlapx::lsp
