---- MODULE Edit ----
EXTENDS Naturals
RECURSIVE F(_)
F(n) == IF n = 0 THEN 1 ELSE F(n - 1) + 1
ASSUME FDef == \A n \in Nat : F(n) = IF n = 0 THEN 1 ELSE F(n - 1) + 1
THEOREM False_Rec == F(0) = 0
  BY FDef
THEOREM True_Rec == F(0) = F(0)
  OBVIOUS
====
