---- MODULE Edit ----
EXTENDS Naturals
CONSTANT P(_)
THEOREM False_Pick == ASSUME \E n \in Nat : P(n) /\ n > 3 PROVE \E m \in Nat : P(m) /\ m > 2
  <1>1. PICK n \in Nat : P(n) /\ n > 3
    OBVIOUS
  <1> QED
    BY ONLY <1>1
THEOREM True_Pick == ASSUME \E n \in Nat : P(n) /\ n > 3 PROVE \E m \in Nat : P(m)
  OBVIOUS
====
