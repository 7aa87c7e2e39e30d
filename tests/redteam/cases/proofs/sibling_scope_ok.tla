---- MODULE sibling_scope_ok ----
THEOREM True_sibling == TRUE
<1>1. TRUE
  <2>1. TRUE
    OBVIOUS
  <2> QED
    BY <2>1
<1> QED
  BY <1>1
====
