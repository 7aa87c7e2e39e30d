---- MODULE Edit ----
EXTENDS TLAPS
VARIABLE x
D == x = 1
THEOREM False_Level == D => []D
  BY PTL
THEOREM True_Level == []D => D
  BY PTL
====
