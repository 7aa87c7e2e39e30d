---- MODULE noqed_suffices_ok ----
THEOREM True_noqed_suffices == 1 = 1
<1> SUFFICES TRUE
  OBVIOUS
<1>1. TRUE
  OBVIOUS
<1> QED
  BY <1>1
====
