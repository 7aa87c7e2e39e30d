---- MODULE M ----
CONSTANT k
P == k = 1
====
