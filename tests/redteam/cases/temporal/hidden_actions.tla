---- MODULE hidden_actions ----
\* A hidden definition that reads the behaviour (a prime, ENABLED) is not a function of the
\* values of arguments that vary between states; with constant arguments it is.
EXTENDS Naturals, TLAPS
VARIABLES x, y
Nxt(p) == p'
E(p) == ENABLED p

THEOREM False_hidden_prime_argument_values == ASSUME x = y PROVE Nxt(x) = Nxt(y)
  OBVIOUS
THEOREM True_hidden_prime_argument_values == ASSUME NEW c, NEW d, c = d PROVE Nxt(c) = Nxt(d)
  OBVIOUS

LEMMA EValue == \A v \in BOOLEAN : E(v) <=> v
  BY ExpandENABLED DEF E

THEOREM False_hidden_enabled_argument_values == ASSUME x' = 2 PROVE ~E(x' = 1)
  BY EValue
THEOREM True_hidden_enabled_argument_values == E(TRUE) /\ ~E(FALSE)
  BY EValue

THEOREM False_hidden_enabled_same_value == ASSUME x' = 2 PROVE E(x' = 1) = E(FALSE)
  OBVIOUS
THEOREM True_hidden_enabled_same_value == ASSUME x' = 2 PROVE E(x' = 1) = E(x' = 1)
  OBVIOUS
\* Per argument: Put reads its argument by value (only x is primed), Via hands it to Nxt.
Put(m) == x' = m
Via(p) == Nxt(p) = 0
THEOREM False_hidden_passed_to_prime == ASSUME x = y PROVE Via(x) = Via(y)
  OBVIOUS
THEOREM True_hidden_passed_to_prime == ASSUME x = y PROVE Put(x) = Put(y)
  OBVIOUS
====
