// CHOOSE congruence instances (see choose_congruence.hpp).
#include "backends/z3/choose_congruence.hpp"

#include <algorithm>
#include <unordered_set>

#include "frontend/ast_equal.hpp"
#include "frontend/ast_walk.hpp"
#include "frontend/substitution.hpp"
#include "prover/expansion.hpp"

namespace tlapx::z3enc {

namespace {

constexpr std::size_t kMaxChooseCongruences = 8;

// Whether `e` mentions no bound variable or parameter from outside itself, apart from the
// context's symbols (declarations and Skolem constants), which are constants to the solver.
bool closed(const Expr& e, const std::unordered_set<const Decl*>& contextSymbols) {
  std::unordered_set<const Decl*> referenced;
  collectReferencedDecls(e, referenced);
  std::unordered_set<const Decl*> inside;
  collectBoundDecls(e, inside);
  for (const Decl* d : referenced) {
    const bool local = d->kind == DeclKind::BoundVar || d->kind == DeclKind::OpParam;
    if (local && inside.count(d) == 0 && contextSymbols.count(d) == 0) return false;
  }
  return true;
}

// The closed single-variable CHOOSE terms of `e`, each once.
void collectChooses(const Expr& e, const std::unordered_set<const Decl*>& contextSymbols,
                    std::vector<const Expr*>& out) {
  if (e.kind == ExprKind::Choose && e.binders.size() == 1 && !e.binders[0].tuple &&
      e.binders[0].vars.size() == 1 && closed(e, contextSymbols) &&
      std::none_of(out.begin(), out.end(), [&](const Expr* o) { return equalExpr(*o, e); })) {
    out.push_back(&e);
  }
  forEachChild(e, [&](const ExprPtr& c) { collectChooses(*c, contextSymbols, out); });
}

// The predicate of `choose` at y: y \in S /\ P(y) when bounded by S, else P(y).
ExprPtr predicateAt(const Expr& choose, const ExprPtr& y) {
  const Binder& b = choose.binders[0];
  ExprPtr body = Substituter().bind(b.vars[0].get(), y).apply(choose.args[0]);
  if (!b.domain) return body;
  return makeBuiltin(BuiltinOp::And, {makeBuiltin(BuiltinOp::In, {y, b.domain}), body});
}

ExprPtr congruence(const Expr& c1, const Expr& c2) {
  DeclPtr var = makeDecl(DeclKind::BoundVar, "chosen");
  ExprPtr y = prover::makeIdent(*var);
  ExprPtr all = makeExpr(ExprKind::Quant, c1.range);
  all->quantOp = QuantOp::Forall;
  all->binders.push_back(Binder{{var}, false, nullptr});
  all->args.push_back(makeBuiltin(BuiltinOp::Equiv, {predicateAt(c1, y), predicateAt(c2, y)}));
  // The instance refers to c1 and c2 through copies owned by it.
  auto copy = [](const Expr& c) { return std::make_shared<Expr>(c); };
  return makeBuiltin(BuiltinOp::Implies, {all, makeBuiltin(BuiltinOp::Eq, {copy(c1), copy(c2)})});
}

}  // namespace

std::vector<ExprPtr> chooseCongruences(const Context& flat) {
  if (flat.goal == nullptr) return {};
  std::unordered_set<const Decl*> contextSymbols;
  for (const auto& item : flat.items) {
    if (item.decl != nullptr) contextSymbols.insert(item.decl);
  }
  std::vector<const Expr*> chooses;
  collectChooses(*flat.goal, contextSymbols, chooses);
  const std::size_t inGoal = chooses.size();
  if (inGoal == 0) return {};
  for (const auto& item : flat.items) {
    if (item.fact != nullptr) collectChooses(*item.fact, contextSymbols, chooses);
  }
  std::vector<ExprPtr> out;
  for (std::size_t i = 0; i < inGoal; ++i) {
    for (std::size_t j = i + 1; j < chooses.size() && out.size() < kMaxChooseCongruences; ++j) {
      out.push_back(congruence(*chooses[i], *chooses[j]));
    }
  }
  return out;
}

}  // namespace tlapx::z3enc
