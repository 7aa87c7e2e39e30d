---- MODULE step_at ----
\* `@` in a step's assertion stands for the right operand of the previous assertion;
\* inside an EXCEPT value it keeps its EXCEPT meaning.
EXTENDS Integers

THEOREM False_chain == ASSUME NEW a \in Int, NEW b \in Int, a = b + 1 PROVE a <= b
<1>1. a = b + 1
  OBVIOUS
<1>2. @ <= b
  OBVIOUS
<1> QED
  BY <1>1, <1>2
THEOREM True_chain == ASSUME NEW a \in Int, NEW b \in Int, a = b + 1 PROVE a <= b + 2
<1>1. a = b + 1
  OBVIOUS
<1>2. @ <= b + 2
  OBVIOUS
<1> QED
  BY <1>1, <1>2

\* Were `@` the left operand, the second step would read x < y.
THEOREM False_right_operand == ASSUME NEW x \in Int, NEW y \in Int, x < y PROVE y < y
<1>1. x < y
  OBVIOUS
<1>2. @ < y
  OBVIOUS
<1> QED
  BY <1>2
THEOREM True_right_operand == ASSUME NEW x \in Int, NEW y \in Int, x < y PROVE y < y + 1
<1>1. x < y
  OBVIOUS
<1>2. @ < y + 1
  OBVIOUS
<1> QED
  BY <1>2

\* Were the EXCEPT's `@` the step's, the second step would read [g EXCEPT ![1] = 1][1] = 1.
THEOREM False_except_at == ASSUME NEW x, x = 1 PROVE [[i \in 1..2 |-> 5] EXCEPT ![1] = 1][1] = 1 => FALSE
<1>1. x = 1
  OBVIOUS
<1>2. [[i \in 1..2 |-> 5] EXCEPT ![1] = @][1] = 1
  OBVIOUS
<1> QED
  BY <1>2
THEOREM True_except_at == ASSUME NEW x, x = 1 PROVE TRUE
<1>1. x = 1
  OBVIOUS
<1>2. [[i \in 1..2 |-> 5] EXCEPT ![1] = @][1] = 5
  OBVIOUS
<1> QED
  BY <1>2
====
