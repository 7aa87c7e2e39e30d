---- MODULE M ----
CONSTANT k
ASSUME MA == k = 2
THEOREM MT == k = 2
  BY MA
====
