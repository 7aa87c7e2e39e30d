// Simplification of the existential that ExpandENABLED builds (\E x_next, ... : A), so that
// the backends see the usual shape of ENABLED: the next-state values an action assigns are
// substituted rather than left for quantifier instantiation. Every rule is an equivalence
// of TLA+ set theory:
//   \E v : P                          ==  P                         (v not in P)
//   \E v : A \/ B                     ==  (\E v : A) \/ (\E v : B)
//   \E v : \E i \in S : B             ==  \E i \in S : \E v : B     (v not in S)
//   \E v : v = e /\ P                 ==  P[v := e]                 (v not in e)
//   <<a1, ..., an>> = <<b1, ..., bn>> ==  a1 = b1 /\ ... /\ an = bn
//   C /\ (A \/ B)                     ==  (C /\ A) \/ (C /\ B)      (bounded number of times)
//   C /\ \E i \in S : B               ==  \E i \in S : C /\ B       (i not in C)
#pragma once

#include <vector>

#include "frontend/ast.hpp"

namespace tlapx::prover {

// \E vars : body, simplified.
ExprPtr simplifiedExists(const std::vector<DeclPtr>& vars, const ExprPtr& body, SourceRange range);

}  // namespace tlapx::prover
