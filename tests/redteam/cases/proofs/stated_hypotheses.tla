---- MODULE stated_hypotheses ----
\* A cited sequent's hypothesis that is itself a fact of the obligation is dropped from
\* the sequent (modus ponens): only when it is the same formula, over the same symbols.
VARIABLE x
CONSTANT F(_)

\* P(z) mentions the sequent's own z: the fact P(y) states it for y only.
THEOREM False_stated_other_symbol ==
  ASSUME NEW P(_), NEW Q(_), NEW y, P(y), ASSUME NEW z, P(z) PROVE Q(z) PROVE \A w : Q(w)
  OBVIOUS
THEOREM True_stated_other_symbol ==
  ASSUME NEW P(_), NEW Q(_), NEW y, P(y), ASSUME NEW z, P(y) PROVE Q(z) PROVE \A w : Q(w)
  OBVIOUS

\* B holds only under A.
THEOREM False_stated_conditionally ==
  ASSUME NEW A, NEW B, NEW C, A => B, ASSUME B PROVE C PROVE C
  OBVIOUS
THEOREM True_stated_conditionally ==
  ASSUME NEW A, NEW B, NEW C, A, A => B, ASSUME A, B PROVE C PROVE C
  OBVIOUS

\* F(x) now is not []F(x).
THEOREM False_stated_now_not_always ==
  ASSUME NEW C, F(x), ASSUME []F(x) PROVE C PROVE C
  OBVIOUS
THEOREM True_stated_now_not_always ==
  ASSUME NEW C, []F(x), ASSUME []F(x), NEW n PROVE C PROVE C
  OBVIOUS
\* A hypothesis about the cited fact's own NEW symbol is not the context's fact about
\* another symbol of the same name.
LEMMA NotTwo == ASSUME NEW z, z = 1 PROVE z # 2
  PROOF OMITTED
THEOREM False_stated_own_symbol == ASSUME NEW z, z = 1 PROVE FALSE
  BY NotTwo
THEOREM True_stated_own_symbol == ASSUME NEW z, z = 1 PROVE z # 2
  BY NotTwo
====
