---- MODULE exponent ----
\* ^ on integers.
EXTENDS Integers

THEOREM False_zero_zero == 0^0 = 0
  OBVIOUS
THEOREM True_zero_zero == 2^3 = 8
  OBVIOUS

THEOREM False_ten == 2^10 = 1000
  OBVIOUS
THEOREM True_ten == 2^10 = 1024
  OBVIOUS

THEOREM False_negative_exponent == 2^(-1) = 0
  OBVIOUS
THEOREM True_negative_exponent == 3^2 = 9
  OBVIOUS

THEOREM False_square_double == \A n \in Nat : n^2 = 2 * n
  OBVIOUS
THEOREM True_square_double == 5^2 = 25
  OBVIOUS

THEOREM False_neg_base == (-2)^3 = 8
  OBVIOUS
THEOREM True_neg_base == (-2)^3 = -8
  OBVIOUS
====
