// Generic read-only traversal of expression trees: the direct sub-expressions of a node,
// including the bodies of declarations nested inside it (LET definitions, LET instances,
// NEW declarations). Used wherever a pass does not care about scoping.
#pragma once

#include <unordered_set>

#include "frontend/ast.hpp"

namespace tlapx {

// Calls f(const ExprPtr&) for every non-null expression directly contained in `e`:
// operands, binder domains, LET definition bodies (and, for a LET instance, its
// substitution values and the bodies of its copies), EXCEPT indices and values,
// ASSUME/PROVE hypotheses (NEW domains and facts) and Ref arguments.
template <class F>
void forEachChild(const Expr& e, F&& f) {
  auto visit = [&f](const ExprPtr& x) {
    if (x) f(x);
  };
  for (const auto& a : e.args) visit(a);
  for (const auto& b : e.binders) visit(b.domain);
  for (const auto& d : e.letDefs) {
    visit(d->body);
    if (d->instance) {
      for (const auto& s : d->instance->fullSubstitution) visit(s.value);
      for (const auto& c : d->instance->copies) visit(c->body);
    }
  }
  for (const auto& clause : e.excepts) {
    for (const auto& p : clause.path)
      for (const auto& i : p.index) visit(i);
    visit(clause.value);
  }
  for (const auto& h : e.hyps) {
    if (h.newDecl) visit(h.newDecl->body);
    visit(h.fact);
  }
  for (const auto& seg : e.path)
    for (const auto& a : seg.args) visit(a);
}

// Whether `pred` holds of `e` or of any expression forEachChild reaches below it.
template <class Pred>
bool containsSubexpression(const Expr& e, const Pred& pred) {
  if (pred(e)) return true;
  bool found = false;
  forEachChild(e, [&](const ExprPtr& c) { found = found || containsSubexpression(*c, pred); });
  return found;
}

// Whether `e` refers to the declaration `d` anywhere (as an identifier or an operator).
inline bool mentionsDecl(const Expr& e, const Decl* d) {
  return containsSubexpression(
      e, [d](const Expr& x) { return (x.kind == ExprKind::Ident || x.kind == ExprKind::OpApp) && x.decl == d; });
}

// `e` without the labels (`name :: e`) around it.
inline const Expr& unlabeled(const Expr& e) {
  const Expr* x = &e;
  while (x->kind == ExprKind::Label) x = x->args[0].get();
  return *x;
}

// Every declaration referenced (Ident / OpApp) anywhere inside `e`, added to `out`.
inline void collectReferencedDecls(const Expr& e, std::unordered_set<const Decl*>& out) {
  if ((e.kind == ExprKind::Ident || e.kind == ExprKind::OpApp) && e.decl != nullptr) out.insert(e.decl);
  forEachChild(e, [&out](const ExprPtr& c) { collectReferencedDecls(*c, out); });
}

// Every declaration introduced inside `e` (bound variables, LAMBDA and operator
// parameters, LET definitions and their parameters, NEW symbols of nested sequents),
// added to `out`.
inline void collectBoundDecls(const Expr& e, std::unordered_set<const Decl*>& out) {
  for (const auto& b : e.binders)
    for (const auto& v : b.vars) out.insert(v.get());
  for (const auto& p : e.params) out.insert(p.get());
  for (const auto& d : e.letDefs) {
    out.insert(d.get());
    for (const auto& p : d->params) out.insert(p.get());
  }
  for (const auto& h : e.hyps)
    if (h.newDecl) out.insert(h.newDecl.get());
  forEachChild(e, [&out](const ExprPtr& c) { collectBoundDecls(*c, out); });
}

}  // namespace tlapx
