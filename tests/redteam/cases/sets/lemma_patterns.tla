---- MODULE lemma_patterns ----
\* A cited lemma ASSUME NEW f \in S PROVE Sum(f) = 0 <=> P(f) is instantiated at the
\* Sum terms of the obligation: still only for arguments in S.
CONSTANT Sum(_), P(_), S

THEOREM False_lemma_outside_domain ==
  ASSUME NEW g, ASSUME NEW f \in S PROVE Sum(f) = 0 <=> P(f), P(g) PROVE Sum(g) = 0
  OBVIOUS
THEOREM True_lemma_in_domain ==
  ASSUME NEW g \in S, ASSUME NEW f \in S PROVE Sum(f) = 0 <=> P(f), P(g) PROVE Sum(g) = 0
  OBVIOUS
====
