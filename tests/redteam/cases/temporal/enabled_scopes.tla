---- MODULE enabled_scopes ----
\* The ENABLED rules apply only to facts established under assumptions of at most state
\* level: an action-level CASE, HAVE, SUFFICES ASSUME, hidden or NEW ACTION hypothesis,
\* an operator applied to a primed variable, or a PICK of a primed witness pins the next
\* state down, and ENABLED (x' = 2) is TRUE whatever x is.
EXTENDS Integers, TLAPS
VARIABLE x, y
Act == x' = 1
THEOREM False_enabled_case == x' = 1 => (ENABLED (x' = 2) => ENABLED FALSE)
<1>1. CASE x' = 1
  <2>1. x' = 2 => FALSE
    BY <1>1
  <2>2. ENABLED (x' = 2) => ENABLED FALSE
    BY <2>1, ENABLEDaxioms
  <2> QED BY <2>2
<1>2. CASE x' # 1
  BY <1>2
<1> QED BY <1>1, <1>2
THEOREM True_enabled_case == ASSUME x \in Int PROVE ENABLED (x' = x + 1) => ENABLED (x' > x)
<1>1. x' = x + 1 => x' > x
  OBVIOUS
<1> QED BY <1>1, ENABLEDaxioms

THEOREM False_enabled_have == x' = 1 => (ENABLED (x' = 2) => ENABLED FALSE)
<1> HAVE x' = 1
<1>1. x' = 2 => FALSE
  OBVIOUS
<1>2. ENABLED (x' = 2) => ENABLED FALSE
  BY <1>1, ENABLEDaxioms
<1> QED BY <1>2
THEOREM True_enabled_have == ASSUME x \in Int PROVE ENABLED (x' = x + 1) => ENABLED (x' > x)
<1>1. x' = x + 1 => x' > x
  OBVIOUS
<1> QED BY <1>1, ENABLEDaxioms

THEOREM False_enabled_suffices == x' = 1 => (ENABLED (x' = 2) => ENABLED FALSE)
<1> SUFFICES ASSUME x' = 1 PROVE ENABLED (x' = 2) => ENABLED FALSE
  OBVIOUS
<1>1. x' = 2 => FALSE
  OBVIOUS
<1>2. ENABLED (x' = 2) => ENABLED FALSE
  BY <1>1, ENABLEDaxioms
<1> QED BY <1>2
THEOREM True_enabled_suffices == ASSUME x \in Int PROVE ENABLED (x' = x + 1) => ENABLED (x' > x)
<1>1. x' = x + 1 => x' > x
  OBVIOUS
<1> QED BY <1>1, ENABLEDaxioms

THEOREM False_enabled_hidden_hyp == ASSUME Act PROVE ENABLED (x' = 2) => ENABLED FALSE
<1>1. x' = 2 => FALSE
  BY DEF Act
<1>2. ENABLED (x' = 2) => ENABLED FALSE
  BY <1>1, ENABLEDaxioms
<1> QED BY <1>2
THEOREM True_enabled_hidden_hyp == ASSUME x \in Int PROVE ENABLED (x' = x + 1) => ENABLED (x' > x)
<1>1. x' = x + 1 => x' > x
  OBVIOUS
<1> QED BY <1>1, ENABLEDaxioms

THEOREM False_enabled_new_action == ASSUME NEW ACTION A, A, A => x' = 1 PROVE ENABLED (x' = 2) => ENABLED FALSE
<1>1. x' = 2 => FALSE
  OBVIOUS
<1>2. ENABLED (x' = 2) => ENABLED FALSE
  BY <1>1, ENABLEDaxioms
<1> QED BY <1>2
THEOREM True_enabled_new_action == ASSUME x \in Int PROVE ENABLED (x' = x + 1) => ENABLED (x' > x)
<1>1. x' = x + 1 => x' > x
  OBVIOUS
<1> QED BY <1>1, ENABLEDaxioms

THEOREM False_enabled_new_op == ASSUME NEW P(_), P(x'), \A v : P(v) => v = 1 PROVE ENABLED (x' = 2) => ENABLED FALSE
<1>1. x' = 2 => FALSE
  OBVIOUS
<1>2. ENABLED (x' = 2) => ENABLED FALSE
  BY <1>1, ENABLEDaxioms
<1> QED BY <1>2
THEOREM True_enabled_new_op == ASSUME x \in Int PROVE ENABLED (x' = x + 1) => ENABLED (x' > x)
<1>1. x' = x + 1 => x' > x
  OBVIOUS
<1> QED BY <1>1, ENABLEDaxioms

THEOREM False_enabled_pick_exists == ASSUME \E v : v = x' /\ v = 1 PROVE ENABLED (x' = 2) => ENABLED FALSE
<1>1. PICK v : v = x' /\ v = 1
  OBVIOUS
<1>2. x' = 2 => FALSE
  BY <1>1
<1>3. ENABLED (x' = 2) => ENABLED FALSE
  BY <1>2, ENABLEDaxioms
<1> QED BY <1>3
THEOREM True_enabled_pick_exists == ASSUME x \in Int PROVE ENABLED (x' = x + 1) => ENABLED (x' > x)
<1>1. x' = x + 1 => x' > x
  OBVIOUS
<1> QED BY <1>1, ENABLEDaxioms

====
