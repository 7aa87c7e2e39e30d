---- MODULE literal_witnesses ----
\* Witnesses TRUE and FALSE for unbounded existentials without a matched witness, and
\* existentials over several variables tried one variable at a time: each instance implies
\* the existential, so only true goals get proved.
EXTENDS Naturals, TLAPS
VARIABLE v
THEOREM False_two_values == \E x, y \in {1} : x # y
  OBVIOUS
THEOREM True_two_values == \E x, y \in {1, 2} : x # y
  OBVIOUS
THEOREM False_distinct_values == \E x : x # x
  OBVIOUS
THEOREM True_distinct_values == \E x, y : x # y
  OBVIOUS
THEOREM False_boolean_witness == \E x : x /\ ~x
  OBVIOUS
THEOREM True_boolean_witness == \E x : x
  OBVIOUS
THEOREM False_three_values == \E x, y, z \in {1, 2} : x # y /\ y # z /\ x # z
  OBVIOUS
THEOREM True_three_values == \E x, y, z \in {1, 2, 3} : x # y /\ y # z /\ x # z
  OBVIOUS
THEOREM False_enabled_primes == ENABLED (v' # v' /\ v' = 1)
  BY ExpandENABLED
THEOREM True_enabled_primes == ENABLED (v' # v)
  BY ExpandENABLED
====
