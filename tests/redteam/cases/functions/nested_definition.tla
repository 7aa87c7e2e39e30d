---- MODULE nested_definition ----
\* A definition applied inside an argument of itself is expanded at every level.
EXTENDS Integers
f ** g == [i \in 1..3 |-> f[g[i]]]

THEOREM False_composition == \A A \in [1..3 -> Int], f, g \in [1..3 -> 1..3] :
  (A ** f) ** g = A ** g
  BY DEF **
THEOREM True_composition == \A A \in [1..3 -> Int], f, g \in [1..3 -> 1..3] :
  (A ** f) ** g = A ** (f ** g)
  BY DEF **

\* ... also when the inner application comes from the definition of an argument, or
\* through an operator argument.
Succ(a) == a + 1
Two == Succ(1)
Apply(x, Op(_)) == Op(x)
THEOREM False_through_argument == Succ(Two) = 4
  BY DEF Succ, Two
THEOREM True_through_argument == Succ(Two) = 3
  BY DEF Succ, Two
THEOREM False_through_operator_argument == Apply(Two, Succ) = 2
  BY DEF Apply, Succ, Two
THEOREM True_through_operator_argument == Apply(Two, Succ) = 3
  BY DEF Apply, Succ, Two
====
