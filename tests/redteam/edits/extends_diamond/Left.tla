---- MODULE Left ----
EXTENDS Base
L == 0
====
