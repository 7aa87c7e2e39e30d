---- MODULE Edit ----
EXTENDS Naturals
D == 1
THEOREM False_HideStep == D = 1
  <1> USE DEF D
  <1> QED
    OBVIOUS
THEOREM True_HideStep == D = 1
  BY DEF D
====
