---- MODULE basics ----
\* Set operators of ZF as TLA+ uses them.
EXTENDS Naturals

THEOREM False_empty_singleton == {} = {{}}
  OBVIOUS
THEOREM True_empty_singleton == {} # {{}}
  OBVIOUS

THEOREM False_subset_empty == SUBSET {} = {}
  OBVIOUS
THEOREM True_subset_empty == SUBSET {} = {{}}
  OBVIOUS

THEOREM False_union_subset == UNION {{1}, {2}} = {1}
  OBVIOUS
THEOREM True_union_subset == UNION {{1}, {2}} = {1, 2}
  OBVIOUS

THEOREM False_union_empty == UNION {{}} = {{}}
  OBVIOUS
THEOREM True_union_empty == UNION {{}} = {}
  OBVIOUS

THEOREM False_cup == \A S, T : S \cup T = S
  OBVIOUS
THEOREM True_cup == \A S, T : S \cup T = T \cup S
  OBVIOUS

THEOREM False_cap == \A S, T : S \cap T = S
  OBVIOUS
THEOREM True_cap == \A S, T : S \cap T \subseteq S
  OBVIOUS

THEOREM False_setminus == \A S, T : S \ T = T \ S
  OBVIOUS
THEOREM True_setminus == \A S, T : (S \ T) \cap T = {}
  OBVIOUS

THEOREM False_self_member == \A S : S \in SUBSET S /\ S # {}
  OBVIOUS
THEOREM True_self_member == \A S : S \in SUBSET S
  OBVIOUS

THEOREM False_antisymmetry == \A S, T : S \subseteq T => S = T
  OBVIOUS
THEOREM True_antisymmetry == \A S, T : S \subseteq T /\ T \subseteq S => S = T
  OBVIOUS

THEOREM False_duplicates == {1, 1} # {1}
  OBVIOUS
THEOREM True_duplicates == {1, 1} = {1}
  OBVIOUS

THEOREM False_subset_member == {1} \in SUBSET {2}
  OBVIOUS
THEOREM True_subset_member == {1} \in SUBSET {1, 2}
  OBVIOUS

THEOREM False_subset_of_union == \A S : S \subseteq UNION S
  OBVIOUS
THEOREM True_subset_of_union == \A S : S \subseteq SUBSET UNION S
  OBVIOUS

THEOREM False_boolean == BOOLEAN = {TRUE}
  OBVIOUS
THEOREM True_boolean == BOOLEAN = {TRUE, FALSE}
  OBVIOUS

THEOREM False_zero_boolean == 0 \in BOOLEAN
  OBVIOUS
THEOREM True_zero_boolean == TRUE \in BOOLEAN
  OBVIOUS

THEOREM False_no_universe == \E S : \A x : x \in S
  OBVIOUS
THEOREM True_no_universe == \A x : x \notin {}
  OBVIOUS
====
