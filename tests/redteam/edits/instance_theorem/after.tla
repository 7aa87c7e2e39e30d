---- MODULE Edit ----
CONSTANT q
I == INSTANCE M WITH k <- q
THEOREM False_InstThm == q = 1
  BY I!MT
THEOREM True_InstThm == q = q
  OBVIOUS
====
