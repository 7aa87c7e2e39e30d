---- MODULE Edit ----
EXTENDS Naturals
CONSTANT c
THEOREM False_Renumber == ASSUME c \in Nat, c > 5 PROVE c > 4
  <1>1. c > 4
    OBVIOUS
  <1>2. c > 0
    OBVIOUS
  <1> QED
    BY ONLY <1>1
THEOREM True_Renumber == ASSUME c \in Nat, c > 5 PROVE c > 0
  OBVIOUS
====
