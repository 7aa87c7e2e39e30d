---- MODULE named_number_sets ----
\* A goal x \in Nat / x \in Int also names the set, so a fact quantified over sets is
\* matched with it; what the fact does not give stays unproved.
EXTENDS Integers

THEOREM False_named_nat == ASSUME NEW G(_), \A T : \A x \in T : G(x) \in T PROVE G(-1) \in Nat
  OBVIOUS
THEOREM True_named_nat == ASSUME NEW G(_), \A T : \A x \in T : G(x) \in T PROVE G(1) \in Nat
  OBVIOUS

THEOREM False_named_int == ASSUME NEW G(_), \A T : \A x \in T : G(x) \in T PROVE G("a") \in Int
  OBVIOUS
THEOREM True_named_int == ASSUME NEW G(_), \A T : \A x \in T : G(x) \in T PROVE G(-1) \in Int
  OBVIOUS

THEOREM False_named_subset == ASSUME NEW G(_), \A T : \A x \in T : G(x) \in T \cup {-1}
                              PROVE G(1) \in Nat
  OBVIOUS
THEOREM True_named_subset == ASSUME NEW G(_), \A T : \A x \in T : G(x) \in T \cap Nat
                               PROVE G(1) \in Nat
  OBVIOUS
====
