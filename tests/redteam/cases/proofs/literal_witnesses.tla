---- MODULE literal_witnesses ----
\* Witnesses TRUE and FALSE for unbounded existentials without a matched witness, and
\* existentials over several variables tried one variable at a time: each instance implies
\* the existential, so only true goals get proved.
EXTENDS Naturals, TLAPS
VARIABLE v
THEOREM False_no_two_values_in_a_singleton == \E x, y \in {1} : x # y
  OBVIOUS
THEOREM True_two_values_in_a_pair == \E x, y \in {1, 2} : x # y
  OBVIOUS
THEOREM False_value_unequal_to_itself == \E x : x # x
  OBVIOUS
THEOREM True_two_distinct_values == \E x, y : x # y
  OBVIOUS
THEOREM False_true_and_not == \E x : x /\ ~x
  OBVIOUS
THEOREM True_some_value_is_true == \E x : x
  OBVIOUS
THEOREM False_three_values_in_a_pair == \E x, y, z \in {1, 2} : x # y /\ y # z /\ x # z
  OBVIOUS
THEOREM True_three_values_in_a_triple == \E x, y, z \in {1, 2, 3} : x # y /\ y # z /\ x # z
  OBVIOUS
THEOREM False_enabled_of_merged_primes == ENABLED (v' # v' /\ v' = 1)
  BY ExpandENABLED
THEOREM True_enabled_of_two_primes == ENABLED (v' # v)
  BY ExpandENABLED
====
