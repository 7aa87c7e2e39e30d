---- MODULE Lib ----
D == 1
====
