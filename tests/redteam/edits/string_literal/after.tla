---- MODULE Edit ----
S == "abd"
THEOREM False_String == S = "abc"
  BY DEF S
THEOREM True_String == S # "xyz"
  BY DEF S
====
