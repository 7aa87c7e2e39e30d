---- MODULE LibA ----
D == 1
====
