---- MODULE Edit ----
EXTENDS Naturals, Lib
THEOREM False_Bool == P \in BOOLEAN
  OBVIOUS
THEOREM True_Bool == P = P
  OBVIOUS
====
