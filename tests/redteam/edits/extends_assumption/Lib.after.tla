---- MODULE Lib ----
CONSTANT c
ASSUME LA == c \in {1, 2}
====
