---- MODULE Edit ----
EXTENDS Naturals
D == 1
THEOREM False_Use == D = 1
  OBVIOUS
THEOREM True_Use == D = D
  OBVIOUS
USE DEF D
====
