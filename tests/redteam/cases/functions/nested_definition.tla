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
====
