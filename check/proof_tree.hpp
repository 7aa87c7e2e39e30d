// The proof tree of a module for reports: its theorems (and module-level USE units that
// produce obligations) with their proof steps nested as in the source, each holding the
// obligations generated for it, matched by the step range the generator recorded
// (prover::ObligationInfo::stepRange).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "frontend/ast.hpp"
#include "prover/obligation_sink.hpp"

namespace tlapx::check {

struct ProofNode {
  enum class Kind : std::uint8_t { Theorem, Step, Use };
  Kind kind = Kind::Step;
  std::string name;  // "THEOREM Spec", "LEMMA", "<1>1", "<2>" (unnamed step), "USE"
  SourceRange range;
  const Module* module = nullptr;        // the (sub)module whose text holds it
  std::vector<std::size_t> obligations;  // indices into GeneratedObligations::obligations
  std::vector<ProofNode> children;
};

struct ProofTree {
  std::vector<ProofNode> roots;         // in source order, submodules' after their parent's
  std::vector<std::size_t> unattached;  // obligations whose step range matches no node
};

ProofTree proofTree(const Module& root, const prover::GeneratedObligations& generated);

}  // namespace tlapx::check
