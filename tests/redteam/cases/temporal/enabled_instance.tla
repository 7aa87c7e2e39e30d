---- MODULE enabled_instance ----
\* ENABLED through an INSTANCE whose substitution merges two variables (y <- x): the
\* ENABLED of the instantiated module quantifies over the next values of its own x and
\* y, so substituting into it as text (ENABLED (x' = 1 /\ x' = 2)) is wrong; the same
\* holds for the ENABLED inside WF, for primed arguments of a definition containing
\* ENABLED, and for ENABLED that cannot be instantiated (the copy stays opaque).
EXTENDS Integers, TLAPS

---- MODULE Inner ----
VARIABLE x, y
A == ENABLED (x' # y')
B == ENABLED (x' = 1 /\ y' = 2)
P(a) == ENABLED (a /\ x' = 1)
C == P(x' = 2)
H(Op(_)) == Op(x' = 2)
K == H(LAMBDA a : ENABLED (a /\ y' = 1))
D == ENABLED (x' = 1 /\ y = 2)
Q(a) == a' = 1
E2 == ENABLED (Q(x) /\ y' = 2)
THEOREM WFgives == WF_<<x, y>>(x' # y') => []<><<x' # y'>>_<<x, y>>
  PROOF OMITTED
==========================

VARIABLE x, z
M == INSTANCE Inner WITH y <- x
R == INSTANCE Inner WITH x <- z, y <- x

THEOREM False_merged == ~M!B
  BY ExpandENABLED DEF M!B
THEOREM True_merged == M!B
  BY ExpandENABLED DEF M!B

THEOREM False_merged_inequality == ~M!A
  BY ExpandENABLED DEF M!A
THEOREM True_merged_inequality == ~ENABLED (x' # x')  \* the text, not M!A
  BY ExpandENABLED
THEOREM True_renamed == R!B
  BY ExpandENABLED DEF R!B

THEOREM False_primed_argument == M!C
  BY ExpandENABLED DEF M!C, M!P
THEOREM True_primed_argument == ~M!C
  BY ExpandENABLED DEF M!C, M!P

THEOREM False_priming_definition == ~M!E2
  BY ExpandENABLED DEF M!E2, M!Q
THEOREM True_priming_definition == M!E2
  BY ExpandENABLED DEF M!E2, M!Q

THEOREM False_lambda_argument == ~M!K
  BY ExpandENABLED DEF M!K, M!H
THEOREM True_lambda_argument == M!K = M!K
  OBVIOUS

THEOREM False_atom == M!B = ENABLED (x' = 1 /\ x' = 2)
  BY DEF M!B
THEOREM True_atom == M!B \/ ~M!B
  OBVIOUS

THEOREM False_state_level == M!D => []M!D
  BY PTL
THEOREM True_state_level == []M!D => M!D
  BY PTL
THEOREM True_state_value == M!D <=> x = 2
  BY ExpandENABLED DEF M!D

THEOREM False_weak_fairness == FALSE
<1>1. ~ENABLED <<x' # x'>>_<<x, x>>  BY ExpandENABLED
<1>2. WF_<<x, x>>(x' # x')            BY <1>1, PTL
<1>3. []<><<x' # x'>>_<<x, x>>        BY <1>2, M!WFgives
<1>4. ~<<x' # x'>>_<<x, x>>           OBVIOUS
<1> QED                               BY <1>3, <1>4, PTL
THEOREM True_weak_fairness == ~[]<><<x' # x'>>_<<x, x>>
<1>4. ~<<x' # x'>>_<<x, x>>           OBVIOUS
<1> QED                               BY <1>4, PTL

THEOREM True_renamed_weak_fairness == WF_<<z, x>>(z' # x') => []<><<z' # x'>>_<<z, x>>
  BY R!WFgives
=================================
