---- MODULE Edit ----
EXTENDS Integers
THEOREM False_Take == \A n \in Nat : n + 1 > 0
  <1> TAKE n \in Nat
  <1> QED
    OBVIOUS
THEOREM True_Take == \A n \in Nat : n >= 0
  OBVIOUS
====
