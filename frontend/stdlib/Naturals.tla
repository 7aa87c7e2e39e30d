------------------------------ MODULE Naturals ------------------------------
(* tlapx bundled library: the natural numbers and integer arithmetic.      *)
(*                                                                         *)
(* Every operator of this module is interpreted natively by the backends;  *)
(* the prover never expands the definitions below. The five basic         *)
(* operations on numbers (+, -, *, ^ and \leq) cannot be defined from      *)
(* anything simpler, so their bodies are placeholders marked NATIVE. The   *)
(* other operators get their mathematical definitions in terms of those.   *)

\* NATIVE: placeholder bodies, the arithmetic of numbers is built in.
a + b    == CHOOSE sum : TRUE
a - b    == CHOOSE difference : TRUE
a * b    == CHOOSE product : TRUE
a ^ b    == CHOOSE power : TRUE
a \leq b == CHOOSE holds \in BOOLEAN : TRUE

\* The least set that contains 0 and is closed under successor.
Nat ==
  CHOOSE N :
    /\ 0 \in N
    /\ \A n \in N : n + 1 \in N
    /\ \A M \in SUBSET N : (0 \in M /\ \A n \in M : n + 1 \in M) => M = N

a \geq b == b \leq a
a < b    == a \leq b /\ a # b
a > b    == b < a

\* The integers (exported as Int by module Integers); intervals range over them.
LOCAL IntegerSet == Nat \cup {0 - n : n \in Nat}

a .. b == {i \in IntegerSet : a \leq i /\ i \leq b}

\* Euclidean division and remainder; only specified for a divisor b > 0.
a \div b == CHOOSE q \in IntegerSet : \E r \in 0 .. (b - 1) : a = b * q + r
a % b    == a - b * (a \div b)
=============================================================================
