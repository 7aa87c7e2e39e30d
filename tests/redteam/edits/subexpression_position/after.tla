---- MODULE Edit ----
CONSTANT c
Op == c = 2 /\ c = 1
THEOREM False_Pos == ASSUME c = 1 PROVE Op!1
  OBVIOUS
THEOREM True_Pos == ASSUME c = 1 PROVE Op!1 \/ Op!2
  OBVIOUS
====
