---- MODULE Edit ----
EXTENDS Naturals
D == (1 + 2) * 3
THEOREM False_Prec == D = 7
  BY DEF D
THEOREM True_Prec == D > 0
  BY DEF D
====
