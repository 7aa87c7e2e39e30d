---- MODULE noqed_nested_error ----
\* A nested proof without a QED step.
THEOREM False_noqed_nested == FALSE
<1>1. FALSE
  <2>1. TRUE
    OBVIOUS
<1> QED
  BY <1>1
====
