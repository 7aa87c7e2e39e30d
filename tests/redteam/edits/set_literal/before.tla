---- MODULE Edit ----
EXTENDS Naturals
S == {1, 2}
THEOREM False_Set == 2 \in S
  BY DEF S
THEOREM True_Set == 1 \in S
  BY DEF S
====
