---- MODULE Edit ----
CONSTANT c
D == IF c = 2 THEN 1 ELSE 2
THEOREM False_If == ASSUME c = 1 PROVE D = 1
  BY DEF D
THEOREM True_If == D \in {1, 2}
  BY DEF D
====
