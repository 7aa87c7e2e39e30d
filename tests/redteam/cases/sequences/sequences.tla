---- MODULE sequences ----
\* Sequences: Len, Head, Tail, \o, Append, Seq.
EXTENDS Integers, Sequences

THEOREM False_len == Len(<<1, 2, 3>>) = 2
  OBVIOUS
THEOREM True_len == Len(<<1, 2, 3>>) = 3
  OBVIOUS

THEOREM False_head_empty == Head(<<>>) = 0
  OBVIOUS
THEOREM True_head_empty == Head(<<7>>) = 7
  OBVIOUS

THEOREM False_tail_empty == Tail(<<>>) = <<>>
  OBVIOUS
THEOREM True_tail_empty == Tail(<<7>>) = <<>>
  OBVIOUS

THEOREM False_tail == Tail(<<1, 2>>) = <<1>>
  OBVIOUS
THEOREM True_tail == Tail(<<1, 2>>) = <<2>>
  OBVIOUS

THEOREM False_concat == <<1>> \o <<2>> = <<2, 1>>
  OBVIOUS
THEOREM True_concat == <<1>> \o <<2>> = <<1, 2>>
  OBVIOUS

THEOREM False_concat_comm == \A s, t \in Seq(Nat) : s \o t = t \o s
  OBVIOUS
THEOREM True_concat_comm == \A s, t \in Seq(Nat) : Len(s \o t) = Len(t \o s)
  OBVIOUS

THEOREM False_append == Append(<<1>>, 2) = <<2, 1>>
  OBVIOUS
THEOREM True_append == Append(<<1>>, 2) = <<1, 2>>
  OBVIOUS

THEOREM False_append_len == \A s \in Seq(Nat) : Len(Append(s, 0)) = Len(s)
  OBVIOUS
THEOREM True_append_len == \A s \in Seq(Nat) : Len(Append(s, 0)) = Len(s) + 1
  OBVIOUS

THEOREM False_seq_member == <<1, -1>> \in Seq(Nat)
  OBVIOUS
THEOREM True_seq_member == <<1, 2>> \in Seq(Nat)
  OBVIOUS

THEOREM False_seq_empty_set == Seq({}) = {}
  OBVIOUS
THEOREM True_seq_empty_set == <<>> \in Seq({})
  OBVIOUS

THEOREM False_len_untyped == \A s : Len(s) \in Nat
  OBVIOUS
THEOREM True_len_untyped == \A s \in Seq(Nat) : Len(s) \in Nat
  OBVIOUS

THEOREM False_head_typed == \A s \in Seq(Nat) : Head(s) \in Nat
  OBVIOUS
THEOREM True_head_typed == \A s \in Seq(Nat) : s # <<>> => Head(s) \in Nat
  OBVIOUS

THEOREM False_tail_len == \A s \in Seq(Nat) : Len(Tail(s)) = Len(s) - 1
  OBVIOUS
THEOREM True_tail_len == \A s \in Seq(Nat) : Len(s) > 0 => Len(Tail(s)) = Len(s) - 1
  OBVIOUS

THEOREM False_seq_fcn == <<1, 2>> = [i \in 1..2 |-> 1]
  OBVIOUS
THEOREM True_seq_fcn == <<1, 1>> = [i \in 1..2 |-> 1]
  OBVIOUS

THEOREM False_seq_domain == \A s \in Seq(Nat) : DOMAIN s = 0..Len(s)
  OBVIOUS
THEOREM True_seq_domain == \A s \in Seq(Nat) : DOMAIN s = 1..Len(s)
  OBVIOUS

THEOREM False_len_concat == Len(<<1>> \o <<2, 3>>) = 2
  OBVIOUS
THEOREM True_len_concat == Len(<<1>> \o <<2, 3>>) = 3
  OBVIOUS

THEOREM False_apply_tuple == <<4, 5, 6>>[2] = 4
  OBVIOUS
THEOREM True_apply_tuple == <<4, 5, 6>>[2] = 5
  OBVIOUS

THEOREM False_apply_outside == <<4, 5, 6>>[4] = 6
  OBVIOUS
THEOREM True_apply_outside == <<4, 5, 6>>[3] = 6
  OBVIOUS

THEOREM False_empty_in_seq == <<>> \notin Seq(Nat)
  OBVIOUS
THEOREM True_empty_in_seq == <<>> \in Seq(Nat)
  OBVIOUS

THEOREM False_append_in == \A s \in Seq(Nat) : Append(s, -1) \in Seq(Nat)
  OBVIOUS
THEOREM True_append_in == \A s \in Seq(Nat) : Append(s, 1) \in Seq(Nat)
  OBVIOUS

THEOREM False_tuple_length == <<1, 2>> = <<1, 2, 3>>
  OBVIOUS
THEOREM True_tuple_length == <<1, 2>> # <<1, 2, 3>>
  OBVIOUS

THEOREM False_head_tail == \A s \in Seq(Nat) : s = <<Head(s)>> \o Tail(s)
  OBVIOUS
THEOREM True_head_tail == \A s \in Seq(Nat) : Len(s) > 0 => Head(s) = s[1]
  OBVIOUS

THEOREM False_seq_values == \A s \in Seq({1}) : \A i \in 1..Len(s) : s[i] = 2
  OBVIOUS
THEOREM True_seq_values == \A s \in Seq({1}) : \A i \in 1..Len(s) : s[i] = 1
  OBVIOUS

THEOREM False_tail_member == \A s \in Seq(Nat) : Tail(s) \in Seq(Nat)
  OBVIOUS
THEOREM True_tail_member == \A s \in Seq(Nat) : s # <<>> => Tail(s) \in Seq(Nat)
  OBVIOUS
====
