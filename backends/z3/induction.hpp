// Strong induction on Nat (internal to backends/z3): the theorem GeneralNatInduction of
// the NaturalsInduction module, applied to the facts that state its premise. From
//   \A n \in Nat : (\A k \in 0 .. (n-1) : C(k)) => C(n)
// (or the sequent ASSUME NEW n \in Nat, \A k \in 0 .. (n-1) : C(k) PROVE C(n)) follows
//   \A n \in Nat : C(n),
// which the solvers cannot derive themselves (it needs induction). The premise may also
// box the quantifier, [](\A k \in 0 .. (n-1) : B(k)) with C(n) = []B(n): the range is
// rigid (n is a constant), so this is \A k \in 0 .. (n-1) : []B(k). The induction is over
// the constant n, at each behavior, so C may be of any level.
#pragma once

#include <vector>

#include "frontend/ast.hpp"

namespace tlapx::z3enc {

// The consequences \A n \in Nat : C(n) of the facts in the premise's form (a sequent
// premise gives the sequent ASSUME NEW n \in Nat PROVE C(n)).
std::vector<ExprPtr> inductionConsequences(const std::vector<const Expr*>& facts);

}  // namespace tlapx::z3enc
