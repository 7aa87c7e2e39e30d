---- MODULE value_use ----
\* A hidden definition whose parameter ends up under a prime (through a LET, another
\* definition, an operator argument, an INSTANCE, UNCHANGED, ENABLED or
\* CHOOSE) is not a function of its argument's value: x = y now says nothing of x' and y'.
EXTENDS Integers, TLAPS
VARIABLE x, y
G(q) == q'
Apply(F(_), a) == F(a)
H1(p) == LET q == p IN q'
H2(p) == G(p)
H3(p) == Apply(LAMBDA z : z', p)
H4(p) == [i \in {1} |-> p]'
H5(p) == UNCHANGED p
H6(p) == ENABLED (p' = 1 /\ p = 1)
H8(p) == CHOOSE v : v = p'
I == INSTANCE RedTeamPrime WITH u <- x
H9(p) == I!Nx(p)
H10(p) == LET L(z) == z' IN L(p)
H11(p) == Apply(G, p)
H12(p) == {p}'
H13(p) == (p + 1)'
THEOREM False_value_use_h1 == ASSUME x = y PROVE H1(x) = H1(y)
  OBVIOUS
THEOREM True_value_use_h1 == ASSUME x = y, x' = y' PROVE H1(x) = H1(y)
  BY DEF H1
THEOREM False_value_use_h2 == ASSUME x = y PROVE H2(x) = H2(y)
  OBVIOUS
THEOREM True_value_use_h2 == ASSUME x = y, x' = y' PROVE H2(x) = H2(y)
  BY DEF H2, G
THEOREM False_value_use_h3 == ASSUME x = y PROVE H3(x) = H3(y)
  OBVIOUS
THEOREM True_value_use_h3 == ASSUME x = y, x' = y' PROVE H3(x) = H3(y)
  BY DEF H3, Apply
THEOREM False_value_use_h4 == ASSUME x = y PROVE H4(x) = H4(y)
  OBVIOUS
THEOREM True_value_use_h4 == ASSUME x = y, x' = y' PROVE H4(x) = H4(y)
  BY DEF H4
THEOREM False_value_use_h5 == ASSUME x = y PROVE H5(x) = H5(y)
  OBVIOUS
THEOREM True_value_use_h5 == ASSUME x = y, x' = y' PROVE H5(x) = H5(y)
  BY DEF H5
THEOREM False_value_use_h6 == ASSUME x = y PROVE H6(x) = H6(y)
  OBVIOUS
THEOREM True_value_use_h6 == ASSUME x = y, x' = y' PROVE H6(x) = H6(y)
  BY ExpandENABLED DEF H6
THEOREM False_value_use_h8 == ASSUME x = y PROVE H8(x) = H8(y)
  OBVIOUS
THEOREM True_value_use_h8 == ASSUME x = y, x' = y' PROVE H8(x) = H8(y)
  BY DEF H8
THEOREM False_value_use_h9 == ASSUME x = y PROVE H9(x) = H9(y)
  OBVIOUS
THEOREM True_value_use_h9 == ASSUME x = y, x' = y' PROVE H9(x) = H9(y)
  BY DEF H9, I!Nx
THEOREM False_value_use_h10 == ASSUME x = y PROVE H10(x) = H10(y)
  OBVIOUS
THEOREM True_value_use_h10 == ASSUME x = y, x' = y' PROVE H10(x) = H10(y)
  BY DEF H10
THEOREM False_value_use_h11 == ASSUME x = y PROVE H11(x) = H11(y)
  OBVIOUS
THEOREM True_value_use_h11 == ASSUME x = y, x' = y' PROVE H11(x) = H11(y)
  BY DEF H11, Apply, G
THEOREM False_value_use_h12 == ASSUME x = y PROVE H12(x) = H12(y)
  OBVIOUS
THEOREM True_value_use_h12 == ASSUME x = y, x' = y' PROVE H12(x) = H12(y)
  BY DEF H12
THEOREM False_value_use_h13 == ASSUME x = y PROVE H13(x) = H13(y)
  OBVIOUS
THEOREM True_value_use_h13 == ASSUME x = y, x' = y' PROVE H13(x) = H13(y)
  BY DEF H13
====
