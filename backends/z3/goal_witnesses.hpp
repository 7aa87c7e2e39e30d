// Witnesses for existentials nested in the goal, found by matching (internal to
// backends/z3). A goal such as `A \/ (B /\ \E v \in D : P(v))` needs a term t with
// t \in D /\ P(t); E-matching often misses it when D is a compound set. The subterms of
// P that mention v are matched against the ground subterms of the context (`v \notin S`
// against the fact `u[p] \notin S` gives t = u[p]); the terms matched by the most
// subterms become instances, and the existential E is replaced by
// E \/ (t \in D /\ P(t)) \/ ..., which is equivalent to E (each instance implies it):
// sound wherever E occurs, and it hands the solver the witness. Only substitutable terms
// (expr_matching.hpp) are witnesses: P(t) for a state-level t that P puts under a prime
// is no instance of P (\E x : x' # x is false, v' # v is not).
#pragma once

#include <vector>

#include "frontend/ast.hpp"

namespace tlapx::z3enc {

// `goal` with each existential over one variable in a positive position (under /\, \/,
// the conclusion of =>, IF branches and labels) extended by its matched instances; null
// when no existential found a witness. `context` are the facts whose ground subterms
// (outside binders and temporal operators) are candidate witnesses, with the goal's own.
ExprPtr withMatchedWitnesses(const Expr& goal, const std::vector<const Expr*>& context);

}  // namespace tlapx::z3enc
