---- MODULE RedTeamParam ----
\* A module with a constant parameter, instantiated with different substitutions by the
\* INSTANCE cases of the red-team suite.
EXTENDS Naturals
CONSTANT c
P == c = 1
Double == c + c
THEOREM IsOne == P <=> c = 1
  BY DEF P
====
