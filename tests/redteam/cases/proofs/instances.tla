---- MODULE instances ----
\* Instances with different substitutions are different formulas.
EXTENDS Naturals
I == INSTANCE RedTeamParam WITH c <- 1
J == INSTANCE RedTeamParam WITH c <- 2

THEOREM False_instance_fact == J!P
<1>1. I!P
  BY DEF I!P
<1> QED
  BY <1>1
THEOREM True_instance_fact == I!P
<1>1. I!P
  BY DEF I!P
<1> QED
  BY <1>1

THEOREM False_instance_equiv == I!P <=> J!P
  OBVIOUS
THEOREM True_instance_equiv == I!P <=> I!P
  OBVIOUS

THEOREM False_instance_value == I!Double = J!Double
  OBVIOUS
THEOREM True_instance_value == I!Double = I!Double
  OBVIOUS

THEOREM False_instance_theorem == J!P
  BY I!IsOne, J!IsOne
THEOREM True_instance_theorem == I!P
  BY I!IsOne

THEOREM False_instance_def == J!Double = 2
  BY DEF J!Double
THEOREM True_instance_def == J!Double = 4
  BY DEF J!Double
====
