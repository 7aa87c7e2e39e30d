---- MODULE noqed_deep_ok ----
THEOREM True_noqed_deep == TRUE
<1>1. TRUE
  <2>1. TRUE
    <3>1. TRUE
      OBVIOUS
    <3> QED
      BY <3>1
  <2> QED
    BY <2>1
<1> QED
  BY <1>1
====
