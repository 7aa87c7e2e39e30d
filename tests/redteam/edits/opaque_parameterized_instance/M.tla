---- MODULE M ----
VARIABLE x
P == \EE y : y = x /\ x = 1
====
