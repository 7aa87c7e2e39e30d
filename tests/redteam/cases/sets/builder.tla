---- MODULE builder ----
\* Set-builder notation: {x \in S : P} and {e : x \in S}.
EXTENDS Naturals

THEOREM False_filter == {x \in 1..5 : x > 3} = {4}
  OBVIOUS
THEOREM True_filter == {x \in 1..5 : x > 3} = {4, 5}
  OBVIOUS

THEOREM False_filter_false == \A S : {x \in S : FALSE} = S
  OBVIOUS
THEOREM True_filter_false == \A S : {x \in S : FALSE} = {}
  OBVIOUS

THEOREM False_map == {x + 1 : x \in {1, 2}} = {1, 2}
  OBVIOUS
THEOREM True_map == {x + 1 : x \in {1, 2}} = {2, 3}
  OBVIOUS

THEOREM False_map_member == 5 \in {2 * x : x \in Nat}
  OBVIOUS
THEOREM True_map_member == 6 \in {2 * x : x \in Nat}
  OBVIOUS

THEOREM False_filter_member == \A S : \A y \in S : y \in {x \in S : x # y}
  OBVIOUS
THEOREM True_filter_member == \A S : \A y \in S : y \notin {x \in S : x # y}
  OBVIOUS

THEOREM False_map_empty == {x : x \in {}} # {}
  OBVIOUS
THEOREM True_map_empty == {x : x \in {}} = {}
  OBVIOUS

THEOREM False_union_map == UNION {{x} : x \in {1, 2}} = {1}
  OBVIOUS
THEOREM True_union_map == 2 \in UNION {{x} : x \in {1, 2}}
  OBVIOUS

THEOREM False_filter_nested == \A y \in {1, 2} : {x \in {1, 2} : x = y} = {1}
  OBVIOUS
THEOREM True_filter_nested == \A y \in {1, 2} : {x \in {1, 2} : x = y} = {y}
  OBVIOUS

THEOREM False_map_two == {<<x, y>> : x \in {1}, y \in {2}} = {<<2, 1>>}
  OBVIOUS
THEOREM True_map_two == {<<x, y>> : x \in {1}, y \in {2}} = {<<1, 2>>}
  OBVIOUS
====
