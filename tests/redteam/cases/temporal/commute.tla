---- MODULE commute ----
\* [] commutes with \A over a constant domain (and <> with \E), never over a state-level
\* one (an operator parameter bound to a state-level argument included), and never []
\* with \E or <> with \A.
EXTENDS Integers
CONSTANT S
VARIABLE x, y

THEOREM True_box_forall == (\A n \in S : [](x = n => <>(y = n))) => [](\A n \in S : x = n => <>(y = n))
  OBVIOUS
THEOREM True_forall_box == [](\A n \in S : x # n) => \A n \in S : [](x # n)
  OBVIOUS
THEOREM True_box_and == []((x = 1) /\ (y = 2)) => [](x = 1)
  OBVIOUS
THEOREM True_diamond_exists == (\E n \in S : <>(x = n)) => <>(\E n \in S : x = n)
  OBVIOUS
\* A state-level domain: x = {} first, then x = {2}.
THEOREM False_box_forall_state == (\A n \in x : [](n = 1)) => [](\A n \in x : n = 1)
  OBVIOUS
THEOREM True_box_forall_state == (\A n \in S : [](n = 1)) => [](\A n \in S : n = 1)
  OBVIOUS
THEOREM False_box_exists == [](\E n \in S : x = n \/ y = n) => \E n \in S : [](x = n \/ y = n)
  OBVIOUS
THEOREM True_box_exists == [](\A n \in S : x = n \/ y = n) => \A n \in S : [](x = n \/ y = n)
  OBVIOUS
THEOREM False_diamond_forall == (\A n \in S : <>(x = n)) => <>(\A n \in S : x = n)
  OBVIOUS
THEOREM True_diamond_forall == <>(\E n \in S : x = n) => \E n \in S : <>(x = n)
  OBVIOUS
THEOREM False_box_or == [](x = 1 \/ y = 1) => [](x = 1) \/ [](y = 1)
  OBVIOUS
THEOREM True_box_or == [](x = 1) \/ [](y = 1) => [](x = 1 \/ y = 1)
  OBVIOUS
BoxAll(D) == [](\A n \in D : n = 1)
THEOREM False_box_forall_param == (\A n \in x : [](n = 1)) => BoxAll(x)
  OBVIOUS
\* (Parameters are refused as domains even when bound to constants: no commuting there.)
THEOREM True_box_forall_param == BoxAll(x) => BoxAll(x)
  OBVIOUS
====
