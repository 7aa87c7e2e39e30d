---- MODULE triggerless_facts ----
\* A universal fact whose body offers no trigger (\A S, f : \E A ... : ...) is instantiated
\* at the terms of the obligation that its subterms match. An instance follows from the
\* fact, so only true consequences are added; state-level terms are no instances of a
\* fact about values when it has primes (\A x : x' = x, x := v).
VARIABLE v
Stays(y) == y' = y
THEOREM True_no_universal_set ==
  ASSUME NEW S,
         \A T, f : \E A \in SUBSET T : \A x \in T : f[x] # A,
         ASSUME NEW A \in SUBSET S PROVE \E x \in S : [y \in S |-> y][x] = A
  PROVE  FALSE
  OBVIOUS
THEOREM False_no_universal_set ==
  ASSUME NEW S,
         \A T, f : \E A \in SUBSET T : \A x \in T : f[x] # A,
         ASSUME NEW A \in SUBSET S PROVE \E x \in S : [y \in S |-> y][x] # A
  PROVE  FALSE
  OBVIOUS
THEOREM True_no_surjection ==
  ASSUME NEW S, NEW g,
         \A T, f : \E A \in SUBSET T : \A x \in T : f[x] # A,
         ASSUME NEW A \in SUBSET S PROVE \E x \in S : g[x] = A
  PROVE  FALSE
  OBVIOUS
THEOREM False_surjection_from_powerset ==
  ASSUME NEW S, NEW g,
         \A T, f : \E A \in SUBSET T : \A x \in T : f[x] # A,
         ASSUME NEW A \in SUBSET S PROVE \E x \in SUBSET S : g[x] = A
  PROVE  FALSE
  OBVIOUS
THEOREM True_rigid_instance ==
  ASSUME NEW c, \A x : \E A \in {x} : Stays(x) /\ A = x
  PROVE  Stays(c)
  BY DEF Stays
THEOREM False_flexible_instance ==
  ASSUME \A x : \E A \in {x} : Stays(x) /\ A = x
  PROVE  Stays(v)
  BY DEF Stays
THEOREM False_flexible_instance_hidden ==
  ASSUME \A x : \E A \in {x} : Stays(x) /\ A = x
  PROVE  Stays(v)
  OBVIOUS
====
