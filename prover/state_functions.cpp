// State functions among definitions (see state_functions.hpp).
#include "prover/state_functions.hpp"

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

}  // namespace tlapx::prover
