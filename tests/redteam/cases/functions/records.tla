---- MODULE records ----
\* Records are functions on a finite set of strings.
EXTENDS Naturals

THEOREM False_field == [a |-> 1, b |-> 2].a = 2
  OBVIOUS
THEOREM True_field == [a |-> 1, b |-> 2].b = 2
  OBVIOUS

THEOREM False_record_domain == DOMAIN [a |-> 1] = {"b"}
  OBVIOUS
THEOREM True_record_domain == DOMAIN [a |-> 1] = {"a"}
  OBVIOUS

THEOREM False_record_eq == [a |-> 1] = [b |-> 1]
  OBVIOUS
THEOREM True_record_eq == [a |-> 1] # [b |-> 1]
  OBVIOUS

THEOREM False_record_except == [[a |-> 1, b |-> 2] EXCEPT !.a = 3].b = 3
  OBVIOUS
THEOREM True_record_except == [[a |-> 1, b |-> 2] EXCEPT !.a = 3].a = 3
  OBVIOUS

THEOREM False_recordset == [a |-> 1] \in [a : {2}]
  OBVIOUS
THEOREM True_recordset == [a |-> 1] \in [a : {1, 2}]
  OBVIOUS

THEOREM False_record_fcn == [a |-> 1] = [x \in {"a", "b"} |-> 1]
  OBVIOUS
THEOREM True_record_fcn == [a |-> 1] = [x \in {"a"} |-> 1]
  OBVIOUS

THEOREM False_tuple_record == <<1, 2>> = [a |-> 1, b |-> 2]
  OBVIOUS
THEOREM True_tuple_record == <<1, 2>> = [i \in 1..2 |-> i]
  OBVIOUS

THEOREM False_new_field == [[a |-> 1] EXCEPT !.b = 2].b = 2
  OBVIOUS
THEOREM True_new_field == [[a |-> 1] EXCEPT !.a = 2].a = 2
  OBVIOUS

THEOREM False_recordset_extra == [a |-> 1, b |-> 2] \in [a : Nat]
  OBVIOUS
THEOREM True_recordset_extra == [a |-> 1, b |-> 2] \in [a : Nat, b : Nat]
  OBVIOUS

THEOREM False_record_order == [a |-> 1, b |-> 2] = [b |-> 1, a |-> 2]
  OBVIOUS
THEOREM True_record_order == [a |-> 1, b |-> 2] = [b |-> 2, a |-> 1]
  OBVIOUS

THEOREM False_recordset_field == \A r \in [a : Nat, b : {"x"}] : r.b \in Nat
  OBVIOUS
THEOREM True_recordset_field == \A r \in [a : Nat, b : {"x"}] : r.b = "x"
  OBVIOUS

THEOREM False_field_of_fcn == [x \in {"a"} |-> 5].a = 6
  OBVIOUS
THEOREM True_field_of_fcn == [x \in {"a"} |-> 5].a = 5
  OBVIOUS

\* Sets of records whose elements are keyed by a field (SUBSET unfolded for known elements).
CONSTANTS A, V
THEOREM False_keyed_records_other_field ==
  ASSUME NEW D \in {E \in SUBSET [slot : A, val : V] :
                        \A d1, d2 \in E : d1.slot = d2.slot => d1 = d2}
  PROVE  \A x1, x2 \in D : x1.val = x2.val => x1 = x2
  OBVIOUS
THEOREM True_keyed_records_other_field ==
  ASSUME NEW D \in {E \in SUBSET [slot : A, val : V] :
                        \A d1, d2 \in E : d1.slot = d2.slot => d1 = d2}
  PROVE  \A x1, x2 \in D : x1.slot = x2.slot => x1 = x2
  OBVIOUS

\* A record-set membership used both ways (a typing fact `m \in [...] <=> m.type = "c"`):
\* a message of type "c" is the record of its fields, one of no other type or shape.
CONSTANTS Msgs, Vals
THEOREM False_record_eta_iff_type ==
  ASSUME \A m \in Msgs : m \in [type : {"c"}, val : Vals] <=> m.type = "c",
         NEW x \in Msgs, x.type = "d"
  PROVE  x = [type |-> "d", val |-> x.val]
  OBVIOUS
THEOREM False_record_eta_iff_fields ==
  ASSUME \A m \in Msgs : m \in [type : {"c"}, val : Vals] <=> m.type = "c",
         NEW x \in Msgs, x.type = "c"
  PROVE  x = [type |-> "c"]
  OBVIOUS
THEOREM True_record_eta_iff_fields ==
  ASSUME \A m \in Msgs : m \in [type : {"c"}, val : Vals] <=> m.type = "c",
         NEW x \in Msgs, x.type = "c"
  PROVE  DOMAIN x = {"type", "val"}
  OBVIOUS
THEOREM True_record_eta_iff_type ==
  ASSUME \A m \in Msgs : m \in [type : {"c"}, val : Vals] <=> m.type = "c",
         NEW x \in Msgs, x.type = "c"
  PROVE  x = [type |-> "c", val |-> x.val]
  OBVIOUS
THEOREM False_record_eta_iff_member ==
  ASSUME \A m \in Msgs : m \in [type : {"c"}, val : Vals] <=> m.type = "c",
         NEW v
  PROVE  [type |-> "c", val |-> v] \in Msgs => v \in Msgs
  OBVIOUS
THEOREM True_record_eta_iff_member ==
  ASSUME \A m \in Msgs : m \in [type : {"c"}, val : Vals] <=> m.type = "c",
         NEW v
  PROVE  [type |-> "c", val |-> v] \in Msgs => v \in Vals
  OBVIOUS
THEOREM False_record_eta_iff_image ==
  ASSUME \A m \in Msgs : m \in [type : {"c"}, val : Vals] <=> m.type = "c",
         NEW SM \in SUBSET {m \in Msgs : m.type = "c"}
  PROVE  SM = {[type |-> "c", val |-> v] : v \in {m.val : m \in Msgs}}
  OBVIOUS
THEOREM True_record_eta_iff_image ==
  ASSUME \A m \in Msgs : m \in [type : {"c"}, val : Vals] <=> m.type = "c",
         NEW SM \in SUBSET {m \in Msgs : m.type = "c"}
  PROVE  SM = {[type |-> "c", val |-> v] : v \in {m.val : m \in SM}}
  OBVIOUS
====
