// ENABLED through a non-renaming INSTANCE (see instance_enabled.hpp).
#include "frontend/instance_enabled.hpp"

#include "frontend/ast_walk.hpp"
#include "frontend/substitution.hpp"

namespace tlapx {

namespace {

// The action and temporal operators whose meaning substitution does not commute with
// unless the variables are renamed: ENABLED, \cdot, WF/SF (which contain ENABLED), and
// \EE/\AA (which quantify over the behaviour's values of a variable).
bool bindsNextState(const Expr& e) {
  if (e.kind == ExprKind::Fairness || e.kind == ExprKind::TempQuant) return true;
  return e.kind == ExprKind::Builtin && (e.op == BuiltinOp::Enabled || e.op == BuiltinOp::Cdot);
}

bool containsBinderOfNextState(const Expr& e) { return containsSubexpression(e, bindsNextState); }

// A prime (or an operator that primes): an argument of a definition whose body primes
// may end up primed.
bool primesSomething(const Expr& e) {
  return containsSubexpression(e, [](const Expr& x) {
    return x.kind == ExprKind::BoxAction || x.kind == ExprKind::AngleAction ||
           (x.kind == ExprKind::Builtin && (x.op == BuiltinOp::Prime || x.op == BuiltinOp::Unchanged));
  });
}

bool isVariableDecl(const Decl& d) {
  return d.kind == DeclKind::Variable || (d.kind == DeclKind::NewSymbol && d.newKind == NewKind::Variable);
}

const Decl& definitionOf(const Decl& d) {
  return d.kind == DeclKind::Recursive && d.definition != nullptr ? *d.definition : d;
}

bool expandable(const Decl& d) {
  return (d.kind == DeclKind::Operator || d.kind == DeclKind::Function) && d.body && !d.primitive;
}

ExprPtr identOf(const Decl& d, SourceRange range) {
  auto e = makeExpr(ExprKind::Ident, range);
  e->name = d.name;
  e->decl = &d;
  return e;
}

ExprPtr prime(ExprPtr e) {
  const SourceRange r = e->range;
  return makeBuiltin(BuiltinOp::Prime, {std::move(e)}, r);
}

}  // namespace

bool substitutionRenamesVariables(const Instance& inst) {
  std::unordered_set<const Decl*> images;
  for (const auto& s : inst.fullSubstitution) {
    if (s.target == nullptr || s.target->kind != DeclKind::Variable) continue;
    if (!s.value) return false;
    const Expr& v = unlabeled(*s.value);
    if (v.kind != ExprKind::Ident || v.decl == nullptr || !isVariableDecl(*v.decl)) return false;
    if (!images.insert(v.decl).second) return false;
  }
  return true;
}

EnabledInstantiation::EnabledInstantiation(std::unordered_map<const Decl*, DeclPtr> standIns,
                                           std::unordered_set<const Decl*> copied, References references)
    : standIns_(std::move(standIns)), copied_(std::move(copied)), references_(std::move(references)) {}

ExprPtr EnabledInstantiation::prepare(const Decl& d) {
  if (!d.body) return nullptr;
  failed_ = false;
  ownParams_.clear();
  for (const auto& p : d.params) ownParams_.insert(p.get());
  active_.clear();
  active_.insert(&d);
  ExprPtr result = outside(d.body);
  if (failed_) return nullptr;
  keepAlive_.push_back(result);  // the caller's Substituter memoizes by address
  return result;
}

ExprPtr EnabledInstantiation::fail() {
  failed_ = true;
  return nullptr;
}

bool EnabledInstantiation::reaches(const Decl& d, const std::function<bool(const Decl&)>& has) {
  std::vector<const Decl*> stack{&d};
  std::unordered_set<const Decl*> seen{&d};
  while (!stack.empty()) {
    const Decl* x = stack.back();
    stack.pop_back();
    if (has(*x)) return true;
    auto push = [&](const Decl* y) {
      if (y != nullptr && seen.insert(y).second) stack.push_back(y);
    };
    for (const Decl* y : references_(*x)) push(y);
    push(x->definition);
  }
  return false;
}

bool EnabledInstantiation::declTainted(const Decl& d) {
  auto [it, added] = declTaint_.try_emplace(&d, false);
  if (added)
    it->second = reaches(d, [](const Decl& x) { return x.body && containsBinderOfNextState(*x.body); });
  return it->second;
}

bool EnabledInstantiation::mentionsVariables(const Decl& d) {
  auto [it, added] = mentions_.try_emplace(&d, false);
  if (added) it->second = reaches(d, [this](const Decl& x) { return standIns_.count(&x) != 0; });
  return it->second;
}

bool EnabledInstantiation::primes(const Decl& d) {
  auto [it, added] = primes_.try_emplace(&d, false);
  if (added) it->second = reaches(d, [](const Decl& x) { return x.body && primesSomething(*x.body); });
  return it->second;
}

bool EnabledInstantiation::exprTainted(const Expr& e) {
  if (auto it = exprTaint_.find(&e); it != exprTaint_.end()) return it->second;
  bool found = bindsNextState(e) ||
               ((e.kind == ExprKind::Ident || e.kind == ExprKind::OpApp) && e.decl != nullptr && declTainted(*e.decl));
  if (!found) forEachChild(e, [&](const ExprPtr& c) { found = found || exprTainted(*c); });
  exprTaint_[&e] = found;
  return found;
}

// A copy of `e` with its operands, binder domains and EXCEPT parts mapped by `f` (the
// node itself when nothing changes).
template <class F>
ExprPtr EnabledInstantiation::mapChildren(const ExprPtr& e, F&& f) {
  auto c = std::make_shared<Expr>(*e);
  bool changed = false;
  auto map = [&](ExprPtr& x) {
    if (!x || failed_) return;
    ExprPtr y = f(x);
    if (failed_) return;
    changed = changed || y != x;
    x = std::move(y);
  };
  for (auto& a : c->args) map(a);
  for (auto& b : c->binders) map(b.domain);
  for (auto& clause : c->excepts) {
    for (auto& p : clause.path)
      for (auto& i : p.index) map(i);
    map(clause.value);
  }
  if (failed_) return nullptr;
  return changed ? c : e;
}

ExprPtr EnabledInstantiation::expandDefinition(const Decl& d, const ExprPtr& at,
                                               const std::function<ExprPtr(const ExprPtr&)>& then) {
  if (d.recursive || active_.count(&d) != 0) return fail();
  if (d.kind == DeclKind::Function) {
    std::unordered_set<const Decl*> refs;
    collectReferencedDecls(*d.body, refs);
    if (refs.count(&d) != 0) return fail();  // a recursive function
  }
  if (at->kind == ExprKind::Ident && d.arity > 0) return fail();  // an operator passed as an argument
  ExprPtr body = d.params.empty() ? d.body : betaReduce(d.params, d.body, at->args);
  active_.insert(&d);
  ExprPtr result = then(body);
  active_.erase(&d);
  return failed_ ? nullptr : result;
}

// Outside any ENABLED: everything but ENABLED and the references that lead to one is
// left to the substitution.
ExprPtr EnabledInstantiation::outside(const ExprPtr& e) {
  if (failed_ || !e) return e;
  keepAlive_.push_back(e);  // exprTaint_ is keyed by address
  if (!exprTainted(*e)) return e;
  auto recurse = [this](const ExprPtr& x) { return outside(x); };
  switch (e->kind) {
    case ExprKind::Builtin:
      if (e->op == BuiltinOp::Enabled) {
        ExprPtr action = inside(e->args.at(0), false);
        return failed_ ? nullptr : makeBuiltin(BuiltinOp::Enabled, {action}, e->range);
      }
      if (e->op == BuiltinOp::Cdot) return fail();
      return mapChildren(e, recurse);
    case ExprKind::TempQuant:
      return fail();
    case ExprKind::Fairness: {
      // WF_v(A) == <>[](ENABLED <<A>>_v) => []<><<A>>_v
      // SF_v(A) == []<>(ENABLED <<A>>_v) => []<><<A>>_v
      const SourceRange r = e->range;
      auto angle = makeExpr(ExprKind::AngleAction, r);
      angle->args = {e->args.at(1), e->args.at(0)};
      auto enabled = makeBuiltin(BuiltinOp::Enabled, {angle}, r);
      auto often = [r](BuiltinOp a, BuiltinOp b, ExprPtr x) {
        return makeBuiltin(a, {makeBuiltin(b, {std::move(x)}, r)}, r);
      };
      auto premise = e->fairnessStrong ? often(BuiltinOp::Always, BuiltinOp::Eventually, enabled)
                                       : often(BuiltinOp::Eventually, BuiltinOp::Always, enabled);
      auto unfolded = makeBuiltin(
          BuiltinOp::Implies, {premise, often(BuiltinOp::Always, BuiltinOp::Eventually, angle)}, r);
      return outside(unfolded);
    }
    case ExprKind::Ident:
    case ExprKind::OpApp: {
      if (e->decl == nullptr) return e;
      const Decl& d = definitionOf(*e->decl);
      if (expandable(d) && declTainted(d) && (!d.params.empty() || copied_.count(e->decl) == 0))
        return expandDefinition(d, e, recurse);
      return mapChildren(e, recurse);
    }
    case ExprKind::Let:
    case ExprKind::Lambda:
    case ExprKind::Label: {
      // LET definitions leading to ENABLED are expanded where they are used.
      ExprPtr body = outside(e->args.at(0));
      if (failed_) return nullptr;
      auto c = std::make_shared<Expr>(*e);
      c->args.at(0) = body;
      return c;
    }
    case ExprKind::Sequent: {
      auto c = std::make_shared<Expr>(*e);
      for (auto& h : c->hyps) {
        if (h.newDecl && h.newDecl->body && exprTainted(*h.newDecl->body)) return fail();
        h.fact = outside(h.fact);
      }
      c->args.at(0) = outside(e->args.at(0));
      return failed_ ? nullptr : c;
    }
    default:
      return mapChildren(e, recurse);
  }
}

// Inside ENABLED: a primed variable x of the instantiated module becomes w_x; `primed`
// says whether `e` is under a prime.
ExprPtr EnabledInstantiation::inside(const ExprPtr& e, bool primed) {
  if (failed_ || !e) return e;
  const SourceRange r = e->range;
  auto recurse = [this, primed](const ExprPtr& x) { return inside(x, primed); };
  // `v' = v` (UNCHANGED, [A]_v) or `v' # v` (<<A>>_v).
  auto stutter = [&](BuiltinOp op, const ExprPtr& v) -> ExprPtr {
    ExprPtr next = inside(v, true);
    ExprPtr now = inside(v, false);
    return failed_ ? nullptr : makeBuiltin(op, {prime(next), now}, r);
  };
  switch (e->kind) {
    case ExprKind::Ident:
    case ExprKind::OpApp:
      return insideReference(e, primed);
    case ExprKind::Builtin:
      switch (e->op) {
        case BuiltinOp::Prime: {
          if (primed) return fail();
          ExprPtr x = inside(e->args.at(0), true);
          return failed_ ? nullptr : prime(x);
        }
        case BuiltinOp::Unchanged:
          return primed ? fail() : stutter(BuiltinOp::Eq, e->args.at(0));
        case BuiltinOp::Enabled: {
          if (primed) return fail();
          ExprPtr x = inside(e->args.at(0), false);
          return failed_ ? nullptr : makeBuiltin(BuiltinOp::Enabled, {x}, r);
        }
        case BuiltinOp::Cdot:
        case BuiltinOp::Always:
        case BuiltinOp::Eventually:
        case BuiltinOp::LeadsTo:
        case BuiltinOp::WhilePlus:
          return fail();
        default:
          return mapChildren(e, recurse);
      }
    case ExprKind::BoxAction:
    case ExprKind::AngleAction: {
      if (primed) return fail();
      const bool box = e->kind == ExprKind::BoxAction;
      ExprPtr action = inside(e->args.at(0), false);
      ExprPtr step = stutter(box ? BuiltinOp::Eq : BuiltinOp::Neq, e->args.at(1));
      if (failed_) return nullptr;
      return makeBuiltin(box ? BuiltinOp::Or : BuiltinOp::And, {action, step}, r);
    }
    case ExprKind::Let:  // its definitions are expanded where they lead to a variable of M
    case ExprKind::Label: {
      ExprPtr body = inside(e->args.at(0), primed);
      if (failed_) return nullptr;
      auto c = std::make_shared<Expr>(*e);
      c->args.at(0) = body;
      return c;
    }
    case ExprKind::Fairness:
    case ExprKind::TempQuant:
    case ExprKind::Lambda:
    case ExprKind::Sequent:
    case ExprKind::StepRef:
    case ExprKind::Ref:
    case ExprKind::ModuleRef:
      return fail();
    default:
      return mapChildren(e, recurse);
  }
}

ExprPtr EnabledInstantiation::insideReference(const ExprPtr& e, bool primed) {
  if (e->decl == nullptr) return fail();
  auto recurse = [this, primed](const ExprPtr& x) { return inside(x, primed); };
  if (auto it = standIns_.find(e->decl); it != standIns_.end()) return primed ? identOf(*it->second, e->range) : e;
  const Decl& d = definitionOf(*e->decl);
  switch (d.kind) {
    case DeclKind::OpParam:
      // A parameter of the copied definition takes its argument from the outer module;
      // one of a LAMBDA or LET definition would take action-level arguments of M, and
      // an operator argument could prime the variables of M it is applied to.
      if (ownParams_.count(&d) == 0 || d.arity > 0) return fail();
      return e;
    case DeclKind::BoundVar:
      if (d.flexible) return fail();
      return e;
    case DeclKind::Operator:
    case DeclKind::Function:
      // Expanded when a prime must reach the variables of M it leads to: it is primed,
      // primes (a variable or an argument), or contains ENABLED. Otherwise it is a state
      // function of M's variables, and its copy is its meaning.
      if (expandable(d) && ((primed && mentionsVariables(d)) || primes(d) || declTainted(d)))
        return expandDefinition(d, e, recurse);
      return mapChildren(e, recurse);
    case DeclKind::Recursive:
      return fail();  // a RECURSIVE declaration without definition
    default:
      return mapChildren(e, recurse);
  }
}

}  // namespace tlapx
