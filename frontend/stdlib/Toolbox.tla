------------------------------ MODULE Toolbox -------------------------------
(* tlapx bundled library: the operators that the TLA+ Toolbox's trace      *)
(* explorer provides. TLC supplies their values when it explores a trace.  *)
LOCAL INSTANCE TLC

\* The states of the trace being explored.
_TETrace == CHOOSE t : TRUE

\* The position of the current state in the trace.
_TEPosition == TLCGet("level")
=============================================================================
