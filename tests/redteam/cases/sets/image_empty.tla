---- MODULE image_empty ----
\* {e(m) : m \in S} is empty exactly when S is: a member of S gives one of the image,
\* and an empty image says nothing about S beyond that.
EXTENDS Integers
CONSTANTS S, G(_)

THEOREM False_image_of_nonempty ==
  ASSUME S # {} PROVE {G(m) : m \in S} # {G(0)}
  OBVIOUS
THEOREM True_image_of_nonempty ==
  ASSUME S # {} PROVE {G(m) : m \in S} # {}
  OBVIOUS

THEOREM False_image_field ==
  ASSUME NEW T, \E m \in T : m.f = 1 PROVE {m.g : m \in T} # {}  /\ 1 \in {m.g : m \in T}
  OBVIOUS
THEOREM True_image_field ==
  ASSUME NEW T, \E m \in T : m.f = 1 PROVE {m.g : m \in T} # {} /\ 1 \in {m.f : m \in T}
  OBVIOUS
====
