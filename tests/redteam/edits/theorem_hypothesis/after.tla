---- MODULE Edit ----
EXTENDS Naturals
CONSTANT c
THEOREM False_Hyp == ASSUME c \in Nat, c > 0 PROVE c > 1
  <1>1. c > 1
    OBVIOUS
  <1> QED
    BY <1>1
THEOREM True_Hyp == ASSUME c \in Nat, c > 0 PROVE c > 0
  OBVIOUS
====
