---- MODULE except ----
\* EXCEPT and @.
EXTENDS Integers

THEOREM False_except_domain == \A f : DOMAIN [f EXCEPT ![1] = 2] = DOMAIN f \cup {1}
  OBVIOUS
THEOREM True_except_domain == \A f : DOMAIN [f EXCEPT ![1] = 2] = DOMAIN f
  OBVIOUS

THEOREM False_except_outside == \A f : [f EXCEPT ![1] = 2][1] = 2
  OBVIOUS
THEOREM True_except_outside == \A f : 1 \in DOMAIN f => [f EXCEPT ![1] = 2][1] = 2
  OBVIOUS

THEOREM False_except_other == \A f : 1 \in DOMAIN f /\ 2 \in DOMAIN f => [f EXCEPT ![1] = 5][2] = 5
  OBVIOUS
THEOREM True_except_other == \A f : 1 \in DOMAIN f /\ 2 \in DOMAIN f => [f EXCEPT ![1] = 5][2] = f[2]
  OBVIOUS

THEOREM False_at == \A f \in [{1} -> Nat] : [f EXCEPT ![1] = @ + 1][1] = f[1]
  OBVIOUS
THEOREM True_at == \A f \in [{1} -> Nat] : [f EXCEPT ![1] = @ + 1][1] = f[1] + 1
  OBVIOUS

THEOREM False_except_same == \A f, x : [f EXCEPT ![x] = 1] = f
  OBVIOUS
THEOREM True_except_same == \A f \in [{1, 2} -> Nat] : \A x \in DOMAIN f : [f EXCEPT ![x] = f[x]] = f
  OBVIOUS

THEOREM False_nested_except == \A f \in [{1} -> [{1} -> Nat]] : [f EXCEPT ![1][1] = 0][1][1] = f[1][1]
  OBVIOUS
THEOREM True_nested_except == \A f \in [{1} -> [{1} -> Nat]] : [f EXCEPT ![1][1] = 0][1][1] = 0
  OBVIOUS

THEOREM False_except_twice == \A f \in [{1} -> Nat] : [f EXCEPT ![1] = 1, ![1] = 2][1] = 1
  OBVIOUS
THEOREM True_except_twice == \A f \in [{1} -> Nat] : [f EXCEPT ![1] = 1, ![1] = 2][1] = 2
  OBVIOUS

THEOREM False_at_nested == \A f \in [{1} -> [{2} -> Nat]] : [f EXCEPT ![1][2] = @ + 1][1][2] = f[1][2]
  OBVIOUS
THEOREM True_at_nested == \A f \in [{1} -> [{2} -> Nat]] : [f EXCEPT ![1][2] = @ + 1][1][2] = f[1][2] + 1
  OBVIOUS

THEOREM False_except_funcset == \A f \in [{1} -> Nat] : [f EXCEPT ![1] = -1] \in [{1} -> Nat]
  OBVIOUS
THEOREM True_except_funcset == \A f \in [{1} -> Nat] : [f EXCEPT ![1] = 3] \in [{1} -> Nat]
  OBVIOUS
====
