---- MODULE witness_levels ----
\* Witnesses of the goal's existentials found by matching: a state-level term is a witness
\* only where the body uses the variable by its value. Stays(x) holds for every value x
\* (x' = x), so \E x : ~Stays(x) is false, though ~Stays(v) may hold for a variable v.
EXTENDS Naturals
VARIABLE v
Stays(y) == y' = y
Small(y) == y < 3
THEOREM False_witness_under_prime ==
  ASSUME ~Stays(v)
  PROVE  \E x : ~Stays(x)
  OBVIOUS
THEOREM False_witness_under_prime_domain ==
  ASSUME ~Stays(v), v \in {1, 2}
  PROVE  \E x \in {1, 2} : ~Stays(x)
  OBVIOUS
THEOREM True_witness_by_value ==
  ASSUME Small(v)
  PROVE  \E x : Small(x)
  OBVIOUS
THEOREM True_witness_by_value_domain ==
  ASSUME Small(v), v \in {1, 2}
  PROVE  \E x \in {1, 2} : Small(x)
  OBVIOUS
THEOREM True_witness_under_prime ==
  ASSUME NEW c, ~Stays(c)
  PROVE  \E x : ~Stays(x)
  OBVIOUS
THEOREM True_witness_under_prime_domain ==
  ASSUME NEW c \in {1, 2}, ~Stays(c)
  PROVE  \E x \in {1, 2} : ~Stays(x)
  OBVIOUS
====
