// Matching of TLA+ expressions with wildcards (internal to backends/z3): whether a
// pattern is a target with terms in place of some of its variables. Used to find the
// terms of an obligation at which to instantiate a formula: witnesses of the goal's
// existentials (goal_witnesses.cpp) and instances of the context's universal facts
// (fact_instances.cpp).
#pragma once

#include <map>
#include <tuple>
#include <utility>
#include <vector>

#include "frontend/ast.hpp"

namespace tlapx::z3enc {

// Whether t has one value in every state (constant level, no state variable).
bool rigidTerm(const Expr& t);

// Whether substituting `t` for `var` in `body` gives body's value at t's value: t is rigid,
// or body uses var by its value only (never under a prime, ENABLED, ... nor through a
// definition that puts it there). Otherwise the substitution is no instance: \A x : x' = x
// holds, x' = x at x := v does not.
bool substitutable(const Expr& body, const Decl& var, const Expr& t);

// Nodes that can only match nodes with the same key.
using NodeKey = std::tuple<ExprKind, BuiltinOp, const Decl*>;
NodeKey keyOf(const Expr& e);

// Matching state: the wildcards (the variables to be found, and those of binders nested
// in the pattern, which match anything) with the terms bound to them, and the bound
// variables of the binder terms being matched, each pattern one paired with the target's.
struct Match {
  std::vector<const Decl*> wildcards;
  std::map<const Decl*, ExprPtr> bound;
  std::vector<std::pair<const Decl*, const Decl*>> renamed;  // pattern's, target's

  bool isWildcard(const Decl* d) const;
  bool isRenamed(const Decl* d) const;
  // Whether e mentions a target's bound variable (it cannot be bound to a wildcard).
  bool mentionsTargetBound(const Expr& e) const;
  // Whether e mentions a wildcard or a renamed variable.
  bool variable(const Expr& e) const;
};

// Whether `pattern` is `target` with terms in place of the wildcards (the same term at
// each occurrence of one), recorded in m.bound. Only operators and constructors are
// matched through (set and function constructors up to their bound variables); subterms
// without wildcards must be equal.
bool matches(const Expr& pattern, const ExprPtr& target, Match& m);

}  // namespace tlapx::z3enc
