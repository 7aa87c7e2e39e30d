---- MODULE Base ----
D == 1
====
