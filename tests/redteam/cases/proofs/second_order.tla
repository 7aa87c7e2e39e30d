---- MODULE second_order ----
\* A second-order fact (ASSUME NEW P(_) ...) holds for every operator, so for the ones the
\* goal suggests; it proves nothing about an instance whose premises do not hold.
EXTENDS Naturals

CONSTANT R(_)

THEOREM Ind == ASSUME NEW P(_), P(0), \A n \in Nat : P(n) => P(n + 1)
               PROVE  \A n \in Nat : P(n)
  PROOF OMITTED

THEOREM False_induction_base ==
  ASSUME R(1), \A n \in Nat : R(n) => R(n + 1) PROVE \A n \in Nat : R(n)
  BY Ind
THEOREM True_induction_base ==
  ASSUME R(0), \A n \in Nat : R(n) => R(n + 1) PROVE \A n \in Nat : R(n)
  BY Ind

THEOREM False_induction_step ==
  ASSUME R(0), \A n \in Nat : R(n) => R(n + 2) PROVE \A n \in Nat : R(n)
  BY Ind
THEOREM True_induction_step ==
  ASSUME R(0), R(1), \A n \in Nat : R(n) => R(n + 2) PROVE \A n \in Nat : R(n) /\ R(n + 1)
  BY Ind

THEOREM False_induction_operator ==
  ASSUME R(0), NEW k \in Nat PROVE R(k)
  BY Ind
THEOREM True_induction_operator ==
  ASSUME R(0), \A n \in Nat : R(n) => R(n + 1), NEW k \in Nat PROVE R(k)
  BY Ind

\* Instances found by matching the fact's conclusion against the goal: a predicate of two
\* nested bound variables ...
THEOREM Ind2 == ASSUME NEW P(_, _), \A m \in Nat : P(m, 0),
                       \A m \in Nat : \A n \in Nat : P(m, n) => P(m, n + 1)
                PROVE  \A m \in Nat : \A n \in Nat : P(m, n)
  PROOF OMITTED

CONSTANT G(_, _)
THEOREM False_nested_induction_base ==
  ASSUME \A m \in Nat : G(m, 1), \A m \in Nat : \A n \in Nat : G(m, n) \/ m = n => G(m, n + 1)
  PROVE  \A m \in Nat : \A n \in Nat : G(m, n) \/ m = n
  BY Ind2
THEOREM True_nested_induction_base ==
  ASSUME \A m \in Nat : G(m, 0), \A m \in Nat : \A n \in Nat : G(m, n) \/ m = n => G(m, n + 1)
  PROVE  \A m \in Nat : \A n \in Nat : G(m, n) \/ m = n
  BY Ind2

\* ... and an operator passed as an argument of hidden operators: Holds(c, Inc) and
\* Holds(c, Dec) are different formulas.
Holds(x, Op(_)) == x = Op(0)
Follows(x, Op(_)) == x = Op(0) /\ x = Op(0) + 0
Inc(x) == x + 1
Dec(x) == x - 1
THEOREM Carry == ASSUME NEW x, NEW Op(_), Holds(x, Op) PROVE Follows(x, Op)
  PROOF OMITTED

THEOREM False_operator_argument == ASSUME NEW c, Holds(c, Dec) PROVE Follows(c, Inc)
  BY Carry
THEOREM True_operator_argument == ASSUME NEW c, Holds(c, Inc) PROVE Follows(c, Inc)
  BY Carry
THEOREM False_operator_argument_opaque == ASSUME NEW c, Holds(c, Inc) PROVE Holds(c, Dec)
  OBVIOUS
THEOREM True_operator_argument_opaque == ASSUME NEW c, Holds(c, Inc) PROVE Holds(c, LAMBDA y : Inc(y))
  OBVIOUS
\* A lemma over a constant operator that uses a prime or a temporal operator is valid only
\* for constant-level instances: a constant is its own primed value and is always true when
\* true; a state predicate need not be.
VARIABLE v
THEOREM PrimeSteady == ASSUME NEW P(_), \A n \in Nat : P(n)' PROVE \A n \in Nat : P(n)
  PROOF OMITTED
THEOREM False_primed_lemma_state_instance ==
  ASSUME (\A n \in Nat : v = n * 0)' PROVE \A n \in Nat : v = n * 0
  BY PrimeSteady
THEOREM True_primed_lemma_state_instance ==
  ASSUME NEW k, (\A n \in Nat : k = n * 0)' PROVE \A n \in Nat : k = n * 0
  BY PrimeSteady
THEOREM Steady == ASSUME NEW P(_), \A n \in Nat : P(n) PROVE [](\A n \in Nat : P(n))
  PROOF OMITTED
THEOREM False_temporal_lemma_state_instance ==
  ASSUME \A n \in Nat : v = n * 0 PROVE [](\A n \in Nat : v = n * 0)
  BY Steady
THEOREM True_temporal_lemma_state_instance ==
  ASSUME NEW k, \A n \in Nat : k = n * 0 PROVE [](\A n \in Nat : k = n * 0)
  BY Steady
\* A conclusion C1 /\ C2 instantiates by matching a conjunct against the goal.
CONSTANT Good(_), Fine(_)
THEOREM Image == ASSUME NEW T, NEW Op(_), \A x \in T : Good(Op(x))
                 PROVE  Fine({Op(x) : x \in T}) /\ Good(0)
  PROOF OMITTED
THEOREM False_conjunct_instance ==
  ASSUME NEW T, \A x \in T : Good(x) PROVE Fine({x + 1 : x \in T})
  BY Image
THEOREM True_conjunct_instance ==
  ASSUME NEW T, \A x \in T : Good(x + 1) PROVE Fine({x + 1 : x \in T})
  BY Image


\* Matching a conjunct of the conclusion, an operator applied to non-variables (imitation:
\* D(CHOOSE ..., 0) against K(CHOOSE ..., 0) gives K), and the first-order parameters at
\* the expressions they match (S at the goal's set).
THEOREM Sym == ASSUME NEW D(_, _), NEW a, \A x, y : D(x, y) = D(y, x)
               PROVE  D(a, CHOOSE z : z = a + 0) = D(CHOOSE z : z = a + 0, a)
  PROOF OMITTED
CONSTANT K(_, _), W
THEOREM False_imitation == ASSUME NEW b, \A x, y : K(x, y) = K(y, x)
                           PROVE  K(b, CHOOSE z : z = b + 0) = K(b, b)
  BY Sym
THEOREM True_imitation == ASSUME NEW b, \A x, y : K(x, y) = K(y, x)
                          PROVE  K(b, CHOOSE z : z = b + 0) = K(CHOOSE z : z = b + 0, b)
  BY Sym

THEOREM Empty == ASSUME NEW S, NEW Op(_), S = {}
                 PROVE  /\ {Op(x) : x \in S} = {}
                        /\ \A y \in S : Op(y) = 0
  PROOF OMITTED
THEOREM False_image_value == ASSUME NEW T, NEW U, U = {} PROVE {W[x] : x \in T} = {}
  BY Empty
THEOREM False_image_nonempty == ASSUME NEW T, T # {} PROVE {W[x] : x \in T} = {}
  BY Empty
THEOREM True_image_nonempty == ASSUME NEW T, T # {} PROVE {W[x] : x \in T} # {}
  BY Empty
THEOREM True_image_value == ASSUME NEW T, T = {} PROVE {W[x] : x \in {y \in T : y # W}} = {}
  BY Empty
====
