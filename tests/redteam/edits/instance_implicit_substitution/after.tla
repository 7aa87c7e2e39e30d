---- MODULE Edit ----
k == 2
I == INSTANCE M
THEOREM False_Implicit == I!P
  BY DEF I!P, k
THEOREM True_Implicit == I!P \/ ~I!P
  OBVIOUS
====
