----------------------------- MODULE Functions -----------------------------
(***************************************************************************)
(* Operators on functions: restriction, range, inverse, injections,       *)
(* surjections and bijections, and folding a function over its domain.     *)
(* Bundled with tlapx so that the theorem libraries (FiniteSetTheorems,    *)
(* ...) load without extra search folders; a Functions.tla found on the   *)
(* search path (e.g. the community modules) takes precedence.             *)
(***************************************************************************)
LOCAL INSTANCE Integers

\* The function f with its domain cut down to S.
Restrict(f, S) == [x \in S |-> f[x]]

\* Keep the arguments, or the values, that satisfy Test.
RestrictDomain(f, Test(_)) == Restrict(f, {x \in DOMAIN f : Test(x)})
RestrictValues(f, Test(_)) == Restrict(f, {x \in DOMAIN f : Test(f[x])})

\* narrow agrees with wide on the (smaller) domain of narrow.
IsRestriction(narrow, wide) ==
  /\ DOMAIN narrow \subseteq DOMAIN wide
  /\ \A x \in DOMAIN narrow : narrow[x] = wide[x]

\* The set of values taken by f.
Range(f) == {f[x] : x \in DOMAIN f}

\* Combine two functions with the same domain argument by argument.
Pointwise(f, g, T(_, _)) == [x \in DOMAIN f |-> T(f[x], g[x])]

\* A function from T to S that undoes f where f can be undone.
Inverse(f, S, T) == [t \in T |-> CHOOSE s \in S : t \in Range(f) => f[s] = t]
AntiFunction(f) == Inverse(f, DOMAIN f, Range(f))

IsInjective(f) == \A a, b \in DOMAIN f : f[a] = f[b] => a = b

Injection(S, T) == {m \in [S -> T] : IsInjective(m)}
Surjection(S, T) == {m \in [S -> T] : \A t \in T : \E s \in S : m[s] = t}
Bijection(S, T) == Injection(S, T) \cap Surjection(S, T)

ExistsInjection(S, T) == Injection(S, T) # {}
ExistsSurjection(S, T) == Surjection(S, T) # {}
ExistsBijection(S, T) == Bijection(S, T) # {}

\* op(fun[i1], op(fun[i2], ... base)) over the elements of indices, taken in
\* an unspecified order (the result is well defined for commutative,
\* associative op).
FoldFunctionOnSet(op(_, _), base, fun, indices) ==
  LET fold[S \in SUBSET indices] ==
        IF S = {} THEN base
        ELSE LET i == CHOOSE j \in S : TRUE
             IN  op(fun[i], fold[S \ {i}])
  IN  fold[indices]

FoldFunction(op(_, _), base, fun) == FoldFunctionOnSet(op, base, fun, DOMAIN fun)

SumFunctionOnSet(fun, indices) == FoldFunctionOnSet(+, 0, fun, indices)
SumFunction(fun) == SumFunctionOnSet(fun, DOMAIN fun)
=============================================================================
