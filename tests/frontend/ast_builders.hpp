// Test helpers owning the construction of small ASTs by hand (printer and equality tests).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "frontend/ast.hpp"

namespace tlapx::test {

inline ExprPtr id(std::string name, const Decl* decl = nullptr) {
  auto e = makeExpr(ExprKind::Ident);
  e->name = std::move(name);
  e->decl = decl;
  return e;
}

// A resolved reference to `d`.
inline ExprPtr use(const DeclPtr& d) { return id(d->name, d.get()); }

inline ExprPtr app(std::string name, std::vector<ExprPtr> args, const Decl* decl = nullptr) {
  auto e = makeExpr(ExprKind::OpApp);
  e->name = std::move(name);
  e->args = std::move(args);
  e->decl = decl;
  return e;
}

inline ExprPtr bi(BuiltinOp op, std::vector<ExprPtr> args = {}) { return makeBuiltin(op, std::move(args)); }

inline ExprPtr bulleted(BuiltinOp op, std::vector<ExprPtr> args) {
  auto e = makeBuiltin(op, std::move(args));
  e->bulleted = true;
  return e;
}

inline ExprPtr num(std::string text) {
  auto e = makeExpr(ExprKind::Number);
  e->text = std::move(text);
  return e;
}

inline ExprPtr str(std::string text) {
  auto e = makeExpr(ExprKind::String);
  e->text = std::move(text);
  return e;
}

inline ExprPtr node(ExprKind kind, std::vector<ExprPtr> args) {
  auto e = makeExpr(kind);
  e->args = std::move(args);
  return e;
}

inline DeclPtr var(std::string name) { return makeDecl(DeclKind::BoundVar, std::move(name)); }

inline Binder binder(std::vector<DeclPtr> vars, ExprPtr domain = nullptr, bool tuple = false) {
  Binder b;
  b.vars = std::move(vars);
  b.domain = std::move(domain);
  b.tuple = tuple;
  return b;
}

// A binding construct (Quant, Choose, SetFilter, SetMap, FuncCons) over `body`.
inline ExprPtr binding(ExprKind kind, std::vector<Binder> binders, ExprPtr body,
                       QuantOp q = QuantOp::Forall) {
  auto e = node(kind, {std::move(body)});
  e->binders = std::move(binders);
  e->quantOp = q;
  return e;
}

inline ExprPtr forall(DeclPtr v, ExprPtr body, ExprPtr domain = nullptr) {
  return binding(ExprKind::Quant, {binder({std::move(v)}, std::move(domain))}, std::move(body));
}

inline ExprPtr exists(DeclPtr v, ExprPtr body, ExprPtr domain = nullptr) {
  return binding(ExprKind::Quant, {binder({std::move(v)}, std::move(domain))}, std::move(body),
                 QuantOp::Exists);
}

inline DeclPtr opDef(std::string name, std::vector<DeclPtr> params, ExprPtr body) {
  auto d = makeDecl(DeclKind::Operator, std::move(name));
  d->arity = static_cast<int>(params.size());
  d->params = std::move(params);
  d->body = std::move(body);
  return d;
}

inline DeclPtr param(std::string name, int arity = 0) {
  auto d = makeDecl(DeclKind::OpParam, std::move(name));
  d->arity = arity;
  return d;
}

}  // namespace tlapx::test
