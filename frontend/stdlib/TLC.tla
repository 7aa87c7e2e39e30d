-------------------------------- MODULE TLC ---------------------------------
(* tlapx bundled library: the operators of the TLC model checker. TLC      *)
(* evaluates several of them specially (printing, assertions, its          *)
(* registers); logically they are defined as below.                        *)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences

\* Printing does not change the value of an expression.
Print(out, val) == val
PrintT(out) == TRUE

\* TLC stops with an error when val is false.
Assert(val, out) == IF val = TRUE THEN TRUE ELSE CHOOSE v : TRUE

\* Values that TLC computes at run time.
JavaTime == CHOOSE t \in Nat : TRUE
TLCGet(i) == CHOOSE v : TRUE
TLCSet(i, v) == TRUE
TLCEval(v) == v
RandomElement(S) == CHOOSE x \in S : TRUE
Any == CHOOSE x : TRUE
ToString(v) == CHOOSE str \in STRING : TRUE

\* The function that maps d to e, and the union of two functions (f wins
\* where both are defined).
d :> e == [x \in {d} |-> e]
f @@ g == [x \in DOMAIN f \cup DOMAIN g |-> IF x \in DOMAIN f THEN f[x] ELSE g[x]]

\* All the permutations of S.
Permutations(S) == {p \in [S -> S] : \A y \in S : \E x \in S : p[x] = y}

\* The sequence s rearranged so that earlier elements come before later ones
\* in the order Op (equal elements may appear in any order).
SortSeq(s, Op(_, _)) ==
  LET Sorted(p) ==
        \A i, j \in 1 .. Len(s) : i < j => Op(s[p[i]], s[p[j]]) \/ s[p[i]] = s[p[j]]
      perm == CHOOSE p \in Permutations(1 .. Len(s)) : Sorted(p)
  IN  [i \in 1 .. Len(s) |-> s[perm[i]]]
=============================================================================
