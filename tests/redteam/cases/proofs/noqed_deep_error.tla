---- MODULE noqed_deep_error ----
\* Three levels down, a proof without a QED step.
THEOREM False_noqed_deep == FALSE
<1>1. FALSE
  <2>1. FALSE
    <3>1. TRUE
      OBVIOUS
  <2> QED
    BY <2>1
<1> QED
  BY <1>1
====
