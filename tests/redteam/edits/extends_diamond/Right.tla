---- MODULE Right ----
EXTENDS Base
R == 0
====
