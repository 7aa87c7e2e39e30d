// Instances of universal facts that E-matching cannot instantiate (internal to
// backends/z3). A fact \A x1, ..., xn : B whose body has no term mentioning every xi
// outside its nested quantifiers (Cantor's theorem \A S, f : \E A \in SUBSET S : \A x \in S :
// f[x] # A) gives Z3 no trigger. The subterms of B that mention some xi (the variables of
// B's nested binders matching anything) are matched against the subterms of the other
// facts and of the goal (SUBSET S against NEW A \in SUBSET S, f[x] against
// [y \in S |-> y][x]), and the terms matched by the most subterms are substituted for the
// xi. Each instance B[t1/x1, ...] follows from the fact (\A-elimination), so adding it
// is sound, when each ti is substitutable (expr_matching.hpp): rigid, or used by B by its
// value only.
#pragma once

#include <vector>

#include "frontend/ast.hpp"

namespace tlapx::z3enc {

// The instances of the triggerless universal facts among `facts` at the terms of the
// other facts and the goal, as formulas to add to the facts.
std::vector<ExprPtr> triggerlessFactInstances(const std::vector<const Expr*>& facts, const Expr* goal);

}  // namespace tlapx::z3enc
