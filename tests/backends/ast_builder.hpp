// Test helper: builds resolved ASTs and obligations directly (standard-module primitives,
// constants, binders), so the backend can be tested without the frontend.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "backends/backend.hpp"
#include "frontend/ast.hpp"

namespace tlapx::test {

class Ast {
 public:
  // A standard-module operator the backends interpret natively (Nat, +, Len, ...).
  const Decl* prim(const std::string& name, int arity = 0) {
    auto it = prims_.find(name + "/" + std::to_string(arity));
    if (it != prims_.end()) return it->second;
    DeclPtr d = keep(makeDecl(DeclKind::Operator, name));
    d->primitive = true;
    d->arity = arity;
    prims_[name + "/" + std::to_string(arity)] = d.get();
    return d.get();
  }
  const Decl* constant(const std::string& name, int arity = 0) {
    DeclPtr d = keep(makeDecl(DeclKind::Constant, name));
    d->arity = arity;
    return d.get();
  }
  const Decl* variable(const std::string& name) {
    return keep(makeDecl(DeclKind::Variable, name)).get();
  }
  DeclPtr bound(const std::string& name) { return keep(makeDecl(DeclKind::BoundVar, name)); }
  // A user definition `name(params) == body` (params: OpParam decls made by param()).
  const Decl* definition(const std::string& name, std::vector<DeclPtr> params, ExprPtr body) {
    DeclPtr d = keep(makeDecl(DeclKind::Operator, name));
    d->arity = static_cast<int>(params.size());
    d->params = std::move(params);
    d->body = std::move(body);
    return d.get();
  }
  DeclPtr param(const std::string& name) { return keep(makeDecl(DeclKind::OpParam, name)); }

  ExprPtr id(const Decl* d) {
    auto e = makeExpr(ExprKind::Ident);
    e->decl = d;
    e->name = d->name;
    return e;
  }
  ExprPtr id(const DeclPtr& d) { return id(d.get()); }
  ExprPtr app(const Decl* d, std::vector<ExprPtr> args) {
    auto e = makeExpr(ExprKind::OpApp);
    e->decl = d;
    e->name = d->name;
    e->args = std::move(args);
    return e;
  }
  ExprPtr num(long long n) {
    if (n < 0) return app(prim("-.", 1), {num(-n)});
    auto e = makeExpr(ExprKind::Number);
    e->text = std::to_string(n);
    return e;
  }
  ExprPtr str(const std::string& s) {
    auto e = makeExpr(ExprKind::String);
    e->text = s;
    return e;
  }
  ExprPtr bi(BuiltinOp op, std::vector<ExprPtr> args = {}) { return makeBuiltin(op, std::move(args)); }
  ExprPtr tt() { return bi(BuiltinOp::True); }
  ExprPtr ff() { return bi(BuiltinOp::False); }
  ExprPtr eq(ExprPtr a, ExprPtr b) { return bi(BuiltinOp::Eq, {a, b}); }
  ExprPtr neq(ExprPtr a, ExprPtr b) { return bi(BuiltinOp::Neq, {a, b}); }
  ExprPtr in(ExprPtr a, ExprPtr b) { return bi(BuiltinOp::In, {a, b}); }
  ExprPtr notin(ExprPtr a, ExprPtr b) { return bi(BuiltinOp::NotIn, {a, b}); }
  ExprPtr conj(std::vector<ExprPtr> a) { return bi(BuiltinOp::And, std::move(a)); }
  ExprPtr disj(std::vector<ExprPtr> a) { return bi(BuiltinOp::Or, std::move(a)); }
  ExprPtr neg(ExprPtr a) { return bi(BuiltinOp::Not, {a}); }
  ExprPtr implies(ExprPtr a, ExprPtr b) { return bi(BuiltinOp::Implies, {a, b}); }
  ExprPtr equiv(ExprPtr a, ExprPtr b) { return bi(BuiltinOp::Equiv, {a, b}); }
  ExprPtr prime(ExprPtr a) { return bi(BuiltinOp::Prime, {a}); }

  // arithmetic and standard modules
  ExprPtr nat() { return id(prim("Nat")); }
  ExprPtr integers() { return id(prim("Int")); }
  ExprPtr op2(const std::string& op, ExprPtr a, ExprPtr b) { return app(prim(op, 2), {a, b}); }
  ExprPtr op1(const std::string& op, ExprPtr a) { return app(prim(op, 1), {a}); }
  ExprPtr range(ExprPtr a, ExprPtr b) { return op2("..", a, b); }

