---- MODULE enabled_normal_form ----
\* ENABLEDaxioms puts every ENABLED in a normal form: state-level conjuncts move out,
\* disjunctions and bounded existentials distribute, and conjuncts split only where they
\* prime disjoint variables (found through definitions, hidden or not).
EXTENDS Naturals, TLAPS
VARIABLE x, y
A == x' = 1
B == x' = 2
C == y' = 2
Q(a) == a' = 2
A2 == x' = 1 /\ y' = 1
R2 == y' = 1 /\ x' = 1
P1 == x = 1
H(Op(_)) == Op(x)

THEOREM False_same_variable == ENABLED (x' = 1) /\ ENABLED (x' = 2) => ENABLED (x' = 1 /\ x' = 2)
  BY ENABLEDaxioms
THEOREM True_same_variable == ENABLED (x' = 1) /\ ENABLED (y' = 2) => ENABLED (x' = 1 /\ y' = 2)
  BY ENABLEDaxioms

THEOREM False_through_definitions == ENABLED A /\ ENABLED B => ENABLED (A /\ B)
  BY ENABLEDaxioms
THEOREM True_through_definitions == ENABLED A /\ ENABLED C => ENABLED (A /\ C)
  BY ENABLEDaxioms

THEOREM False_primed_parameter == ENABLED (x' = 1) /\ ENABLED Q(x) => ENABLED (x' = 1 /\ Q(x))
  BY ENABLEDaxioms
THEOREM True_primed_parameter == ENABLED (x' = 1) /\ ENABLED Q(y) => ENABLED (x' = 1 /\ Q(y))
  BY ENABLEDaxioms

THEOREM False_state_conjunct == ENABLED (x = 1 /\ x' = 2) => x = 2
  BY ENABLEDaxioms
THEOREM True_state_conjunct == ENABLED (x = 1 /\ x' = 2) => x = 1
  BY ENABLEDaxioms

THEOREM False_bounded_exists == ENABLED (\E n \in {1, 2} : x' = n /\ n = 3)
  BY ENABLEDaxioms
THEOREM True_bounded_exists == ENABLED (\E n \in {1, 2} : x' = n /\ n = 2) <=> \E n \in {1, 2} : n = 2 /\ ENABLED (x' = n)
  BY ENABLEDaxioms

THEOREM False_disjunction == ENABLED (x' = 1 \/ FALSE) => ENABLED (x' = 1 /\ x' = 2)
  BY ENABLEDaxioms
THEOREM True_disjunction == ENABLED (x' = 1 \/ x' = 2) <=> (ENABLED (x' = 1) \/ ENABLED (x' = 2))
  BY ENABLEDaxioms

THEOREM False_declared_actions ==
  ASSUME NEW ACTION P, NEW ACTION R
  PROVE  ENABLED P /\ ENABLED R => ENABLED (P /\ R)
  BY ENABLEDaxioms
THEOREM True_declared_actions ==
  ASSUME NEW ACTION P, NEW ACTION R
  PROVE  ENABLED (P \/ R) => ENABLED P \/ ENABLED R
  BY ENABLEDaxioms

THEOREM False_equal_actions == ENABLED A2 => ENABLED (x' = 3 /\ x' = 4)
<1>1. A2 = R2  BY DEF A2, R2
<1> QED  BY <1>1, ENABLEDaxioms
THEOREM True_equal_actions == ENABLED A2 => ENABLED R2
<1>1. A2 = R2  BY DEF A2, R2
<1> QED  BY <1>1, ENABLEDaxioms
THEOREM False_primed_definition == ENABLED (P1') /\ ENABLED (x' = 2) => ENABLED (P1' /\ x' = 2)
  BY ENABLEDaxioms
THEOREM True_primed_definition == ENABLED (P1') /\ ENABLED (y' = 2) => ENABLED (P1' /\ y' = 2)
  BY ENABLEDaxioms

THEOREM False_unchanged == x = 1 /\ ENABLED (UNCHANGED x) /\ ENABLED (x' = 2) => ENABLED (UNCHANGED x /\ x' = 2)
  BY ENABLEDaxioms
THEOREM True_unchanged == ENABLED (UNCHANGED x /\ y' = 2) => ENABLED (UNCHANGED x)
  BY ENABLEDaxioms

THEOREM False_chained == ENABLED (x' = 1) /\ ENABLED (y' = x' /\ y' = 2) => ENABLED (x' = 1 /\ y' = x' /\ y' = 2)
  BY ENABLEDaxioms
THEOREM True_chained == ENABLED (x' = 1) /\ ENABLED (y' = 2) => ENABLED (x' = 1 /\ y' = 2)
  BY ENABLEDaxioms
THEOREM False_operator_argument ==
  ENABLED ((H(Q) /\ y' = y) \/ FALSE) /\ ENABLED (x' = 2) => ENABLED (((H(Q) /\ y' = y) \/ FALSE) /\ x' = 2)
  BY ENABLEDaxioms
THEOREM True_operator_argument ==
  ENABLED ((H(Q) /\ y' = y) \/ FALSE) => ENABLED (H(Q) /\ y' = y) \/ ENABLED FALSE
  BY ENABLEDaxioms
====
