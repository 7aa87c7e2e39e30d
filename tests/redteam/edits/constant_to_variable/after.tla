---- MODULE Edit ----
VARIABLE x
THEOREM False_Kind == x' = x
  OBVIOUS
THEOREM True_Kind == x = x
  OBVIOUS
====
