---- MODULE image_witness ----
\* The image of a member of S is in {e : v \in S} (the set map's image axiom, triggered by
\* the members of S): a witness for \E u \in {v \cap T : v \in Q}; no such witness for a
\* property the images need not have.
CONSTANTS Q, T, F
THEOREM True_image_witness == ASSUME NEW x \in Q, \A w \in x : w \in F
                              PROVE  \E u \in {v \cap T : v \in Q} : \A w \in u : w \in F
  OBVIOUS
THEOREM False_image_witness == ASSUME NEW x \in Q, \A w \in x : w \in F
                               PROVE  \E u \in {v \cup T : v \in Q} : \A w \in u : w \in F
  OBVIOUS
THEOREM True_image_member == ASSUME NEW x \in Q PROVE x \cap T \in {v \cap T : v \in Q}
  OBVIOUS
THEOREM False_image_member == ASSUME NEW x \in Q PROVE x \in {v \cap T : v \in Q}
  OBVIOUS
====
