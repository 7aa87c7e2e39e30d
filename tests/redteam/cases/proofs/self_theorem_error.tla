---- MODULE self_theorem_error ----
\* A theorem cited in its own proof.
THEOREM False_self == FALSE
  BY False_self
====
