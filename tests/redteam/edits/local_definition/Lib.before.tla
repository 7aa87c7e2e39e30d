---- MODULE Lib ----
LOCAL L == 1
D == L
USE DEF L
====
