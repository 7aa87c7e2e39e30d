---- MODULE self_use_ok ----
LEMMA Earlier == TRUE
  OBVIOUS
THEOREM True_self_use == TRUE
<1> USE Earlier
<1> QED
  OBVIOUS
====
