---- MODULE self_pick_error ----
\* A PICK step citing itself to justify the existence of its witness.
THEOREM False_self_pick == FALSE
<1>1. PICK x : FALSE
  BY <1>1
<1> QED
  BY <1>1
====
