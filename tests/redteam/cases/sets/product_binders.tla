---- MODULE product_binders ----
\* Existentials and set maps over Cartesian products are also tried with one variable per
\* component (\E m \in A \X B : P(m) is \E a \in A, b \in B : P(<<a, b>>)). The
\* components range over the factors only: a witness outside them proves nothing, nor
\* does a projection outside the tuple's domain.
CONSTANTS N, M
THEOREM True_product_image ==
  ASSUME NEW p \in N, NEW q \in N
  PROVE  {p, q} \in {{m[1], m[2]} : m \in N \X N}
  OBVIOUS
THEOREM False_product_image ==
  ASSUME NEW p \in N, NEW q \in M
  PROVE  {p, q} \in {{m[1], m[2]} : m \in N \X N}
  OBVIOUS
THEOREM True_product_exists ==
  ASSUME NEW p \in N, NEW q \in N
  PROVE  \E m \in N \X N : m[1] = p /\ m[2] = q
  OBVIOUS
THEOREM False_product_exists_distinct ==
  ASSUME NEW p \in N, NEW q \in N
  PROVE  \E m \in N \X N : m[1] = p /\ m[2] = q /\ m[1] # m[2]
  OBVIOUS
THEOREM True_triple_exists ==
  ASSUME NEW p \in N, NEW q \in M
  PROVE  \E m \in N \X M \X N : m[3] = p /\ m[2] = q
  OBVIOUS
THEOREM False_triple_outside ==
  ASSUME NEW p \in N, NEW q \in M
  PROVE  \E m \in N \X M \X N : m[4] = p
  OBVIOUS
THEOREM False_triple_wrong_factor ==
  ASSUME NEW p \in N, NEW q \in M
  PROVE  \E m \in N \X M \X N : m[2] = p
  OBVIOUS
THEOREM True_product_exists_distinct ==
  ASSUME NEW p \in N, NEW q \in N, p # q
  PROVE  \E m \in N \X N : m[1] = p /\ m[2] = q /\ m[1] # m[2]
  OBVIOUS
THEOREM True_triple_outside ==
  ASSUME NEW p \in N, NEW q \in M
  PROVE  \E m \in N \X M \X N : m[3] = p
  OBVIOUS
THEOREM True_triple_wrong_factor ==
  ASSUME NEW p \in N, NEW q \in M
  PROVE  \E m \in N \X M \X N : m[2] = q
  OBVIOUS
====
