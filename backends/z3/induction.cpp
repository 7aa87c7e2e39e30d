// Strong induction on Nat for facts in the premise's form (see induction.hpp).
#include "backends/z3/induction.hpp"


#include "backends/z3/translator.hpp"
#include "frontend/ast_equal.hpp"
#include "frontend/ast_walk.hpp"
#include "frontend/substitution.hpp"
#include "prover/expansion.hpp"

namespace tlapx::z3enc {

namespace {


bool isNumber(const Expr& e, const char* text) { return e.kind == ExprKind::Number && e.text == text; }

bool isVar(const Expr& e, const Decl& n) { return e.kind == ExprKind::Ident && e.decl == &n; }

// 0 .. (n - 1)
bool isRangeBelow(const Expr& e, const Decl& n) {
  if (!isPrimitiveNamed(e, {".."}) || e.args.size() != 2 || !isNumber(*e.args[0], "0")) return false;
  const Expr& top = unlabeled(*e.args[1]);
  return isPrimitiveNamed(top, {"-"}) && top.args.size() == 2 && isVar(*top.args[0], n) &&
         isNumber(*top.args[1], "1");
}

// Whether `hyp` is \A k \in 0 .. (n-1) : C(k) for the conclusion `concl` = C(n), or
// [](\A k \in 0 .. (n-1) : B(k)) for `concl` = []B(n).
bool isInductionHypothesis(const Expr& hyp, const ExprPtr& concl, const Decl& n) {
  const Expr& h = unlabeled(hyp);
  const bool boxed = h.kind == ExprKind::Builtin && h.op == BuiltinOp::Always;
  const Expr& q = boxed ? unlabeled(*h.args[0]) : h;
  if (q.kind != ExprKind::Quant || q.quantOp != QuantOp::Forall || q.binders.size() != 1 ||
      q.binders[0].tuple || q.binders[0].vars.size() != 1 || !q.binders[0].domain ||
      !isRangeBelow(*q.binders[0].domain, n))
    return false;
  const DeclPtr& k = q.binders[0].vars[0];
  const ExprPtr instance = boxed ? makeBuiltin(BuiltinOp::Always, {q.args[0]}) : q.args[0];
  return sameFormula(*instance, *Substituter().bind(&n, prover::makeIdent(*k)).apply(concl));
}

bool isNat(const Expr* e) { return e != nullptr && isPrimitiveNamed(unlabeled(*e), {"Nat"}); }

// ASSUME NEW n \in Nat, H PROVE C  ~>  ASSUME NEW n \in Nat PROVE C
ExprPtr fromSequent(const Expr& s) {
  if (s.hyps.size() != 2 || !s.hyps[0].newDecl || !s.hyps[1].fact) return nullptr;
  const Decl& n = *s.hyps[0].newDecl;
  if (n.arity != 0 || n.newKind != NewKind::Constant || !isNat(n.body.get()) ||
      !isInductionHypothesis(*s.hyps[1].fact, s.args[0], n))
    return nullptr;
  auto r = std::make_shared<Expr>(s);
  r->hyps.pop_back();
  return r;
}

// \A n \in Nat : H => C  ~>  \A n \in Nat : C
ExprPtr fromQuantifier(const Expr& q) {
  if (q.quantOp != QuantOp::Forall || q.binders.size() != 1 || q.binders[0].tuple ||
      q.binders[0].vars.size() != 1 || !isNat(q.binders[0].domain.get()))
    return nullptr;
  const Expr& body = unlabeled(*q.args[0]);
  if (body.kind != ExprKind::Builtin || body.op != BuiltinOp::Implies ||
      !isInductionHypothesis(*body.args[0], body.args[1], *q.binders[0].vars[0]))
    return nullptr;
  auto r = std::make_shared<Expr>(q);
  r->args = {body.args[1]};
  return r;
}

}  // namespace

std::vector<ExprPtr> inductionConsequences(const std::vector<const Expr*>& facts) {
  std::vector<ExprPtr> out;
  for (const Expr* f : facts) {
    const Expr& e = unlabeled(*f);
    ExprPtr c = e.kind == ExprKind::Sequent ? fromSequent(e) : e.kind == ExprKind::Quant ? fromQuantifier(e) : nullptr;
    if (c) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace tlapx::z3enc
