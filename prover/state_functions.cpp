// State functions among definitions (see state_functions.hpp).
#include "prover/state_functions.hpp"

#include <algorithm>
#include <unordered_set>

#include "frontend/ast_walk.hpp"

namespace tlapx::prover {

namespace {

const Decl& definitionOf(const Decl& d) {
  return d.kind == DeclKind::Recursive && d.definition != nullptr ? *d.definition : d;
}

}  // namespace

bool isStateVariable(const Decl& d) {
  return d.kind == DeclKind::Variable || (d.kind == DeclKind::NewSymbol && d.newKind == NewKind::Variable);
}

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

bool StateFunctions::isStateFunction(const Decl& decl) {
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
      if (auto it = known_.find(&d); it != known_.end()) return it->second;
      known_[&d] = true;  // a recursive function's self-reference: decided by the rest
      const bool result = bodyIsStateFunction(*d.body);
      known_[&d] = result;
      return result;
    }
    default:
      return false;
  }
}

bool StateFunctions::bodyIsStateFunction(const Expr& e) {
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

bool StateFunctions::usesValueOf(const Decl& decl, std::size_t i) {
  const Decl& d = definitionOf(decl);
  // A constant operator maps values to values.
  if (d.primitive || d.kind == DeclKind::Constant || (d.kind == DeclKind::NewSymbol && d.newKind == NewKind::Constant))
    return true;
  if ((d.kind != DeclKind::Operator && d.kind != DeclKind::Function) || !d.body || i >= d.params.size()) {
    return false;
  }
  const Decl& param = *d.params[i];
  if (param.arity > 0) return isStateFunction(d);  // an operator argument: the coarse check
  const auto key = std::make_pair(&d, i);
  if (auto it = valueUse_.find(key); it != valueUse_.end()) return it->second;
  valueUse_[key] = true;  // a recursive definition's self-reference: decided by the rest
  std::unordered_set<const Decl*> tainted{&param};
  const bool result = onlyValueUsed(*d.body, tainted, false);
  valueUse_[key] = result;
  return result;
}

bool StateFunctions::usesValueOnly(const Expr& e, const Decl& var) {
  std::unordered_set<const Decl*> tainted{&var};
  return onlyValueUsed(e, tainted, false);
}

bool StateFunctions::onlyValueUsed(const Expr& e, std::unordered_set<const Decl*>& tainted,
                                   bool underBehaviour) {
  const auto mentions = [&](const Expr& x) {
    std::unordered_set<const Decl*> referenced;
    collectReferencedDecls(x, referenced);
    return std::any_of(referenced.begin(), referenced.end(), [&](const Decl* d) { return tainted.count(d) != 0; });
  };
  // A LAMBDA is an operator argument: the callee applies it, and a callee that puts an
  // operator parameter under a prime is refused at that position (usesValueOf).
  if (e.kind == ExprKind::Lambda) return onlyValueUsed(*e.args[0], tainted, underBehaviour);
  if (e.kind == ExprKind::Let) {
    // A LET definition over the parameter uses it by value if its body does; its uses
    // then count as uses of the parameter.
    for (const auto& d : e.letDefs) {
      if (!d->body || !mentions(*d->body)) continue;
      if (!onlyValueUsed(*d->body, tainted, false)) return false;
      tainted.insert(d.get());
    }
    return onlyValueUsed(*e.args[0], tainted, underBehaviour);
  }
  if ((e.kind == ExprKind::Ident || e.kind == ExprKind::OpApp) && e.decl != nullptr &&
      tainted.count(&definitionOf(*e.decl)) + tainted.count(e.decl) != 0 && underBehaviour) {
    return false;
  }
  const bool behaviour = underBehaviour || isActionOrTemporalForm(e.kind) ||
                         (e.kind == ExprKind::Builtin && readsBehaviour(e.op));
  if (e.kind == ExprKind::OpApp && e.decl != nullptr && !e.decl->primitive) {
    for (std::size_t k = 0; k < e.args.size(); ++k) {
      if (!mentions(*e.args[k])) continue;
      if (!usesValueOf(*e.decl, k) || !onlyValueUsed(*e.args[k], tainted, behaviour)) return false;
    }
    return true;
  }
  bool ok = true;
  forEachChild(e, [&](const ExprPtr& c) { ok = ok && onlyValueUsed(*c, tainted, behaviour); });
  return ok;
}

}  // namespace tlapx::prover
