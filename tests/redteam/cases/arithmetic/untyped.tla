---- MODULE untyped ----
\* Arithmetic on values not known to be integers is unspecified: nothing about it is
\* provable except what holds for every value (a + 1 = a + 1, a..b \subseteq Int).
EXTENDS Integers, FiniteSets
CONSTANTS a, b

THEOREM False_card_nat == Cardinality(a .. b) \in Nat
  OBVIOUS
THEOREM True_card_nat == ASSUME NEW m \in Int, NEW n \in Int PROVE Cardinality(m .. n) \in Nat
  OBVIOUS

THEOREM False_finite_range == IsFiniteSet(a .. b)
  OBVIOUS
THEOREM True_finite_range == ASSUME NEW m \in Int, NEW n \in Int PROVE IsFiniteSet(m .. n)
  OBVIOUS

THEOREM False_finite_strings == IsFiniteSet("a" .. "z")
  OBVIOUS
THEOREM True_finite_strings == IsFiniteSet(1 .. 26)
  OBVIOUS

THEOREM False_card_strings == Cardinality("a" .. "b") = 0
  OBVIOUS
THEOREM True_card_strings == Cardinality(2 .. 1) = 0
  OBVIOUS

THEOREM False_plus_string_comm == "a" + 1 = 1 + "a"
  OBVIOUS
THEOREM True_plus_string_comm == "a" + 1 = "a" + 1
  OBVIOUS

THEOREM False_plus_zero == a + 0 = a
  OBVIOUS
THEOREM True_plus_zero == ASSUME NEW m \in Int PROVE m + 0 = m
  OBVIOUS

THEOREM False_total_order == a < b \/ b < a \/ a = b
  OBVIOUS
THEOREM True_total_order == ASSUME NEW m \in Int, NEW n \in Int PROVE m < n \/ n < m \/ m = n
  OBVIOUS

THEOREM False_leq_refl == a =< a
  OBVIOUS
THEOREM True_leq_refl == ASSUME NEW m \in Nat PROVE m =< m
  OBVIOUS

THEOREM False_minus_self == a - a = 0
  OBVIOUS
THEOREM True_minus_self == ASSUME NEW m \in Int PROVE m - m = 0
  OBVIOUS

THEOREM False_range_self == a \in a .. a
  OBVIOUS
THEOREM True_range_self == ASSUME NEW m \in Int PROVE m \in m .. m
  OBVIOUS

THEOREM False_div_one == a \div 1 = a
  OBVIOUS
THEOREM True_div_one == ASSUME NEW m \in Int PROVE m \div 1 = m
  OBVIOUS

THEOREM False_range_int_member == \E i \in a .. b : i \in Int
  OBVIOUS
THEOREM True_range_int_member == a .. b \subseteq Int
  OBVIOUS

THEOREM False_times_comm == a * b = b * a
  OBVIOUS
THEOREM True_times_comm == ASSUME NEW m \in Int, NEW n \in Int PROVE m * n = n * m
  OBVIOUS

THEOREM False_string_plus_int == "a" + 1 \in Int
  OBVIOUS
THEOREM True_string_plus_int == 0 + 1 \in Int
  OBVIOUS

THEOREM False_card_singleton_range == Cardinality(a .. a) = 1
  OBVIOUS
THEOREM True_card_singleton_range == ASSUME NEW m \in Int PROVE Cardinality(m .. m) = 1
  OBVIOUS

\* Naturals defines a < b as a =< b /\ a # b for every value; =< itself is unspecified.
THEOREM False_untyped_lt_asymmetric == a < b => ~(b =< a)
  OBVIOUS
THEOREM True_untyped_lt_asymmetric == ASSUME NEW m \in Int, NEW n \in Int PROVE m < n => ~(n =< m)
  OBVIOUS
THEOREM False_untyped_le_lt == a =< b => a < b
  OBVIOUS
THEOREM True_untyped_le_lt == a =< b /\ a # b => a < b
  OBVIOUS
THEOREM False_untyped_lt_irreflexive == ~("a" < "b")
  OBVIOUS
THEOREM True_untyped_lt_irreflexive == a < b => a # b
  OBVIOUS
\* The step of VoteProof: a bound not known to be a number, and a value below it.
THEOREM False_untyped_lt_below == ASSUME NEW F, F[1] =< b PROVE b > F[1]
  OBVIOUS
THEOREM True_untyped_lt_below == ASSUME NEW F, F[1] =< b, F[1] # b PROVE b > F[1]
  OBVIOUS
\* a..b == {i \in Int : a =< i /\ i =< b} for any a, b, with =< unspecified off Int.
THEOREM False_range_bounds_untyped == \A x \in 0 .. a : x \in 1 .. a
  OBVIOUS
THEOREM True_range_bounds_untyped == \A x \in 1 .. a : x \in 0 .. a
  OBVIOUS

THEOREM False_range_subset_other_bound == 1 .. a \subseteq 0 .. b
  OBVIOUS
THEOREM True_range_subset_other_bound == 1 .. a \subseteq 0 .. a
  OBVIOUS

THEOREM False_range_nonempty_ordered == ASSUME NEW x \in a .. b PROVE a =< b
  OBVIOUS
THEOREM True_range_nonempty_ordered ==
  ASSUME NEW m \in Int, NEW n \in Int, NEW x \in m .. n PROVE m =< n
  OBVIOUS

THEOREM False_range_untyped_finite == \A x \in 1 .. a : IsFiniteSet(1 .. a)
  OBVIOUS
THEOREM True_range_untyped_finite == \A x \in 1 .. a : a \in Int => IsFiniteSet(1 .. a)
  OBVIOUS
====
