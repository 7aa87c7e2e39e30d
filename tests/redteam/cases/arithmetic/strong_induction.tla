---- MODULE strong_induction ----
\* A fact \A n \in Nat : (\A k \in 0 .. (n-1) : C(k)) => C(n) gives \A n \in Nat : C(n)
\* (strong induction): only with exactly that hypothesis for exactly that conclusion, and
\* a boxed hypothesis [](\A k ...) only for a boxed conclusion.
EXTENDS Naturals

VARIABLE x
CONSTANT F(_, _)

\* The hypothesis includes n itself: the premise holds for every P.
THEOREM False_induction_includes_n ==
  ASSUME NEW P(_), \A n \in Nat : (\A k \in 0 .. n : P(k)) => P(n) PROVE P(3)
  OBVIOUS
THEOREM True_induction_includes_n ==
  ASSUME NEW P(_), \A n \in Nat : (\A k \in 0 .. (n-1) : P(k)) => P(n) PROVE P(3)
  OBVIOUS

\* The conclusion is about n+1: nothing is said about P(0).
THEOREM False_induction_shifted ==
  ASSUME NEW P(_), \A n \in Nat : (\A k \in 0 .. (n-1) : P(k)) => P(n+1) PROVE P(0)
  OBVIOUS
THEOREM True_induction_shifted ==
  ASSUME NEW P(_), ASSUME NEW n \in Nat, \A k \in 0 .. (n-1) : P(k) PROVE P(n)
  PROVE  P(0) /\ \A n \in Nat : P(n)
  OBVIOUS

\* A boxed hypothesis with an unboxed conclusion: F(x, 0) now does not give []F(x, 0).
\* (The twin proves []F(x, m) for a constant m: a temporal atom at a literal, []F(x, 1), is
\* another atom than the instance of []F(x, n).)
THEOREM False_induction_box_now ==
  ASSUME \A n \in Nat : [](\A k \in 0 .. (n-1) : F(x, k)) => F(x, n) PROVE F(x, 1)
  OBVIOUS
THEOREM True_induction_box_now ==
  ASSUME NEW m \in Nat, \A n \in Nat : [](\A k \in 0 .. (n-1) : F(x, k)) => []F(x, n) PROVE []F(x, m)
  OBVIOUS
====
