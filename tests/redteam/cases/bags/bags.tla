---- MODULE bags ----
\* Bags: functions from elements to positive counts (module Bags), used through the
\* definitions cited in each proof.
EXTENDS Naturals, Bags

THEOREM False_empty_in == BagIn(1, EmptyBag)
  BY DEF BagIn, EmptyBag, SetToBag, BagToSet
THEOREM True_empty_in == ~BagIn(1, EmptyBag)
  BY DEF BagIn, EmptyBag, SetToBag, BagToSet

THEOREM False_copies_empty == CopiesIn(1, EmptyBag) = 1
  BY DEF CopiesIn, BagIn, EmptyBag, SetToBag, BagToSet
THEOREM True_copies_empty == CopiesIn(1, EmptyBag) = 0
  BY DEF CopiesIn, BagIn, EmptyBag, SetToBag, BagToSet

THEOREM False_set_to_bag == CopiesIn(2, SetToBag({1, 2})) = 2
  BY DEF CopiesIn, BagIn, SetToBag, BagToSet
THEOREM True_set_to_bag == CopiesIn(2, SetToBag({1, 2})) = 1
  BY DEF CopiesIn, BagIn, SetToBag, BagToSet

THEOREM False_bag_to_set == BagToSet(SetToBag({1, 2})) = {1}
  BY DEF SetToBag, BagToSet
THEOREM True_bag_to_set == BagToSet(SetToBag({1, 2})) = {1, 2}
  BY DEF SetToBag, BagToSet

THEOREM False_is_a_bag_zero == IsABag([x \in {1} |-> 0])
  BY DEF IsABag
THEOREM True_is_a_bag_zero == IsABag(SetToBag({1}))
  BY DEF IsABag, SetToBag

THEOREM False_oplus_domain == DOMAIN (SetToBag({1}) (+) SetToBag({2})) = {1}
  BY DEF \oplus, SetToBag
THEOREM True_oplus_domain == DOMAIN (SetToBag({1}) (+) SetToBag({2})) = {1, 2}
  BY DEF \oplus, SetToBag

THEOREM False_sqsubseteq == SetToBag({1, 2}) \sqsubseteq SetToBag({1})
  BY DEF \sqsubseteq, SetToBag
THEOREM True_sqsubseteq == SetToBag({1}) \sqsubseteq SetToBag({1, 2})
  BY DEF \sqsubseteq, SetToBag

THEOREM False_empty_domain == DOMAIN EmptyBag = {1}
  BY DEF EmptyBag, SetToBag
THEOREM True_empty_domain == DOMAIN EmptyBag = {}
  BY DEF EmptyBag, SetToBag

THEOREM False_bag_in_any == \A B, e : BagIn(e, B)
  BY DEF BagIn, BagToSet
THEOREM True_bag_in_any == \A B : \A e \in DOMAIN B : BagIn(e, B)
  BY DEF BagIn, BagToSet

THEOREM False_copies_positive == \A B, e : CopiesIn(e, B) > 0
  BY DEF CopiesIn, BagIn, BagToSet
THEOREM True_copies_positive == \A B, e : ~BagIn(e, B) => CopiesIn(e, B) = 0
  BY DEF CopiesIn, BagIn, BagToSet

THEOREM False_is_a_bag_any == \A B : IsABag(B)
  BY DEF IsABag
THEOREM True_is_a_bag_any == IsABag(EmptyBag)
  BY DEF IsABag, EmptyBag, SetToBag

THEOREM False_set_to_bag_eq == SetToBag({1}) = SetToBag({2})
  BY DEF SetToBag
THEOREM True_set_to_bag_eq == SetToBag({1}) = SetToBag({1, 1})
  BY DEF SetToBag

THEOREM False_sqsubseteq_refl == \A B : B \sqsubseteq B
  BY DEF \sqsubseteq
THEOREM True_sqsubseteq_refl == \A B \in [{1, 2} -> Nat] : B \sqsubseteq B
  BY DEF \sqsubseteq

THEOREM False_copies_outside == CopiesIn(3, SetToBag({1, 2})) = 1
  BY DEF CopiesIn, BagIn, SetToBag, BagToSet
THEOREM True_copies_outside == CopiesIn(3, SetToBag({1, 2})) = 0
  BY DEF CopiesIn, BagIn, SetToBag, BagToSet

THEOREM False_ominus_domain == DOMAIN (SetToBag({1, 2}) (-) SetToBag({1})) = {1, 2}
  BY DEF \ominus, CopiesIn, BagIn, SetToBag, BagToSet
THEOREM True_ominus_domain == DOMAIN (SetToBag({1, 2}) (-) SetToBag({1})) = {2}
  BY DEF \ominus, CopiesIn, BagIn, SetToBag, BagToSet

THEOREM False_oplus_empty == SetToBag({1}) (+) EmptyBag = EmptyBag
  BY DEF \oplus, EmptyBag, SetToBag
THEOREM True_oplus_empty == DOMAIN (SetToBag({1}) (+) EmptyBag) = {1}
  BY DEF \oplus, EmptyBag, SetToBag

THEOREM False_bag_in_oplus == BagIn(3, SetToBag({1}) (+) SetToBag({2}))
  BY DEF BagIn, BagToSet, \oplus, SetToBag
THEOREM True_bag_in_oplus == BagIn(2, SetToBag({1}) (+) SetToBag({2}))
  BY DEF BagIn, BagToSet, \oplus, SetToBag

THEOREM False_is_a_bag_negative == IsABag([x \in {1} |-> -1])
  BY DEF IsABag
THEOREM True_is_a_bag_negative == IsABag([x \in {1} |-> 3])
  BY DEF IsABag

THEOREM False_copies_of_bag == \A B : IsABag(B) => \A e : CopiesIn(e, B) > 0
  BY DEF IsABag, CopiesIn, BagIn, BagToSet
THEOREM True_copies_of_bag == \A B : IsABag(B) => \A e \in DOMAIN B : CopiesIn(e, B) > 0
  BY DEF IsABag, CopiesIn, BagIn, BagToSet

THEOREM False_bag_to_set_round_trip == \A S : BagToSet(SetToBag(S)) # S
  BY DEF BagToSet, SetToBag
THEOREM True_bag_to_set_round_trip == \A S : BagToSet(SetToBag(S)) = S
  BY DEF BagToSet, SetToBag

THEOREM False_oplus_untyped_comm == \A B, C : B (+) C = C (+) B
  BY DEF \oplus, CopiesIn, BagIn, BagToSet
THEOREM True_oplus_untyped_comm == \A B, C : DOMAIN (B (+) C) = DOMAIN (C (+) B)
  BY DEF \oplus

THEOREM False_copies_settobag_value == \A S, e : CopiesIn(e, SetToBag(S)) = 1
  BY DEF CopiesIn, BagIn, SetToBag, BagToSet
THEOREM True_copies_settobag_value == \A S : \A e \in S : CopiesIn(e, SetToBag(S)) = 1
  BY DEF CopiesIn, BagIn, SetToBag, BagToSet
====
