---- MODULE Edit ----
EXTENDS Naturals
E == 1
D == E + 1
THEOREM False_Defs == D = 2
  BY DEF D, E
THEOREM True_Defs == D = E + 1
  BY DEF D
====
