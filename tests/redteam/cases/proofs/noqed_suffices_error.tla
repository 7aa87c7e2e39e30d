---- MODULE noqed_suffices_error ----
\* A SUFFICES step followed by no QED.
THEOREM False_noqed_suffices == 1 = 2
<1> SUFFICES TRUE
  OMITTED
<1>1. TRUE
  OBVIOUS
====
