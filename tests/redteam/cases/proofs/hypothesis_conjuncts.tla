---- MODULE hypothesis_conjuncts ----
\* The built-in fast path proves a goal that is a hypothesis or one of its conjuncts, with
\* a binder list read as its nesting; nothing weaker (backends/builtin.hpp).
CONSTANTS A, B, S, T, P(_, _)

THEOREM True_conjunct == ASSUME A /\ (TRUE /\ B) PROVE B
  OBVIOUS
THEOREM False_conjunct == ASSUME A \/ (TRUE /\ B) PROVE B
  OBVIOUS

THEOREM True_premise == ASSUME (A => B) /\ A PROVE B
  OBVIOUS
THEOREM False_premise == ASSUME (A => B) /\ TRUE PROVE B
  OBVIOUS

THEOREM True_nesting == ASSUME A /\ \E x \in S : \E y \in T : P(x, y)
                        PROVE  \E x \in S, y \in T : P(x, y)
  OBVIOUS
THEOREM False_nesting == ASSUME A /\ \E x \in S : \E y \in T : P(x, y)
                         PROVE  \E x \in T, y \in S : P(x, y)
  OBVIOUS

THEOREM True_universal_nesting == ASSUME \A x \in S : \A y \in T : P(x, y)
                                  PROVE  \A x \in S, y \in T : P(x, y)
  OBVIOUS
THEOREM False_universal_nesting == ASSUME \E x \in S : \E y \in T : P(x, y)
                                   PROVE  \A x \in S, y \in T : P(x, y)
  OBVIOUS

THEOREM True_shared_domain == ASSUME \E x \in S : \E y \in S : P(x, y)
                              PROVE  \E x, y \in S : P(x, y)
  OBVIOUS
THEOREM False_shared_domain == ASSUME \E x \in S : \E y \in S : P(x, y)
                               PROVE  \E x, y \in S : P(y, x) /\ P(x, x)
  OBVIOUS
====
