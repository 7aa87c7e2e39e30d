// Instances of facts quantified over the subsets of a set (internal to backends/z3). A
// fact \A X \in SUBSET D : P(X) reaches the solver as a quantifier that E-matching
// instantiates only with a term t for which `t \in SUBSET D` occurs in the query; a set
// the proof builds, such as S \ {p}, rarely gives one (the encoding expands membership in
// it). Every compound set term t of the obligation (\, \cup, \cap, an enumeration or a
// set filter, outside the scope of any bound variable) gives the consequence
//   t \in SUBSET D => P(t),
// an instance of the fact: true wherever the fact is, so adding it is sound, for a t that
// is substitutable for X in P (expr_matching.hpp): a state-level t is none where P puts X
// under a prime.
#pragma once

#include <vector>

#include "frontend/ast.hpp"

namespace tlapx::z3enc {

// The instances of the facts (or conjuncts of facts) of the form \A X \in SUBSET D : P(X)
// at the compound set terms of the facts and the goal, at most a few per fact.
std::vector<ExprPtr> subsetInstances(const std::vector<const Expr*>& facts, const Expr& goal);

}  // namespace tlapx::z3enc
