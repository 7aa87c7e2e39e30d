// Abstraction of a proof obligation into propositional linear temporal logic, as TLAPS'
// PTL backend does it: boolean and temporal structure is kept, maximal subformulas without
// it become atoms (one per structurally equal expression), a state-level formula primed
// becomes "next" of its atom, constant-level atoms are rigid, and facts established from
// box-closed hypotheses only (holdsAlways) hold at every position. The rules and why each
// is sound are stated in abstraction.cpp.
#pragma once

#include <vector>

#include "backends/ptl/tableau.hpp"
#include "frontend/ast.hpp"
#include "prover/obligation.hpp"

namespace tlapx::ptl {

struct Abstraction {
  // Satisfiable iff the abstracted obligation is NOT valid: the hypotheses and the
  // negated goal.
  TemporalProblem problem;
  std::vector<ExprPtr> atoms;  // atom index -> the expression it stands for
};

// `obligation.goal` must be set.
Abstraction abstractObligation(const Obligation& obligation);

}  // namespace tlapx::ptl
