// Capture-free substitution on resolved trees (see substitution.hpp for the contract).
#include "frontend/substitution.hpp"

#include <fmt/format.h>

#include "frontend/ast_walk.hpp"

namespace tlapx {

namespace {

ExprPtr copyNode(const ExprPtr& e) { return std::make_shared<Expr>(*e); }

}  // namespace

Substituter& Substituter::bind(const Decl* decl, ExprPtr value) {
  values_[decl] = std::move(value);
  valueDeclsDirty_ = true;
  memo_.clear();
  return *this;
}

Substituter& Substituter::rename(const Decl* decl, DeclPtr to, std::vector<ExprPtr> leadingArgs) {
  renames_[decl] = Renaming{std::move(to), std::move(leadingArgs)};
  valueDeclsDirty_ = true;
  memo_.clear();
  return *this;
}

void Substituter::forget(const Decl* d) {
  values_.erase(d);
  renames_.erase(d);
  memo_.clear();
}

bool Substituter::captures(const Decl* d) {
  if (valueDeclsDirty_) {
    valueDecls_.clear();
    for (const auto& [key, value] : values_) collectReferencedDecls(*value, valueDecls_);
    for (const auto& [key, renaming] : renames_)
      for (const auto& a : renaming.leading) collectReferencedDecls(*a, valueDecls_);
    valueDeclsDirty_ = false;
  }
  return valueDecls_.count(d) != 0;
}

bool Substituter::mentions(const Expr& e) {
  if (auto it = memo_.find(&e); it != memo_.end()) return it->second;
  bool found = false;
  if ((e.kind == ExprKind::Ident || e.kind == ExprKind::OpApp) && isKey(e.decl)) found = true;
  if (e.kind == ExprKind::Label)
    for (const auto& p : e.params) found = found || isKey(p.get());
  if (!found)
    forEachChild(e, [&](const ExprPtr& c) { found = found || mentions(*c); });
  memo_[&e] = found;
  return found;
}

ExprPtr Substituter::apply(const ExprPtr& expr) {
  if (empty()) return expr;
  return walk(expr);
}

std::vector<ExprPtr> Substituter::walkAll(const std::vector<ExprPtr>& es) {
  std::vector<ExprPtr> out;
  out.reserve(es.size());
  for (const auto& e : es) out.push_back(walk(e));
  return out;
}

ExprPtr Substituter::walk(const ExprPtr& e) {
  if (!e || !mentions(*e)) return e;
  switch (e->kind) {
    case ExprKind::Ident:
      return replaceReference(e, {});
    case ExprKind::OpApp:
      return replaceReference(e, walkAll(e->args));
    case ExprKind::Quant:
    case ExprKind::TempQuant:
    case ExprKind::Choose:
    case ExprKind::SetFilter:
    case ExprKind::SetMap:
    case ExprKind::FuncCons:
      return walkBinding(e);
    case ExprKind::Lambda:
    case ExprKind::Label:
      return walkLambdaOrLabel(e);
    case ExprKind::Let:
      return walkLet(e);
    case ExprKind::Sequent:
      return walkSequent(e);
    case ExprKind::Except:
      return walkExcept(e);
    default: {
      auto c = copyNode(e);
      c->args = walkAll(e->args);
      return c;
    }
  }
}

ExprPtr Substituter::replaceReference(const ExprPtr& e, std::vector<ExprPtr> args) {
  const Decl* d = e->decl;
  if (auto it = values_.find(d); it != values_.end()) {
    const ExprPtr& v = it->second;
    if (e->kind == ExprKind::Ident) return v;
    if (v->kind == ExprKind::Lambda) return betaReduce(v->params, v->args.at(0), args);
    auto app = makeExpr(ExprKind::OpApp, e->range);  // v names an operator
    app->name = v->name;
    app->decl = v->decl;
    app->args = std::move(args);
    return app;
  }
  auto c = copyNode(e);
  if (auto it = renames_.find(d); it != renames_.end()) {
    const Renaming& r = it->second;
    c->decl = r.to.get();
    if (e->kind == ExprKind::Ident && r.leading.empty()) return c;
    if (e->kind == ExprKind::Ident && d->arity > 0)  // an operator argument
      return partialApplication(*r.to, r.leading, d->arity, e->range);
    c->kind = ExprKind::OpApp;
    c->args = r.leading;
    c->args.insert(c->args.end(), args.begin(), args.end());
    return c;
  }
  c->args = std::move(args);
  return c;
}

ExprPtr Substituter::walkUnder(std::vector<DeclPtr>& vars, const ExprPtr& body) {
  if (!body || !mentions(*body)) return body;
  bool nestedNeeded = false;
  for (const auto& v : vars) nestedNeeded = nestedNeeded || isKey(v.get()) || captures(v.get());
  if (!nestedNeeded) return walk(body);
  Substituter nested;
  nested.values_ = values_;
  nested.renames_ = renames_;
  nested.valueDeclsDirty_ = true;
  for (auto& v : vars) {
    if (nested.isKey(v.get())) nested.forget(v.get());  // the binder shadows the key
    if (captures(v.get())) {
      auto fresh = std::make_shared<Decl>(*v);
      nested.rename(v.get(), fresh);
      v = std::move(fresh);
    }
  }
  return nested.walk(body);
}

ExprPtr Substituter::walkBinding(const ExprPtr& e) {
  auto c = copyNode(e);
  std::vector<DeclPtr> vars;
  for (auto& b : c->binders) {
    b.domain = walk(b.domain);
    vars.insert(vars.end(), b.vars.begin(), b.vars.end());
  }
  c->args.at(0) = walkUnder(vars, e->args.at(0));
  std::size_t k = 0;
  for (auto& b : c->binders)
    for (auto& v : b.vars) v = vars[k++];
  return c;
}

ExprPtr Substituter::walkLambdaOrLabel(const ExprPtr& e) {
  auto c = copyNode(e);
  if (e->kind == ExprKind::Lambda) {
    c->args.at(0) = walkUnder(c->params, e->args.at(0));
    return c;
  }
  // A label's parameters name bound variables of the enclosing expression: follow their
  // renaming; a label whose variable was instantiated by a value no longer names
  // anything and is dropped (labels do not affect meaning).
  for (auto& p : c->params) {
    if (values_.count(p.get()) != 0) return walk(e->args.at(0));
    if (auto it = renames_.find(p.get()); it != renames_.end()) p = it->second.to;
  }
  c->args.at(0) = walk(e->args.at(0));
  return c;
}

ExprPtr Substituter::walkLet(const ExprPtr& e) {
  // The local declarations: the LET definitions and the copies of LET instances.
  std::vector<const Decl*> group;
  for (const auto& d : e->letDefs) {
    group.push_back(d.get());
    if (d->instance)
      for (const auto& c : d->instance->copies) group.push_back(c.get());
  }
  // A local declaration changes if its body mentions a key, or (transitively) if it
  // refers to another local declaration that changes.
  std::unordered_set<const Decl*> changed;
  std::unordered_map<const Decl*, std::unordered_set<const Decl*>> refs;
  for (const Decl* d : group) {
    auto& r = refs[d];
    if (d->body) {
      collectReferencedDecls(*d->body, r);
      if (mentions(*d->body)) changed.insert(d);
    }
    if (d->definition) r.insert(d->definition);
    if (d->instance) {
      for (const auto& s : d->instance->fullSubstitution)
        if (s.value && mentions(*s.value)) changed.insert(d);
      for (const auto& c : d->instance->copies) {
        r.insert(c.get());
        // A copy without a body (opaque) means its origin under the substitution: a new
        // substitution makes it another symbol.
        if (!c->body) refs[c.get()].insert(d);
      }
    }
  }
  for (bool grew = !changed.empty(); grew;) {
    grew = false;
    for (const Decl* d : group) {
      if (changed.count(d) != 0) continue;
      for (const Decl* r : refs[d]) {
        if (changed.count(r) != 0) {
          changed.insert(d);
          grew = true;
          break;
        }
      }
    }
  }
  auto c = copyNode(e);
  if (changed.empty()) {
    c->args.at(0) = walk(e->args.at(0));
    return c;
  }
  Substituter nested;
  nested.values_ = values_;
  nested.renames_ = renames_;
  nested.valueDeclsDirty_ = true;
  std::unordered_map<const Decl*, DeclPtr> fresh;
  for (const Decl* d : group) {
    if (changed.count(d) == 0) continue;
    auto f = std::make_shared<Decl>(*d);
    fresh[d] = f;
    nested.rename(d, f);
  }
  auto mapped = [&fresh](const DeclPtr& d) {
    auto it = fresh.find(d.get());
    return it == fresh.end() ? d : it->second;
  };
  for (auto& [old, f] : fresh) {
    if (old->body) f->body = nested.walkUnder(f->params, old->body);
    if (old->definition && fresh.count(old->definition) != 0) f->definition = fresh[old->definition].get();
    if (old->instance) {
      auto inst = std::make_shared<Instance>(*old->instance);
      for (auto& s : inst->with) s.value = nested.walk(s.value);
      for (auto& s : inst->fullSubstitution) s.value = nested.walk(s.value);
      for (auto& copy : inst->copies) {
        const bool refreshed = fresh.count(copy.get()) != 0;
        copy = mapped(copy);
        if (refreshed) copy->instantiation = inst.get();
      }
      f->instance = std::move(inst);
    }
  }
  for (auto& d : c->letDefs) d = mapped(d);
  c->args.at(0) = nested.walk(e->args.at(0));
  return c;
}

ExprPtr Substituter::walkSequent(const ExprPtr& e) {
  auto c = copyNode(e);
  Substituter nested;
  Substituter* cur = this;
  for (auto& h : c->hyps) {
    if (!h.newDecl) {
      h.fact = cur->walk(h.fact);
      continue;
    }
    const Decl* old = h.newDecl.get();
    ExprPtr domain = cur->walk(old->body);
    const bool shadows = cur->isKey(old);
    const bool captured = cur->captures(old);
    if (domain != old->body || captured) {
      auto f = std::make_shared<Decl>(*old);
      f->body = domain;
      h.newDecl = std::move(f);
    }
    if (!shadows && !captured) continue;
    if (cur == this) {
      nested.values_ = values_;
      nested.renames_ = renames_;
      nested.valueDeclsDirty_ = true;
      cur = &nested;
    }
    if (shadows) nested.forget(old);
    if (captured) nested.rename(old, h.newDecl);
  }
  c->args.at(0) = cur->walk(e->args.at(0));
  return c;
}

ExprPtr Substituter::walkExcept(const ExprPtr& e) {
  auto c = copyNode(e);
  c->args = walkAll(e->args);
  for (auto& clause : c->excepts) {
    for (auto& p : clause.path) p.index = walkAll(p.index);
    clause.value = walk(clause.value);
  }
  return c;
}

ExprPtr substitute(const ExprPtr& expr, const DeclValueMap& map) {
  Substituter s;
  for (const auto& [d, v] : map) s.bind(d, v);
  return s.apply(expr);
}

ExprPtr betaReduce(const std::vector<DeclPtr>& params, const ExprPtr& body,
                   const std::vector<ExprPtr>& args) {
  Substituter s;
  for (std::size_t i = 0; i < params.size() && i < args.size(); ++i) s.bind(params[i].get(), args[i]);
  return s.apply(body);
}

ExprPtr makeLambda(int arity, SourceRange range, const std::function<ExprPtr(std::vector<ExprPtr>)>& body) {
  auto lambda = makeExpr(ExprKind::Lambda, range);
  std::vector<ExprPtr> refs;
  for (int i = 0; i < arity; ++i) {
    auto p = makeDecl(DeclKind::OpParam, fmt::format("x{}", i + 1), range);
    auto ref = makeExpr(ExprKind::Ident, range);
    ref->name = p->name;
    ref->decl = p.get();
    refs.push_back(std::move(ref));
    lambda->params.push_back(std::move(p));
  }
  lambda->args.push_back(body(std::move(refs)));
  return lambda;
}

ExprPtr partialApplication(const Decl& op, std::vector<ExprPtr> leading, int arity, SourceRange range) {
  return makeLambda(arity, range, [&](std::vector<ExprPtr> xs) {
    auto app = makeExpr(ExprKind::OpApp, range);
    app->name = op.name;
    app->decl = &op;
    app->args = std::move(leading);
    app->args.insert(app->args.end(), xs.begin(), xs.end());
    return app;
  });
}

}  // namespace tlapx
