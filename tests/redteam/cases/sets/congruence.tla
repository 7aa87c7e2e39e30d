---- MODULE congruence ----
\* Operators whose definition is unknown (constant operators, hidden definitions) give equal
\* results on equal arguments, and on nothing else: sets with the same elements are equal.
EXTENDS Naturals

CONSTANT F(_), G(_, _)
VARIABLE msgs

Max(S) == CHOOSE x \in S : \A y \in S : y =< x

THEOREM False_cong_any == \A S, T : F(S) = F(T)
  OBVIOUS
THEOREM True_cong_any == \A S : F(S \cup {}) = F(S)
  OBVIOUS

THEOREM False_cong_filter == \A S : F({x \in S : x > 1}) = F(S)
  OBVIOUS
THEOREM True_cong_filter == \A S : F({x \in S \cup {0} : x > 1}) = F({x \in S : x > 1})
  OBVIOUS

THEOREM False_cong_two == \A S, T : G(S, T) = G(T, S)
  OBVIOUS
THEOREM True_cong_two == \A S, T : G(S \cap T, T) = G(T \cap S, T)
  OBVIOUS

THEOREM False_cong_fcn == \A A, S : [a \in A |-> F({m \in S : m.acc = a})] = [a \in A |-> F(S)]
  OBVIOUS
THEOREM True_cong_fcn ==
  ASSUME NEW m, msgs' = msgs \cup {m}, m.type # "1b"
  PROVE  [a \in Nat |-> F({x \in msgs' : x.type = "1b" /\ x.acc = a})]
           = [a \in Nat |-> F({x \in msgs : x.type = "1b" /\ x.acc = a})]
  OBVIOUS

THEOREM False_cong_values == [x \in {1, 2} |-> F({x})] = [x \in {1, 2} |-> F({1})]
  OBVIOUS
THEOREM True_cong_values == [x \in {1, 2} |-> F({x} \cup {x})] = [x \in {1, 2} |-> F({x})]
  OBVIOUS

THEOREM False_cong_hidden == ASSUME NEW S, NEW k \in S PROVE Max(S \cup {k + 1}) = Max(S)
  BY DEF Max
THEOREM True_cong_hidden == ASSUME NEW S, NEW k \in S PROVE Max(S \cup {k}) = Max(S)
  OBVIOUS
====
