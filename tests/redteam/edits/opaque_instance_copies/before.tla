---- MODULE Edit ----
I == INSTANCE M WITH x <- 1
J == INSTANCE M WITH x <- 2
THEOREM False_Opaque == I!P <=> I!P
  OBVIOUS
THEOREM True_Opaque == J!P <=> J!P
  OBVIOUS
====
