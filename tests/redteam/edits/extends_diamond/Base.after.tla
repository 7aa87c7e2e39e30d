---- MODULE Base ----
D == 2
====
