---- MODULE Edit ----
CONSTANT c
Op == (c = 2) => (c = 1)
THEOREM False_Left == ASSUME c = 1 PROVE Op!<<
  OBVIOUS
THEOREM True_Left == ASSUME c = 1 PROVE Op!<< \/ Op!>>
  OBVIOUS
====
