---- MODULE card_congruence ----
\* Cardinality gives equal results on sets with the same elements (finite or not), and on
\* nothing else: a function update that moves an element into or out of a filtered set
\* changes its cardinality.
EXTENDS Naturals, FiniteSets

VARIABLE pc
CONSTANT Procs

THEOREM False_card_update_enters ==
  ASSUME NEW self \in Procs, pc \in [Procs -> {"a", "b", "c"}], pc[self] = "b",
         pc' = [pc EXCEPT ![self] = "a"]
  PROVE  Cardinality({p \in Procs : pc'[p] = "a"}) = Cardinality({p \in Procs : pc[p] = "a"})
  OBVIOUS
THEOREM True_card_update_enters ==
  ASSUME NEW self \in Procs, pc \in [Procs -> {"a", "b", "c"}], pc[self] = "c",
         pc' = [pc EXCEPT ![self] = "b"]
  PROVE  Cardinality({p \in Procs : pc'[p] = "a"}) = Cardinality({p \in Procs : pc[p] = "a"})
  OBVIOUS

THEOREM False_card_same_size_other_set ==
  ASSUME NEW S, NEW T, S # T PROVE Cardinality(S) = Cardinality(T)
  OBVIOUS
THEOREM True_card_same_size_other_set ==
  ASSUME NEW S, NEW T, \A x : x \in S <=> x \in T PROVE Cardinality(S) = Cardinality(T)
  OBVIOUS

THEOREM False_card_filter_same ==
  ASSUME NEW r, r = Cardinality({p \in Procs : pc[p] \in {"a", "b"}})
  PROVE  r = Cardinality({p \in Procs : pc[p] = "a"})
  OBVIOUS
THEOREM True_card_filter_same ==
  ASSUME NEW r, r = Cardinality({p \in Procs : pc[p] \in {"a", "b"}})
  PROVE  r = Cardinality({p \in Procs : pc[p] = "b" \/ pc[p] = "a"})
  OBVIOUS
====
