---- MODULE self_lemma_in_step_ok ----
LEMMA Earlier == 1 = 1
  OBVIOUS
THEOREM True_self_from_step == 1 = 1
<1>1. 1 = 1
  BY Earlier
<1> QED
  BY <1>1
====
