---- MODULE Edit ----
EXTENDS Naturals
f == [i \in {1, 2} |-> 0]
g == [f EXCEPT ![2] = 5]
THEOREM False_Except == g[1] = 5
  BY DEF f, g
THEOREM True_Except == g[2] \in {0, 5}
  BY DEF f, g
====
