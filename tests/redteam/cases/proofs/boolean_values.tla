---- MODULE boolean_values ----
\* A hidden definition has a Boolean value only when its body is a formula in every
\* branch: IF/CASE with a non-Boolean arm, LET of a value, a primed value, CHOOSE and
\* EXCEPT are not formulas.
EXTENDS Integers
VARIABLE x
IfArm(a) == IF a THEN 1 ELSE FALSE
IfBoth(a) == IF a THEN TRUE ELSE a = 1
CaseArm(a) == CASE a -> TRUE [] OTHER -> 3
CaseBoth(a) == CASE a -> TRUE [] OTHER -> a = 3
LetValue(a) == LET z == a IN z
LetFormula(a) == LET z == a IN z = 1
PrimeValue(a) == a'
PrimeFormula(a) == (a = 1)'
ChooseValue == CHOOSE b : b = 3
ChooseFormula == \E b : b = 3
ExceptValue(a) == [a EXCEPT ![1] = TRUE]
ExceptFormula(a) == [a EXCEPT ![1] = TRUE] = a

THEOREM False_bool_if_arm == \A a : IfArm(a) \in BOOLEAN
  OBVIOUS
THEOREM True_bool_if_arm == \A a : IfBoth(a) \in BOOLEAN
  OBVIOUS
THEOREM False_bool_case_arm == \A a : CaseArm(a) \in BOOLEAN
  OBVIOUS
THEOREM True_bool_case_arm == \A a : CaseArm(a) \in BOOLEAN \/ ~a
  BY DEF CaseArm
THEOREM False_bool_let_value == LetValue(5) \in BOOLEAN
  OBVIOUS
THEOREM True_bool_let_value == LetFormula(5) \in BOOLEAN
  OBVIOUS
THEOREM False_bool_prime_value == PrimeValue(x) \in BOOLEAN
  OBVIOUS
THEOREM True_bool_prime_value == PrimeFormula(x) \in BOOLEAN
  BY DEF PrimeFormula
THEOREM False_bool_choose == ChooseValue \in BOOLEAN
  OBVIOUS
THEOREM True_bool_choose == ChooseFormula \in BOOLEAN
  OBVIOUS
THEOREM False_bool_except == ExceptValue(<<1>>) \in BOOLEAN
  OBVIOUS
THEOREM True_bool_except == ExceptFormula(<<1>>) \in BOOLEAN
  OBVIOUS
====
