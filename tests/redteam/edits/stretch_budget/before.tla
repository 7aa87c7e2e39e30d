---- MODULE Edit ----
EXTENDS Naturals
THEOREM Fails_Budget == \A S, T : S \subseteq T /\ T \subseteq S => S = T
  OBVIOUS
====
