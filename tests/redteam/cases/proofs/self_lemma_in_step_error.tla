---- MODULE self_lemma_in_step_error ----
\* The theorem cited from a step of its own proof.
THEOREM False_self_from_step == 1 = 2
<1>1. 1 = 2
  BY False_self_from_step
<1> QED
  BY <1>1
====
