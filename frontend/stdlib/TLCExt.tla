------------------------------- MODULE TLCExt -------------------------------
(* tlapx bundled library: TLC's extension operators. TLC computes them at  *)
(* run time (traces, model values, caching); here most bodies merely say   *)
(* that their value is some unspecified value.                             *)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets

\* Assertions; TLC reports both values when they differ.
AssertEq(a, b) == a = b
AssertError(err, exp) == CHOOSE holds \in BOOLEAN : TRUE

\* The behavior that leads to the current state, and a counterexample.
Trace == CHOOSE t : TRUE
CounterExample == CHOOSE ce : TRUE

\* The sequence of states of a counterexample record.
ToTrace(CE) ==
  [i \in 1 .. Cardinality(CE.state) |-> (CHOOSE s \in CE.state : s[1] = i)[2]]

TLCModelValue(str) == CHOOSE v : TRUE
TLCNoOp(val) == val
TLCDefer(expression) == TRUE
PickSuccessor(expression) == TRUE
TLCCache(expression, closure) == expression
TLCFP(val) == CHOOSE fp \in Nat : TRUE
TLCGetOrDefault(key, default) == CHOOSE v : TRUE
TLCGetAndSet(key, Op(_, _), val, default) == CHOOSE v : TRUE
=============================================================================
