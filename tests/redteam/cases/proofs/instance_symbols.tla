---- MODULE instance_symbols ----
\* Two instances of one module declare symbols of the same names (I!P, J!P): rules that
\* compare formulas (a cited sequent's hypothesis stated by the context, an induction
\* hypothesis matching its conclusion) must not take one for the other.
EXTENDS Naturals
I == INSTANCE RedTeamGuard WITH c <- 1
J == INSTANCE RedTeamGuard WITH c <- 2

\* I!P holds, J!OneIfP needs J!P.
THEOREM False_instance_stated_hypothesis == 2 = 1
<1>1. I!P
  BY DEF I!P
<1> QED
  BY <1>1, J!OneIfP
THEOREM True_instance_stated_hypothesis == 1 = 1
<1>1. I!P
  BY DEF I!P
<1> QED
  BY <1>1, I!OneIfP

\* K!Below(k) == k < 0 never holds, so the lemma's hypothesis is false for n > 0 and the
\* lemma is true (L!Below(0)); it is no induction step for L!Below.
K == INSTANCE RedTeamGuard WITH c <- 0
L == INSTANCE RedTeamGuard WITH c <- 1
LEMMA NotInduction == ASSUME NEW n \in Nat, \A k \in 0 .. (n-1) : K!Below(k) PROVE L!Below(n)
  BY DEF K!Below, L!Below
LEMMA Induction == ASSUME NEW n \in Nat, \A k \in 0 .. (n-1) : L!Below(k) PROVE L!Below(n)
  PROOF OMITTED
THEOREM False_instance_induction == L!Below(5)
  BY NotInduction
THEOREM True_instance_induction == L!Below(5)
  BY Induction
====
