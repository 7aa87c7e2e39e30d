---- MODULE functions ----
\* Functions: DOMAIN, application, [x \in S |-> e], [S -> T].
EXTENDS Naturals

THEOREM False_domain == DOMAIN [x \in {1, 2} |-> x] = {1}
  OBVIOUS
THEOREM True_domain == DOMAIN [x \in {1, 2} |-> x] = {1, 2}
  OBVIOUS

THEOREM False_apply == [x \in Nat |-> x + 1][2] = 2
  OBVIOUS
THEOREM True_apply == [x \in Nat |-> x + 1][2] = 3
  OBVIOUS

THEOREM False_apply_outside == [x \in {1} |-> 0][2] = 0
  OBVIOUS
THEOREM True_apply_outside == [x \in {1} |-> 0][1] = 0
  OBVIOUS

THEOREM False_funcset_empty == [{} -> Nat] = {}
  OBVIOUS
THEOREM True_funcset_empty == <<>> \in [{} -> Nat]
  OBVIOUS

THEOREM False_funcset_member == [x \in {1} |-> 2] \in [{1} -> {1}]
  OBVIOUS
THEOREM True_funcset_member == [x \in {1} |-> 2] \in [{1} -> {2}]
  OBVIOUS

THEOREM False_funcset_nonempty == \A S, T : [S -> T] # {}
  OBVIOUS
THEOREM True_funcset_nonempty == \A S, T : \A f \in [S -> T] : DOMAIN f = S
  OBVIOUS

THEOREM False_fcn_eq == [x \in {1} |-> 1] = [x \in {1, 2} |-> 1]
  OBVIOUS
THEOREM True_fcn_eq == [x \in {1} |-> 1] = [x \in {1} |-> 2 - 1]
  OBVIOUS

THEOREM False_funcset_range == [{1} -> {1}] = [{1} -> {1, 2}]
  OBVIOUS
THEOREM True_funcset_range == [{1} -> {1}] \subseteq [{1} -> {1, 2}]
  OBVIOUS

THEOREM False_apply_domain == \A f, x : f[x] \in {f[x]} /\ x \in DOMAIN f
  OBVIOUS
THEOREM True_apply_domain == \A f, x : f[x] \in {f[x]}
  OBVIOUS

THEOREM False_two_args == [x, y \in {1, 2} |-> x + y][1, 2] = 4
  OBVIOUS
THEOREM True_two_args == [x, y \in {1, 2} |-> x + y][1, 2] = 3
  OBVIOUS

THEOREM False_domain_tuple == DOMAIN <<5, 6>> = {5, 6}
  OBVIOUS
THEOREM True_domain_tuple == DOMAIN <<5, 6>> = {1, 2}
  OBVIOUS

THEOREM False_const_fcn == \A S : [x \in S |-> 0] = [x \in S \cup {1} |-> 0]
  OBVIOUS
THEOREM True_const_fcn == \A S : [x \in S |-> 0] = [y \in S |-> 0]
  OBVIOUS

THEOREM False_product == <<1, "x">> \in Nat \X Nat
  OBVIOUS
THEOREM True_product == <<1, 2>> \in Nat \X Nat
  OBVIOUS

THEOREM False_product_arity == <<1, 2>> \in Nat \X Nat \X Nat
  OBVIOUS
THEOREM True_product_arity == <<1, 2, 3>> \in Nat \X Nat \X Nat
  OBVIOUS

THEOREM False_funcset_values == \A f \in [{1, 2} -> Nat] : f[1] = f[2]
  OBVIOUS
THEOREM True_funcset_values == \A f \in [{1, 2} -> Nat] : f[1] \in Nat
  OBVIOUS

THEOREM False_not_function == \A f : f = [x \in DOMAIN f |-> f[x]]
  OBVIOUS
THEOREM True_not_function == \A f \in [{1} -> Nat] : f = [x \in DOMAIN f |-> f[x]]
  OBVIOUS
====
