---- MODULE steps ----
\* Every kind of proof step, used to prove something false: some step must fail.
EXTENDS Integers

THEOREM False_suffices == \A x \in Nat : x > 0
<1> SUFFICES ASSUME NEW x \in Nat PROVE x > 0
  OBVIOUS
<1> QED
  OBVIOUS
THEOREM True_suffices == \A x \in Nat : x >= 0
<1> SUFFICES ASSUME NEW x \in Nat PROVE x >= 0
  OBVIOUS
<1> QED
  OBVIOUS

THEOREM False_suffices_stronger == 1 = 1
<1> SUFFICES 1 = 2
  OBVIOUS
<1> QED
  OBVIOUS
THEOREM True_suffices_stronger == 1 = 1
<1> SUFFICES 2 = 2
  OBVIOUS
<1> QED
  OBVIOUS

THEOREM False_case == \A x \in Int : x > 0 \/ x < 0
<1> SUFFICES ASSUME NEW x \in Int PROVE x > 0 \/ x < 0
  OBVIOUS
<1>1. CASE x > 0
  OBVIOUS
<1>2. CASE x < 0
  OBVIOUS
<1> QED
  BY <1>1, <1>2
THEOREM True_case == \A x \in Int : x >= 0 \/ x < 0
<1> SUFFICES ASSUME NEW x \in Int PROVE x >= 0 \/ x < 0
  OBVIOUS
<1>1. CASE x >= 0
  OBVIOUS
<1>2. CASE x < 0
  OBVIOUS
<1> QED
  BY <1>1, <1>2

THEOREM False_case_incomplete == \A x \in Nat : x > 0
<1> TAKE x \in Nat
<1>1. CASE x > 0
  OBVIOUS
<1> QED
  BY <1>1
THEOREM True_case_incomplete == \A x \in Nat : x >= 0
<1> TAKE x \in Nat
<1>1. CASE x > 0
  OBVIOUS
<1>2. CASE x = 0
  OBVIOUS
<1> QED
  BY <1>1, <1>2

THEOREM False_pick == ASSUME \E x \in Nat : x > 5 PROVE \E z \in Nat : z > 6 /\ z < 7
<1>1. PICK y \in Nat : y > 5
  OBVIOUS
<1> QED
  BY <1>1
THEOREM True_pick == ASSUME \E x \in Nat : x > 5 PROVE \E z \in Nat : z > 4
<1>1. PICK y \in Nat : y > 5
  OBVIOUS
<1> QED
  BY <1>1

THEOREM False_pick_empty == 1 = 2
<1>1. PICK y \in {} : TRUE
  OBVIOUS
<1> QED
  BY <1>1
THEOREM True_pick_empty == 2 = 2
<1>1. PICK y \in {1} : TRUE
  OBVIOUS
<1> QED
  BY <1>1

THEOREM False_witness == \E x \in Nat : x + 1 = 0
<1> WITNESS 0 \in Nat
<1> QED
  OBVIOUS
THEOREM True_witness == \E x \in Nat : x + 1 = 1
<1> WITNESS 0 \in Nat
<1> QED
  OBVIOUS

THEOREM False_take == \A x \in Nat : x = 0
<1> TAKE x \in Nat
<1> QED
  OBVIOUS
THEOREM True_take == \A x \in Nat : x + 0 = x
<1> TAKE x \in Nat
<1> QED
  OBVIOUS

THEOREM False_have == \A x \in Nat : x > 1 => x > 2
<1> TAKE x \in Nat
<1> HAVE x > 1
<1> QED
  OBVIOUS
THEOREM True_have == \A x \in Nat : x > 2 => x > 1
<1> TAKE x \in Nat
<1> HAVE x > 2
<1> QED
  OBVIOUS

THEOREM False_define == 1 + 1 = 3
<1> DEFINE E == 3
<1>1. E = 3
  BY DEF E
<1> QED
  BY <1>1 DEF E
THEOREM True_define == 1 + 2 = 3
<1> DEFINE E == 3
<1>1. E = 3
  BY DEF E
<1> QED
  BY <1>1 DEF E

THEOREM False_qed_cites == 1 = 2
<1>1. 1 = 1
  OBVIOUS
<1> QED
  BY <1>1
THEOREM True_qed_cites == 1 = 1
<1>1. 1 = 1
  OBVIOUS
<1> QED
  BY <1>1

THEOREM False_assume_prove == ASSUME NEW x \in Nat PROVE x > 0
  OBVIOUS
THEOREM True_assume_prove == ASSUME NEW x \in Nat PROVE x >= 0
  OBVIOUS

THEOREM False_new_operator == ASSUME NEW F(_) PROVE F(1) = F(2)
  OBVIOUS
THEOREM True_new_operator == ASSUME NEW F(_) PROVE F(1) = F(1)
  OBVIOUS

THEOREM False_omitted == 1 = 2
  OMITTED
THEOREM True_omitted == 1 = 1
  OBVIOUS

THEOREM False_no_proof == 1 = 2
THEOREM True_no_proof == 1 = 1
  OBVIOUS

THEOREM False_nested_steps == \A x \in Nat : x * 2 = x
<1>1. ASSUME NEW x \in Nat PROVE x * 2 = x
  <2>1. x * 2 = x + x
    OBVIOUS
  <2> QED
    BY <2>1
<1> QED
  BY <1>1
THEOREM True_nested_steps == \A x \in Nat : x * 2 = x + x
<1>1. ASSUME NEW x \in Nat PROVE x * 2 = x + x
  <2>1. x * 2 = x + x
    OBVIOUS
  <2> QED
    BY <2>1
<1> QED
  BY <1>1

THEOREM False_proof_keyword == 2 < 1
  PROOF OBVIOUS
THEOREM True_proof_keyword == 1 < 2
  PROOF OBVIOUS

THEOREM False_assume_unused == ASSUME NEW x \in Int, x > 0 PROVE x > 1
  OBVIOUS
THEOREM True_assume_unused == ASSUME NEW x \in Int, x > 1 PROVE x > 0
  OBVIOUS

\* A WITNESS names a definition that is hidden afterwards: the goal keeps the witness as
\* written, so the hidden definition is opaque in it as in the facts (VoteProof:1381).
CONSTANTS WS, WP(_), WF(_), wc
wd == WF(wc)
THEOREM False_witness_hidden_def == \E y \in {<<0>>} : \E x \in Nat : y = <<x>> /\ x > 0
<1> DEFINE d == 0
<1> WITNESS <<d>> \in {<<0>>}
<1> HIDE DEF d
<1> QED
  OBVIOUS
THEOREM True_witness_hidden_def == ASSUME wd \in WS, WP(wd) PROVE \E x \in WS : WP(x)
<1> USE DEF wd
<1> WITNESS wd \in WS
<1> HIDE DEF wd
<1> QED
  OBVIOUS
====
