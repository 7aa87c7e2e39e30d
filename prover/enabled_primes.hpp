// The soundness check behind ExpandENABLED: ENABLED A equals \E x1, ..., xn : A[x1' := x1, ...]
// only when every prime of A (after definition expansion) sits on a state variable, is
// visible, and no subterm reads a primed value through something other than its value:
// a nested ENABLED or \cdot, a temporal formula, a hidden action-level definition, or a
// hidden definition that is handed a primed argument and may itself use ENABLED, \cdot or
// primes (ENABLED (x' = 2 /\ F(x' = 1)) with F(p) == ENABLED p is TRUE, whereas
// \E n : n = 2 /\ F(n = 1) is FALSE).
#pragma once

#include <optional>
#include <unordered_map>
#include <vector>

#include "frontend/ast.hpp"

namespace tlapx::prover {

class EnabledPrimes {
 public:
  // The state variables primed in the expanded action, in order of first occurrence, or
  // nullopt when ENABLED of it must stay opaque.
  std::optional<std::vector<const Decl*>> primedVariables(const Expr& action);

 private:
  bool scan(const Expr& e, std::vector<const Decl*>& primed);
  bool referenceAllowed(const Expr& e);
  // Whether an application of `d` denotes a function of the values of its arguments and
  // of the current state only (no prime, UNCHANGED, ENABLED, \cdot or temporal operator in
  // its body, transitively): such an application may take primed arguments.
  bool isStateFunction(const Decl& d);
  bool bodyIsStateFunction(const Expr& e);

  std::unordered_map<const Decl*, bool> stateFunctions_;
};

// Whether `d` is a state variable (VARIABLE or NEW VARIABLE).
bool isStateVariable(const Decl& d);

}  // namespace tlapx::prover
