---- MODULE nested_extensionality ----
\* Functions of functions are equal when their values are equal functions (extensionality
\* at two levels): a changed value of a changed value shows where they differ.
EXTENDS Naturals
CONSTANTS Node, n, o, f
THEOREM True_nested ==
  ASSUME n \in Node, o \in Node, f \in [Node -> [Node -> Nat]],
         [f EXCEPT ![o] = [v \in Node |-> IF f[n][v] > f[o][v] THEN f[n][v] ELSE f[o][v]]] # f
  PROVE  \E v \in Node : f[o][v] < f[n][v]
  OBVIOUS
THEOREM False_nested ==
  ASSUME n \in Node, o \in Node, f \in [Node -> [Node -> Nat]],
         [f EXCEPT ![o] = [v \in Node |-> IF f[n][v] > f[o][v] THEN f[n][v] ELSE f[o][v]]] # f
  PROVE  \E v \in Node : f[o][v] > f[n][v]
  OBVIOUS
THEOREM True_nested_equal ==
  ASSUME f \in [Node -> [Node -> Nat]]
  PROVE  [a \in Node |-> [b \in Node |-> f[a][b] + 0]] = f
  OBVIOUS
THEOREM False_nested_equal ==
  ASSUME f \in [Node -> [Node -> Nat]], n \in Node
  PROVE  [a \in Node |-> [b \in Node |-> f[a][b] + 1]] = f
  OBVIOUS
====
