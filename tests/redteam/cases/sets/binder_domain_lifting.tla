---- MODULE binder_domain_lifting ----
\* The domain of a bound variable may hold a construct over the variable once unfolded
\* (n \in {m \in S : F({e \in G : m \in e})} holds {e \in G : n \in e}): the construct
\* depends on the variable, never on one value shared by every fact.
CONSTANTS S, G, P(_), Q(_), F(_)
THEOREM False_shared_domain_construct ==
  ASSUME \A n \in {m \in S : F({e \in G : m \in e})} : P(n),
         \A n \in {m \in S : ~F({e \in G : m \in e})} : Q(n)
  PROVE  (\A n \in S : P(n)) \/ (\A n \in S : Q(n))
  OBVIOUS
THEOREM True_shared_domain_construct ==
  ASSUME \A n \in {m \in S : F({e \in G : m \in e})} : P(n),
         \A n \in {m \in S : ~F({e \in G : m \in e})} : Q(n)
  PROVE  \A n \in S : P(n) \/ Q(n)
  OBVIOUS
THEOREM False_shared_domain_construct_sequent ==
  ASSUME ASSUME NEW n \in {m \in S : F({e \in G : m \in e})} PROVE P(n),
         ASSUME NEW n \in {m \in S : ~F({e \in G : m \in e})} PROVE Q(n)
  PROVE  (\A n \in S : P(n)) \/ (\A n \in S : Q(n))
  OBVIOUS
THEOREM True_shared_domain_construct_sequent ==
  ASSUME ASSUME NEW n \in {m \in S : F({e \in G : m \in e})} PROVE P(n),
         ASSUME NEW n \in {m \in S : ~F({e \in G : m \in e})} PROVE Q(n)
  PROVE  \A n \in S : P(n) \/ Q(n)
  OBVIOUS
====
