---- MODULE ranges ----
\* Integer intervals m..n.
EXTENDS Integers, FiniteSets

THEOREM False_empty_range == 1..0 # {}
  OBVIOUS
THEOREM True_empty_range == 1..0 = {}
  OBVIOUS

THEOREM False_range_member == 3 \in 1..2
  OBVIOUS
THEOREM True_range_member == 2 \in 1..2
  OBVIOUS

THEOREM False_range_card == Cardinality(1..5) = 4
  OBVIOUS
THEOREM True_range_card == Cardinality(1..5) = 5
  OBVIOUS

THEOREM False_reversed_card == Cardinality(5..1) = -3
  OBVIOUS
THEOREM True_reversed_card == Cardinality(5..1) = 0
  OBVIOUS

THEOREM False_range_subset == 1..3 \subseteq 2..4
  OBVIOUS
THEOREM True_range_subset == 2..3 \subseteq 1..4
  OBVIOUS

THEOREM False_range_enum == 1..3 = {1, 2}
  OBVIOUS
THEOREM True_range_enum == 1..3 = {1, 2, 3}
  OBVIOUS

THEOREM False_range_var == \A n \in Nat : n \in 1..n
  OBVIOUS
THEOREM True_range_var == \A n \in Nat : n \in 0..n
  OBVIOUS
\* 1..n contains 1, ..., n: tuples of different lengths differ; the same length says nothing.
THEOREM False_tuple_length == ASSUME NEW S, NEW e \in S \X S, NEW a, NEW b PROVE e # <<a, b>>
  OBVIOUS
THEOREM True_tuple_length == ASSUME NEW S, NEW e \in S \X S, NEW a PROVE e # <<>> /\ e # <<a>>
  OBVIOUS
THEOREM False_range_elements == 3 \in 1..2
  OBVIOUS
THEOREM True_range_elements == ASSUME NEW a, NEW b, NEW c PROVE <<a, b>> # <<a, b, c>>
  OBVIOUS
====
