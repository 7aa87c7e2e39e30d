---- MODULE scoping ----
\* USE / HIDE scoping: facts and definitions made usable inside a step's proof stay there.
EXTENDS Naturals
CONSTANT Q
AXIOM AxQ == Q = 1
D == 1

THEOREM False_use_inside == Q = 1
<1>1. Q = 1
  <2> USE AxQ
  <2> QED
    OBVIOUS
<1> QED
  OBVIOUS
THEOREM True_use_inside == Q = 1
<1>1. Q = 1
  <2> USE AxQ
  <2> QED
    OBVIOUS
<1> QED
  BY <1>1

THEOREM False_use_def_inside == D = 1
<1>1. D = 1
  <2> USE DEF D
  <2> QED
    OBVIOUS
<1> QED
  OBVIOUS
THEOREM True_use_def_inside == D = 1
<1>1. D = 1
  <2> USE DEF D
  <2> QED
    OBVIOUS
<1> QED
  BY <1>1

THEOREM False_hide_fact == Q = 1
<1> USE AxQ
<1> HIDE AxQ
<1> QED
  OBVIOUS
THEOREM True_hide_fact == Q = 1
<1> USE AxQ
<1> QED
  OBVIOUS

THEOREM False_by_only == Q = 1
<1> USE AxQ
<1> QED
  BY ONLY D = D
THEOREM True_by_only == Q = 1
<1> USE AxQ
<1> QED
  BY ONLY AxQ

THEOREM False_hidden_definition == D = 1
  OBVIOUS
THEOREM True_hidden_definition == D = 1
  BY DEF D

THEOREM False_step_fact_scope == Q = 1
<1>1. Q = 1
  BY AxQ
<1>2. TRUE
  <2>1. Q = 1
    BY <1>1
  <2> QED
    OBVIOUS
<1> QED
  BY <1>2
THEOREM True_step_fact_scope == Q = 1
<1>1. Q = 1
  BY AxQ
<1>2. TRUE
  <2>1. Q = 1
    BY <1>1
  <2> QED
    OBVIOUS
<1> QED
  BY <1>1
====
