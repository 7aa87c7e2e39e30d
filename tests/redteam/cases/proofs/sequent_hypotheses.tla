---- MODULE sequent_hypotheses ----
\* ASSUME ... PROVE hypotheses: NEW x with a later fact x \in Nat is instantiated only at
\* naturals; a recursion-like equation F(n+1) = ... F(n) ... is instantiated at the terms
\* of its left side only, and gives nothing beyond its instances.
EXTENDS Integers
CONSTANT F(_)

THEOREM False_nat_fact_negative ==
  ASSUME ASSUME NEW x, x \in Nat PROVE F(x) = 0
  PROVE  F(-1) = 0
  OBVIOUS
THEOREM False_nat_fact_string ==
  ASSUME ASSUME NEW x, x \in Nat PROVE F(x) = 0
  PROVE  F("a") = 0
  OBVIOUS
THEOREM True_nat_fact_negative ==
  ASSUME ASSUME NEW x, x \in Nat PROVE F(x) = 0
  PROVE  F(1) = 0
  OBVIOUS
THEOREM True_nat_fact_string ==
  ASSUME ASSUME NEW x, x \in Nat PROVE F(x + x) = 0
  PROVE  \A y \in Nat : F(y + y) = 0
  OBVIOUS

THEOREM False_recursion_step ==
  ASSUME ASSUME NEW n \in Nat PROVE F(n + 1) = F(n) + 1,
         F(0) = 0
  PROVE  F(2) = 3
  OBVIOUS
THEOREM False_recursion_below_zero ==
  ASSUME ASSUME NEW n \in Nat PROVE F(n + 1) = F(n) + 1,
         F(0) \in Int
  PROVE  F(0) = F(-1) + 1
  OBVIOUS
THEOREM True_recursion_below_zero ==
  ASSUME ASSUME NEW n \in Nat PROVE F(n + 1) = F(n) + 1,
         F(0) \in Int
  PROVE  F(1) = F(0) + 1
  OBVIOUS
THEOREM True_recursion_step ==
  ASSUME ASSUME NEW n \in Nat PROVE F(n + 1) = IF n = 0 THEN F(n) + 1 ELSE F(n),
         NEW k \in Nat, k > 0, F(k) \in Int
  PROVE  F(k + 1) = F(k)
  OBVIOUS

\* ASSUME NEW v \in {e(m) : m \in S} PROVE P(v) is \A v \in {e(m) : m \in S} : P(v): it holds
\* for the image's elements only.
CONSTANTS G(_), SM
THEOREM False_image_domain ==
  ASSUME ASSUME NEW v \in {m.val : m \in SM} PROVE \E q \in Nat : G(q) = v
  PROVE  \A v \in {m.bal : m \in SM} : \E q \in Nat : G(q) = v
  OBVIOUS
THEOREM True_image_domain ==
  ASSUME ASSUME NEW v \in {m.val : m \in SM} PROVE \E q \in Nat : G(q) = v
  PROVE  \A v \in {m.val : m \in SM} : \E q \in Nat : G(q) = v
  OBVIOUS
====
