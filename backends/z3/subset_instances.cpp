// Instances of facts quantified over subsets at the obligation's set terms (see
// subset_instances.hpp).
#include "backends/z3/subset_instances.hpp"

#include <algorithm>
#include <unordered_set>

#include "backends/z3/expr_matching.hpp"
#include "frontend/ast_equal.hpp"
#include "frontend/ast_walk.hpp"
#include "frontend/substitution.hpp"

namespace tlapx::z3enc {

namespace {

constexpr std::size_t kMaxCandidates = 8;  // set terms tried, in order of appearance

bool isBuiltin(const Expr& e, BuiltinOp op) { return e.kind == ExprKind::Builtin && e.op == op; }

bool isCompoundSet(const Expr& e) {
  return isBuiltin(e, BuiltinOp::SetMinus) || isBuiltin(e, BuiltinOp::Cup) || isBuiltin(e, BuiltinOp::Cap) ||
         (e.kind == ExprKind::SetEnum && !e.args.empty()) || e.kind == ExprKind::SetFilter;
}

// Whether `e` mentions no declaration of `bound` that `e` does not bind itself.
bool closedIn(const Expr& e, const std::unordered_set<const Decl*>& bound) {
  std::unordered_set<const Decl*> own;
  collectBoundDecls(e, own);
  return !containsSubexpression(e, [&](const Expr& x) {
    return (x.kind == ExprKind::Ident || x.kind == ExprKind::OpApp) && bound.count(x.decl) != 0 &&
           own.count(x.decl) == 0;
  });
}

// The compound set terms below `e` that mention no declaration bound outside them (in
// `bound`: every one bound in the obligation), added to `out` unless already there.
void collectSetTerms(const ExprPtr& e, const std::unordered_set<const Decl*>& bound, std::vector<ExprPtr>& out) {
  if (out.size() >= kMaxCandidates) return;
  if (isCompoundSet(*e) && closedIn(*e, bound)) {
    if (std::none_of(out.begin(), out.end(), [&e](const ExprPtr& t) { return sameFormula(*t, *e); }))
      out.push_back(e);
  }
  forEachChild(*e, [&](const ExprPtr& c) { collectSetTerms(c, bound, out); });
}

// The facts of the form \A X \in SUBSET D : P(X), among the facts and their conjuncts.
void collectSubsetFacts(const Expr& fact, std::vector<const Expr*>& out) {
  const Expr& f = unlabeled(fact);
  if (isBuiltin(f, BuiltinOp::And)) {
    for (const auto& c : f.args) collectSubsetFacts(*c, out);
    return;
  }
  if (f.kind == ExprKind::Quant && f.quantOp == QuantOp::Forall && f.binders.size() == 1 &&
      !f.binders[0].tuple && f.binders[0].vars.size() == 1 && f.binders[0].domain &&
      isBuiltin(unlabeled(*f.binders[0].domain), BuiltinOp::Subset))
    out.push_back(&f);
}

}  // namespace

std::vector<ExprPtr> subsetInstances(const std::vector<const Expr*>& facts, const Expr& goal) {
  std::vector<const Expr*> quantified;
  for (const Expr* f : facts) collectSubsetFacts(*f, quantified);
  if (quantified.empty()) return {};
  std::unordered_set<const Decl*> bound;
  for (const Expr* f : facts) collectBoundDecls(*f, bound);
  collectBoundDecls(goal, bound);
  std::vector<ExprPtr> terms;
  // The terms come from shared subtrees; the goal's and facts' roots are not owned here,
  // so their children are walked.
  auto fromRoot = [&](const Expr& root) {
    forEachChild(root, [&](const ExprPtr& c) { collectSetTerms(c, bound, terms); });
  };
  fromRoot(goal);
  for (const Expr* f : facts) fromRoot(*f);
  std::vector<ExprPtr> instances;
  for (const Expr* q : quantified) {
    const Binder& b = q->binders[0];
    for (const auto& t : terms) {
      // A state-level t is no instance where P puts X under a prime (Stays(X) == X' = X).
      if (!substitutable(*q->args[0], *b.vars[0], *t)) continue;
      instances.push_back(makeBuiltin(
          BuiltinOp::Implies, {makeBuiltin(BuiltinOp::In, {t, b.domain}),
                               Substituter().bind(b.vars[0].get(), t).apply(q->args[0])}));
    }
  }
  return instances;
}

}  // namespace tlapx::z3enc
