---- MODULE Edit ----
I(v) == INSTANCE M WITH x <- v
THEOREM False_OpaqueParam == I(1)!P <=> I(1)!P
  OBVIOUS
THEOREM True_OpaqueParam == I(2)!P <=> I(2)!P
  OBVIOUS
====
