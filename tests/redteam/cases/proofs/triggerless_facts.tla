---- MODULE triggerless_facts ----
\* A universal fact whose body offers no trigger (\A S, f : \E A ... : ...) is instantiated
\* at the terms of the obligation that its subterms match. An instance follows from the
\* fact, so only true consequences are added; state-level terms are no instances of a
\* fact about values when it has primes (\A x : x' = x, x := v).
EXTENDS Naturals
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
THEOREM True_surjection_from_powerset ==
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
THEOREM True_flexible_instance ==
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
\* A cited lemma ASSUME NEW S, NEW T, NEW f \in [S -> T], ... PROVE C has no term over
\* S, T and f outside its conclusion's quantifier: instantiated at the context's terms, its
\* hypotheses must still hold there.
THEOREM True_pigeonhole_instance_wrong_sizes ==
  ASSUME NEW C, NEW D, NEW g, NEW Card(_), Card(D) < Card(C), g \in [C -> D],
         ASSUME NEW S, NEW T, Card(T) < Card(S), NEW f \in [S -> T]
         PROVE  \E x, y \in S : x # y /\ f[x] = f[y]
  PROVE  \E m, n \in C : m # n /\ g[m] = g[n]
  OBVIOUS
THEOREM False_pigeonhole_instance_wrong_sizes ==
  ASSUME NEW C, NEW D, NEW g, NEW Card(_), Card(C) < Card(D), g \in [C -> D],
         ASSUME NEW S, NEW T, Card(T) < Card(S), NEW f \in [S -> T]
         PROVE  \E x, y \in S : x # y /\ f[x] = f[y]
  PROVE  \E m, n \in C : m # n /\ g[m] = g[n]
  OBVIOUS
THEOREM False_pigeonhole_instance_no_function ==
  ASSUME NEW C, NEW D, NEW g, NEW Card(_), Card(D) < Card(C), DOMAIN g = C,
         ASSUME NEW S, NEW T, Card(T) < Card(S), NEW f \in [S -> T]
         PROVE  \E x, y \in S : x # y /\ f[x] = f[y]
  PROVE  \E m, n \in C : m # n /\ g[m] = g[n]
  OBVIOUS
THEOREM True_flexible_instance_hidden ==
  ASSUME NEW c, \A x : \E A \in {x} : Stays(x) /\ A = x
  PROVE  Stays(c)
  OBVIOUS
THEOREM True_pigeonhole_instance_no_function ==
  ASSUME NEW C, NEW D, NEW g, NEW Card(_), Card(D) < Card(C), g \in [C -> D], DOMAIN g = C,
         ASSUME NEW S, NEW T, Card(T) < Card(S), NEW f \in [S -> T]
         PROVE  \E x, y \in S : x # y /\ f[x] = f[y]
  PROVE  \E m, n \in C : m # n /\ g[m] = g[n]
  OBVIOUS
====
