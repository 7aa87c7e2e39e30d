---- MODULE Lib ----
D == 2
====
