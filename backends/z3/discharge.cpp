// Hypotheses of cited sequents that the context states (see discharge.hpp).
#include "backends/z3/discharge.hpp"

#include <algorithm>

#include "frontend/ast_equal.hpp"

namespace tlapx::z3enc {

ExprPtr withoutStatedHypotheses(const Expr& fact, const std::vector<const Expr*>& context) {
  if (fact.kind != ExprKind::Sequent) return nullptr;
  const auto stated = [&](const SequentHyp& h) {
    return h.fact && std::any_of(context.begin(), context.end(), [&](const Expr* c) {
             return c != &fact && c->kind == h.fact->kind && equalExpr(*c, *h.fact);
           });
  };
  if (std::none_of(fact.hyps.begin(), fact.hyps.end(), stated)) return nullptr;
  auto r = std::make_shared<Expr>(fact);
  r->hyps.clear();
  for (const auto& h : fact.hyps) {
    if (!stated(h)) r->hyps.push_back(h);
  }
  return r->hyps.empty() ? fact.args[0] : r;
}

}  // namespace tlapx::z3enc
