-------------------------- MODULE NaturalsInduction -------------------------
(* tlapx bundled library: induction over the natural numbers and          *)
(* functions defined recursively over them.                                *)
(*                                                                         *)
(* Several statements are phrased with auxiliary definitions               *)
(* (NatInductiveDefHypothesis, ...): keeping those hidden makes it easier  *)
(* for the backends to match the theorem against a goal. To use e.g.       *)
(* NatInduction on a complex predicate, define the predicate as an         *)
(* operator, prove the hypotheses, and hide the operator's definition      *)
(* when citing the theorem. The theorems are stated without their proofs.  *)
EXTENDS Integers

\* Ordinary induction.
THEOREM NatInduction ==
  ASSUME NEW P(_),
         P(0),
         \A n \in Nat : P(n) => P(n + 1)
  PROVE  \A n \in Nat : P(n)
PROOF OMITTED

\* Induction downwards from some m to 0.
THEOREM DownwardNatInduction ==
  ASSUME NEW P(_), NEW m \in Nat, P(m),
         \A n \in 1 .. m : P(n) => P(n - 1)
  PROVE  P(0)
PROOF OMITTED

\* Course-of-values induction: P(n) may assume P of every smaller number.
THEOREM GeneralNatInduction ==
  ASSUME NEW P(_),
         \A n \in Nat : (\A m \in 0 .. (n - 1) : P(m)) => P(n)
  PROVE  \A n \in Nat : P(n)
PROOF OMITTED

\* The least-number principle.
THEOREM SmallestNatural ==
  ASSUME NEW P(_), NEW n \in Nat, P(n)
  PROVE  \E m \in Nat : /\ P(m)
                        /\ \A k \in 0 .. m - 1 : ~ P(k)
PROOF OMITTED

\* A function over Nat defined recursively is well defined when Def(f, n)
\* only uses the values of f below n.
THEOREM RecursiveFcnOfNat ==
  ASSUME NEW Def(_, _),
         ASSUME NEW n \in Nat, NEW g, NEW h,
                \A i \in 0 .. (n - 1) : g[i] = h[i]
         PROVE  Def(g, n) = Def(h, n)
  PROVE  LET f[n \in Nat] == Def(f, n)
         IN  f = [n \in Nat |-> Def(f, n)]
PROOF OMITTED

-----------------------------------------------------------------------------
(* Primitive recursion: f[0] = f0 and f[i] = Def(f[i-1], i) for i > 0.     *)

NatInductiveDefHypothesis(f, f0, Def(_, _)) ==
  f = CHOOSE g : g = [i \in Nat |-> IF i = 0 THEN f0 ELSE Def(g[i - 1], i)]

NatInductiveDefConclusion(f, f0, Def(_, _)) ==
  f = [i \in Nat |-> IF i = 0 THEN f0 ELSE Def(f[i - 1], i)]

THEOREM NatInductiveDef ==
  ASSUME NEW Def(_, _), NEW f, NEW f0,
         NatInductiveDefHypothesis(f, f0, Def)
  PROVE  NatInductiveDefConclusion(f, f0, Def)
PROOF OMITTED

\* The range of a recursively defined function.
THEOREM RecursiveFcnOfNatType ==
  ASSUME NEW f, NEW S, NEW Def(_, _), f = [n \in Nat |-> Def(f, n)],
         ASSUME NEW n \in Nat, NEW g, \A i \in 0 .. n - 1 : g[i] \in S
         PROVE  Def(g, n) \in S
  PROVE  f \in [Nat -> S]
PROOF OMITTED

THEOREM NatInductiveDefType ==
  ASSUME NEW Def(_, _), NEW S, NEW f, NEW f0 \in S,
         NatInductiveDefConclusion(f, f0, Def),
         f0 \in S,
         \A v \in S, n \in Nat \ {0} : Def(v, n) \in S
  PROVE  f \in [Nat -> S]
PROOF OMITTED

\* Uniqueness of recursively defined functions.
THEOREM RecursiveFcnOfNatUnique ==
  ASSUME NEW Def(_, _), NEW f, NEW g,
         f = [n \in Nat |-> Def(f, n)],
         g = [n \in Nat |-> Def(g, n)],
         ASSUME NEW n \in Nat, NEW ff, NEW gg,
                \A i \in 0 .. (n - 1) : ff[i] = gg[i]
         PROVE  Def(ff, n) = Def(gg, n)
  PROVE  f = g
PROOF OMITTED

THEOREM NatInductiveUnique ==
  ASSUME NEW Def(_, _), NEW f, NEW g, NEW f0,
         NatInductiveDefConclusion(f, f0, Def),
         NatInductiveDefConclusion(g, f0, Def)
  PROVE  f = g
PROOF OMITTED

-----------------------------------------------------------------------------
(* The same for functions over an interval m .. n: f[m] = c and            *)
(* f[i] = Def(f[i-1], i) for i in m+1 .. n.                                *)

FiniteNatInductiveDefHypothesis(f, c, Def(_, _), m, n) ==
  f = CHOOSE g : g = [i \in m .. n |-> IF i = m THEN c ELSE Def(g[i - 1], i)]

FiniteNatInductiveDefConclusion(f, c, Def(_, _), m, n) ==
  f = [i \in m .. n |-> IF i = m THEN c ELSE Def(f[i - 1], i)]

THEOREM FiniteNatInductiveDef ==
  ASSUME NEW Def(_, _), NEW f, NEW c, NEW m \in Nat, NEW n \in Nat,
         FiniteNatInductiveDefHypothesis(f, c, Def, m, n)
  PROVE  FiniteNatInductiveDefConclusion(f, c, Def, m, n)
PROOF OMITTED

THEOREM FiniteNatInductiveDefType ==
  ASSUME NEW S, NEW Def(_, _), NEW f, NEW c \in S, NEW m \in Nat, NEW n \in Nat,
         FiniteNatInductiveDefConclusion(f, c, Def, m, n),
         \A v \in S, i \in (m + 1) .. n : Def(v, i) \in S
  PROVE  f \in [m .. n -> S]
PROOF OMITTED

THEOREM FiniteNatInductiveUnique ==
  ASSUME NEW Def(_, _), NEW f, NEW g, NEW c, NEW m \in Nat, NEW n \in Nat,
         FiniteNatInductiveDefConclusion(f, c, Def, m, n),
         FiniteNatInductiveDefConclusion(g, c, Def, m, n)
  PROVE  f = g
PROOF OMITTED
=============================================================================
