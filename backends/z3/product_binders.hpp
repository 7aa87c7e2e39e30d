// Binders over Cartesian products split into their components (internal to backends/z3):
// \E m \in A \X B : P(m) is \E a \in A, b \in B : P(<<a, b>>) and x \in {e(m) : m \in A \X B}
// is \E a \in A, b \in B : x = e(<<a, b>>), since A \X B is the set of the tuples <<a, b>>
// with a \in A and b \in B. In the split form the projections m[1], m[2] are the
// components themselves (<<a, b>>[1] is a), so that a goal {p, q} \in {{m[1], m[2]} :
// m \in N \X N} matches the terms p and q where the whole form needs the tuple <<p, q>>,
// which no term of the obligation offers.
#pragma once

#include "frontend/ast.hpp"

namespace tlapx::z3enc {

// `e` (a quantifier or a set map) with each binder `m \in D1 \X ... \X Dn` of one variable
// replaced by binders `m_1 \in D1, ..., m_n \in Dn` and m by <<m_1, ..., m_n>> in its body;
// null when e has no such binder.
ExprPtr splitProductBinders(const Expr& e);

}  // namespace tlapx::z3enc
