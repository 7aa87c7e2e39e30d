---- MODULE Edit ----
EXTENDS Naturals
T == <<1, 2>>
THEOREM False_Tuple == T[1] = 1
  BY DEF T
THEOREM True_Tuple == T[1] + T[2] = 3
  BY DEF T
====
