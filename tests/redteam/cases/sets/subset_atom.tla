---- MODULE subset_atom ----
\* x \in SUBSET S is kept as an atom beside its unfolding: a lemma about subsets is
\* instantiated through it, but only for sets that are subsets.
EXTENDS Integers, FiniteSets
CONSTANT P(_)
THEOREM True_subset_lemma ==
  ASSUME \A n : P(n) \in SUBSET (1 .. n),
         ASSUME NEW a \in Int, NEW b \in Int PROVE IsFiniteSet(a .. b),
         ASSUME NEW S, IsFiniteSet(S), NEW T \in SUBSET S PROVE IsFiniteSet(T)
  PROVE  IsFiniteSet(P(3))
  OBVIOUS
THEOREM False_subset_lemma ==
  ASSUME \A n : P(n) \in SUBSET (1 .. n) \/ n = 3,
         ASSUME NEW a \in Int, NEW b \in Int PROVE IsFiniteSet(a .. b),
         ASSUME NEW S, IsFiniteSet(S), NEW T \in SUBSET S PROVE IsFiniteSet(T)
  PROVE  IsFiniteSet(P(3))
  OBVIOUS
THEOREM True_not_subset == ASSUME NEW x, 4 \in x PROVE x \notin SUBSET (1 .. 3)
  OBVIOUS
THEOREM False_not_subset == ASSUME NEW x, 3 \in x PROVE x \notin SUBSET (1 .. 3)
  OBVIOUS
====
