---- MODULE Edit ----
VARIABLES x, y
Stay == UNCHANGED x
THEOREM False_Unchanged == Stay => y' = y
  BY DEF Stay
THEOREM True_Unchanged == Stay => x' = x
  BY DEF Stay
====
