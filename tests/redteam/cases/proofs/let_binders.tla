---- MODULE let_binders ----
\* LET and RECURSIVE LET definitions under binders depend on the bound variables.
EXTENDS Naturals

THEOREM False_let == \A y \in {1, 2} : LET F(n) == y + n IN F(0) = 1
  OBVIOUS
THEOREM True_let == \A y \in {1, 2} : LET F(n) == y + n IN F(0) = y
  OBVIOUS

THEOREM False_recursive_let == \A y \in {1, 2} : LET RECURSIVE F(_)
                                                     F(n) == IF n = 0 THEN y ELSE F(n - 1)
                                                 IN F(0) = 1
  OBVIOUS
THEOREM True_recursive_let == \A y \in {1, 2} : LET RECURSIVE F(_)
                                                    F(n) == IF n = 0 THEN y ELSE F(n - 1)
                                                IN F(0) = y
  OBVIOUS

THEOREM False_recursive_let_two == \A y \in {1, 2} : \A z \in {1, 2} :
                                     LET RECURSIVE G(_)
                                         G(n) == IF n = 0 THEN y ELSE G(n - 1)
                                     IN G(0) = z
  OBVIOUS
THEOREM True_recursive_let_two == \A y \in {1, 2} : \A z \in {1, 2} :
                                    LET RECURSIVE G(_)
                                        G(n) == IF n = 0 THEN y ELSE G(n - 1)
                                    IN G(0) = y
  OBVIOUS

THEOREM False_let_steps == \A y \in {1, 2} : LET F(n) == y * n IN F(1) = 2
<1> TAKE y \in {1, 2}
<1> QED
  OBVIOUS
THEOREM True_let_steps == \A y \in {1, 2} : LET F(n) == y * n IN F(1) = y
<1> TAKE y \in {1, 2}
<1> QED
  OBVIOUS

THEOREM False_let_shadow == LET y == 1 IN \A x \in {2} : LET y2 == x IN y2 = y
  OBVIOUS
THEOREM True_let_shadow == LET y == 1 IN \A x \in {2} : LET y2 == x IN y2 = y + 1
  OBVIOUS

THEOREM False_recursive_exists == \E y \in {1, 2} : LET RECURSIVE H(_)
                                                        H(n) == IF n = 0 THEN y ELSE H(n - 1)
                                                    IN H(0) = 3
  OBVIOUS
THEOREM True_recursive_exists == \E y \in {1, 2} : LET RECURSIVE H(_)
                                                       H(n) == IF n = 0 THEN y ELSE H(n - 1)
                                                   IN H(0) = 2
  OBVIOUS
====
