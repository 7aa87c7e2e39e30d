---- MODULE Edit ----
EXTENDS TLAPS
CONSTANT x
THEOREM False_Enabled == ENABLED (x' = 1)
  BY ExpandENABLED
THEOREM True_Enabled == ENABLED (x' = x)
  BY ExpandENABLED
====
