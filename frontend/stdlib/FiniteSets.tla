----------------------------- MODULE FiniteSets -----------------------------
(* tlapx bundled library: finiteness and cardinality of sets. Both         *)
(* operators are interpreted natively by the backends; their definitions   *)
(* are never expanded.                                                     *)
LOCAL INSTANCE Naturals

\* S is finite iff some 1 .. n can be mapped onto it.
IsFiniteSet(S) ==
  \E n \in Nat : \E f \in [1 .. n -> S] : \A x \in S : \E i \in 1 .. n : f[i] = x

\* The number of elements of a finite set: the n such that 1 .. n and S are
\* in bijection. Unspecified for an infinite set.
Cardinality(S) ==
  CHOOSE n \in Nat :
    \E f \in [1 .. n -> S] :
      /\ \A x \in S : \E i \in 1 .. n : f[i] = x
      /\ \A i, j \in 1 .. n : f[i] = f[j] => i = j
=============================================================================
