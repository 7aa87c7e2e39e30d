---- MODULE Edit ----
EXTENDS Naturals
R == [a |-> 1, c |-> 2]
THEOREM False_Record == R.b = 2
  BY DEF R
THEOREM True_Record == R.a = 1
  BY DEF R
====
