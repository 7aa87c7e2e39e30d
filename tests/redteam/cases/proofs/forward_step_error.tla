---- MODULE forward_step_error ----
\* A step cited before it is stated.
THEOREM False_forward == FALSE
<1>1. FALSE
  BY <1>2
<1>2. FALSE
  BY <1>1
<1> QED
  BY <1>2
====
