---- MODULE self_theorem_ok ----
LEMMA Earlier == TRUE
  OBVIOUS
THEOREM True_self == TRUE
  BY Earlier
====