  ExprPtr quant(QuantOp q, const DeclPtr& v, ExprPtr domain, ExprPtr body) {
    auto e = makeExpr(ExprKind::Quant);
    e->quantOp = q;
    e->binders.push_back(Binder{{v}, false, domain});
    e->args = {body};
    return e;
  }
  ExprPtr forall(const DeclPtr& v, ExprPtr domain, ExprPtr body) {
    return quant(QuantOp::Forall, v, domain, body);
  }
  ExprPtr exists(const DeclPtr& v, ExprPtr domain, ExprPtr body) {
    return quant(QuantOp::Exists, v, domain, body);
  }
  ExprPtr binding(ExprKind k, const DeclPtr& v, ExprPtr domain, ExprPtr body) {
    auto e = makeExpr(k);
    e->binders.push_back(Binder{{v}, false, domain});
    e->args = {body};
    return e;
  }
  ExprPtr choose(const DeclPtr& v, ExprPtr domain, ExprPtr body) {
    return binding(ExprKind::Choose, v, domain, body);
  }
  ExprPtr filter(const DeclPtr& v, ExprPtr domain, ExprPtr body) {
    return binding(ExprKind::SetFilter, v, domain, body);
  }
  ExprPtr map(const DeclPtr& v, ExprPtr domain, ExprPtr body) {
    return binding(ExprKind::SetMap, v, domain, body);
  }
  ExprPtr fcn(const DeclPtr& v, ExprPtr domain, ExprPtr body) {
    return binding(ExprKind::FuncCons, v, domain, body);
  }
  ExprPtr list(ExprKind k, std::vector<ExprPtr> args) {
    auto e = makeExpr(k);
    e->args = std::move(args);
    return e;
  }
  ExprPtr set(std::vector<ExprPtr> elems) { return list(ExprKind::SetEnum, std::move(elems)); }
  ExprPtr tuple(std::vector<ExprPtr> elems) { return list(ExprKind::Tuple, std::move(elems)); }
  ExprPtr fapp(ExprPtr f, ExprPtr x) { return list(ExprKind::FuncApp, {f, x}); }
  ExprPtr funcSet(ExprPtr s, ExprPtr t) { return list(ExprKind::FuncSet, {s, t}); }
  ExprPtr times(std::vector<ExprPtr> sets) { return list(ExprKind::Times, std::move(sets)); }
  ExprPtr ite(ExprPtr c, ExprPtr a, ExprPtr b) { return list(ExprKind::If, {c, a, b}); }
  ExprPtr record(ExprKind k, std::vector<std::pair<std::string, ExprPtr>> fields) {
    auto e = makeExpr(k);
    for (auto& [f, v] : fields) {
      e->fields.push_back(f);
      e->args.push_back(v);
    }
    return e;
  }
  ExprPtr rec(std::vector<std::pair<std::string, ExprPtr>> fields) {
    return record(ExprKind::RecordCons, std::move(fields));
  }
  ExprPtr recSet(std::vector<std::pair<std::string, ExprPtr>> fields) {
    return record(ExprKind::RecordSet, std::move(fields));
  }
  ExprPtr dot(ExprPtr r, const std::string& field) {
    auto e = makeExpr(ExprKind::Dot);
    e->args = {r};
    e->text = field;
    return e;
  }
  // [f EXCEPT ![i1][i2]... = v]; an index given as a string literal name "." + field is a field.
  ExprPtr except(ExprPtr f, std::vector<ExprPtr> path, ExprPtr value) {
    auto e = makeExpr(ExprKind::Except);
    e->args = {f};
    ExceptClause c;
    for (auto& p : path) {
      ExceptPathElem el;
      if (p->kind == ExprKind::String && !p->text.empty() && p->text[0] == '.') {
        el.isField = true;
        el.field = p->text.substr(1);
      } else {
        el.index = {p};
      }
      c.path.push_back(el);
    }
    c.value = value;
    e->excepts.push_back(c);
    return e;
  }
  ExprPtr at() { return makeExpr(ExprKind::ExceptAt); }

  Obligation obligation(std::vector<ExprPtr> hyps, ExprPtr goal) {
    Obligation ob;
    for (auto& h : hyps) {
      ObligationHyp hyp;
      hyp.kind = ObligationHyp::Kind::Fact;
      hyp.fact = h;
      ob.hyps.push_back(hyp);
    }
    ob.goal = goal;
    return ob;
  }

 private:
  DeclPtr keep(DeclPtr d) {
    decls_.push_back(d);
    return d;
  }
  std::vector<DeclPtr> decls_;
  std::map<std::string, const Decl*> prims_;
};

}  // namespace tlapx::test
