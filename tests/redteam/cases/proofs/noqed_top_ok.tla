---- MODULE noqed_top_ok ----
THEOREM True_noqed == TRUE
<1>1. TRUE
  OBVIOUS
<1> QED
  BY <1>1
====
