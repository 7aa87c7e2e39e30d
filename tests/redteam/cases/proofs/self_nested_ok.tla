---- MODULE self_nested_ok ----
THEOREM True_self_nested == TRUE
<1>1. TRUE
  <2>1. TRUE
    OBVIOUS
  <2> QED
    BY <2>1
<1> QED
  BY <1>1
====
