-------------------------------- MODULE Bags --------------------------------
(* tlapx bundled library: bags (multisets). A bag is a function from its   *)
(* elements to their (positive) numbers of copies; an element occurs in    *)
(* bag B iff it is in DOMAIN B. A bag may have infinitely many elements,   *)
(* each with finitely many copies.                                         *)
LOCAL INSTANCE Naturals

IsABag(B) == B \in [DOMAIN B -> {n \in Nat : n > 0}]

\* The elements with at least one copy in B.
BagToSet(B) == DOMAIN B

\* The bag with one copy of each element of S.
SetToBag(S) == [e \in S |-> 1]

BagIn(e, B) == e \in BagToSet(B)

EmptyBag == SetToBag({})

\* The number of copies of e in B (0 when e is not in B).
CopiesIn(e, B) == IF BagIn(e, B) THEN B[e] ELSE 0

\* Bag union: the copies add up.
B1 (+) B2 ==
  [e \in DOMAIN B1 \cup DOMAIN B2 |-> CopiesIn(e, B1) + CopiesIn(e, B2)]

\* Bag difference: B1 with one copy removed for each copy in B2; elements
\* left with no copies disappear.
B1 (-) B2 ==
  LET Diff == [e \in DOMAIN B1 |-> CopiesIn(e, B1) - CopiesIn(e, B2)]
  IN  [e \in {d \in DOMAIN Diff : Diff[d] > 0} |-> Diff[e]]

\* The sum of the values of a function f into Nat with a finite domain.
LOCAL Sum(f) ==
  LET Partial[D \in SUBSET DOMAIN f] ==
        IF D = {} THEN 0
        ELSE LET x == CHOOSE y \in D : TRUE
             IN  f[x] + Partial[D \ {x}]
  IN  Partial[DOMAIN f]

\* The union of a set S of bags.
BagUnion(S) ==
  [e \in UNION {BagToSet(B) : B \in S} |-> Sum([B \in S |-> CopiesIn(e, B)])]

\* Bag inclusion: B2 has at least as many copies of every element as B1.
B1 \sqsubseteq B2 ==
  /\ DOMAIN B1 \subseteq DOMAIN B2
  /\ \A e \in DOMAIN B1 : B1[e] \leq B2[e]

\* All the bags included in B.
SubBag(B) ==
  {SB \in UNION {[D -> {n \in Nat : n > 0}] : D \in SUBSET BagToSet(B)} :
     \A e \in DOMAIN SB : SB[e] \leq B[e]}

\* The image of bag B under F: each copy of e in B gives one copy of F(e).
BagOfAll(F(_), B) ==
  [v \in {F(d) : d \in BagToSet(B)} |->
     Sum([d \in BagToSet(B) |-> IF F(d) = v THEN B[d] ELSE 0])]

\* The total number of copies in a finite bag B (unspecified otherwise).
BagCardinality(B) == Sum(B)
=============================================================================
