---- MODULE Edit ----
EXTENDS Naturals, Left, Right
THEOREM False_Diamond == D = 1
  BY DEF D
THEOREM True_Diamond == D \in Nat
  BY DEF D
====
