---- MODULE sibling_scope_error ----
\* A step of another step's proof is out of scope.
THEOREM False_sibling == FALSE
<1>1. TRUE
  <2>1. FALSE
    OMITTED
  <2> QED
    OBVIOUS
<1> QED
  BY <2>1
====
