------------------------------ MODULE Integers ------------------------------
(* tlapx bundled library: the integers. Both operators are interpreted     *)
(* natively by the backends; their definitions are never expanded.         *)
EXTENDS Naturals

Int == Nat \cup {0 - n : n \in Nat}

\* Unary minus, written -a.
-. a == 0 - a
=============================================================================
