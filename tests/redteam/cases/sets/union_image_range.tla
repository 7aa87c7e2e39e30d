---- MODULE union_image_range ----
\* UNION witnesses, set-map images, elements of 1..n, nonempty sets and CHOOSE
\* congruence: each rule gives only what its premises say.
EXTENDS Integers, FiniteSets
CONSTANT S, T, P(_)

THEOREM False_union_singleton_subset == ASSUME NEW A, A \in SUBSET S PROVE UNION {A} = S
  OBVIOUS
THEOREM True_union_singleton_subset == ASSUME NEW A, A \in SUBSET S PROVE UNION {A} \subseteq S
  OBVIOUS
THEOREM False_union_pair_member == ASSUME NEW e, e \in UNION {S, T} PROVE e \in S
  OBVIOUS
THEOREM True_union_pair_member == ASSUME NEW e, e \in UNION {S, T} PROVE e \in S \/ e \in T
  OBVIOUS
THEOREM False_union_element == ASSUME NEW e \in S PROVE e \in UNION S
  OBVIOUS
THEOREM True_union_element == ASSUME NEW e \in S PROVE e \in UNION {S}
  OBVIOUS

THEOREM False_image_domain == ASSUME NEW e, e \in {P(z) : z \in S} PROVE e \in S
  OBVIOUS
THEOREM True_image_domain == ASSUME NEW e, e \in {P(z) : z \in S} PROVE \E z \in S : e = P(z)
  OBVIOUS
THEOREM False_image_other_domain == ASSUME NEW e \in S PROVE P(e) \in {P(z) : z \in T}
  OBVIOUS
THEOREM True_image_other_domain == ASSUME NEW e \in S \cap T PROVE P(e) \in {P(z) : z \in T}
  OBVIOUS
THEOREM False_image_self == ASSUME NEW e \in S PROVE e \in {P(z) : z \in S}
  OBVIOUS
THEOREM True_image_self == ASSUME NEW e \in S PROVE e \in {z : z \in S}
  OBVIOUS
THEOREM False_image_odd == \A n \in Nat : n + 1 \in {m * 2 : m \in Nat}
  OBVIOUS
THEOREM True_image_odd == \A n \in Nat : n + n \in {m * 2 : m \in Nat}
  OBVIOUS

THEOREM False_range_top == ASSUME NEW n \in Nat PROVE n \in 1..n
  OBVIOUS
THEOREM True_range_top == ASSUME NEW n \in Nat PROVE n + 1 \in 1..(n + 1)
  OBVIOUS
THEOREM False_range_strict == ASSUME NEW n \in Nat, NEW k \in 1..n PROVE k < n
  OBVIOUS
THEOREM True_range_strict == ASSUME NEW n \in Nat, NEW k \in 1..n PROVE k =< n
  OBVIOUS
THEOREM False_range_nonempty == ASSUME NEW n \in Nat PROVE 1..n # {}
  OBVIOUS
THEOREM True_range_nonempty == ASSUME NEW n \in Nat PROVE 0..n # {}
  OBVIOUS
THEOREM False_range_pred == ASSUME NEW n \in Nat, NEW k \in 1..n PROVE k - 1 \in 1..n
  OBVIOUS
THEOREM True_range_pred == ASSUME NEW n \in Nat, NEW k \in 1..n PROVE k - 1 \in 0..n
  OBVIOUS
THEOREM False_range_card_int == ASSUME NEW n \in Int PROVE Cardinality(1..n) = n
  OBVIOUS
THEOREM True_range_card_int == ASSUME NEW n \in Int PROVE IsFiniteSet(1..n)
  OBVIOUS

THEOREM False_nonempty_in_other == ASSUME S # {} PROVE \E e \in S : e \in T
  OBVIOUS
THEOREM True_nonempty_in_other == ASSUME S # {} PROVE \E e \in S : e \in S \cup T
  OBVIOUS
THEOREM False_nonempty_cap == ASSUME S # {} PROVE S \cap T # {}
  OBVIOUS
THEOREM True_nonempty_cap == ASSUME S # {} PROVE S \cup T # {}
  OBVIOUS
THEOREM False_nonempty_filter_all == ASSUME {e \in S : P(e)} # {} PROVE \A e \in S : P(e)
  OBVIOUS
THEOREM True_nonempty_filter_all == ASSUME {e \in S : P(e)} # {} PROVE \E e \in S : P(e)
  OBVIOUS
THEOREM False_nonempty_difference == ASSUME S \ T # {} PROVE T \ S # {}
  OBVIOUS
THEOREM True_nonempty_difference == ASSUME S \ T # {} PROVE S # T
  OBVIOUS

THEOREM False_choose_other_domain == (CHOOSE e \in S : P(e)) = (CHOOSE e \in T : P(e))
  OBVIOUS
THEOREM True_choose_other_domain == ASSUME S = T PROVE (CHOOSE e \in S : P(e)) = (CHOOSE e \in T : P(e))
  OBVIOUS
THEOREM False_choose_subset == ASSUME S \subseteq T PROVE (CHOOSE e \in S : TRUE) = (CHOOSE e \in T : TRUE)
  OBVIOUS
THEOREM True_choose_subset == ASSUME S \subseteq T, T \subseteq S PROVE (CHOOSE e \in S : TRUE) = (CHOOSE e \in T : TRUE)
  OBVIOUS
THEOREM False_choose_unbounded == ASSUME \A e \in S : P(e) PROVE (CHOOSE e \in S : P(e)) = (CHOOSE e : P(e))
  OBVIOUS
THEOREM True_choose_unbounded == ASSUME \A e : P(e) => e \in S PROVE (CHOOSE e \in S : P(e)) = (CHOOSE e : P(e))
  OBVIOUS
THEOREM False_choose_extra_conjunct == (CHOOSE e : e \in S /\ P(e)) = (CHOOSE e \in S : P(e) /\ e \in T)
  OBVIOUS
THEOREM True_choose_extra_conjunct == (CHOOSE e : e \in S /\ P(e)) = (CHOOSE e \in S : P(e) /\ e \in S)
  OBVIOUS
====
