---- MODULE empty_equality ----
\* An assumed S = {} is an equality of terms as well as "S has no element": operators
\* applied to S agree with their value at {}, and nothing more follows.
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
THEOREM True_empty_case == ASSUME NEW S, NEW F(_), S = {} \/ S = {1} PROVE F(S) = F({}) \/ F(S) = F({1})
  OBVIOUS
====
