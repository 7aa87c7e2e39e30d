// Turns a proof context and goal into an Obligation (expanded hypotheses and goal, opaque
// symbols, method, fingerprint) and collects the obligations of one generation run with
// what each depends on.
#pragma once

#include <vector>

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"
#include "prover/context.hpp"
#include "prover/obligation.hpp"

namespace tlapx::prover {

// What an obligation was generated from, beyond the Obligation contract itself.
struct ObligationInfo {
  SourceRange stepRange;                       // the step or theorem whose proof produced it
  const Decl* theorem = nullptr;               // the enclosing theorem
  std::vector<const Decl*> expandedDefinitions;  // usable definitions whose bodies it contains
};

struct GeneratedObligations {
  std::vector<Obligation> obligations;  // in generation (source) order, ids 1..n
  std::vector<ObligationInfo> info;     // parallel to `obligations`
  // Located errors found while generating (a malformed budget such as SMTT("bad")):
  // the obligations must not be checked when there are any.
  std::vector<Diagnostic> errors;
};

class ObligationSink {
 public:
  // Where the obligations emitted next come from.
  void setOrigin(const Module* module, const Decl* theorem) {
    module_ = module;
    theorem_ = theorem;
  }
  // While muted (proofs of modules other than the requested one) nothing is emitted.
  void setMuted(bool muted) { muted_ = muted; }
  bool muted() const { return muted_; }

  // Emits an obligation proving `goal` in `context`. Trivial obligations carry only the
  // cited statement (no hypotheses): they hold by construction and are never sent.
  void emit(ObligationKind kind, const Context& context, const ExprPtr& goal, SourceRange range,
            SourceRange stepRange);

  // Records a located error (nothing while muted).
  void error(SourceLoc loc, std::string message) {
    if (!muted_) result_.errors.push_back(Diagnostic{Severity::Error, loc, std::move(message)});
  }

  GeneratedObligations take() { return std::move(result_); }

 private:
  const Module* module_ = nullptr;
  const Decl* theorem_ = nullptr;
  bool muted_ = false;
  GeneratedObligations result_;
};

}  // namespace tlapx::prover
