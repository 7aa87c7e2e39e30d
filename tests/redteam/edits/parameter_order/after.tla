---- MODULE Edit ----
EXTENDS Naturals
Sub(b, a) == a - b
THEOREM False_Params == Sub(3, 1) = 2
  BY DEF Sub
THEOREM True_Params == Sub(2, 2) = 0
  BY DEF Sub
====
