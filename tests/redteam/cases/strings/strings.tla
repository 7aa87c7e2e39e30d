---- MODULE strings ----
\* Strings: distinct literals are distinct values in STRING; nothing else about them
\* (their relation to numbers, Booleans, order, arithmetic) is specified.
EXTENDS Naturals, Sequences, FiniteSets

THEOREM False_distinct == "a" = "b"
  OBVIOUS
THEOREM True_distinct == "a" # "b"
  OBVIOUS

THEOREM False_member == "a" \in {"b", "c"}
  OBVIOUS
THEOREM True_member == "a" \in {"a", "b"}
  OBVIOUS

THEOREM False_number_in_string == 1 \in STRING
  OBVIOUS
THEOREM True_number_in_string == "abc" \in STRING
  OBVIOUS

THEOREM False_string_in_nat == "1" \in Nat
  OBVIOUS
THEOREM True_string_in_nat == 1 \in Nat
  OBVIOUS

THEOREM False_string_plus == "a" + "b" = "ab"
  OBVIOUS
THEOREM True_string_plus == "a" + "b" = "a" + "b"
  OBVIOUS

THEOREM False_string_domain == DOMAIN "ab" = {1}
  OBVIOUS
THEOREM True_string_domain == "ab" = "ab"
  OBVIOUS

THEOREM False_record_key == [a |-> 1]["b"] = 1
  OBVIOUS
THEOREM True_record_key == [a |-> 1]["a"] = 1
  OBVIOUS

THEOREM False_card == Cardinality({"a", "b"}) = 1
  OBVIOUS
THEOREM True_card == Cardinality({"a"}) = 1
  OBVIOUS

THEOREM False_choose == (CHOOSE s \in {"x", "y"} : s # "x") = "x"
  OBVIOUS
THEOREM True_choose == (CHOOSE s \in {"x", "y"} : s # "x") = "y"
  OBVIOUS

THEOREM False_case == (CASE "a" = "b" -> 1 [] OTHER -> 2) = 1
  OBVIOUS
THEOREM True_case == (CASE "a" = "b" -> 1 [] OTHER -> 2) = 2
  OBVIOUS

THEOREM False_if == (IF "a" = "a" THEN "b" ELSE "c") = "c"
  OBVIOUS
THEOREM True_if == (IF "a" = "a" THEN "b" ELSE "c") = "b"
  OBVIOUS

THEOREM False_fcn == [s \in {"a", "b"} |-> s]["a"] = "b"
  OBVIOUS
THEOREM True_fcn == [s \in {"a", "b"} |-> s]["a"] = "a"
  OBVIOUS

THEOREM False_order == "a" < "b"
  OBVIOUS
THEOREM True_order == 1 < 2
  OBVIOUS

THEOREM False_subseteq == {"a"} \subseteq {"b"}
  OBVIOUS
THEOREM True_subseteq == {"a"} \subseteq {"a", "b"}
  OBVIOUS

THEOREM False_set_eq == {"a", "b"} = {"a"}
  OBVIOUS
THEOREM True_set_eq == {"a", "b"} = {"b", "a"}
  OBVIOUS

THEOREM False_except == [[s \in {"a", "b"} |-> 0] EXCEPT !["a"] = 1]["b"] = 1
  OBVIOUS
THEOREM True_except == [[s \in {"a", "b"} |-> 0] EXCEPT !["a"] = 1]["a"] = 1
  OBVIOUS

THEOREM False_string_empty == STRING = {}
  OBVIOUS
THEOREM True_string_empty == "" \in STRING
  OBVIOUS

THEOREM False_string_boolean == "TRUE" = TRUE
  OBVIOUS
THEOREM True_string_boolean == "TRUE" = "TRUE"
  OBVIOUS

THEOREM False_three == "a" = "b" \/ "b" = "c"
  OBVIOUS
THEOREM True_three == "a" # "b" /\ "b" # "c"
  OBVIOUS

THEOREM False_reversed == "ab" = "ba"
  OBVIOUS
THEOREM True_reversed == "ab" # "ba"
  OBVIOUS

THEOREM False_dot == [name |-> "x"].name = "y"
  OBVIOUS
THEOREM True_dot == [name |-> "x"].name = "x"
  OBVIOUS

THEOREM False_string_seq == "ab" \in Seq(Nat)
  OBVIOUS
THEOREM True_string_seq == <<1>> \in Seq(Nat)
  OBVIOUS

THEOREM False_string_zero == "" = 0
  OBVIOUS
THEOREM True_string_zero == "" # "0"
  OBVIOUS

THEOREM False_string_set_member == \A s \in STRING : s = "a"
  OBVIOUS
THEOREM True_string_set_member == \A s \in {"a"} : s = "a"
  OBVIOUS

THEOREM False_string_exists == \E s \in {"a", "b"} : s = "c"
  OBVIOUS
THEOREM True_string_exists == \E s \in {"a", "b"} : s = "b"
  OBVIOUS

THEOREM False_string_fcn_domain == DOMAIN [s \in {"a"} |-> 1] = {"b"}
  OBVIOUS
THEOREM True_string_fcn_domain == DOMAIN [s \in {"a"} |-> 1] = {"a"}
  OBVIOUS

THEOREM False_string_tuple == <<"a", "b">>[1] = "b"
  OBVIOUS
THEOREM True_string_tuple == <<"a", "b">>[2] = "b"
  OBVIOUS
====
