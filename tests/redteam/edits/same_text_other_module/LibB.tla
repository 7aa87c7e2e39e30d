---- MODULE LibB ----
D == 2
====
