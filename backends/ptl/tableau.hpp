// The decision procedure of the PTL backend: satisfiability of a propositional LTL
// formula over infinite words, under invariants and rigid atoms, by the symbolic tableau
// of Clarke, Grumberg and Hamaguchi ("Another look at LTL model checking", CAV 1994) and a
// fair-cycle search (Emerson-Lei fixpoint) on BDDs. Complete and terminating; the BDD
// budget (bdd.hpp) bounds the work.
#pragma once

#include <vector>

#include "backends/ptl/bdd.hpp"
#include "backends/ptl/ltl.hpp"

namespace tlapx::ptl {

struct TemporalProblem {
  LtlStore store;
  FormulaId initial = 0;                // holds at the first position
  std::vector<FormulaId> invariants;    // hold at every position
  std::vector<bool> rigid;              // per atom index: the same value at every position
};

// Whether some infinite word satisfies `initial` at position 0, every invariant at every
// position, and keeps every rigid atom constant. Throws BddLimitExceeded when `bdd` runs
// out of budget.
bool satisfiable(const TemporalProblem& problem, Bdd& bdd);

}  // namespace tlapx::ptl
