---- MODULE primes_boxes ----
\* Primes and boxes of hidden definitions, NEW STATE / VARIABLE symbols, operator
\* parameters, CHOOSE, LET and functions: only constant-level (rigid) expressions keep
\* their value in the next state and in every state.
EXTENDS Integers, TLAPS
VARIABLE x, y
CONSTANT c, P(_)
K == c + 1
Sx == x + 1
Op(a) == a + c

THEOREM False_prime_hidden_state == Sx' = Sx
  OBVIOUS
THEOREM True_prime_hidden_state == K' = K
  BY DEF K
THEOREM False_prime_hidden_arg == Op(x)' = Op(x)
  OBVIOUS
THEOREM True_prime_hidden_arg == Op(c)' = Op(c)
  BY DEF Op
THEOREM False_prime_expanded_arg == Op(x') = Op(x)
  BY DEF Op
THEOREM True_prime_expanded_arg == x' = x => Op(x') = Op(x)
  BY DEF Op
THEOREM False_prime_constant_operator == P(x)' = P(x)
  OBVIOUS
THEOREM True_prime_constant_operator == P(c)' = P(c)
  OBVIOUS
THEOREM False_prime_new_variable == ASSUME NEW VARIABLE z PROVE z' = z
  OBVIOUS
THEOREM True_prime_new_variable == ASSUME NEW CONSTANT z PROVE z' = z
  OBVIOUS
THEOREM False_prime_new_state == ASSUME NEW STATE z PROVE z' = z
  OBVIOUS
THEOREM True_prime_new_state == ASSUME NEW STATE z PROVE z' = z'
  OBVIOUS
THEOREM False_prime_choose == (CHOOSE v : v = x)' = (CHOOSE v : v = x)
  OBVIOUS
THEOREM True_prime_choose == (CHOOSE v : v = c)' = (CHOOSE v : v = c)
  OBVIOUS
THEOREM False_prime_let == (LET w == x IN w)' = x
  OBVIOUS
THEOREM True_prime_let == (LET w == x IN w)' = x'
  OBVIOUS
THEOREM False_prime_function == [i \in {1} |-> x]' = [i \in {1} |-> x]
  OBVIOUS
THEOREM True_prime_function == [i \in {1} |-> x]' = [i \in {1} |-> x']
  OBVIOUS
THEOREM False_unchanged_constant == UNCHANGED <<x, c>> => UNCHANGED y
  OBVIOUS
THEOREM True_unchanged_constant == UNCHANGED <<x, c>> => UNCHANGED x
  OBVIOUS
THEOREM False_unchanged_hidden == UNCHANGED Sx => x' = x + 1
  OBVIOUS
THEOREM True_unchanged_hidden == UNCHANGED x => UNCHANGED Sx
  BY DEF Sx

THEOREM False_box_hidden_state == Sx = 1 => [](Sx = 1)
  OBVIOUS
THEOREM True_box_hidden_state == K = 1 => [](K = 1)
  OBVIOUS
THEOREM False_box_new_state == ASSUME NEW STATE z, z = 1 PROVE [](z = 1)
  OBVIOUS
THEOREM True_box_new_state == ASSUME NEW CONSTANT z, z = 1 PROVE [](z = 1)
  OBVIOUS
THEOREM False_box_new_state_ptl == ASSUME NEW STATE z, z = 1 PROVE [](z = 1)
  BY PTL
THEOREM True_box_new_state_ptl == ASSUME NEW STATE z, [](z = 1) PROVE [](z = 1) /\ z = 1
  BY PTL
THEOREM False_box_hidden_ptl == Sx = 1 => [](Sx = 1)
  BY PTL
THEOREM True_box_hidden_ptl == K = 1 => [](K = 1)
  BY PTL
THEOREM False_box_operator_ptl == ASSUME NEW STATE z PROVE P(z) => []P(z)
  BY PTL
THEOREM True_box_operator_ptl == ASSUME NEW CONSTANT z PROVE P(z) => []P(z)
  BY PTL
THEOREM False_box_hidden_arg_ptl == Op(x) = 1 => [](Op(x) = 1)
  BY PTL
THEOREM True_box_hidden_arg_ptl == Op(c) = 1 => [](Op(c) = 1)
  BY PTL
THEOREM False_diamond_now_ptl == <>(x = 1) => x = 1
  BY PTL
THEOREM True_diamond_now_ptl == x = 1 => <>(x = 1)
  BY PTL
THEOREM False_box_rigid_witness == (\E v \in {x} : [](v = 1)) => [](x = 1)
  OBVIOUS
THEOREM True_box_rigid_witness == (\E v \in {c} : [](v = 1)) => [](c = 1)
  OBVIOUS
THEOREM False_box_state_domain == (\A v \in {x} : [](v = 1)) => [](\A v \in {x} : v = 1)
  OBVIOUS
THEOREM True_box_state_domain == (\A v \in {c} : [](v = 1)) => [](\A v \in {c} : v = 1)
  OBVIOUS
====
