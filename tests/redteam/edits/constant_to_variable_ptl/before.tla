---- MODULE Edit ----
EXTENDS TLAPS
CONSTANT x
THEOREM False_Box == ASSUME x = 1 PROVE [](x = 1)
  BY PTL
THEOREM True_Box == ASSUME [](x = 1) PROVE [](x = 1)
  BY PTL
====
