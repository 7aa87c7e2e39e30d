---- MODULE witness_closure ----
\* A fact \E y \in D : Q is a fresh constant y \in D with Q (\E-elimination), and a closure
\* fact \A c \in D : e(c) \in D gives e(y) as a candidate witness for a goal \E x \in D :
\* P(x): only for P of those terms, and the fresh y is none of the goal's own names.
EXTENDS Naturals

VARIABLE x

THEOREM False_closure_odd ==
  ASSUME \A c \in Nat : c + 1 \in Nat /\ 2 * (c + 1) = 2 * c + 2, \E c \in Nat : 2 * c = x
  PROVE  \E c \in Nat : 2 * c = x + 3
  OBVIOUS
THEOREM True_closure_odd ==
  ASSUME \A c \in Nat : c + 1 \in Nat /\ 2 * (c + 1) = 2 * c + 2, \E c \in Nat : 2 * c = x
  PROVE  \E c \in Nat : 2 * c = x + 2
  OBVIOUS

THEOREM False_elimination_pins ==
  ASSUME \E y \in {1, 2} : y = x PROVE x = 1
  OBVIOUS
THEOREM True_elimination_pins ==
  ASSUME \E y \in {1, 2} : y = x PROVE x \in {1, 2}
  OBVIOUS

THEOREM False_elimination_name ==
  ASSUME NEW y, \E y2 \in Nat : y2 > 5 /\ y2 = y + 0 * y2 PROVE y = 6
  OBVIOUS
THEOREM True_elimination_name ==
  ASSUME NEW y \in Nat, \E y2 \in Nat : y2 > 5 /\ y2 = y PROVE y > 5
  OBVIOUS

THEOREM False_elimination_shadow ==
  ASSUME NEW y \in Nat, \E z \in Nat : z > 5 PROVE y > 5
  OBVIOUS
THEOREM True_elimination_shadow ==
  ASSUME NEW y \in Nat, \E z \in Nat : z > 5 PROVE \E w \in Nat : w > 4
  OBVIOUS
====
