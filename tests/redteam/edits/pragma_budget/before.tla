---- MODULE Edit ----
EXTENDS Naturals, TLAPS
THEOREM Fails_Pragma == \A S, T : S \subseteq T /\ T \subseteq S => S = T
  BY SMTT(0.0001)
====
