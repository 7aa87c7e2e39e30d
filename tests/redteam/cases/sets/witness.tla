---- MODULE witness ----
\* A goal \E x \in D : P(x) gets the instances for the terms the context puts in D:
\* only a term of the same domain, and only for P of that term.
EXTENDS FiniteSets

\* S = {} leaves T = {} the only subset.
THEOREM False_witness_subset == ASSUME NEW S, NEW T \in SUBSET S PROVE \E A \in SUBSET S : A # T
  OBVIOUS
THEOREM True_witness_subset == ASSUME NEW S, NEW T \in SUBSET S, T # {} PROVE \E A \in SUBSET S : A # {}
  OBVIOUS

\* T is a subset of U, not of S.
THEOREM False_witness_domain ==
  ASSUME NEW S, NEW U, NEW T, T \in SUBSET U, T # {} PROVE \E A \in SUBSET S : A = T
  OBVIOUS
THEOREM True_witness_domain ==
  ASSUME NEW S, NEW U, NEW T, T \in SUBSET S, T # {} PROVE \E A \in SUBSET S : A = T
  OBVIOUS

\* Cantor's diagonal set as the witness of a WITNESS step.
THEOREM False_cantor_witness ==
  ASSUME NEW S, NEW f \in [S -> SUBSET S], {z \in S : z \notin f[z]} \in SUBSET S
  PROVE \E A \in SUBSET S : \A x \in S : f[x] = A
  OBVIOUS
THEOREM True_cantor_witness ==
  ASSUME NEW S, NEW f \in [S -> SUBSET S], {z \in S : z \notin f[z]} \in SUBSET S,
         \A x \in S : f[x] # {z \in S : z \notin f[z]}
  PROVE \E A \in SUBSET S : \A x \in S : f[x] # A
  OBVIOUS
\* x \in UNION {e(T) : T \in D} is \E T \in D : x \in e(T): a witness must be in D, and x in its
\* image.
THEOREM False_union_witness_domain ==
  ASSUME NEW S, NEW M, NEW R, NEW f, NEW W, f \in [W -> R], W \in SUBSET M
  PROVE  f \in UNION {[T -> R] : T \in SUBSET S}
  OBVIOUS
THEOREM True_union_witness_domain ==
  ASSUME NEW S, NEW M, NEW R, NEW f, NEW W, f \in [W -> R], W \in SUBSET S
  PROVE  f \in UNION {[T -> R] : T \in SUBSET S}
  OBVIOUS
THEOREM False_union_witness_image ==
  ASSUME NEW S, NEW R, NEW Q, NEW f, NEW W, f \in [W -> Q], W \in SUBSET S
  PROVE  f \in UNION {[T -> R] : T \in SUBSET S}
  OBVIOUS
THEOREM True_union_witness_image ==
  ASSUME NEW S, NEW R, NEW Q, NEW f, NEW W, f \in [W -> Q], Q \subseteq R, W \in SUBSET S
  PROVE  f \in UNION {[T -> R] : T \in SUBSET S}
  OBVIOUS
====
