---- MODULE Edit ----
EXTENDS Naturals
D == CHOOSE n \in {1} : TRUE
THEOREM False_Choose == D = 1
  BY DEF D
THEOREM True_Choose == D = D
  OBVIOUS
====
