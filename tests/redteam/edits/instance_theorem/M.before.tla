---- MODULE M ----
CONSTANT k
ASSUME MA == k = 1
THEOREM MT == k = 1
  BY MA
====
