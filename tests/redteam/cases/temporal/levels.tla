---- MODULE levels ----
\* Primes, constants versus state functions, ENABLED, \EE / \AA.
EXTENDS Naturals, TLAPS
VARIABLE x
CONSTANT c
Dx == x + 1

THEOREM False_prime_def == Dx' = Dx + 1
  BY DEF Dx
THEOREM True_prime_def == x \in Nat /\ x' = x => Dx' = Dx
  BY DEF Dx

THEOREM False_prime_const == c' # c
  OBVIOUS
THEOREM True_prime_const == c' = c
  OBVIOUS

THEOREM False_prime_var == x' = x
  OBVIOUS
THEOREM True_prime_var == x = x
  OBVIOUS

THEOREM False_prime_hidden == Dx' = Dx
  OBVIOUS
THEOREM True_prime_hidden == (Dx = 1)' => Dx' = 1
  OBVIOUS

THEOREM False_enabled_now == ENABLED (x' = 1) => x = 1
  BY ExpandENABLED
THEOREM True_enabled_now == ENABLED (x' = 1)
  BY ExpandENABLED

THEOREM False_enabled_action == ASSUME NEW ACTION A PROVE ENABLED A => A
  BY ExpandENABLED
THEOREM True_enabled_action == ASSUME NEW ACTION A PROVE ENABLED A => ENABLED A
  BY ExpandENABLED

THEOREM False_enabled_step == ENABLED (x' = x + 1) => x' = x + 1
  BY ExpandENABLED
THEOREM True_enabled_step == ENABLED (x' = x + 1)
  BY ExpandENABLED

THEOREM False_enabled_false == ENABLED (x' = 1 /\ x' = 2)
  BY ExpandENABLED
THEOREM True_enabled_false == ENABLED (x' = 1 \/ x' = 2)
  BY ExpandENABLED

THEOREM False_enabled_hidden == ENABLED (Dx' = 5) => x' = 4
  BY ExpandENABLED DEF Dx
THEOREM True_enabled_hidden == ENABLED (Dx' = 5) => ENABLED (Dx' = 5)
  BY ExpandENABLED

THEOREM False_ee == ~\EE y : y = 0 /\ y' = 1
  OBVIOUS
THEOREM True_ee == (\EE y : y = 0 /\ y' = 1) => (\EE y : y = 0 /\ y' = 1)
  OBVIOUS

THEOREM False_aa == \AA y : y' = y
  OBVIOUS
THEOREM True_aa == (\AA y : y' = y) => (\AA y : y' = y)
  OBVIOUS

THEOREM False_ee_ptl == ~\EE y : y = 0 /\ y' = 1
  BY PTL
THEOREM True_ee_ptl == (\EE y : y = 0 /\ y' = 1) \/ ~(\EE y : y = 0 /\ y' = 1)
  BY PTL

THEOREM False_new_state_domain == ASSUME NEW d \in {x} PROVE [](d \in {x})
  BY PTL
THEOREM True_new_state_domain == ASSUME NEW d \in {x} PROVE d \in {x}
  BY PTL

THEOREM False_state_fact_boxed == ASSUME x = 0 PROVE [](x = 0)
  BY PTL
THEOREM True_state_fact_boxed == ASSUME [](x = 0) PROVE [](x = 0)
  BY PTL

THEOREM False_constant_vs_state == ASSUME NEW d, d = x PROVE [](d = x)
  BY PTL
THEOREM True_constant_vs_state == ASSUME NEW d, d = c PROVE [](d = c)
  BY PTL
\* Without PTL: []C and <>C are C for a rigid C (the SMT encoding), never for a state formula,
\* nor for a definition's parameter bound to one.
Stays(p) == [](p = 0)
THEOREM False_smt_boxed == ASSUME x = 0 PROVE [](x = 0)
  OBVIOUS
THEOREM True_smt_boxed == ASSUME NEW d, d = 0 PROVE [](d = 0) /\ <>(d = 0)
  OBVIOUS
THEOREM False_smt_parameter_boxed == ASSUME x = 0 PROVE Stays(x)
  BY DEF Stays
THEOREM True_smt_parameter_boxed == ASSUME c = 0 PROVE Stays(c)
  BY DEF Stays
THEOREM False_smt_eventually == ASSUME <>(x = 0) PROVE x = 0
  OBVIOUS
THEOREM True_smt_eventually == ASSUME <>(c = 0) PROVE c = 0
  OBVIOUS
====
