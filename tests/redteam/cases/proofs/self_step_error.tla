---- MODULE self_step_error ----
\* A step cited inside its own proof.
THEOREM False_self_step == FALSE
<1>1. FALSE
  BY <1>1
<1> QED
  BY <1>1
====
