------------------------ MODULE WellFoundedInduction ------------------------
(* tlapx bundled library: well-founded relations, induction over them and  *)
(* functions defined recursively over them.                                *)
(*                                                                         *)
(* A relation is a set of ordered pairs: <<x, y>> \in R means that x is    *)
(* below y. The results do not require R to be a subset of S \X S. As in   *)
(* NaturalsInduction, statements are phrased with auxiliary definitions    *)
(* that are best kept hidden when citing them, and are given without their *)
(* proofs.                                                                 *)
EXTENDS NaturalsInduction

\* R is transitive on S.
IsTransitivelyClosedOn(R, S) ==
  \A i, j, k \in S : (<<i, j>> \in R) /\ (<<j, k>> \in R) => (<<i, k>> \in R)

\* R has no infinite descending chain of elements of S.
IsWellFoundedOn(R, S) ==
  ~ \E f \in [Nat -> S] : \A n \in Nat : <<f[n + 1], f[n]>> \in R

LEMMA EmptyIsWellFounded == \A S : IsWellFoundedOn({}, S)
PROOF OMITTED

LEMMA IsWellFoundedOnSubset ==
  ASSUME NEW R, NEW S, NEW T \in SUBSET S,
         IsWellFoundedOn(R, S)
  PROVE  IsWellFoundedOn(R, T)
PROOF OMITTED

LEMMA IsWellFoundedOnSubrelation ==
  ASSUME NEW S, NEW R, NEW RR, RR \cap (S \X S) \subseteq R,
         IsWellFoundedOn(R, S)
  PROVE  IsWellFoundedOn(RR, S)
PROOF OMITTED

\* The elements of S below x.
SetLessThan(x, R, S) == {y \in S : <<y, x>> \in R}

\* Well-foundedness is equivalent to every nonempty subset of S having a
\* minimal element.
THEOREM WFMin ==
  ASSUME NEW R, NEW S,
         IsWellFoundedOn(R, S),
         NEW T, T \subseteq S, T # {}
  PROVE  \E x \in T : \A y \in T : ~ (<<y, x>> \in R)
PROOF OMITTED

THEOREM MinWF ==
  ASSUME NEW R, NEW S,
         \A T \in SUBSET S : T # {} => \E x \in T : \A y \in T : ~ (<<y, x>> \in R)
  PROVE  IsWellFoundedOn(R, S)
PROOF OMITTED

LEMMA WellFoundedIsIrreflexive ==
  ASSUME NEW R, NEW S, NEW x \in S,
         IsWellFoundedOn(R, S)
  PROVE  <<x, x>> \notin R
PROOF OMITTED

LEMMA WellFoundedIsAsymmetric ==
  ASSUME NEW R, NEW S, NEW x \in S, NEW y \in S,
         IsWellFoundedOn(R, S),
         <<x, y>> \in R, <<y, x>> \in R
  PROVE  FALSE
PROOF OMITTED

LEMMA WFSetLessThanIrreflexive ==
  ASSUME NEW R, NEW S, NEW x \in S,
         IsWellFoundedOn(R, S)
  PROVE  x \notin SetLessThan(x, R, S)
PROOF OMITTED

LEMMA SetLessTransitive ==
  ASSUME NEW R, NEW S, NEW x \in S, NEW y \in SetLessThan(x, R, S),
         IsTransitivelyClosedOn(R, S)
  PROVE  SetLessThan(y, R, S) \subseteq SetLessThan(x, R, S)
PROOF OMITTED

-----------------------------------------------------------------------------
(* Induction, and recursive definitions, over a well-founded relation.     *)

\* Generalizes GeneralNatInduction.
THEOREM WFInduction ==
  ASSUME NEW P(_), NEW R, NEW S,
         IsWellFoundedOn(R, S),
         \A x \in S : (\A y \in SetLessThan(x, R, S) : P(y)) => P(x)
  PROVE  \A x \in S : P(x)
PROOF OMITTED

\* Def(g, x) only depends on the values of g below x.
WFDefOn(R, S, Def(_, _)) ==
  \A g, h :
    \A x \in S :
      (\A y \in SetLessThan(x, R, S) : g[y] = h[y]) => (Def(g, x) = Def(h, x))

\* f is the function defined by f[x \in S] == Def(f, x).
OpDefinesFcn(f, S, Def(_, _)) ==
  f = CHOOSE g : g = [x \in S |-> Def(g, x)]

\* f satisfies the recursive equation.
WFInductiveDefines(f, S, Def(_, _)) ==
  f = [x \in S |-> Def(f, x)]

\* At most one function satisfies the recursive equation.
WFInductiveUnique(S, Def(_, _)) ==
  \A g, h : /\ WFInductiveDefines(g, S, Def)
            /\ WFInductiveDefines(h, S, Def)
            => (g = h)

THEOREM WFDefOnUnique ==
  ASSUME NEW Def(_, _), NEW R, NEW S,
         IsWellFoundedOn(R, S), WFDefOn(R, S, Def)
  PROVE  WFInductiveUnique(S, Def)
PROOF OMITTED

\* The special case of WFInductiveDef for a transitive relation.
LEMMA WFInductiveDefLemma ==
  ASSUME NEW Def(_, _), NEW R, NEW S, NEW f,
         IsWellFoundedOn(R, S),
         IsTransitivelyClosedOn(R, S),
         WFDefOn(R, S, Def),
         OpDefinesFcn(f, S, Def)
  PROVE  WFInductiveDefines(f, S, Def)
PROOF OMITTED

