------------------------------ MODULE Counter ------------------------------
(* A counter that only goes up, and a TLAPS-style proof that it always     *)
(* holds a natural number. The smallest complete example of an invariance  *)
(* proof: base case, inductive step, temporal conclusion.                  *)
EXTENDS Naturals, TLAPS

VARIABLE count

Init == count = 0
Next == count' = count + 1
Spec == Init /\ [][Next]_count

TypeOK == count \in Nat

THEOREM TypeInvariant == Spec => []TypeOK
<1>1. Init => TypeOK
  BY DEF Init, TypeOK
<1>2. TypeOK /\ [Next]_count => TypeOK'
  BY DEF TypeOK, Next
<1>. QED
  BY <1>1, <1>2, PTL DEF Spec
=============================================================================
