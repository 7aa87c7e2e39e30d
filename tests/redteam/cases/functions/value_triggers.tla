---- MODULE value_triggers ----
\* A function constructor's defining axiom is also triggered by its value's term where the
\* function occurs: the values of [p \in 1..2 |-> Op(p, pc[p])] are available at the p
\* where another constructor over the same Op(p, pc[p]) is compared (extensionality
\* through an EXCEPT). Patterns only steer instantiation: wrong values stay unprovable.
EXTENDS Integers
VARIABLE pc
CONSTANT Op(_, _)
G == [p \in 1..2 |-> Op(p, pc[p])]
C == [p \in 1..2 |-> Op(p, pc[p]) \in {"a2", "a3"}]
THEOREM True_value_trigger_wrong_value ==
  ASSUME NEW self \in 1..2, G' = [G EXCEPT ![self] = "a3"], Op(self, pc[self]) = "a2"
  PROVE  C' = C
  BY DEF G, C
THEOREM False_value_trigger_wrong_value ==
  ASSUME NEW self \in 1..2, G' = [G EXCEPT ![self] = "a3"], Op(self, pc[self]) = "a1"
  PROVE  C' = C
  BY DEF G, C
THEOREM False_value_trigger_at_self_only ==
  ASSUME NEW self \in 1..2, G'[self] = "a3", Op(self, pc[self]) = "a2"
  PROVE  C' = C
  BY DEF G, C
THEOREM True_value_trigger_values ==
  ASSUME NEW self \in 1..2, G' = [G EXCEPT ![self] = "a3"]
  PROVE  \A p \in 1..2 \ {self} : Op(p, pc'[p]) = Op(p, pc[p])
  BY DEF G
THEOREM False_value_trigger_values ==
  ASSUME NEW self \in 1..2, G' = [G EXCEPT ![self] = "a3"]
  PROVE  \A p \in 1..2 : Op(p, pc'[p]) = Op(p, pc[p])
  BY DEF G
THEOREM True_value_trigger_at_self_only ==
  ASSUME NEW self \in 1..2, G'[self] = "a3", Op(self, pc[self]) = "a2"
  PROVE  C'[self] = C[self]
  BY DEF G, C
====
