---- MODULE autouse ----
\* AutoUSE expands hidden definitions under ENABLED: a contradictory action stays disabled.
EXTENDS Integers, TLAPS
VARIABLE x
Stuck == x' = x /\ x' # x
Move == x' # x
Inc(k) == x' = x + k

THEOREM False_enabled == ENABLED Stuck
  BY ExpandENABLED, AutoUSE
THEOREM True_enabled == ASSUME x \in Int PROVE ENABLED Move
  BY ExpandENABLED, AutoUSE

THEOREM False_enabled_inc == ASSUME x \in Int PROVE ENABLED (Inc(0) /\ x' # x)
  BY ExpandENABLED, AutoUSE
THEOREM True_enabled_inc == ASSUME x \in Int PROVE ENABLED (Inc(1) /\ x' # x)
  BY ExpandENABLED, AutoUSE
====
