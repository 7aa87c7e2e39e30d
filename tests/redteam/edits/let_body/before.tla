---- MODULE Edit ----
EXTENDS Naturals
D == LET y == 1 IN y + 1
THEOREM False_Let == D = 2
  BY DEF D
THEOREM True_Let == D > 1
  BY DEF D
====
