// ENABLED consequences of facts (see enabled_rules.hpp).
#include "prover/enabled_rules.hpp"

#include "frontend/level_check.hpp"

namespace tlapx::prover {

namespace {

const ExprPtr& unlabelled(const ExprPtr& e) {
  return e->kind == ExprKind::Label && !e->args.empty() ? unlabelled(e->args[0]) : e;
}

ExprPtr enabled(const ExprPtr& action) { return makeBuiltin(BuiltinOp::Enabled, {action}, action->range); }

}  // namespace

ExprPtr enabledConsequence(const ContextEntry& entry) {
  if (entry.kind != ContextEntry::Kind::Fact || !entry.fact || entry.assumedAt > Level::State) return nullptr;
  const ExprPtr& fact = unlabelled(entry.fact);
  if (fact->kind != ExprKind::Builtin || fact->args.size() != 2) return nullptr;
  if (fact->op != BuiltinOp::Equiv && fact->op != BuiltinOp::Implies) return nullptr;
  if (expressionLevel(*fact) > Level::Action) return nullptr;  // ENABLED of a temporal formula
  return makeBuiltin(fact->op, {enabled(fact->args[0]), enabled(fact->args[1])}, fact->range);
}

}  // namespace tlapx::prover
