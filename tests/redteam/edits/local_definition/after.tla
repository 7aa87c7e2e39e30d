---- MODULE Edit ----
EXTENDS Naturals, Lib
THEOREM False_Local == D = 1
  BY DEF D
THEOREM True_Local == D = D
  OBVIOUS
====
