---- MODULE choose ----
\* CHOOSE: some value satisfying the predicate if there is one, otherwise unspecified;
\* the same predicate always gives the same value.
EXTENDS Naturals, TLAPS
CONSTANT S

THEOREM False_choose_in == (CHOOSE x \in S : TRUE) \in S
  OBVIOUS
THEOREM True_choose_in == S # {} => (CHOOSE x \in S : TRUE) \in S
  OBVIOUS

THEOREM False_choose_equal == (CHOOSE x : x \in Nat) # (CHOOSE y : y \in Nat)
  OBVIOUS
THEOREM True_choose_equal == (CHOOSE x : x \in Nat) = (CHOOSE x : x \in Nat)
  OBVIOUS

THEOREM False_choose_value == (CHOOSE x \in {1, 2} : TRUE) = 1
  OBVIOUS
THEOREM True_choose_value == (CHOOSE x \in {1, 2} : TRUE) \in {1, 2}
  OBVIOUS

THEOREM False_choose_empty == (CHOOSE x \in {} : TRUE) \in {}
  OBVIOUS
THEOREM True_choose_empty == (CHOOSE x \in {1} : TRUE) = 1
  OBVIOUS

THEOREM False_choose_unsat == (CHOOSE x : x # x) = (CHOOSE x : x # x) + 0
  OBVIOUS
THEOREM True_choose_unsat == (CHOOSE x : x = 3) = 3
  OBVIOUS

THEOREM False_choose_self == \A T : (CHOOSE x \in T : TRUE) # (CHOOSE x \in T : TRUE)
  OBVIOUS
THEOREM True_choose_self == \A T : (CHOOSE x \in T : TRUE) = (CHOOSE x \in T : TRUE)
  OBVIOUS

THEOREM False_choose_pred == (CHOOSE x \in {1, 2} : x > 1) = 1
  OBVIOUS
THEOREM True_choose_pred == (CHOOSE x \in {1, 2} : x > 1) = 2
  OBVIOUS

THEOREM False_choose_binder == \A y \in {1, 2} : (CHOOSE x \in {1, 2} : x = y) = 1
  OBVIOUS
THEOREM True_choose_binder == \A y \in {1, 2} : (CHOOSE x \in {1, 2} : x = y) = y
  OBVIOUS

\* A construct nested in a CHOOSE body that mentions the chosen variable depends on it:
\* two such CHOOSEs must not share one free "chosen value".
PinOne == CHOOSE x : x = 1 /\ {y \in {1} : y = x} = {1}
PinTwo == CHOOSE x : x = 2 /\ {y \in {2} : y = x} = {2}
\* (The true twin needs about 0.3 s: a longer budget than the suite's default for both.)
THEOREM False_choose_nested == PinOne + PinTwo = 7
  BY SMTT(20) DEF PinOne, PinTwo
THEOREM True_choose_nested == PinOne + PinTwo = 3
  BY SMTT(20) DEF PinOne, PinTwo

\* A construct nested in the body of a CHOOSE that mentions the chosen value depends on
\* it: two different CHOOSEs with such bodies are not equal.
ChosenLow == CHOOSE x \in {1, 2} : {y \in {1, 2} : y = x} = {x}
ChosenHigh == CHOOSE x \in {3, 4} : {y \in {3, 4} : y = x} = {x}
THEOREM False_choose_nested_self == ChosenLow = ChosenHigh
  BY DEF ChosenLow, ChosenHigh
THEOREM True_choose_nested_self == ChosenLow # ChosenHigh
  <1>1. ChosenLow \in {1, 2}
    BY DEF ChosenLow
  <1>2. ChosenHigh \in {3, 4}
    BY DEF ChosenHigh
  <1> QED
    BY <1>1, <1>2

\* The same CHOOSE at the top and nested in a function is one value.
Sum[n \in Nat] == IF n = 0 THEN 0 ELSE n + Sum[n - 1]
THEOREM False_choose_nested_same ==
  Sum = [n \in Nat |-> IF n = 0 THEN 0 ELSE n + Sum[n - 1]] =>
    \A m \in Nat : Sum[m] = IF m = 0 THEN 1 ELSE m + Sum[m - 1]
  BY DEF Sum
THEOREM True_choose_nested_same ==
  Sum = [n \in Nat |-> IF n = 0 THEN 0 ELSE n + Sum[n - 1]] =>
    \A m \in Nat : Sum[m] = IF m = 0 THEN 0 ELSE m + Sum[m - 1]
  BY DEF Sum
\* CHOOSE is a function of its predicate's extension: equal predicates, equal choices;
\* different ones say nothing, nor does a bound that does not hold.
THEOREM False_choose_congruence_other_predicate ==
  (CHOOSE x : x \in {1, 2}) = CHOOSE x : x \in {1, 3}
  OBVIOUS
THEOREM True_choose_congruence_other_predicate ==
  ASSUME NEW A, NEW B, A = B PROVE (CHOOSE x : x \in A) = CHOOSE y : y \in B
  OBVIOUS
THEOREM False_choose_congruence_bound ==
  ASSUME NEW A PROVE (CHOOSE x \in A : x \in Nat) = CHOOSE x : x \in Nat
  OBVIOUS
THEOREM True_choose_congruence_bound ==
  ASSUME NEW A, A = Nat PROVE (CHOOSE x \in A : x \in Nat) = CHOOSE x : x \in Nat
  OBVIOUS
THEOREM False_choose_congruence_variable ==
  \A n \in Nat : (CHOOSE x : x = n) = CHOOSE x : x = 0
  OBVIOUS
THEOREM True_choose_congruence_variable ==
  \A n \in Nat : n = 0 => (CHOOSE x : x = n) = CHOOSE x : x = 0
  OBVIOUS
Rec(g, x) == IF x = {} THEN 0 ELSE g[x]
THEOREM False_choose_congruence_function ==
  ASSUME NEW A, NEW B, B \subseteq A
  PROVE  (CHOOSE g : g = [x \in SUBSET A |-> Rec(g, x)]) = CHOOSE g : g = [y \in SUBSET B |-> Rec(g, y)]
  OBVIOUS
THEOREM True_choose_congruence_function ==
  ASSUME NEW A, NEW B, B = A
  PROVE  (CHOOSE g : g = [x \in SUBSET A |-> Rec(g, x)]) = CHOOSE g : g = [y \in SUBSET B |-> Rec(g, y)]
  OBVIOUS
====
