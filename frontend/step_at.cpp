// `@` of a proof step: the right operand of the previous assertion (see step_at.hpp).
#include "frontend/step_at.hpp"

#include <cctype>

#include "frontend/ast_walk.hpp"

namespace tlapx {

namespace {

bool isBinaryRelation(BuiltinOp op) {
  switch (op) {
    case BuiltinOp::Eq: case BuiltinOp::Neq: case BuiltinOp::In: case BuiltinOp::NotIn:
    case BuiltinOp::Subseteq: case BuiltinOp::Implies: case BuiltinOp::Equiv:
      return true;
    default:
      return false;
  }
}

// Visits the sub-expressions of `e` where an `@` is the step's (not an EXCEPT's).
template <class F>
void forEachStepAtScope(const Expr& e, F&& f) {
  if (e.kind != ExprKind::Except) {
    forEachChild(e, f);
    return;
  }
  for (const auto& a : e.args)
    if (a) f(a);
  for (const auto& clause : e.excepts)
    for (const auto& p : clause.path)
      for (const auto& i : p.index)
        if (i) f(i);
}

}  // namespace

ExprPtr chainRightOperand(const ExprPtr& e) {
  if (!e || e->args.size() != 2) return nullptr;
  if (e->kind == ExprKind::Builtin && isBinaryRelation(e->op)) return e->args[1];
  const bool symbolic = !e->name.empty() && std::isalpha(static_cast<unsigned char>(e->name[0])) == 0 &&
                        e->name[0] != '_';
  if (e->kind == ExprKind::OpApp && symbolic) return e->args[1];
  return nullptr;
}

bool replaceStepAt(const ExprPtr& assertion, const ExprPtr& previous) {
  if (!assertion) return false;
  if (assertion->kind == ExprKind::ExceptAt) {
    *assertion = *previous;  // the node becomes a copy of `previous` (children shared)
    return true;
  }
  bool found = false;
  forEachStepAtScope(*assertion, [&](const ExprPtr& c) { found = replaceStepAt(c, previous) || found; });
  return found;
}

}  // namespace tlapx
