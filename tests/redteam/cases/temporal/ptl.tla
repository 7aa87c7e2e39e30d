---- MODULE ptl ----
\* Propositional temporal logic.
EXTENDS Naturals, TLAPS
VARIABLE x

THEOREM False_box_intro == ASSUME NEW TEMPORAL P PROVE P => []P
  BY PTL
THEOREM True_box_intro == ASSUME NEW TEMPORAL P PROVE []P => P
  BY PTL

THEOREM False_diamond_box == ASSUME NEW TEMPORAL P PROVE <>P => []P
  BY PTL
THEOREM True_diamond_box == ASSUME NEW TEMPORAL P PROVE []P => <>P
  BY PTL

THEOREM False_leadsto_sym == ASSUME NEW TEMPORAL P, NEW TEMPORAL Q PROVE (P ~> Q) => (Q ~> P)
  BY PTL
THEOREM True_leadsto_sym == ASSUME NEW TEMPORAL P, NEW TEMPORAL Q, NEW TEMPORAL R
                            PROVE (P ~> Q) /\ (Q ~> R) => (P ~> R)
  BY PTL

THEOREM False_box_or == ASSUME NEW TEMPORAL P, NEW TEMPORAL Q PROVE [](P \/ Q) => []P \/ []Q
  BY PTL
THEOREM True_box_or == ASSUME NEW TEMPORAL P, NEW TEMPORAL Q PROVE []P \/ []Q => [](P \/ Q)
  BY PTL

THEOREM False_diamond_and == ASSUME NEW TEMPORAL P, NEW TEMPORAL Q PROVE <>P /\ <>Q => <>(P /\ Q)
  BY PTL
THEOREM True_diamond_and == ASSUME NEW TEMPORAL P, NEW TEMPORAL Q PROVE <>(P /\ Q) => <>P /\ <>Q
  BY PTL

THEOREM False_infinitely_often == ASSUME NEW TEMPORAL P PROVE []<>P => <>[]P
  BY PTL
THEOREM True_infinitely_often == ASSUME NEW TEMPORAL P PROVE <>[]P => []<>P
  BY PTL

THEOREM False_invariant == x \in Nat /\ [][x' = x - 1]_x => [](x \in Nat)
<1>1. x \in Nat /\ [x' = x - 1]_x => x' \in Nat
  OBVIOUS
<1> QED
  BY <1>1, PTL
THEOREM True_invariant == x \in Nat /\ [][x' = x + 1]_x => [](x \in Nat)
<1>1. x \in Nat /\ [x' = x + 1]_x => x' \in Nat
  OBVIOUS
<1> QED
  BY <1>1, PTL

THEOREM False_state_box == x = 0 => [](x = 0)
  BY PTL
THEOREM True_state_box == [](x = 0) => x = 0
  BY PTL

THEOREM False_state_next == x = 0 => (x = 0)'
  BY PTL
THEOREM True_state_next == [](x = 0) => (x = 0)'
  BY PTL

THEOREM False_box_next == [](x = 0) => (x = 1)'
  BY PTL
THEOREM True_box_next == [](x = 0) => [](x = 0)
  BY PTL

THEOREM False_diamond_now == ASSUME NEW TEMPORAL P PROVE <>P => P
  BY PTL
THEOREM True_diamond_now == ASSUME NEW TEMPORAL P PROVE P => <>P
  BY PTL

THEOREM False_until_box == ASSUME NEW TEMPORAL P, NEW TEMPORAL Q PROVE (P ~> Q) => (P => Q)
  BY PTL
THEOREM True_until_box == ASSUME NEW TEMPORAL P, NEW TEMPORAL Q PROVE [](P => Q) => (P ~> Q)
  BY PTL

\* \A commutes with [] and \E with <> over a constant domain, not over a state variable.
THEOREM False_forall_box_state == ASSUME NEW TEMPORAL P(_) PROVE (\A s \in x : []P(s)) => [](\A s \in x : P(s))
  BY PTL
THEOREM True_forall_box_state == ASSUME NEW CONSTANT S, NEW TEMPORAL P(_) PROVE (\A s \in S : []P(s)) <=> [](\A s \in S : P(s))
  BY PTL

THEOREM False_exists_box == ASSUME NEW CONSTANT S, NEW TEMPORAL P(_) PROVE [](\E s \in S : P(s)) => \E s \in S : []P(s)
  BY PTL
THEOREM True_exists_box == ASSUME NEW CONSTANT S, NEW TEMPORAL P(_) PROVE (\E s \in S : <>P(s)) <=> <>(\E s \in S : P(s))
  BY PTL

THEOREM False_forall_diamond == ASSUME NEW CONSTANT S, NEW TEMPORAL P(_) PROVE (\A s \in S : <>P(s)) => <>(\A s \in S : P(s))
  BY PTL
THEOREM True_forall_diamond == ASSUME NEW TEMPORAL P(_) PROVE (\A s : []P(s)) => [](\A s : P(s))
  BY PTL
====
