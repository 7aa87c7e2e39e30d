// CHOOSE congruence at the pairs that matter (internal to backends/z3): CHOOSE is a
// function of its predicate's extension, so for two closed CHOOSE terms C1 == CHOOSE x : P1
// and C2 == CHOOSE x : Q2 (bounded ones read CHOOSE x : x \in S /\ P),
//   (\A y : P1(y) <=> P2(y)) => C1 = C2
// is a theorem of TLA+. The encoding lifts each CHOOSE to its own symbol, so without this
// instance the solver cannot equate two CHOOSEs whose predicates differ only in form
// (OpDefinesFcn(f, S, Def) against a definition f == CHOOSE g : g = [x \in T |-> ...]
// with S = T).
#pragma once

#include <vector>

#include "backends/z3/encoding.hpp"

namespace tlapx::z3enc {

// The instances for the goal's closed CHOOSE terms against the other closed CHOOSE terms
// of the goal and of the context's facts (a bounded number). Each is a valid formula.
std::vector<ExprPtr> chooseCongruences(const Context& flat);

}  // namespace tlapx::z3enc
