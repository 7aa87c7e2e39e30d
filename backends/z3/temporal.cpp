// Temporal formulas ([]F, <>F): uninterpreted atoms, with [] first distributed over \A and
// conjunctions and <> over \E and disjunctions, so that []\A n \in S : F(n) and
// \A n \in S : []F(n) are one formula to the solver (proofs use the one for the other).
#include "backends/z3/translator.hpp"

#include <algorithm>

#include "backends/expr_key.hpp"
#include "frontend/ast_walk.hpp"
#include "frontend/level_check.hpp"

namespace tlapx::z3enc {

// True when `e` has one value in every state: a constant-level expression whose symbols
// are constants, rigid bound values, parameters bound to rigid arguments or
// constant-level definitions. Parameters bound to operators are refused.
bool Translator::rigid(const Expr& e) {
  if (expressionLevel(e) != Level::Constant) return false;
  bool rigid = true;
  visitExprs(e, [&](const Expr& x) {
    if (!rigid || (x.kind != ExprKind::Ident && x.kind != ExprKind::OpApp) || x.decl == nullptr) return;
    if (const Binding* b = lookup(x.decl)) {
      if (b->kind == Binding::Kind::Closure && b->expr != nullptr) {
        // a parameter bound to an argument: rigid when the argument is, where it was given
        EnvScope scope(*this);
        env_ = b->env;
        rigid = this->rigid(*b->expr);
      } else {
        rigid = b->kind == Binding::Kind::Value;  // values bound by quantifiers are rigid
      }
      return;
    }
    const Decl& d = *x.decl;
    if (d.kind == DeclKind::Variable || (d.kind == DeclKind::NewSymbol && d.newKind != NewKind::Constant))
      rigid = false;
  });
  return rigid;
}

// []C <=> C and <>C <=> C for a rigid C; [](\A x \in S : F) <=> \A x \in S : []F and
// [](A /\ B) <=> []A /\ []B, for S with one value in every state (x is rigid); dually
// <>(\E x \in S : F) <=> \E x \in S : <>F and <>(A \/ B) <=> <>A \/ <>B. Anything else is an
// atom.
z3::expr Translator::temporal(const Expr& e, Pol pol) {
  const bool box = e.op == BuiltinOp::Always;
  const Expr& body = unlabeled(*e.args[0]);
  const auto wrap = [&](const ExprPtr& inner) {
    ExprPtr r = makeBuiltin(e.op, {inner}, e.range);
    synthetic_.push_back(r);
    return r;
  };
  if (!primed_ && rigid(body)) return formula(body, pol);
  if (!primed_ && body.kind == ExprKind::Builtin && body.op == (box ? BuiltinOp::And : BuiltinOp::Or)) {
    z3::expr r = sig_.ctx().bool_val(box);
    for (const auto& a : body.args) r = box ? r && formula(*wrap(a), pol) : r || formula(*wrap(a), pol);
    return r;
  }
  const QuantOp distributes = box ? QuantOp::Forall : QuantOp::Exists;
  if (!primed_ && body.kind == ExprKind::Quant && body.quantOp == distributes &&
      std::all_of(body.binders.begin(), body.binders.end(), [&](const Binder& b) {
        return !b.tuple && (!b.domain || rigid(*b.domain));
      })) {
    auto q = std::make_shared<Expr>(body);  // same binders, body under the operator
    q->args = {wrap(body.args[0])};
    synthetic_.push_back(q);
    return quantifier(*q, pol);
  }
  return opaque(e, sig_.ctx().bool_sort());
}

}  // namespace tlapx::z3enc
