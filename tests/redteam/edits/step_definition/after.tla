---- MODULE Edit ----
CONSTANT c
THEOREM False_Define == ASSUME c = 1 PROVE c \in {1, 2}
  <1> D == {2, 3}
  <1>1. c \in D
    BY DEF D
  <1> QED
    BY <1>1 DEF D
THEOREM True_Define == ASSUME c = 1 PROVE c \in {1, 2}
  OBVIOUS
====
