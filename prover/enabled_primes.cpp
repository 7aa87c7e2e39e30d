// Which primes ExpandENABLED may replace by fresh bound variables (see enabled_primes.hpp).
#include "prover/enabled_primes.hpp"

#include <algorithm>

#include "frontend/ast_walk.hpp"
#include "frontend/level_check.hpp"

namespace tlapx::prover {

namespace {

// Builtins whose value at a state pair is not a function of the values of their operands.
bool readsBehaviour(BuiltinOp op) {
  switch (op) {
    case BuiltinOp::Prime:
    case BuiltinOp::Unchanged:
    case BuiltinOp::Enabled:
    case BuiltinOp::Cdot:
    case BuiltinOp::Always:
    case BuiltinOp::Eventually:
    case BuiltinOp::LeadsTo:
    case BuiltinOp::WhilePlus:
      return true;
    default:
      return false;
  }
}

bool isActionOrTemporalForm(ExprKind k) {
  return k == ExprKind::BoxAction || k == ExprKind::AngleAction || k == ExprKind::Fairness ||
         k == ExprKind::TempQuant || k == ExprKind::ModuleRef;
}

bool hasPrime(const Expr& e) {
  if (e.kind == ExprKind::Builtin && (e.op == BuiltinOp::Prime || e.op == BuiltinOp::Unchanged)) return true;
  bool found = false;
  forEachChild(e, [&](const ExprPtr& c) { found = found || hasPrime(*c); });
  return found;
}

const Decl& definitionOf(const Decl& d) {
  return d.kind == DeclKind::Recursive && d.definition != nullptr ? *d.definition : d;
}

}  // namespace

bool isStateVariable(const Decl& d) {
  return d.kind == DeclKind::Variable || (d.kind == DeclKind::NewSymbol && d.newKind == NewKind::Variable);
}

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
  return isStateFunction(*e.decl);
}

bool EnabledPrimes::isStateFunction(const Decl& decl) {
  const Decl& d = definitionOf(decl);
  if (d.primitive) return true;
  switch (d.kind) {
    case DeclKind::Constant:
    case DeclKind::BoundVar:
      return !d.flexible;
    case DeclKind::NewSymbol:
      return d.newKind == NewKind::Constant;
    case DeclKind::Operator:
    case DeclKind::Function: {
      if (!d.body) return false;
      if (auto it = stateFunctions_.find(&d); it != stateFunctions_.end()) return it->second;
      stateFunctions_[&d] = true;  // a recursive function's self-reference: decided by the rest
      const bool result = bodyIsStateFunction(*d.body);
      stateFunctions_[&d] = result;
      return result;
    }
    default:
      return false;
  }
}

bool EnabledPrimes::bodyIsStateFunction(const Expr& e) {
  if (isActionOrTemporalForm(e.kind)) return false;
  if (e.kind == ExprKind::Builtin && readsBehaviour(e.op)) return false;
  if ((e.kind == ExprKind::Ident || e.kind == ExprKind::OpApp) && e.decl != nullptr) {
    const Decl& d = definitionOf(*e.decl);
    const bool value = isStateVariable(d) || d.kind == DeclKind::OpParam || isStateFunction(d);
    if (!value) return false;
  }
  bool ok = true;
  forEachChild(e, [&](const ExprPtr& c) { ok = ok && bodyIsStateFunction(*c); });
  return ok;
}

}  // namespace tlapx::prover
