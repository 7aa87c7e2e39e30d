---- MODULE Edit ----
EXTENDS Naturals, Lib
THEOREM False_Ext == D = 1
  BY DEF D
THEOREM True_Ext == D = D
  OBVIOUS
====
