---- MODULE conjunctive_goals ----
\* A conjunctive goal may be proved conjunct by conjunct: every conjunct must be proved,
\* a conjunct proved early is not an assumption for the others, and a fact concluding the
\* goal as a whole proves it only when its premises hold.
EXTENDS Integers

VARIABLE x, y

Inv == /\ x \in Nat
       /\ y \in Nat
       /\ x =< y

THEOREM False_last_conjunct == ASSUME x \in Nat, y \in Nat PROVE /\ x \in Nat /\ y \in Nat /\ x =< y
  OBVIOUS
THEOREM True_last_conjunct == ASSUME x \in Nat, y \in Nat, x < y PROVE /\ x \in Nat /\ y \in Nat /\ x =< y
  OBVIOUS

THEOREM False_primed_invariant == ASSUME Inv, x' = y + 1, y' = y PROVE Inv'
  BY DEF Inv
THEOREM True_primed_invariant == ASSUME Inv, x' = x, y' = y + 1 PROVE Inv'
  BY DEF Inv

THEOREM False_concluding_fact == ASSUME (x = 0) => Inv, x = 1 PROVE Inv
  BY DEF Inv
THEOREM True_concluding_fact == ASSUME (x = 0) => Inv, x = 0 PROVE Inv
  BY DEF Inv
====
