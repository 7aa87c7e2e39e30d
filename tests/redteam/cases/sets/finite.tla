---- MODULE finite ----
\* IsFiniteSet and Cardinality (FiniteSets).
EXTENDS Naturals, FiniteSets

THEOREM False_card_singleton == Cardinality({1}) = 2
  OBVIOUS
THEOREM True_card_singleton == Cardinality({1}) = 1
  OBVIOUS

THEOREM False_card_empty == Cardinality({}) = 1
  OBVIOUS
THEOREM True_card_empty == Cardinality({}) = 0
  OBVIOUS

THEOREM False_card_nonempty == \A S : IsFiniteSet(S) /\ S # {} => Cardinality(S) = 1
  OBVIOUS
THEOREM True_card_nonempty == \A S : IsFiniteSet(S) /\ S # {} => Cardinality(S) > 0
  OBVIOUS

THEOREM False_finite_nat == IsFiniteSet(Nat)
  OBVIOUS
THEOREM True_finite_nat == IsFiniteSet({1, 2, 3})
  OBVIOUS

THEOREM False_finite_superset == \A S, T : IsFiniteSet(S) /\ S \subseteq T => IsFiniteSet(T)
  OBVIOUS
THEOREM True_finite_superset == \A S, T : IsFiniteSet(T) /\ S \subseteq T => IsFiniteSet(S)
  OBVIOUS

THEOREM False_finite_any == \A S : IsFiniteSet(S)
  OBVIOUS
THEOREM True_finite_any == \A S : IsFiniteSet(S) => IsFiniteSet(S \cap {1})
  OBVIOUS

THEOREM False_card_union == \A S, T : IsFiniteSet(S) /\ IsFiniteSet(T) =>
                              Cardinality(S \cup T) = Cardinality(S) + Cardinality(T)
  OBVIOUS
THEOREM True_card_union == \A S, T : IsFiniteSet(S) /\ IsFiniteSet(T) =>
                             Cardinality(S \cup T) =< Cardinality(S) + Cardinality(T)
  OBVIOUS

THEOREM False_card_pair == Cardinality({1, 2}) = 1
  OBVIOUS
THEOREM True_card_pair == Cardinality({1, 2}) \in Nat
  OBVIOUS

THEOREM False_card_untyped_set == \A S : Cardinality(S) \in Nat
  OBVIOUS
THEOREM True_card_untyped_set == \A S : IsFiniteSet(S) => Cardinality(S) \in Nat
  OBVIOUS

THEOREM False_card_mono == \A S, T : S \subseteq T => Cardinality(S) =< Cardinality(T)
  OBVIOUS
THEOREM True_card_mono == \A S, T : IsFiniteSet(T) /\ S \subseteq T => Cardinality(S) =< Cardinality(T)
  OBVIOUS

THEOREM False_finite_subset_of_set == \A S : IsFiniteSet(SUBSET S)
  OBVIOUS
THEOREM True_finite_subset_of_set == \A S : IsFiniteSet(S) => IsFiniteSet(S \ {1})
  OBVIOUS
====
