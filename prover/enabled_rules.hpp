// The ENABLED rules of the ENABLEDaxioms / ENABLEDrules pragmas: a fact A <=> B or A = B (or A => B)
// that holds for every next state of the current state gives ENABLED A <=> ENABLED B (or
// ENABLED A => ENABLED B), since ENABLED A is \E t : A(s, t). A fact holds for every next
// state when the assumptions it was established under are of at most state level
// (ContextEntry::assumedAt): an action-level assumption such as x' = 1, a PICK of a
// witness that depends on primes, or a temporal assumption pins the next state down.
//
// The same pragmas put every ENABLED of an obligation in a normal form by equivalences of
// TLA, valid in every state (so wherever the ENABLED occurs):
//   ENABLED P                 = P                         P of at most state level
//   ENABLED (A \/ B)          = ENABLED A \/ ENABLED B
//   ENABLED (\E x \in S : A)  = \E x \in S : ENABLED A     S of at most state level
//   ENABLED (A /\ B)          = ENABLED A /\ ENABLED B     A and B prime disjoint variables
// (a next state for A and one for B combine into one for both). The conjuncts of an
// ENABLED are grouped by the variables they prime, found through definitions, hidden
// ones too (hiding does not change what a definition means); a conjunct whose primes
// cannot be told (a declared action, ENABLED or \cdot inside, a recursive definition,
// an instance copy) keeps its ENABLED whole.
#pragma once

#include "frontend/ast.hpp"
#include "prover/context.hpp"

namespace tlapx::prover {

// The ENABLED consequence of a fact entry, or null when the rules do not apply to it.
ExprPtr enabledConsequence(const ContextEntry& entry);

// `e` with every ENABLED in the normal form above (`e` itself when none changes).
ExprPtr enabledNormalForm(const ExprPtr& e);

}  // namespace tlapx::prover
