---- MODULE boolean_definitions ----
\* A definition left hidden is an opaque symbol, except that an operator defined by a
\* formula (/\, \A, =, \in, IF with formula branches, another such operator) has a
\* Boolean value. Nothing else of its body is known, and a definition by a value (an
\* arithmetic term, an IF with a non-formula branch, an operator parameter) gets nothing.
EXTENDS Integers

VARIABLE v

Step(i) == /\ v[i] = "V1"
           /\ v' = [v EXCEPT ![i] = "SE"]
Ready(i) == v[i] = "V1"
Guard(i) == Step(i) \/ UNCHANGED v
Succ(i) == i + 1
Mixed(i) == IF i = 0 THEN TRUE ELSE 0
Apply(F(_), i) == F(i)
Neg(b) == ~b

THEOREM False_formula_value == ASSUME NEW i PROVE Step(i) = TRUE
  OBVIOUS
THEOREM True_formula_value == ASSUME NEW i PROVE Step(i) \in BOOLEAN
  OBVIOUS

THEOREM False_formula_body == ASSUME NEW i, v[i] = "V0" PROVE ~Step(i)
  OBVIOUS
THEOREM True_formula_body == ASSUME NEW i, ~(Step(i) = (v[i] # "V1")), v[i] = "V0" PROVE ~Step(i)
  OBVIOUS

THEOREM False_nested_formula == ASSUME NEW i PROVE Guard(i)
  OBVIOUS
THEOREM True_nested_formula == ASSUME NEW i, Guard(i) # TRUE PROVE ~Guard(i)
  OBVIOUS

THEOREM False_value_definition == ASSUME NEW i, Succ(i) # TRUE PROVE ~Succ(i)
  OBVIOUS
THEOREM True_value_definition == ASSUME NEW i, Succ(i) = TRUE PROVE Succ(i)
  OBVIOUS

THEOREM False_mixed_branches == ASSUME NEW i PROVE Mixed(i) \in BOOLEAN
  OBVIOUS
THEOREM True_mixed_branches == ASSUME NEW i PROVE Mixed(0) \in BOOLEAN
  BY DEF Mixed

THEOREM False_operator_parameter == ASSUME NEW i PROVE Apply(Succ, i) \in BOOLEAN
  OBVIOUS
THEOREM True_operator_parameter == ASSUME NEW i PROVE Apply(Neg, i) \in BOOLEAN
  BY DEF Apply

THEOREM False_formula_primed == ASSUME NEW i PROVE Ready(i)' = Ready(i)
  OBVIOUS
THEOREM True_formula_primed == ASSUME NEW i, Ready(i)' # FALSE PROVE Ready(i)' = TRUE
  OBVIOUS
====
