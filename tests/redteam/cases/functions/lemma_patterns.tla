---- MODULE lemma_patterns ----
\* A cited lemma over NEW f \in [S -> T] is triggered by its declared operators' terms
\* (Sum(f), F(G(f))) instead of the guard's: its instances still need f \in [S -> T]
\* and the lemma's hypotheses.
EXTENDS Naturals
CONSTANT Sum(_), F(_), G(_), S

THEOREM False_lemma_outside_function_set ==
  ASSUME NEW g,
         ASSUME NEW f \in [S -> Nat] PROVE Sum(f) = 0 <=> \A x \in S : f[x] = 0,
         \A x \in S : g[x] = 0
  PROVE  Sum(g) = 0
  OBVIOUS
THEOREM True_lemma_outside_function_set ==
  ASSUME NEW g \in [S -> Nat],
         ASSUME NEW f \in [S -> Nat] PROVE Sum(f) = 0 <=> \A x \in S : f[x] = 0,
         \A x \in S : g[x] = 0
  PROVE  Sum(g) = 0
  OBVIOUS

\* F(f) beside F(G(f)): F(f) is no pattern (a loop), F(G(f)) is one; the hypothesis F(f)
\* of the lemma must still hold.
THEOREM False_lemma_hypothesis_unstated ==
  ASSUME NEW g \in [S -> S],
         ASSUME NEW f \in [S -> S], F(f) = 1 PROVE F(G(f)) = 1
  PROVE  F(G(g)) = 1
  OBVIOUS
THEOREM True_lemma_hypothesis_unstated ==
  ASSUME NEW g \in [S -> S], F(g) = 1,
         ASSUME NEW f \in [S -> S], F(f) = 1 PROVE F(G(f)) = 1
  PROVE  F(G(g)) = 1
  OBVIOUS
====
