------------------------------- MODULE Reals --------------------------------
(* tlapx bundled library: the real numbers. The operators are interpreted  *)
(* natively by the backends; their definitions are never expanded.         *)
EXTENDS Integers

\* NATIVE: placeholder body, the real numbers are built in.
Real == CHOOSE R : Int \subseteq R

\* Division; only specified for a nonzero divisor b.
a / b == CHOOSE q \in Real : a = b * q

\* A value that is not a real number.
Infinity == CHOOSE x : x \notin Real
=============================================================================
