---- MODULE self_nested_error ----
\* An enclosing step cited from inside its own (nested) proof.
THEOREM False_self_nested == FALSE
<1>1. FALSE
  <2>1. FALSE
    BY <1>1
  <2> QED
    BY <2>1
<1> QED
  BY <1>1
====
