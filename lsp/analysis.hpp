// One version of an open document, analysed at once (the frontend takes milliseconds):
// its modules and diagnostics, its obligations when it has no errors, its proof steps,
// and what is known of each obligation. Everything but the obligation states is fixed
// at construction; the states change under the server's lock.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check/checker.hpp"
#include "frontend/frontend.hpp"
#include "lsp/proof_status.hpp"
#include "lsp/proof_steps.hpp"
#include "prover/obligation_sink.hpp"

namespace tlapx::lsp {

struct ObligationState {
  ProofStatus status = ProofStatus::Pending;
  std::optional<check::ObligationOutcome> outcome;  // the latest verdict (cache or run)
};

class Analysis {
 public:
  Analysis(std::string uri, int version, std::string path, std::string text,
           const std::vector<std::string>& includeDirs);
  Analysis(const Analysis&) = delete;
  Analysis& operator=(const Analysis&) = delete;

  const std::string& uri() const { return uri_; }
  int version() const { return version_; }
  const std::string& path() const { return path_; }
  const Module* root() const { return root_; }  // null when the document has errors
  const SourceFile& file() const { return frontend_.sources().file(fileId_); }
  const Frontend& frontend() const { return frontend_; }
  const prover::GeneratedObligations& generated() const { return generated_; }
  const ProofSteps& steps() const { return steps_; }
  const std::vector<ObligationState>& states() const { return states_; }

  // Whether a module file the analysis read from disk (one the document EXTENDs or
  // INSTANCEs) reads differently now: its obligations may no longer mean what the file
  // says, so proving them would prove something stale.
  bool dependenciesChanged() const;

  // Records a verdict on one of this document's obligations.
  void settle(const check::ObligationOutcome& outcome);
  void setStatus(std::size_t obligation, ProofStatus status) { states_.at(obligation).status = status; }
  // Each step's state: the least of its obligations' and sub-steps' (proved when empty).
  std::vector<ProofStatus> stepStatuses() const;

 private:
  std::string uri_;
  int version_;
  std::string path_;
  Frontend frontend_;
  FileId fileId_ = 0;
  const Module* root_ = nullptr;
  prover::GeneratedObligations generated_;
  ProofSteps steps_;
  std::vector<ObligationState> states_;
};

}  // namespace tlapx::lsp
