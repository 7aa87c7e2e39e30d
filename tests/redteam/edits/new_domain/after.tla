---- MODULE Edit ----
EXTENDS Naturals
S == {0, 1}
THEOREM False_Domain == ASSUME NEW n \in S PROVE n > 0
  BY DEF S
THEOREM True_Domain == ASSUME NEW n \in S PROVE n \in S
  OBVIOUS
====
