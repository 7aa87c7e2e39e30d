// The proof steps of a module as the editor marks them: the module itself, each theorem,
// each module-level USE/HIDE, and every step of every proof down to QED (submodules too),
// in source order, parents before their sub-steps. Each step knows its head range (from
// its start to the end of its statement), its full range (with its proof), what kind of
// proof it has, its direct sub-steps, and the obligations whose proof it is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "frontend/ast.hpp"
#include "prover/obligation_sink.hpp"

namespace tlapx::lsp {

enum class StepKind : std::uint8_t { Module, Structured, Leaf, Omitted };
const char* stepKindName(StepKind kind);  // "module", "struct", "leaf", "omitted" (vscode-tlaplus)

struct Step {
  StepKind kind = StepKind::Leaf;
  SourceRange head;
  SourceRange full;
  std::vector<std::size_t> subSteps;     // indices into ProofSteps::all()
  std::vector<std::size_t> obligations;  // indices into the generated obligations
};

class ProofSteps {
 public:
  ProofSteps() = default;
  ProofSteps(const Module& root, const SourceFile& file, const prover::GeneratedObligations& generated);

  const std::vector<Step>& all() const { return steps_; }  // [0] is the module (when any)
  // The deepest step whose lines include `line` (1-based); none outside every theorem.
  std::optional<std::size_t> deepestAt(std::uint32_t line) const;

 private:
  std::size_t addModule(const Module& module);
  std::size_t addTheorem(const Decl& theorem);
  std::size_t addStep(const ProofStep& step);
  std::size_t add(StepKind kind, SourceRange full, const Proof* proof, SourceLoc statementEnd);
  void addProofSteps(std::size_t parent, const Proof* proof);

  const SourceFile* file_ = nullptr;
  std::vector<Step> steps_;
};

}  // namespace tlapx::lsp
