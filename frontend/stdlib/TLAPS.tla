-------------------------------- MODULE TLAPS -------------------------------
(* tlapx bundled library: the TLA+ Proof System interface.                 *)
(*                                                                         *)
(* Backend pragmas: citing one of the operators below in a BY (or USE)     *)
(* selects how the obligation is proved, e.g. `BY Zenon` or `BY SMTT(30)`. *)
(* Each is defined as TRUE, so citing it adds no assumption; the argument  *)
(* of the T variants is a timeout in seconds. When several pragmas are     *)
(* cited, the last one wins. Pragmas name particular backends and are      *)
(* best avoided: proofs that need none are more robust.                    *)

\* SMT solvers. SMT and SimpleArithmetic select the default SMT solver.
SMT == TRUE
SMTT(X) == TRUE
SimpleArithmetic == TRUE
Z3 == TRUE
Z3T(X) == TRUE
CVC3 == TRUE
CVC3T(X) == TRUE
CVC4 == TRUE
CVC4T(X) == TRUE
Yices == TRUE
YicesT(X) == TRUE
veriT == TRUE
veriTT(X) == TRUE

\* First-order provers.
Zenon == TRUE
ZenonT(X) == TRUE
SlowZenon == TRUE
SlowerZenon == TRUE
VerySlowZenon == TRUE
SlowestZenon == TRUE
Zipper == TRUE
ZipperT(X) == TRUE
Spass == TRUE
SpassT(X) == TRUE

\* Propositional temporal logic (PTL is the usual name, LS4 the decision
\* procedure behind it).
PTL == TRUE
LS4 == TRUE
LS4T(X) == TRUE

\* Isabelle, with a timeout (IsaT), a tactic (IsaM) or both (IsaMT).
Isa == TRUE
IsaT(X) == TRUE
IsaM(X) == TRUE
IsaMT(X, Y) == TRUE
IsaWithSetExtensionality == TRUE

\* Isabelle tactics, each with longer timeouts.
Auto == TRUE
SlowAuto == TRUE
SlowerAuto == TRUE
SlowestAuto == TRUE
Force == TRUE
SlowForce == TRUE
SlowerForce == TRUE
SlowestForce == TRUE
Blast == TRUE
SlowBlast == TRUE
SlowerBlast == TRUE
SlowestBlast == TRUE
AutoBlast == TRUE
Simplification == TRUE
SlowSimplification == TRUE
SlowerSimplification == TRUE
SlowestSimplification == TRUE
SimplifyAndSolve == TRUE
SlowSimplifyAndSolve == TRUE
SlowerSimplifyAndSolve == TRUE
SlowestSimplifyAndSolve == TRUE

\* Several backends tried one after the other.
AllProvers == TRUE
AllProversT(X) == TRUE
AllSMT == TRUE
AllSMTT(X) == TRUE
AllIsa == TRUE
AllIsaT(X) == TRUE

\* Treatment of ENABLED, \cdot and levels: expand ENABLED or \cdot into
\* quantified formulas, expand the definitions they need automatically,
\* use axioms, rewrites or rules about ENABLED, compare expression levels.
ExpandENABLED == TRUE
ExpandCdot == TRUE
AutoUSE == TRUE
Lambdify == TRUE
ENABLEDaxioms == TRUE
ENABLEDrewrites == TRUE
ENABLEDrules == TRUE
LevelComparison == TRUE

\* Operators that only occur in the prover's internal forms of ENABLED and
\* \cdot.
EnabledWrapper(Op(_)) == FALSE
CdotWrapper(Op(_)) == FALSE

\* Proves only obligations that are trivially true (for testing).
Trivial == TRUE

-----------------------------------------------------------------------------
(* Two facts of set theory that backends cannot always find by themselves. *)

\* Sets with the same elements are equal.
THEOREM SetExtensionality ==
  \A S, T : (\A x : x \in S <=> x \in T) => S = T
PROOF OMITTED

\* There is no set of all sets: e.g. NotIn == CHOOSE v : v \notin S is
\* guaranteed to lie outside S.
THEOREM NoSetContainsEverything == \A S : \E x : x \notin S
PROOF OMITTED
=============================================================================
