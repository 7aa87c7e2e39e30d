// Hypotheses of cited sequents that the context states (internal to backends/z3). A fact
// ASSUME H1, ..., Hn PROVE C whose hypothesis Hi is itself a fact of the obligation (the
// same formula) is, in that context, the fact without Hi: the solver gets C (or the
// smaller sequent) directly, instead of proving Hi again inside a quantified implication,
// where a hypothesis such as \A x \in S : P(x) costs it a search. Modus ponens: sound.
#pragma once

#include <vector>

#include "frontend/ast.hpp"

namespace tlapx::z3enc {

// `fact` (a sequent) without the hypotheses that equal one of `context`, or its
// conclusion when none is left; null when it keeps all of them. NEW declarations stay.
ExprPtr withoutStatedHypotheses(const Expr& fact, const std::vector<const Expr*>& context);

}  // namespace tlapx::z3enc
