---- MODULE filter_witness ----
\* A bounded quantifier over a filter whose predicate quantifies keeps the membership atom
\* (a trigger): the element a fact gives (the maximum from HasMax) is a witness; it proves
\* nothing the element does not satisfy.
EXTENDS Integers, FiniteSets
CONSTANTS Q, P(_, _)
THEOREM HasMax == ASSUME NEW S \in SUBSET Int, IsFiniteSet(S), S # {}
                  PROVE  \E m \in S : \A x \in S : m >= x
  PROOF OMITTED
THEOREM True_filter_witness ==
  ASSUME NEW b \in Nat, IsFiniteSet({c \in 0..b : \E a \in Q : P(a, c)}),
         {c \in 0..b : \E a \in Q : P(a, c)} # {}
  PROVE  \E m \in {c \in 0..b : \E a \in Q : P(a, c)} : \A x \in {c \in 0..b : \E a \in Q : P(a, c)} : m >= x
  BY HasMax
THEOREM False_filter_witness ==
  ASSUME NEW b \in Nat, IsFiniteSet({c \in 0..b : \E a \in Q : P(a, c)}),
         {c \in 0..b : \E a \in Q : P(a, c)} # {}
  PROVE  \E m \in {c \in 0..b : \E a \in Q : P(a, c)} : \A x \in {c \in 0..b : \E a \in Q : P(a, c)} : m > x
  BY HasMax
====
