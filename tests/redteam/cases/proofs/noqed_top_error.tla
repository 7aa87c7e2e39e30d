---- MODULE noqed_top_error ----
\* A structured proof without a QED step proves nothing.
THEOREM False_noqed == FALSE
<1>1. TRUE
  OBVIOUS
====
