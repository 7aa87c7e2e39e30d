---- MODULE second_order ----
\* A second-order fact (ASSUME NEW P(_) ...) holds for every operator, so for the ones the
\* goal suggests; it proves nothing about an instance whose premises do not hold.
EXTENDS Naturals

CONSTANT R(_)

THEOREM Ind == ASSUME NEW P(_), P(0), \A n \in Nat : P(n) => P(n + 1)
               PROVE  \A n \in Nat : P(n)
  PROOF OMITTED

THEOREM False_induction_base ==
  ASSUME R(1), \A n \in Nat : R(n) => R(n + 1) PROVE \A n \in Nat : R(n)
  BY Ind
THEOREM True_induction_base ==
  ASSUME R(0), \A n \in Nat : R(n) => R(n + 1) PROVE \A n \in Nat : R(n)
  BY Ind

THEOREM False_induction_step ==
  ASSUME R(0), \A n \in Nat : R(n) => R(n + 2) PROVE \A n \in Nat : R(n)
  BY Ind
THEOREM True_induction_step ==
  ASSUME R(0), R(1), \A n \in Nat : R(n) => R(n + 2) PROVE \A n \in Nat : R(n) /\ R(n + 1)
  BY Ind

THEOREM False_induction_operator ==
  ASSUME R(0), NEW k \in Nat PROVE R(k)
  BY Ind
THEOREM True_induction_operator ==
  ASSUME R(0), \A n \in Nat : R(n) => R(n + 1), NEW k \in Nat PROVE R(k)
  BY Ind
====
