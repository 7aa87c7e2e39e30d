---- MODULE Edit ----
EXTENDS Naturals
CONSTANT c
THEOREM False_Case == ASSUME c \in {1, 0} PROVE c > 0
  <1>1. CASE c = 1
    OBVIOUS
  <1>2. CASE c = 0
    OBVIOUS
  <1> QED
    BY <1>1, <1>2
THEOREM True_Case == ASSUME c \in {1, 2} PROVE c > 0
  OBVIOUS
====
