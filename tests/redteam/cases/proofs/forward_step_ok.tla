---- MODULE forward_step_ok ----
THEOREM True_forward == TRUE
<1>1. TRUE
  OBVIOUS
<1>2. TRUE
  BY <1>1
<1> QED
  BY <1>2
====
