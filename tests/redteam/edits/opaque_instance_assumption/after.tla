---- MODULE Edit ----
I == INSTANCE M WITH x <- 1
J == INSTANCE M WITH x <- 2
ASSUME A == I!P
THEOREM False_OpaqueFact == J!P
  BY A
THEOREM True_OpaqueFact == I!P
  BY A
====
