---- MODULE reals ----
\* Reals: Int \subseteq Real, nothing else is assumed.
EXTENDS Reals

THEOREM False_real_int == 1.5 \in Int
  OBVIOUS
THEOREM True_real_int == 2 \in Real
  OBVIOUS

THEOREM False_real_subset == Real \subseteq Int
  OBVIOUS
THEOREM True_real_subset == Int \subseteq Real
  OBVIOUS

THEOREM False_real_nat == 0.5 \in Nat
  OBVIOUS
THEOREM True_real_nat == 0 \in Nat
  OBVIOUS
====
