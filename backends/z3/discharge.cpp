// Hypotheses of cited sequents that the context states (see discharge.hpp).
#include "backends/z3/discharge.hpp"

#include <algorithm>
#include <unordered_set>

#include "frontend/ast_equal.hpp"
#include "frontend/ast_walk.hpp"

namespace tlapx::z3enc {

ExprPtr withoutStatedHypotheses(const Expr& fact, const std::vector<const Expr*>& context) {
  if (fact.kind != ExprKind::Sequent) return nullptr;
  // A hypothesis about the sequent's own NEW symbols is a condition on them, whatever the
  // context says of its own symbols of the same names (ASSUME NEW x, x = 1 PROVE x # 2
  // does not become \A x : x # 2 in a context stating x = 1 of another x).
  std::unordered_set<const Decl*> own;
  for (const auto& h : fact.hyps) {
    if (h.newDecl) own.insert(h.newDecl.get());
  }
  const auto aboutOwn = [&](const Expr& e) {
    std::unordered_set<const Decl*> referenced;
    collectReferencedDecls(e, referenced);
    return std::any_of(referenced.begin(), referenced.end(), [&](const Decl* d) { return own.count(d) != 0; });
  };
  const auto stated = [&](const SequentHyp& h) {
    return h.fact && !aboutOwn(*h.fact) && std::any_of(context.begin(), context.end(), [&](const Expr* c) {
             return c != &fact && c->kind == h.fact->kind && sameFormula(*c, *h.fact);
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
