---- MODULE Edit ----
I == INSTANCE M WITH k <- 1
THEOREM False_Inst == I!P
  BY DEF I!P
THEOREM True_Inst == I!P \/ ~I!P
  OBVIOUS
====
