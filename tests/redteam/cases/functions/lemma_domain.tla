---- MODULE lemma_domain ----
\* A cited lemma ASSUME NEW f \in [S -> T] PROVE P(f) applies to the functions of
\* [S -> T] only: a term stated to be one, or a function constructor mapping S into T.
CONSTANT P(_), S, T, c

THEOREM False_lemma_domain_other ==
  ASSUME NEW g, ASSUME NEW f \in [S -> T] PROVE P(f) PROVE P(g)
  OBVIOUS
THEOREM True_lemma_domain_stated ==
  ASSUME NEW g \in [S -> T], ASSUME NEW f \in [S -> T] PROVE P(f) PROVE P(g)
  OBVIOUS

THEOREM False_lemma_domain_constructor ==
  ASSUME ASSUME NEW f \in [S -> T] PROVE P(f) PROVE P([x \in S |-> c])
  OBVIOUS
THEOREM True_lemma_domain_constructor ==
  ASSUME c \in T, ASSUME NEW f \in [S -> T] PROVE P(f) PROVE P([x \in S |-> c])
  OBVIOUS
====
