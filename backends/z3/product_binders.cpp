// Product binders split into components (see product_binders.hpp).
#include "backends/z3/product_binders.hpp"

#include <string>

#include "frontend/substitution.hpp"
#include "prover/expansion.hpp"

namespace tlapx::z3enc {

ExprPtr splitProductBinders(const Expr& e) {
  std::vector<Binder> binders;
  Substituter tuples;
  bool split = false;
  for (const auto& b : e.binders) {
    if (b.tuple || !b.domain || b.domain->kind != ExprKind::Times) {
      binders.push_back(b);
      continue;
    }
    for (const auto& v : b.vars) {
      ExprPtr tuple = makeExpr(ExprKind::Tuple, v->range);
      for (std::size_t i = 0; i < b.domain->args.size(); ++i) {
        DeclPtr component = makeDecl(DeclKind::BoundVar, v->name + "_" + std::to_string(i + 1), v->range);
        tuple->args.push_back(prover::makeIdent(*component, v->range));
        binders.push_back(Binder{{component}, false, b.domain->args[i]});
      }
      tuples.bind(v.get(), tuple);
    }
    split = true;
  }
  if (!split) return nullptr;
  ExprPtr out = std::make_shared<Expr>(e);
  out->binders = std::move(binders);
  out->args[0] = tuples.apply(e.args[0]);
  return out;
}

}  // namespace tlapx::z3enc
