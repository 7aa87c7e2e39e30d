---- MODULE Edit ----
EXTENDS Naturals, TLAPS
THEOREM True_Pragma == \A S, T : S \subseteq T /\ T \subseteq S => S = T
  BY SMTT(10)
====
