---- MODULE Edit ----
EXTENDS Naturals
N == 10
THEOREM False_Number == N < 50
  BY DEF N
THEOREM True_Number == N > 5
  BY DEF N
====
