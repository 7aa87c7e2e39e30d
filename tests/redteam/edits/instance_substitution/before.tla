---- MODULE Edit ----
I == INSTANCE M WITH k <- 1
THEOREM False_With == I!P
  BY DEF I!P
THEOREM True_With == I!P \/ ~I!P
  OBVIOUS
====
