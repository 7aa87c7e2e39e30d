---- MODULE keyed_join ----
\* A hypothesis keyed by several fields, \A m1, m2 \in S : m1.f = m2.f /\ ... => m1 = m2,
\* is used at the elements the context has (its equalities join the two variables, and
\* must not be its only trigger), and only when every key field is known equal.
CONSTANTS S, A

THEOREM False_keyed_one_field ==
  ASSUME \A m1, m2 \in S : m1.acc = m2.acc /\ m1.bal = m2.bal => m1 = m2,
         NEW x \in S, NEW y \in S, x.acc = y.acc
  PROVE  x = y
  OBVIOUS
THEOREM True_keyed_one_field ==
  ASSUME \A m1, m2 \in S : m1.acc = m2.acc => m1 = m2,
         NEW x \in S, NEW y \in S, x.acc = y.acc
  PROVE  x = y
  OBVIOUS

THEOREM False_keyed_outside ==
  ASSUME \A m1, m2 \in S : m1.acc = m2.acc /\ m1.bal = m2.bal => m1 = m2,
         NEW x \in S, NEW y, x.acc = y.acc, x.bal = y.bal
  PROVE  x = y
  OBVIOUS
THEOREM True_keyed_outside ==
  ASSUME \A m1, m2 \in S : m1.acc \in A /\ m1.acc = m2.acc /\ m1.bal = m2.bal => m1 = m2,
         NEW x \in S, NEW y \in S, x.acc = y.acc, x.bal = y.bal, y.acc \in A,
         NEW z \in S, z.acc = x.acc
  PROVE  x = y
  OBVIOUS
====
