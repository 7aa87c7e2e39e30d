---- MODULE empty_equality ----
\* An assumed S = {} is an equality of terms as well as "S has no element": operators
\* applied to S agree with their value at {}, and nothing more follows. So is S \ T = {}
\* where S \subseteq T.
EXTENDS Naturals

THEOREM False_empty_term == ASSUME NEW S, NEW F(_), S = {} PROVE F(S) = F({1})
  OBVIOUS
THEOREM True_empty_term == ASSUME NEW S, NEW F(_), S = {} PROVE F(S) = F({})
  OBVIOUS

THEOREM False_empty_difference == ASSUME NEW S, NEW F(_), S \ {1} = {} PROVE F(S) = F({})
  OBVIOUS
THEOREM True_empty_difference == ASSUME NEW S, NEW F(_), S \ {1} = {} PROVE F(S \ {1}) = F({})
  OBVIOUS

THEOREM False_empty_not_assumed == ASSUME NEW S, NEW F(_), S = {} \/ S = {1} PROVE F(S) = F({})
  OBVIOUS
THEOREM True_empty_not_assumed == ASSUME NEW S, NEW F(_), S = {} \/ S = {1} PROVE F(S) = F({}) \/ F(S) = F({1})
  OBVIOUS

THEOREM False_setminus_other == ASSUME NEW x, NEW y, NEW F(_) PROVE F({x} \ {y}) = F({})
  OBVIOUS
THEOREM True_setminus_other == ASSUME NEW x, NEW F(_) PROVE F({x} \ {x}) = F({})
  OBVIOUS

THEOREM False_setminus_superset == ASSUME NEW S, NEW T, NEW F(_), T \subseteq S PROVE F(S \ T) = F({})
  OBVIOUS
THEOREM True_setminus_superset == ASSUME NEW S, NEW T, NEW F(_), S \subseteq T PROVE F(S \ T) = F({})
  OBVIOUS
====
