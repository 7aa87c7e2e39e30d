---- MODULE noqed_take_ok ----
THEOREM True_noqed_take == \A x : x = x
<1> TAKE x
<1>1. TRUE
  OBVIOUS
<1> QED
  OBVIOUS
====
