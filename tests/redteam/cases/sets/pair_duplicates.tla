---- MODULE pair_duplicates ----
\* {a, a} = {a}: a pair whose elements are equal is a singleton, so what holds of {m}
\* holds of {m, n} when m = n, and nothing more.
EXTENDS FiniteSets
THEOREM True_pair_cardinality ==
  ASSUME NEW m, NEW n, m = n
  PROVE  Cardinality({m, n}) = 1
  OBVIOUS
THEOREM False_pair_cardinality ==
  ASSUME NEW m, NEW n
  PROVE  Cardinality({m, n}) = 1
  OBVIOUS
THEOREM True_pair_operator ==
  ASSUME NEW m, NEW n, NEW F(_), m = n
  PROVE  F({m, n}) = F({n})
  OBVIOUS
THEOREM False_pair_operator ==
  ASSUME NEW m, NEW n, NEW F(_)
  PROVE  F({m, n}) = F({n})
  OBVIOUS
THEOREM False_pair_same_empty ==
  ASSUME NEW m, NEW n, m = n
  PROVE  {m, n} = {}
  OBVIOUS
THEOREM True_pair_same_empty ==
  ASSUME NEW m, NEW n, m = n
  PROVE  {m, n} = {n}
  OBVIOUS
====
