---- MODULE int_basics ----
\* Integer arithmetic on typed values: each false theorem has a counter-example.
EXTENDS Integers

THEOREM False_minus_comm == \A x, y \in Int : x - y = y - x
  OBVIOUS
THEOREM True_minus_comm == \A x, y \in Int : x + y = y + x
  OBVIOUS

THEOREM False_nat_minus == \A x, y \in Nat : x - y \in Nat
  OBVIOUS
THEOREM True_nat_minus == \A x, y \in Nat : x + y \in Nat
  OBVIOUS

THEOREM False_square == \A x \in Int : x * x > x
  OBVIOUS
THEOREM True_square == \A x \in Int : x + x = 2 * x
  OBVIOUS

THEOREM False_trichotomy == \A x, y \in Int : x < y \/ y < x
  OBVIOUS
THEOREM True_trichotomy == \A x, y \in Int : x < y \/ y < x \/ x = y
  OBVIOUS

THEOREM False_negation == \A x \in Int : -x # x
  OBVIOUS
THEOREM True_negation == \A x \in Int \ {0} : -x # x
  OBVIOUS

THEOREM False_pred == \A n \in Nat : n - 1 \in Nat
  OBVIOUS
THEOREM True_pred == \A n \in Nat \ {0} : n - 1 \in Nat
  OBVIOUS

THEOREM False_neg_nat == -1 \in Nat
  OBVIOUS
THEOREM True_neg_nat == -1 \in Int
  OBVIOUS

THEOREM False_times_zero == \A x \in Int : x * 0 = x
  OBVIOUS
THEOREM True_times_zero == \A x \in Int : x * 1 = x
  OBVIOUS

THEOREM False_nat_is_int_neg == \A x \in Int : x \in Nat
  OBVIOUS
THEOREM True_nat_is_int_neg == \A x \in Nat : x \in Int
  OBVIOUS
====
