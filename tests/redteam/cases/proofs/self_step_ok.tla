---- MODULE self_step_ok ----
THEOREM True_self_step == TRUE
<1>1. TRUE
  OBVIOUS
<1> QED
  BY <1>1
====
