---- MODULE Edit ----
EXTENDS Naturals
CONSTANT c
THEOREM False_Suffices == ASSUME c \in Nat PROVE c + 1 > 0
  <1> SUFFICES c >= 0
    OBVIOUS
  <1> QED
    OBVIOUS
THEOREM True_Suffices == ASSUME c \in Nat PROVE c >= 0
  OBVIOUS
====
