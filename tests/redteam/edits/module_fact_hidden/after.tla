---- MODULE Edit ----
CONSTANT c
ASSUME Ax == c = 1
USE Ax
HIDE Ax
THEOREM False_Hide == c = 1
  OBVIOUS
THEOREM True_Hide == c = c
  OBVIOUS
====
