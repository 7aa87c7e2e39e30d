---- MODULE step_semantics ----
\* Proof steps keep their scopes: a USE inside a step's proof, a HIDE after a USE, a SUFFICES
\* goal, CASE coverage, PICK from an empty set, HAVE,
\* TAKE and WITNESS against goals of the wrong shape, and a NEW symbol of a step.
EXTENDS Naturals
CONSTANT A, B, C
D == A /\ B
E == 1

THEOREM False_use_inside_step == ASSUME A PROVE D
<1>1. A => A
  <2> USE DEF D
  <2> QED OBVIOUS
<1> QED
  OBVIOUS
THEOREM True_use_inside_step == ASSUME A, B PROVE D
<1> USE DEF D
<1> QED
  OBVIOUS

USE DEF E
HIDE DEF E
THEOREM False_hide_after_use == E = 1
  OBVIOUS
THEOREM True_hide_after_use == E = 1
  BY DEF E

THEOREM False_suffices_goal == ASSUME B PROVE A
<1> SUFFICES B
  OBVIOUS
<1> QED
  OBVIOUS
THEOREM True_suffices_goal == ASSUME B PROVE A \/ B
<1> SUFFICES B
  OBVIOUS
<1> QED
  OBVIOUS

THEOREM False_case_coverage == ASSUME A \/ B PROVE A
<1>1. CASE A
  BY <1>1
<1> QED BY <1>1
THEOREM True_case_coverage == ASSUME A \/ B PROVE A \/ B
<1>1. CASE A
  BY <1>1
<1>2. CASE B
  BY <1>2
<1> QED BY <1>1, <1>2

THEOREM False_pick_empty_set == FALSE
<1> PICK y \in {} : TRUE
  OBVIOUS
<1> QED OBVIOUS
THEOREM True_pick_empty_set == \E n \in Nat : n = 0
<1> PICK y \in {0} : TRUE
  OBVIOUS
<1> QED OBVIOUS

THEOREM False_have_not_implication == ASSUME A PROVE B
<1> HAVE A
<1> QED OBVIOUS
THEOREM True_have_not_implication == A => A
<1> HAVE A
<1> QED OBVIOUS

THEOREM False_take_existential == \E n \in Nat : n > 5 /\ n < 3
<1> TAKE n \in Nat
<1> QED OBVIOUS
THEOREM True_take_existential == \A n \in Nat : n + 0 = n
<1> TAKE n \in Nat
<1> QED OBVIOUS

THEOREM False_witness_universal == \A n \in Nat : n > 3
<1> WITNESS 5 \in Nat
<1> QED OBVIOUS
THEOREM True_witness_universal == \E n \in Nat : n > 3
<1> WITNESS 5 \in Nat
<1> QED OBVIOUS

THEOREM False_step_new_symbol == \A n \in Nat : n = 3
<1>1. ASSUME NEW n \in Nat PROVE n = 3
  OBVIOUS
<1> QED BY <1>1
THEOREM True_step_new_symbol == \A n \in Nat : n + 0 = n
<1>1. ASSUME NEW n \in Nat PROVE n + 0 = n
  OBVIOUS
<1> QED BY <1>1
====
