// The ENABLED rules of the ENABLEDaxioms / ENABLEDrules pragmas: a fact A <=> B (or A => B)
// that holds for every next state of the current state gives ENABLED A <=> ENABLED B (or
// ENABLED A => ENABLED B), since ENABLED A is \E t : A(s, t). A fact holds for every next
// state when the assumptions it was established under are of at most state level
// (ContextEntry::assumedAt): an action-level assumption such as x' = 1, a PICK of a
// witness that depends on primes, or a temporal assumption pins the next state down.
#pragma once

#include "frontend/ast.hpp"
#include "prover/context.hpp"

namespace tlapx::prover {

// The ENABLED consequence of a fact entry, or null when the rules do not apply to it.
ExprPtr enabledConsequence(const ContextEntry& entry);

}  // namespace tlapx::prover
