---- MODULE Edit ----
EXTENDS Naturals
G == \E <<x, y, z>> \in {<<1, 2>>} : x = 1
THEOREM False_Pattern == G
  BY DEF G
THEOREM True_Pattern == G \/ ~G
  OBVIOUS
====
