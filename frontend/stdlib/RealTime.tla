------------------------------ MODULE RealTime -----------------------------
(* tlapx bundled library: real-time bounds on actions, with the variable   *)
(* now holding the current time (Specifying Systems, chapter 9).           *)
EXTENDS Reals
VARIABLE now

\* Action <<A>>_v can be continuously enabled at most E time units without
\* occurring, and must be continuously enabled D time units before it occurs.
RTBound(A, v, D, E) ==
  LET \* Timer t measures how long <<A>>_v has been continuously enabled.
      Tick(t) == t' = IF <<A>>_v \/ ~(ENABLED <<A>>_v)' THEN 0 ELSE t + (now' - now)
      Timer(t) == t = 0 /\ [][Tick(t)]_<<t, v, now>>
      Upper(t) == [](t \leq E)
      Lower(t) == [][A => t \geq D]_v
  IN  \EE t : Timer(t) /\ Upper(t) /\ Lower(t)

\* now is a real number that keeps increasing without bound, and only
\* changes in steps that leave v unchanged.
RTnow(v) ==
  LET Advance == now' \in {r \in Real : r > now} /\ UNCHANGED v
  IN  /\ now \in Real
      /\ [][Advance]_now
      /\ \A r \in Real : WF_now(Advance /\ now' > r)
=============================================================================
