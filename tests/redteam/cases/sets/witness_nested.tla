---- MODULE witness_nested ----
\* An existential nested in the goal, \E v \in D : P(v), gets the instances t \in D /\ P(t)
\* for the terms t that P's subterms match in the context (v \notin M against f[p] \notin M
\* gives f[p]): t must still be in D and satisfy all of P, and nothing changes where the
\* existential is not asserted (under ~).
EXTENDS Integers
VARIABLE M

THEOREM False_nested_domain ==
  ASSUME NEW S, NEW f, NEW p, f[p] \notin M, f[p] \notin S
  PROVE  FALSE \/ (TRUE /\ \E v \in S : v \notin M)
  OBVIOUS
THEOREM True_nested_domain ==
  ASSUME NEW S, NEW f, NEW p, f[p] \notin M, f[p] \in S
  PROVE  FALSE \/ (TRUE /\ \E v \in S : v \notin M)
  OBVIOUS

THEOREM False_nested_body ==
  ASSUME NEW S, NEW f, NEW p, f[p] \in S, f[p] \notin M, M' = M \cup {f[p]}
  PROVE  FALSE \/ \E v \in S : v \notin M /\ M' = M \cup {v} /\ v # f[p]
  OBVIOUS
THEOREM True_nested_body ==
  ASSUME NEW S, NEW f, NEW p, f[p] \in S, f[p] \notin M, M' = M \cup {f[p]}
  PROVE  FALSE \/ \E v \in S : v \notin M /\ M' = M \cup {v} /\ v \in M'
  OBVIOUS

THEOREM False_nested_negative ==
  ASSUME NEW S, NEW f, NEW p, f[p] \in S, f[p] \notin M
  PROVE  ~\E v \in S : v \notin M
  OBVIOUS
THEOREM True_nested_negative ==
  ASSUME NEW S, NEW f, NEW p, f[p] \in S, f[p] \notin M
  PROVE  ~~\E v \in S : v \notin M
  OBVIOUS

\* The witness f[p] of a union of images, as in a refinement mapping's step.
THEOREM False_nested_union ==
  ASSUME NEW Procs, NEW f, NEW g, NEW p \in Procs, f[p] \notin M, M' = M \cup {f[p]}
  PROVE  M' = M \/ IF M # {} THEN \E v \in UNION {g[i] : i \in Procs} : v \notin M /\ M' = M \cup {v}
                              ELSE FALSE
  OBVIOUS
THEOREM True_nested_union ==
  ASSUME NEW Procs, NEW f, NEW g, NEW p \in Procs, f[p] \notin M, f[p] \in g[p], M' = M \cup {f[p]}
  PROVE  M' = M \/ IF M # {} THEN \E v \in UNION {g[i] : i \in Procs} : v \notin M /\ M' = M \cup {v}
                              ELSE \E w \in g[p] : w \notin M
  OBVIOUS

\* Witnesses through a set constructor and a nested existential: the goal's
\* {[bal |-> c, val |-> v] : v \in S} matches the fact's with c = b and S = T; each
\* instance must still satisfy the whole body (S \subseteq Vals, c \in Nat).
VARIABLE msgs
THEOREM False_nested_image ==
  ASSUME NEW Vals, NEW b \in Nat, NEW T, msgs' = msgs \cup {[bal |-> b, val |-> v] : v \in T}
  PROVE  \E c \in Nat : \E S \in SUBSET Vals : msgs' = msgs \cup {[bal |-> c, val |-> v] : v \in S}
  OBVIOUS
THEOREM False_nested_image_bal ==
  ASSUME NEW Vals, NEW b \in Int, NEW T \in SUBSET Vals, T # {}, msgs = {},
         msgs' = msgs \cup {[bal |-> b, val |-> v] : v \in T}
  PROVE  \E c \in Nat : \E S \in SUBSET Vals : msgs' = msgs \cup {[bal |-> c, val |-> v] : v \in S}
  OBVIOUS
THEOREM True_nested_image_bal ==
  ASSUME NEW Vals, NEW b \in Nat, NEW T \in SUBSET Vals, T # {}, msgs = {},
         msgs' = msgs \cup {[bal |-> b, val |-> v] : v \in T}
  PROVE  \E c \in Nat : \E S \in SUBSET Vals : msgs' = msgs \cup {[bal |-> c, val |-> v] : v \in S}
  OBVIOUS
THEOREM True_nested_image ==
  ASSUME NEW Vals, NEW P(_), NEW b \in Nat, NEW T \in SUBSET Vals, \A v \in T : P(v),
         msgs' = msgs \cup {[bal |-> b, val |-> v] : v \in T}
  PROVE  FALSE \/ \E c \in Nat : \E S \in SUBSET Vals : /\ \A v \in S : P(v)
                                                       /\ msgs' = msgs \cup {[bal |-> c, val |-> v] : v \in S}
  OBVIOUS
====
