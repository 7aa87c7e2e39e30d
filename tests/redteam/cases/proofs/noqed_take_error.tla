---- MODULE noqed_take_error ----
\* Only non-QED steps (TAKE, HAVE) under a theorem.
THEOREM False_noqed_take == \A x : x = 1
<1> TAKE x
<1>1. TRUE
  OBVIOUS
====
