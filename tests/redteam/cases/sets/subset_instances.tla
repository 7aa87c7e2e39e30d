---- MODULE subset_instances ----
\* Facts quantified over SUBSET D are instantiated at the obligation's set terms only under
\* the guard that the term is a subset of D (backends/z3/subset_instances.hpp).

THEOREM True_minus ==
  ASSUME NEW S, NEW a, NEW b, b \in S \ {a},
         \A X \in SUBSET S : X # {} => a \in X
  PROVE  FALSE
  OBVIOUS
THEOREM False_minus ==
  ASSUME NEW S, NEW T, NEW a, NEW b, b \in T \ {a},
         \A X \in SUBSET S : X # {} => a \in X
  PROVE  FALSE
  OBVIOUS

THEOREM True_filter ==
  ASSUME NEW S, NEW P(_), NEW b \in S, P(b),
         \A X \in SUBSET S : X # {} => \E y \in X : ~P(y)
  PROVE  \E y \in {x \in S : P(x)} : ~P(y)
  OBVIOUS
THEOREM False_filter ==
  ASSUME NEW S, NEW T, NEW P(_), NEW b \in T, P(b),
         \A X \in SUBSET S : X # {} => \E y \in X : ~P(y)
  PROVE  \E y \in {x \in T : P(x)} : ~P(y)
  OBVIOUS

THEOREM True_union ==
  ASSUME NEW S, NEW A \in SUBSET S, NEW B \in SUBSET S,
         \A X \in SUBSET S : X = A
  PROVE  A \cup B = A
  OBVIOUS
THEOREM False_union ==
  ASSUME NEW S, NEW A \in SUBSET S, NEW B,
         \A X \in SUBSET S : X = A
  PROVE  A \cup B = A
  OBVIOUS
\* A state-level set is no instance where the fact puts X under a prime: \A X : X' = X
\* holds of every set value, {v}' = {v} need not.
CONSTANT D
VARIABLE v
Stays(X) == X' = X
THEOREM False_subset_instance_flexible ==
  ASSUME \A X \in SUBSET D : Stays(X), v \in D
  PROVE  Stays({v})
  OBVIOUS
THEOREM True_subset_instance_flexible ==
  ASSUME NEW c \in D, \A X \in SUBSET D : Stays(X)
  PROVE  Stays({c})
  OBVIOUS
====