\* The transitive closure of the restriction of R to S: the smallest
\* transitive relation on S that contains it.
TransitiveClosureOn(R, S) ==
  { ss \in S \X S :
      \A U \in SUBSET (S \X S) :
        /\ R \cap S \X S \subseteq U
        /\ IsTransitivelyClosedOn(U, S)
        => ss \in U }

LEMMA TransitiveClosureThm ==
  \A R, S :
    /\ R \cap S \X S \subseteq TransitiveClosureOn(R, S)
    /\ IsTransitivelyClosedOn(TransitiveClosureOn(R, S), S)
PROOF OMITTED

LEMMA TransitiveClosureMinimal ==
  ASSUME NEW R, NEW S, NEW U \in SUBSET (S \X S),
         R \cap S \X S \subseteq U,
         IsTransitivelyClosedOn(U, S)
  PROVE  TransitiveClosureOn(R, S) \subseteq U
PROOF OMITTED

\* Closure properties of the transitive closure.
LEMMA TCTCTC ==
  ASSUME NEW R, NEW S, NEW i \in S, NEW j \in S, NEW k \in S,
         <<i, j>> \in TransitiveClosureOn(R, S),
         <<j, k>> \in TransitiveClosureOn(R, S)
  PROVE  <<i, k>> \in TransitiveClosureOn(R, S)
PROOF OMITTED

LEMMA TCRTC ==
  ASSUME NEW R, NEW S, NEW i \in S, NEW j \in S, NEW k \in S,
         <<i, j>> \in TransitiveClosureOn(R, S), <<j, k>> \in R
  PROVE  <<i, k>> \in TransitiveClosureOn(R, S)
PROOF OMITTED

LEMMA RTCTC ==
  ASSUME NEW R, NEW S, NEW i \in S, NEW j \in S, NEW k \in S,
         <<i, j>> \in R, <<j, k>> \in TransitiveClosureOn(R, S)
  PROVE  <<i, k>> \in TransitiveClosureOn(R, S)
PROOF OMITTED

\* A pair of the transitive closure ends with a step of R.
LEMMA TransitiveClosureChopLast ==
  ASSUME NEW R, NEW S, NEW i \in S, NEW k \in S,
         <<i, k>> \in TransitiveClosureOn(R, S)
  PROVE  \E j \in S : /\ <<j, k>> \in R
                      /\ i = j \/ <<i, j>> \in TransitiveClosureOn(R, S)
PROOF OMITTED

THEOREM TransitiveClosureWF ==
  ASSUME NEW R, NEW S, IsWellFoundedOn(R, S)
  PROVE  IsWellFoundedOn(TransitiveClosureOn(R, S), S)
PROOF OMITTED

THEOREM WFInductiveDef ==
  ASSUME NEW Def(_, _), NEW R, NEW S, NEW f,
         IsWellFoundedOn(R, S),
         WFDefOn(R, S, Def),
         OpDefinesFcn(f, S, Def)
  PROVE  WFInductiveDefines(f, S, Def)
PROOF OMITTED

\* The range of a function defined by well-founded recursion.
THEOREM WFInductiveDefType ==
  ASSUME NEW Def(_, _), NEW f, NEW R, NEW S, NEW T,
         T # {},
         IsWellFoundedOn(R, S),
         WFDefOn(R, S, Def),
         WFInductiveDefines(f, S, Def),
         \A g \in [S -> T], s \in S : Def(g, s) \in T
  PROVE  f \in [S -> T]
PROOF OMITTED

-----------------------------------------------------------------------------
(* Building well-founded relations from others.                            *)

\* The relation on S given by an infix operator.
OpToRel(_\prec_, S) == {ss \in S \X S : ss[1] \prec ss[2]}

THEOREM NatLessThanWellFounded == IsWellFoundedOn(OpToRel(<, Nat), Nat)
PROOF OMITTED

\* The inverse image of R under f, as a relation on S.
PreImage(f(_), S, R) == {ss \in S \X S : <<f(ss[1]), f(ss[2])>> \in R}

THEOREM PreImageWellFounded ==
  ASSUME NEW S, NEW T, NEW R, NEW f(_),
         \A s \in S : f(s) \in T,
         IsWellFoundedOn(R, T)
  PROVE  IsWellFoundedOn(PreImage(f, S, R), S)
PROOF OMITTED

\* The lexicographic order on pairs.
LexPairOrdering(R1, R2, S1, S2) ==
  {ss \in (S1 \X S2) \X (S1 \X S2) :
     \/ <<ss[1][1], ss[2][1]>> \in R1
     \/ /\ ss[1][1] = ss[2][1]
        /\ <<ss[1][2], ss[2][2]>> \in R2}

THEOREM WFLexPairOrdering ==
  ASSUME NEW R1, NEW R2, NEW S1, NEW S2,
         IsWellFoundedOn(R1, S1),
         IsWellFoundedOn(R2, S2)
  PROVE  IsWellFoundedOn(LexPairOrdering(R1, R2, S1, S2), S1 \X S2)
PROOF OMITTED

\* The lexicographic order on n-tuples of elements of S.
LexProductOrdering(R, S, n) ==
  {ff \in [1 .. n -> S] \X [1 .. n -> S] :
     \E j \in 1 .. n :
       /\ \A i \in 1 .. (j - 1) : ff[1][i] = ff[2][i]
       /\ <<ff[1][j], ff[2][j]>> \in R}

THEOREM WFLexProductOrdering ==
  ASSUME NEW R, NEW S, NEW n \in Nat,
         IsWellFoundedOn(R, S)
  PROVE  IsWellFoundedOn(LexProductOrdering(R, S, n), [1 .. n -> S])
PROOF OMITTED
=============================================================================
