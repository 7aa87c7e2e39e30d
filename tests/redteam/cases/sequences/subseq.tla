---- MODULE subseq ----
\* SubSeq(s, m, n) == [i \in 1..(1+n-m) |-> s[i+m-1]]: outside 1..Len(s) its values are
\* unspecified, and its length is always max(1+n-m, 0).
EXTENDS Naturals, Sequences

THEOREM False_subseq_past_end == SubSeq(<<1, 2, 3>>, 2, 5) = <<2, 3>>
  OBVIOUS
THEOREM True_subseq_past_end == SubSeq(<<1, 2, 3>>, 2, 3) = <<2, 3>>
  OBVIOUS

THEOREM False_subseq_empty == SubSeq(<<1, 2, 3>>, 3, 2) # <<>>
  OBVIOUS
THEOREM True_subseq_empty == SubSeq(<<1, 2, 3>>, 3, 2) = <<>>
  OBVIOUS

THEOREM False_subseq_zero == SubSeq(<<1, 2, 3>>, 0, 1) = <<1>>
  OBVIOUS
THEOREM True_subseq_zero == SubSeq(<<1, 2, 3>>, 1, 1) = <<1>>
  OBVIOUS

THEOREM False_subseq_len == \A s \in Seq(Nat) : Len(SubSeq(s, 1, 2)) = Len(s)
  OBVIOUS
THEOREM True_subseq_len == \A s \in Seq(Nat) : Len(SubSeq(s, 1, 2)) = 2
  OBVIOUS

THEOREM False_subseq_value == SubSeq(<<4, 5, 6>>, 2, 3)[1] = 4
  OBVIOUS
THEOREM True_subseq_value == SubSeq(<<4, 5, 6>>, 2, 3)[1] = 5
  OBVIOUS

THEOREM False_subseq_member == \A s \in Seq(Nat) : SubSeq(s, 1, 3) \in Seq(Nat)
  OBVIOUS
THEOREM True_subseq_member == \A s \in Seq(Nat) : Len(SubSeq(s, 1, 3)) = 3
  OBVIOUS

THEOREM False_subseq_untyped == \A s, m, n : Len(SubSeq(s, m, n)) \in Nat
  OBVIOUS
THEOREM True_subseq_untyped == \A s : \A m, n \in Nat : m =< n + 1 => Len(SubSeq(s, m, n)) \in Nat
  OBVIOUS

\* 1+n-m < 0: the domain 1..(1+n-m) is empty and the length 0, not 1+n-m.
THEOREM False_subseq_negative_length == Len(SubSeq(<<1, 2, 3>>, 3, 1)) + 1 = 0
  OBVIOUS
THEOREM True_subseq_negative_length == Len(SubSeq(<<1, 2, 3>>, 3, 1)) = 0
  OBVIOUS

THEOREM False_subseq_front ==
  \A s \in Seq(Nat) : SubSeq(s, 2, Len(s) - 1) = [i \in 1..Len(s) - 1 |-> s[i]]
  OBVIOUS
THEOREM True_subseq_front ==
  \A s \in Seq(Nat) : SubSeq(s, 1, Len(s) - 1) = [i \in 1..Len(s) - 1 |-> s[i]]
  OBVIOUS
====
