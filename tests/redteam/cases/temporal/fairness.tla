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
====
