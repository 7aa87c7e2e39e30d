---- MODULE lifted ----
\* Set builders, CHOOSE and singleton witnesses: a construct is one symbol applied to the
\* constants and variables it mentions, so equal arguments give equal values, and only
\* those; set equalities keep their terms next to their element-wise unfolding.
EXTENDS FiniteSets, Naturals
CONSTANTS S, f, g, h
VARIABLES v, w

THEOREM False_filters_of_other_functions == {x \in S : f[x]} = {x \in S : g[x]}
  OBVIOUS
THEOREM True_filters_of_other_functions ==
  ASSUME f = g PROVE {x \in S : f[x]} = {x \in S : g[x]}
  OBVIOUS

THEOREM False_card_of_third_function ==
  ASSUME f = g PROVE Cardinality({x \in S : f[x]}) = Cardinality({x \in S : h[x]})
  OBVIOUS
THEOREM True_card_of_third_function ==
  ASSUME v' = v PROVE Cardinality({x \in S : v'[x]}) = Cardinality({x \in S : v[x]})
  OBVIOUS

THEOREM False_choose_other_predicate ==
  (CHOOSE x \in S : x = f) = (CHOOSE x \in S : x = g)
  OBVIOUS
THEOREM True_choose_other_predicate ==
  ASSUME f = g PROVE (CHOOSE x \in S : x = f) = (CHOOSE x \in S : x = g)
  OBVIOUS

THEOREM False_singleton_witness_other_set ==
  ASSUME \E x : S = {x} PROVE \E m : h = {m}
  OBVIOUS
THEOREM True_singleton_witness_other_set ==
  ASSUME IsFiniteSet(S), Cardinality(S) = 1,
         \A T : IsFiniteSet(T) => (Cardinality(T) = 1 <=> \E x : T = {x})
  PROVE  \E m : S = {m}
  OBVIOUS

\* A declared integer (w \in Nat types w as Int) and its primed twin (typed U): one
\* lifted symbol, so w' = w carries over by congruence; other values do not.
THEOREM False_int_twin ==
  ASSUME w \in Nat, w' = w + 1, v' = v
  PROVE  f[[i \in 1..w'-1 |-> v'[i]]] = f[[i \in 1..w-1 |-> v[i]]]
  OBVIOUS
THEOREM True_int_twin ==
  ASSUME w \in Nat, w' = w, v' = v
  PROVE  f[[i \in 1..w'-1 |-> v'[i]]] = f[[i \in 1..w-1 |-> v[i]]]
  OBVIOUS

\* A construct is the same symbol at the top and nested in another lifted construct.
Fix(G(_, _)) == CHOOSE r : r = [n \in Nat |-> G(r, n)]
THEOREM False_nested_same_choose ==
  ASSUME NEW G(_, _), Fix(G) = [m \in Nat |-> G(Fix(G), m)]
  PROVE  \A n \in Nat : Fix(G)[n] = G(Fix(G), n + 1)
  BY DEF Fix
THEOREM True_nested_same_choose ==
  ASSUME NEW G(_, _), Fix(G) = [m \in Nat |-> G(Fix(G), m)]
  PROVE  \A n \in Nat : Fix(G)[n] = G(Fix(G), n)
  BY DEF Fix
====
