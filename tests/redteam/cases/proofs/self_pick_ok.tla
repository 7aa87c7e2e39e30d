---- MODULE self_pick_ok ----
THEOREM True_self_pick == TRUE
<1>1. PICK x : x = 1
  OBVIOUS
<1> QED
  BY <1>1
====
