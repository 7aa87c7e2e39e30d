---- MODULE RedTeamGuard ----
\* A module with a constant parameter whose theorems have hypotheses: instantiated twice
\* by the red-team cases, the two instances' formulas must never pass for each other.
EXTENDS Naturals
CONSTANT c
P == c = 1
Below(k) == k < c
THEOREM OneIfP == ASSUME P PROVE c = 1
  BY DEF P
====
