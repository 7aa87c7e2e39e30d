// Smoke obligations (see smoke.hpp).
#include "prover/smoke.hpp"

#include "prover/expansion.hpp"
#include "prover/fingerprint.hpp"

namespace tlapx::prover {

namespace {

const Expr* withoutLabels(const Expr* e) {
  while (e != nullptr && e->kind == ExprKind::Label) e = e->args[0].get();
  return e;
}

bool isFalse(const Expr* e) { return e != nullptr && e->kind == ExprKind::Builtin && e->op == BuiltinOp::False; }

}  // namespace

std::optional<Obligation> smokeObligation(const Obligation& ob) {
  // The ASSUME parts of the goal (sequents may nest), and what they prove.
  std::vector<SequentHyp> assumed;
  const Expr* goal = withoutLabels(ob.goal.get());
  while (goal != nullptr && goal->kind == ExprKind::Sequent) {
    assumed.insert(assumed.end(), goal->hyps.begin(), goal->hyps.end());
    goal = withoutLabels(goal->args[0].get());
  }
  if (goal == nullptr || isFalse(goal)) return std::nullopt;

  Obligation smoke;
  smoke.id = ob.id;
  smoke.kind = ob.kind;
  smoke.range = ob.range;
  smoke.module = ob.module;
  smoke.method.method = ob.method.method;
  smoke.method.pragma = ob.method.pragma;
  smoke.hyps = ob.hyps;
  ExprPtr falsum = makeBuiltin(BuiltinOp::False, {}, ob.range);
  smoke.goal = assumed.empty() ? std::move(falsum) : makeSequent(std::move(assumed), std::move(falsum), ob.range);
  smoke.opaque = ob.opaque;
  smoke.fingerprint = fingerprintOf(smoke);
  return smoke;
}

}  // namespace tlapx::prover
