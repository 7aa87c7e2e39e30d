---- MODULE enabled ----
\* ExpandENABLED (prime scan, simplified existential) and the ENABLEDaxioms / ENABLEDrules
\* rules: ENABLED of a contradictory action, hidden actions, ENABLED inside a hidden body,
\* primes on constants, and ENABLED rules fed by facts that pin the next state down.
EXTENDS Integers, TLAPS
VARIABLE x, y
CONSTANT c
Stuck == x' = x /\ x' # x
G(p) == p' = 1
E(p) == ENABLED p
Inc(n) == n + 1

THEOREM False_contradiction == ASSUME x \in Int PROVE ENABLED (x' = x + 1 /\ x' = x)
  BY ExpandENABLED
THEOREM True_contradiction == ASSUME x \in Int PROVE ENABLED (x' = x + 1 /\ x' > x)
  BY ExpandENABLED

THEOREM False_tuple == ENABLED (<<x', y'>> = <<1, 2>> /\ x' = y')
  BY ExpandENABLED
THEOREM True_tuple == ENABLED (<<x', y'>> = <<1, 2>> /\ x' + 1 = y')
  BY ExpandENABLED

THEOREM False_hidden_stuck == ENABLED Stuck
  BY ExpandENABLED
THEOREM True_hidden_stuck == ~ENABLED Stuck
  BY ExpandENABLED DEF Stuck

THEOREM False_hidden_action == ASSUME x' = 2 PROVE ~ENABLED G(x)
  BY ExpandENABLED
THEOREM True_hidden_action == ENABLED G(x)
  BY ExpandENABLED DEF G

LEMMA EValue == \A v \in BOOLEAN : E(v) <=> v
  BY ExpandENABLED DEF E
THEOREM False_enabled_in_hidden_body == ~ENABLED (x' = 2 /\ E(x' = 1))
  BY EValue, ExpandENABLED
THEOREM True_enabled_in_hidden_body == ENABLED (x' = 2 /\ E(x = 1)) => E(x = 1)
  BY ExpandENABLED

THEOREM False_state_function == ENABLED (x' = 1 /\ Inc(x') # Inc(1))
  BY ExpandENABLED
THEOREM True_state_function == ENABLED (x' = 1 /\ Inc(x') = Inc(1))
  BY ExpandENABLED

THEOREM False_prime_constant == ASSUME c \in Int PROVE ENABLED (c' = c + 1)
  BY ExpandENABLED
THEOREM True_prime_constant == ASSUME c \in Int PROVE ENABLED (c' = c /\ x' = c + 1)
  BY ExpandENABLED

THEOREM False_rules_action_assumption == ASSUME x = 0, x' = 1 => x = 5 PROVE x = 5
<1>1. ENABLED (x' = 1)
  BY ExpandENABLED
<1>2. ENABLED (x' = 1) => ENABLED (x = 5)
  BY ENABLEDrules
<1>. QED
  BY <1>1, <1>2, ExpandENABLED
THEOREM True_rules_action_assumption == ASSUME x = 5 PROVE ENABLED (x' = 1) => ENABLED (x = 5)
<1>1. x' = 1 => x = 5
  OBVIOUS
<1>. QED
  BY <1>1, ENABLEDrules

THEOREM False_rules_step_under_action == ASSUME x' = 1 PROVE ENABLED (x' = 2) => ENABLED FALSE
<1>1. x' = 2 => FALSE
  OBVIOUS
<1>. QED
  BY <1>1, ENABLEDaxioms
THEOREM True_rules_step_under_action == ASSUME x \in Int PROVE ENABLED (x' = x + 1) => ENABLED (x' > x)
<1>1. x' = x + 1 => x' > x
  OBVIOUS
<1>. QED
  BY <1>1, ENABLEDaxioms

THEOREM False_rules_pick == x' = 2
<1>1. PICK z : z = x'
  OBVIOUS
<1>2. x' = 2 => z = 2
  BY <1>1
<1>3. ENABLED (x' = 2) => ENABLED (z = 2)
  BY <1>2, ENABLEDaxioms
<1>4. z = 2
  BY <1>3, ExpandENABLED
<1>. QED
  BY <1>1, <1>4
THEOREM True_rules_pick == ASSUME NEW z \in Int PROVE ENABLED (x' = z) => ENABLED (x' \in Int)
<1>1. x' = z => x' \in Int
  OBVIOUS
<1>. QED
  BY <1>1, ENABLEDaxioms

THEOREM False_rules_equiv == ASSUME x \in Int PROVE ENABLED (x' = x /\ y' = 1) <=> ENABLED (x' = x /\ y' = 2)
<1>1. (x' = x /\ y' = 1) => (x' = x)
  OBVIOUS
<1>. QED
  BY <1>1, ENABLEDaxioms
THEOREM True_rules_equiv == ASSUME x \in Int PROVE ENABLED (x' = x + 0) <=> ENABLED (x' = x)
<1>1. x' = x + 0 <=> x' = x
  OBVIOUS
<1>. QED
  BY <1>1, ENABLEDaxioms
====
