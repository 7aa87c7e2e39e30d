---- MODULE Lib ----
LOCAL L == 2
D == L
USE DEF L
====
