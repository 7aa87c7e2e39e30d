---- MODULE div_mod ----
\* \div and % : floor division for a positive divisor, unspecified otherwise.
EXTENDS Integers

THEOREM False_div_exact == \A x \in Int : (x \div 2) * 2 = x
  OBVIOUS
THEOREM True_div_exact == \A x \in Int : (x \div 2) * 2 + (x % 2) = x
  OBVIOUS

THEOREM False_mod_negative == (-7) % 3 = -1
  OBVIOUS
THEOREM True_mod_negative == (-7) % 3 = 2
  OBVIOUS

THEOREM False_div_negative == (-7) \div 2 = -3
  OBVIOUS
THEOREM True_div_negative == (-7) \div 2 = -4
  OBVIOUS

THEOREM False_div_zero == \A x \in Int : x \div 0 = 0
  OBVIOUS
THEOREM True_div_zero == \A x \in Int : x \div 1 = x
  OBVIOUS

THEOREM False_mod_zero == 5 % 0 = 5
  OBVIOUS
THEOREM True_mod_zero == 5 % 1 = 0
  OBVIOUS

THEOREM False_mod_range == \A x \in Int : x % 3 \in 1..2
  OBVIOUS
THEOREM True_mod_range == \A x \in Int : x % 3 \in 0..2
  OBVIOUS

THEOREM False_div_negative_divisor == 7 \div (-2) = -4
  OBVIOUS
THEOREM True_div_negative_divisor == 7 \div 2 = 3
  OBVIOUS

THEOREM False_mod_negative_divisor == 7 % (-2) = 1
  OBVIOUS
THEOREM True_mod_negative_divisor == 7 % 2 = 1
  OBVIOUS

THEOREM False_div_var_divisor == \A x, y \in Int : (x \div y) * y + (x % y) = x
  OBVIOUS
THEOREM True_div_var_divisor == \A x \in Int, y \in Nat \ {0} : (x \div y) * y + (x % y) = x
  OBVIOUS
====
