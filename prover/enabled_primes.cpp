// Which primes ExpandENABLED may replace by fresh bound variables (see enabled_primes.hpp).
#include "prover/enabled_primes.hpp"

#include <algorithm>

#include "frontend/ast_walk.hpp"
#include "frontend/level_check.hpp"

namespace tlapx::prover {

namespace {

bool hasPrime(const Expr& e) {
  return containsSubexpression(e, [](const Expr& x) {
    return x.kind == ExprKind::Builtin && (x.op == BuiltinOp::Prime || x.op == BuiltinOp::Unchanged);
  });
}

}  // namespace

std::optional<std::vector<const Decl*>> EnabledPrimes::primedVariables(const Expr& action) {
  std::vector<const Decl*> primed;
  if (!scan(action, primed)) return std::nullopt;
  return primed;
}

bool EnabledPrimes::scan(const Expr& e, std::vector<const Decl*>& primed) {
  if (isActionOrTemporalForm(e.kind) || e.kind == ExprKind::Sequent || e.kind == ExprKind::Let) return false;
  if (e.kind == ExprKind::Builtin && e.op == BuiltinOp::Prime) {
    const Expr& inner = *e.args[0];
    if (inner.kind != ExprKind::Ident || inner.decl == nullptr || !isStateVariable(*inner.decl)) return false;
    if (std::find(primed.begin(), primed.end(), inner.decl) == primed.end()) primed.push_back(inner.decl);
    return true;
  }
  if (e.kind == ExprKind::Builtin && readsBehaviour(e.op)) return false;
  if ((e.kind == ExprKind::Ident || e.kind == ExprKind::OpApp) && e.decl != nullptr &&
      !isStateVariable(*e.decl) && !referenceAllowed(e))
    return false;
  bool ok = true;
  forEachChild(e, [&](const ExprPtr& c) { ok = ok && scan(*c, primed); });
  return ok;
}

// A hidden symbol may stay opaque under the rewrite if it does not itself read the next
// state and, when its arguments do, it only sees their values.
bool EnabledPrimes::referenceAllowed(const Expr& e) {
  const bool primedArguments =
      std::any_of(e.args.begin(), e.args.end(), [](const ExprPtr& a) { return a && hasPrime(*a); });
  if (!primedArguments) return expressionLevel(e) <= Level::State;
  return stateFunctions_.isStateFunction(*e.decl);
}

}  // namespace tlapx::prover
