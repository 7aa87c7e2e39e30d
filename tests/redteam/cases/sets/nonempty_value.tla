---- MODULE nonempty_value ----
\* An assumed S # {} is a disequality of terms as well as "S has an element": where S is
\* later compared to {} as a value (a member of a set of sets that excludes {{}}), the
\* disequality refutes S = {}. Nothing is said of other sets, nor of operators applied to S.
EXTENDS Integers, Sequences

THEOREM False_nonempty_shorter ==
  ASSUME NEW S, NEW s \in Seq(S), NEW U \in SUBSET ((SUBSET (1 .. Len(s))) \ {{}}),
         NEW m \in Int, NEW n \in Int, m .. n # {}, m .. n \subseteq 1 .. Len(s)
  PROVE  U \cup {m .. (n - 1)} \in SUBSET ((SUBSET (1 .. Len(s))) \ {{}})
  OBVIOUS
THEOREM True_nonempty_shorter ==
  ASSUME NEW S, NEW s \in Seq(S), NEW U \in SUBSET ((SUBSET (1 .. Len(s))) \ {{}}),
         NEW m \in Int, NEW n \in Int, m .. n # {}, m .. n \subseteq 1 .. Len(s)
  PROVE  U \cup {m .. n} \in SUBSET ((SUBSET (1 .. Len(s))) \ {{}})
  OBVIOUS

THEOREM False_nonempty_split ==
  ASSUME NEW S, NEW s \in Seq(S), NEW U \in SUBSET ((SUBSET (1 .. Len(s))) \ {{}}),
         NEW I \in U, NEW m \in Int, NEW n \in Int, NEW p \in m .. n,
         m .. p \subseteq 1 .. Len(s), p + 1 .. n \subseteq 1 .. Len(s)
  PROVE  (U \ {I}) \cup {m .. p, p + 1 .. n} \in SUBSET ((SUBSET (1 .. Len(s))) \ {{}})
  OBVIOUS
THEOREM True_nonempty_split ==
  ASSUME NEW S, NEW s \in Seq(S), NEW U \in SUBSET ((SUBSET (1 .. Len(s))) \ {{}}),
         NEW I \in U, NEW m \in Int, NEW n \in Int, NEW p \in m .. n - 1,
         m .. p # {}, p + 1 .. n # {},
         m .. p \subseteq 1 .. Len(s), p + 1 .. n \subseteq 1 .. Len(s)
  PROVE  (U \ {I}) \cup {m .. p, p + 1 .. n} \in SUBSET ((SUBSET (1 .. Len(s))) \ {{}})
  OBVIOUS

THEOREM False_nonempty_image ==
  ASSUME NEW m \in Int, NEW n \in Int, NEW F(_), m .. n # {} PROVE F(m .. n) # F({})
  OBVIOUS
THEOREM True_nonempty_image ==
  ASSUME NEW m \in Int, NEW n \in Int, NEW F(_), m .. n # {} PROVE F(m .. n) = F({}) \/ m .. n # {}
  OBVIOUS
====
