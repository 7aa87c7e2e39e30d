---- MODULE operator_arguments ----
\* An opaque operator applied to a named operator argument is one first-order symbol per
\* operator argument; a second-order fact is instantiated at the operators the goal
\* passes as arguments. Different operator arguments stay unrelated, and a fact proves
\* nothing about an instance whose premises do not hold.
EXTENDS Integers

VARIABLE v

Fold(op(_, _), b, S) == CHOOSE x : x = op(b, b)
Plus(a, b) == a + b
Times(a, b) == a * b
Shift(a, b) == a + b + v

LEMMA FoldEmpty == ASSUME NEW op(_, _), NEW b PROVE Fold(op, b, {}) = b
  PROOF OMITTED
LEMMA FoldType == ASSUME NEW op(_, _), NEW T, NEW b \in T, \A x, y \in T : op(x, y) \in T, NEW S
                  PROVE  Fold(op, b, S) \in T
  PROOF OMITTED
LEMMA FoldLambda == ASSUME NEW op(_, _) PROVE Fold(LAMBDA a, b : op(a, b), 1, {}) = op(1, 1)
  PROOF OMITTED

THEOREM False_distinct_operators == Fold(Plus, 0, {1}) = Fold(Times, 0, {1})
  OBVIOUS
THEOREM True_distinct_operators == Fold(Plus, 0, {1}) = Fold(Plus, 0, {0 + 1})
  OBVIOUS

THEOREM False_distinct_primitives == Fold(+, 0, {1}) = Fold(-, 0, {1})
  OBVIOUS
THEOREM True_distinct_primitives == \A S : S = {1} => Fold(+, 0, S) = Fold(+, 0, {1})
  OBVIOUS

THEOREM False_instance_base == Fold(+, 1, {}) = 0
  BY FoldEmpty
THEOREM True_instance_base == Fold(+, 0, {}) = 0
  BY FoldEmpty

THEOREM False_instance_premise == Fold(-, 0, {1}) \in Nat
  BY FoldType
THEOREM True_instance_premise == Fold(+, 0, {1}) \in Nat
  BY FoldType

THEOREM False_instance_type == Fold(+, -1, {1}) \in Nat
  BY FoldType
THEOREM True_instance_type == Fold(+, -1, {1}) \in Int
  BY FoldType

THEOREM False_primed_argument == v' # v => Fold(Shift, 0, {1})' = Fold(Shift, 0, {1})
  OBVIOUS
THEOREM True_primed_argument == Fold(Shift, 0, {1})' = Fold(Shift, 0, {1})'
  OBVIOUS

\* Each instance of FoldLambda names its own operator: at + and at - they do not conflict.
THEOREM False_lambda_instances == Fold(+, 1, {}) = 5 \/ Fold(-, 1, {}) = 5
  BY FoldLambda
THEOREM True_lambda_instances == Fold(+, 1, {}) = 2 /\ Fold(-, 1, {}) = 0
  BY FoldLambda
====
