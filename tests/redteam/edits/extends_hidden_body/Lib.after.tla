---- MODULE Lib ----
EXTENDS Naturals
CONSTANT c
P == c + 1
====
