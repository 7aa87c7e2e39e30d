// TLAPS' time flag for facts: whether a hypothesis is "box-closed" (built from constant
// formulas and [] / <> formulas with the polarity rules of the propositional connectives),
// so that facts proved under it hold in every state (ObligationHyp::holdsAlways).
// Expression levels themselves come from the frontend's level checker.
#pragma once

#include "frontend/ast.hpp"

namespace tlapx::prover {

bool boxClosed(const Expr& e, bool positive = true);

}  // namespace tlapx::prover
