--------------------------- MODULE Randomization ----------------------------
(* tlapx bundled library: TLC's random sampling of sets. TLC picks a new   *)
(* random sample at each evaluation; logically each operator denotes one   *)
(* fixed such sample.                                                      *)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets

\* A subset of S with k elements (S itself when it has fewer).
RandomSubset(k, S) ==
  CHOOSE T \in SUBSET S : Cardinality(T) = IF k < Cardinality(S) THEN k ELSE Cardinality(S)

\* At most k subsets of S; TLC includes each element of S in a subset with
\* probability n / Cardinality(S).
RandomSetOfSubsets(k, n, S) == CHOOSE T \in SUBSET SUBSET S : Cardinality(T) \leq k

\* At most k subsets of S; each element of S is in a subset with the
\* probability given by the string prob (e.g. "0.5").
RandomSubsetSet(k, prob, S) == CHOOSE T \in SUBSET SUBSET S : Cardinality(T) \leq k
=============================================================================
