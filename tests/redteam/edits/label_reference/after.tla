---- MODULE Edit ----
CONSTANT c
Op == /\ c = 1
      /\ lbl :: c = 2
THEOREM False_Label == ASSUME c = 1 PROVE Op!lbl
  OBVIOUS
THEOREM True_Label == ASSUME c = 1 PROVE Op!lbl \/ ~Op!lbl
  OBVIOUS
====
