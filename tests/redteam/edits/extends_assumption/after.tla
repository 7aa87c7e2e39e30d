---- MODULE Edit ----
EXTENDS Lib
THEOREM False_ExtAssume == c = 1
  BY LA
THEOREM True_ExtAssume == c = c
  OBVIOUS
====
