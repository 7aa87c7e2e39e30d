---- MODULE Edit ----
EXTENDS Naturals
CONSTANT c
ASSUME Ax == c \in Nat /\ c > 5
LEMMA L == c \in Nat /\ c > 1
  BY Ax
THEOREM False_Lemma == c > 2
  BY L
THEOREM True_Lemma == c > 0
  BY L
====
