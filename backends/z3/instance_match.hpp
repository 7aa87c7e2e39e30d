// Instances of second-order facts by matching (internal to backends/z3): a fact
// `ASSUME NEW P(_), NEW x, ... PROVE C` holds for every operator P, and matching C against
// a formula of the obligation (the goal) tells which P makes C that formula:
// `\A n \in Nat : P(n)` against `\A i \in Nat : body` gives LAMBDA i : body (a higher-order
// pattern: P applied to distinct bound variables), `Concl(f, Def)` against
// `Concl(g, MyDef)` gives MyDef (P passed as an operator argument). The first-order
// parameters x of the fact match anything. Any operator is a sound instance; matching
// only picks useful ones.
#pragma once

#include <map>
#include <set>
#include <vector>

#include "frontend/ast.hpp"

namespace tlapx::z3enc {

// An instance of the operator parameter, with the values the match gives the fact's
// first-order parameters (each a closed expression of the target; those matched to
// nothing or to different expressions have none).
struct OperatorInstance {
  ExprPtr lambda;
  std::map<const Decl*, const Expr*> values;
};

// The LAMBDAs (arity of `op`) for `op` under which `pattern`, or one of its conjuncts,
// matches `target` structurally, `wildcards` matching any expression; none when it does
// not match. Each mentions only its parameters and symbols free in `target`. `op` applied
// to distinct bound variables matches by abstraction, applied to other arguments by
// imitation of the target's operator.
std::vector<OperatorInstance> matchOperatorInstances(const Expr& pattern, const Decl& op,
                                                     const std::set<const Decl*>& wildcards,
                                                     const Expr& target);

}  // namespace tlapx::z3enc
