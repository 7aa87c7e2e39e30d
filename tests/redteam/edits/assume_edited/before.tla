---- MODULE Edit ----
EXTENDS Naturals
CONSTANT c
ASSUME Ax == c \in Nat /\ c > 5
THEOREM False_Assume == c > 2
  BY Ax
THEOREM True_Assume == c >= 0
  BY Ax
====
