// The soundness check behind ExpandENABLED: ENABLED A equals \E x1, ..., xn : A[x1' := x1, ...]
// only when every prime of A (after definition expansion) sits on a state variable, is
// visible, and no subterm reads a primed value through something other than its value:
// a nested ENABLED or \cdot, a temporal formula, a hidden action-level definition, or a
// hidden definition that is handed a primed argument and may itself use ENABLED, \cdot or
// primes (ENABLED (x' = 2 /\ F(x' = 1)) with F(p) == ENABLED p is TRUE, whereas
// \E n : n = 2 /\ F(n = 1) is FALSE).
#pragma once

#include <optional>
#include <vector>

#include "frontend/ast.hpp"
#include "prover/state_functions.hpp"

namespace tlapx::prover {

class EnabledPrimes {
 public:
  // The state variables primed in the expanded action, in order of first occurrence, or
  // nullopt when ENABLED of it must stay opaque.
  std::optional<std::vector<const Decl*>> primedVariables(const Expr& action);

 private:
  bool scan(const Expr& e, std::vector<const Decl*>& primed);
  bool referenceAllowed(const Expr& e);
  // Applications of state functions may take primed arguments.
  StateFunctions stateFunctions_;
};

}  // namespace tlapx::prover
