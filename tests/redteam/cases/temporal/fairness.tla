---- MODULE fairness ----
\* WF and SF, unfolded by their definitions.
EXTENDS Naturals, TLAPS
VARIABLE x

THEOREM False_wf_sf == ASSUME NEW ACTION A PROVE WF_x(A) => SF_x(A)
  BY PTL
THEOREM True_wf_sf == ASSUME NEW ACTION A PROVE SF_x(A) => WF_x(A)
  BY PTL

THEOREM False_wf_progress == ASSUME NEW ACTION A PROVE WF_x(A) => []<><<A>>_x
  BY PTL
THEOREM True_wf_progress == ASSUME NEW ACTION A PROVE []<><<A>>_x => WF_x(A)
  BY PTL

THEOREM False_sf_free == ASSUME NEW ACTION A PROVE SF_x(A)
  BY PTL
THEOREM True_sf_free == ASSUME NEW ACTION A PROVE []<><<A>>_x => SF_x(A)
  BY PTL

THEOREM False_wf_other_var == ASSUME NEW ACTION A, NEW VARIABLE y PROVE WF_x(A) => WF_y(A)
  BY PTL
THEOREM True_wf_other_var == ASSUME NEW ACTION A, NEW VARIABLE y PROVE WF_x(A) => WF_x(A)
  BY PTL

THEOREM False_stutter == ASSUME NEW ACTION A PROVE [][A]_x => []<><<A>>_x
  BY PTL
THEOREM True_stutter == ASSUME NEW ACTION A PROVE [][A]_x => [][A]_x
  BY PTL

\* Opaque temporal formulas are functions of the constants they mention (rigid), not of
\* state variables: an instance at a NEW constant follows from the \A, only there.
THEOREM False_wf_instance ==
  ASSUME NEW S, NEW u, NEW A(_) PROVE (\A n \in S : WF_x(A(n))) => WF_x(A(u))
  OBVIOUS
THEOREM True_wf_instance ==
  ASSUME NEW S, NEW u \in S, NEW A(_) PROVE (\A n \in S : WF_x(A(n))) => WF_x(A(u))
  OBVIOUS

THEOREM False_box_rigid ==
  ASSUME NEW c, x = c PROVE [](x = 1) <=> [](c = 1)
  OBVIOUS
THEOREM True_box_rigid ==
  ASSUME NEW c, NEW d, c = d PROVE [](x = c) <=> [](x = d)
  OBVIOUS
====
