---- MODULE opaque_instance_copies ----
\* Copies through an INSTANCE that stay opaque (\EE cannot be instantiated through a
\* substitution that is not a renaming of variables): the copies under two substitutions
\* are two symbols, also when the INSTANCE is a LET inside an operator whose parameter
\* the expansion substitutes (Op(1) and Op(2) were one symbol, and Op(1) <=> Op(2) was
\* proved although Op(1) is TRUE and Op(2) is FALSE).

---- MODULE Inner ----
VARIABLE x
P == \EE y : y = x /\ x = 1
==========================

Op(v) == LET I == INSTANCE Inner WITH x <- v IN I!P
I1 == INSTANCE Inner WITH x <- 1
I2 == INSTANCE Inner WITH x <- 2

THEOREM False_let_instance == Op(1) <=> Op(2)
  BY DEF Op
THEOREM True_let_instance == Op(1) => Op(2) \/ TRUE
  BY DEF Op

THEOREM False_named_instances == I1!P <=> I2!P
  OBVIOUS
THEOREM True_named_instances == I1!P <=> I1!P
  OBVIOUS
====
