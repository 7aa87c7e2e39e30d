---- MODULE self_use_error ----
\* A theorem made usable inside its own proof.
THEOREM False_self_use == FALSE
<1> USE False_self_use
<1> QED
  OBVIOUS
====
