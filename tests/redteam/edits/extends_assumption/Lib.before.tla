---- MODULE Lib ----
CONSTANT c
ASSUME LA == c = 1
====
