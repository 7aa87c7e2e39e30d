------------------------------ MODULE Sequences -----------------------------
(* tlapx bundled library: finite sequences, i.e. functions whose domain is *)
(* 1 .. n for some natural number n. The operators are interpreted         *)
(* natively by the backends; their definitions are never expanded.         *)
LOCAL INSTANCE Naturals

Seq(S) == UNION {[1 .. n -> S] : n \in Nat}

Len(s) == CHOOSE n \in Nat : DOMAIN s = 1 .. n

\* Concatenation.
s \o t ==
  [i \in 1 .. (Len(s) + Len(t)) |->
     IF i \leq Len(s) THEN s[i] ELSE t[i - Len(s)]]

Append(s, e) == s \o << e >>

Head(s) == s[1]

Tail(s) == [i \in 1 .. (Len(s) - 1) |-> s[i + 1]]

\* The elements s[m], ..., s[n] (empty when n < m).
SubSeq(s, m, n) == [i \in 1 .. (1 + n - m) |-> s[m + i - 1]]

\* The subsequence of the elements of s that satisfy Test, in order.
SelectSeq(s, Test(_)) ==
  LET Kept[k \in 0 .. Len(s)] ==
        IF k = 0 THEN << >>
        ELSE IF Test(s[k]) THEN Append(Kept[k - 1], s[k])
                           ELSE Kept[k - 1]
  IN  Kept[Len(s)]
=============================================================================
