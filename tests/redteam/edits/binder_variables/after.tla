---- MODULE Edit ----
EXTENDS Naturals
F == [x \in {1} |-> x]
THEOREM False_Binder == F[1, 1] = 1
  BY DEF F
THEOREM True_Binder == F[1] = 1
  BY DEF F
====
