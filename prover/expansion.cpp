// Definition expansion and prime pushing for obligations (see expansion.hpp).
#include "prover/expansion.hpp"

#include <algorithm>

#include "frontend/ast_walk.hpp"
#include "frontend/level_check.hpp"
#include "frontend/substitution.hpp"
#include "prover/exists_simplifier.hpp"

namespace tlapx::prover {

namespace {

bool refersTo(const Expr& e, const Decl* target) {
  if ((e.kind == ExprKind::Ident || e.kind == ExprKind::OpApp) && e.decl == target) return true;
  auto in = [&](const ExprPtr& sub) { return sub && refersTo(*sub, target); };
  for (const auto& a : e.args)
    if (in(a)) return true;
  for (const auto& b : e.binders)
    if (in(b.domain)) return true;
  for (const auto& c : e.excepts) {
    if (in(c.value)) return true;
    for (const auto& p : c.path)
      for (const auto& i : p.index)
        if (in(i)) return true;
  }
  for (const auto& d : e.letDefs)
    if (in(d->body)) return true;
  for (const auto& h : e.hyps)
    if (in(h.fact)) return true;
  return false;
}

bool containsEnabled(const Expr& e) {
  return containsSubexpression(e, [](const Expr& x) {
    return x.kind == ExprKind::Builtin && (x.op == BuiltinOp::Enabled || x.op == BuiltinOp::Cdot);
  });
}

}  // namespace

ExprPtr makeIdent(const Decl& d, SourceRange range) {
  auto e = makeExpr(ExprKind::Ident, range);
  e->name = d.name;
  e->decl = &d;
  return e;
}

ExprPtr makeSequent(std::vector<SequentHyp> hyps, ExprPtr goal, SourceRange range) {
  auto e = makeExpr(ExprKind::Sequent, range);
  e->hyps = std::move(hyps);
  e->args.push_back(std::move(goal));
  return e;
}

const Decl* definitionOf(const Decl* d) {
  if (d != nullptr && d->kind == DeclKind::Recursive && d->definition != nullptr) return d->definition;
  return d;
}

ExprPtr statementOf(const Decl& theorem, const std::vector<ExprPtr>& args) {
  if (args.size() != theorem.params.size()) return nullptr;  // the resolver reported it
  return theorem.params.empty() ? theorem.body : betaReduce(theorem.params, theorem.body, args);
}

bool isDefinition(const Decl& d) { return d.kind == DeclKind::Operator || d.kind == DeclKind::Function; }

Expander::Expander(const Context& context, bool expandEnabled)
    : context_(context), expandEnabled_(expandEnabled), autoUse_(context.autoUse()) {}

ExprPtr Expander::expand(const ExprPtr& e) { return e ? rewrite(e, false) : e; }

ExprPtr Expander::expandWith(const ExprPtr& e, const DeclValueMap& bindings) {
  return e ? rewrite(substitute(e, bindings), false) : e;
}

bool Expander::expandable(const Decl& d, bool primed) const {
  if (!isDefinition(d) || d.primitive || d.recursive) return false;
  if (auto it = active_.find(&d); it != active_.end() && it->second >= kMaxNesting) return false;
  return local_.contains(&d) || context_.isUsable(d) || (autoUse_ && underEnabled_ > 0 && (primed || mayPrime(d)));
}

// AutoUSE expands, under ENABLED and \cdot, the definitions that are actions or may become
// ones with their arguments, and those that occur primed (their variables are then
// primed); an unprimed state predicate stays as it is (ENABLED (P /\ x' = 1) is P, which
// the hypothesis P then gives as it is). Whether it is safe to leave a definition folded
// is ExpandENABLED's check (enabled_primes.hpp), as for hidden definitions.
bool Expander::mayPrime(const Decl& d) {
  return d.level >= Level::Action ||
         std::any_of(d.paramContributes.begin(), d.paramContributes.end(), [](bool c) { return c; });
}

// Substituting an action-level argument under ENABLED (or \cdot) in the body would let
// the primes of the argument be captured by the ENABLED: such an application stays opaque.
bool Expander::substitutesUnderEnabled(const Decl& d, const std::vector<ExprPtr>& args) {
  if (args.empty() || !d.body) return false;
  auto [it, added] = enabledBodies_.try_emplace(&d, false);
  if (added) it->second = containsEnabled(*d.body);
  if (!it->second) return false;
  return std::any_of(args.begin(), args.end(),
                     [](const ExprPtr& a) { return expressionLevel(*a) > Level::State; });
}

void Expander::noteOpaque(const Decl& d) {
  if (!isDefinition(d) || d.primitive || letKept_.contains(&d)) return;
  if (opaqueSeen_.insert(&d).second) opaque_.push_back(&d);
}

ExprPtr Expander::prime(const ExprPtr& e) { return makeBuiltin(BuiltinOp::Prime, {e}, e->range); }

ExprPtr Expander::rewrite(const ExprPtr& e, bool primed) {
  switch (e->kind) {
    case ExprKind::Ident:
    case ExprKind::OpApp:
      return rewriteReference(e, primed);
    case ExprKind::StepRef: {
      const Citable* c = context_.citable(e->step);
      if (c != nullptr && c->statement) return rewrite(c->statement, primed);
      return e;
    }
    case ExprKind::Number:
    case ExprKind::String:
    case ExprKind::ExceptAt:
    case ExprKind::ModuleRef:
      return e;
    case ExprKind::Label:
      return rewrite(e->args[0], primed);
    case ExprKind::Let:
      return rewriteLet(e, primed);
    case ExprKind::Sequent:
      return rewriteSequent(e, primed);
    case ExprKind::BoxAction:
    case ExprKind::AngleAction: {
      if (primed) return prime(rewrite(e, false));
      const bool box = e->kind == ExprKind::BoxAction;
      auto action = rewrite(e->args[0], false);
      auto stutter = makeBuiltin(box ? BuiltinOp::Eq : BuiltinOp::Neq,
                                 {rewrite(e->args[1], true), rewrite(e->args[1], false)}, e->range);
      return makeBuiltin(box ? BuiltinOp::Or : BuiltinOp::And, {action, stutter}, e->range);
    }
    case ExprKind::Quant:
      return expandEnabled_ ? rewriteExists(e, primed) : rewriteChildren(e, primed);
    case ExprKind::Fairness:
    case ExprKind::TempQuant:
      return primed ? prime(rewrite(e, false)) : rewriteChildren(e, false);
    case ExprKind::Builtin:
      switch (e->op) {
        case BuiltinOp::Prime:
          return primed ? prime(rewrite(e, false)) : rewrite(e->args[0], true);
        case BuiltinOp::Unchanged:
          if (primed) return prime(rewrite(e, false));
          return makeBuiltin(BuiltinOp::Eq, {rewrite(e->args[0], true), rewrite(e->args[0], false)},
                             e->range);
        case BuiltinOp::Enabled: {
          if (primed) return prime(rewrite(e, false));
          ++underEnabled_;
          auto result = expandEnabled_ ? rewriteEnabled(e) : rewriteChildren(e, false);
          --underEnabled_;
          return result;
        }
        case BuiltinOp::Cdot: {
          if (primed) return prime(rewrite(e, false));
          ++underEnabled_;
          auto result = rewriteChildren(e, false);
          --underEnabled_;
          return result;
        }
        case BuiltinOp::Always:
        case BuiltinOp::Eventually:
        case BuiltinOp::LeadsTo:
        case BuiltinOp::WhilePlus:
          return primed ? prime(rewrite(e, false)) : rewriteChildren(e, false);
        default:
          return rewriteChildren(e, primed);
      }
    default:
      return rewriteChildren(e, primed);
  }
}

ExprPtr Expander::rewriteChildren(const ExprPtr& e, bool primed) {
  bool changed = false;
  auto sub = [&](const ExprPtr& x) {
    if (!x) return x;
    ExprPtr r = rewrite(x, primed);
    changed = changed || r != x;
    return r;
  };
  std::vector<ExprPtr> args;
  args.reserve(e->args.size());
  for (const auto& a : e->args) args.push_back(sub(a));
  std::vector<Binder> binders = e->binders;
  for (auto& b : binders) b.domain = sub(b.domain);
  std::vector<ExceptClause> excepts = e->excepts;
  for (auto& c : excepts) {
    for (auto& p : c.path)
      for (auto& i : p.index) i = sub(i);
    c.value = sub(c.value);
  }
  if (!changed) return e;
  auto copy = std::make_shared<Expr>(*e);
  copy->args = std::move(args);
  copy->binders = std::move(binders);
  copy->excepts = std::move(excepts);
  return copy;
}

ExprPtr Expander::rewriteReference(const ExprPtr& e, bool primed) {
  if (e->decl == nullptr) return primed ? prime(e) : e;
  if (primed && isStateVariable(*e->decl)) {
    if (auto it = primedEnv_.find(e->decl); it != primedEnv_.end()) return it->second;
  }
  const Decl& d = *definitionOf(e->decl);
  switch (d.kind) {
    case DeclKind::Variable:
      return primed ? prime(e) : e;
    case DeclKind::NewSymbol:
      if (d.newKind == NewKind::Constant) return rewriteChildren(e, primed);
      return primed ? prime(rewriteChildren(e, false)) : rewriteChildren(e, false);
    case DeclKind::BoundVar:
      if (d.flexible) return primed ? prime(e) : e;  // bound by \EE / \AA: a variable
      return rewriteChildren(e, primed);
    case DeclKind::Constant:
    case DeclKind::OpParam:
      return rewriteChildren(e, primed);  // constant operators: the prime goes to the arguments
    case DeclKind::Theorem:
    case DeclKind::Assumption:  // a copy from a parameterised instance takes its arguments
      if (ExprPtr statement = d.body ? statementOf(d, e->args) : nullptr) return rewrite(statement, primed);
      return e;
    case DeclKind::Operator:
    case DeclKind::Function: {
      if (expandable(d, primed) && !substitutesUnderEnabled(d, e->args)) {
        if (e->kind == ExprKind::Ident && d.arity > 0) {
          noteOpaque(d);  // an operator passed as an argument of a hidden operator
          return e;
        }
        return applyDefinition(d, e->args, primed, e);
      }
      noteOpaque(d);
      if (!primed) return rewriteChildren(e, false);
      if (d.primitive || d.level == Level::Constant) return rewriteChildren(e, true);
      return prime(rewriteChildren(e, false));
    }
    default:
      return primed ? prime(e) : e;
  }
}

ExprPtr Expander::applyDefinition(const Decl& def, const std::vector<ExprPtr>& args, bool primed,
                                  const ExprPtr& at) {
  if (expandedSeen_.insert(&def).second) expanded_.push_back(&def);
  if (!def.body) return at;
  ++active_[&def];
  ExprPtr result;
  if (def.kind == DeclKind::Function && refersTo(*def.body, &def)) {
    // f[x \in S] == e  with f in e:  CHOOSE f : f = [x \in S |-> e]
    auto self = makeDecl(DeclKind::BoundVar, def.name, def.range);
    auto body = rewrite(substitute(def.body, {{&def, makeIdent(*self, at->range)}}), primed);
    auto choose = makeExpr(ExprKind::Choose, at->range);
    choose->binders.push_back(Binder{{self}, false, nullptr});
    choose->args.push_back(makeBuiltin(BuiltinOp::Eq, {makeIdent(*self, at->range), body}, at->range));
    result = choose;
  } else if (def.params.empty() && !local_.contains(&def)) {
    // A 0-ary definition of a module or proof: its expansion does not depend on where it
    // is used, so it is computed once per expander.
    auto it = constantCache_.find(&def);
    if (it == constantCache_.end()) it = constantCache_.emplace(&def, rewrite(def.body, false)).first;
    result = primed ? rewrite(it->second, true) : it->second;
  } else {
    result = rewrite(betaReduce(def.params, def.body, args), primed);
  }
  if (--active_[&def] == 0) active_.erase(&def);
  return result;
}

ExprPtr Expander::rewriteLet(const ExprPtr& e, bool primed) {
  bool keepsNode = false;
  for (const auto& d : e->letDefs) {
    if (d->recursive || d->kind == DeclKind::Recursive) {
      keepsNode = true;
      letKept_.insert(definitionOf(d.get()));
    } else {
      local_.insert(d.get());
    }
    // An INSTANCE's copies live in its declaration, and one without a body stays opaque in
    // the result: the LET that owns it stays too (a substitution gave it a fresh copy that
    // nothing else keeps).
    if (d->instance && std::any_of(d->instance->copies.begin(), d->instance->copies.end(),
                                   [](const DeclPtr& c) { return !c->body; }))
      keepsNode = true;
  }
  auto body = rewrite(e->args[0], primed);
  for (const auto& d : e->letDefs) local_.erase(d.get());
  if (!keepsNode) return body;
  auto copy = std::make_shared<Expr>(*e);
  copy->args = {body};
  return copy;
}

ExprPtr Expander::rewriteSequent(const ExprPtr& e, bool primed) {
  // NEW x \in S with S changed by the expansion: a fresh NEW symbol with the new domain,
  // referred to by the rest of the sequent.
  DeclValueMap renamed;
  bool changed = false;
  std::vector<SequentHyp> hyps;
  for (const auto& h : e->hyps) {
    SequentHyp out = h;
    if (h.newDecl && h.newDecl->body) {
      auto domain = rewrite(substitute(h.newDecl->body, renamed), primed);
      if (domain != h.newDecl->body) {
        auto fresh = std::make_shared<Decl>(*h.newDecl);
        fresh->body = domain;
        renamed[h.newDecl.get()] = makeIdent(*fresh, h.newDecl->range);
        out.newDecl = fresh;
        changed = true;
      }
    }
    if (h.fact) {
      out.fact = rewrite(renamed.empty() ? h.fact : substitute(h.fact, renamed), primed);
      changed = changed || out.fact != h.fact;
    }
    hyps.push_back(std::move(out));
  }
  const ExprPtr& goal0 = e->args[0];
  auto goal = rewrite(renamed.empty() ? goal0 : substitute(goal0, renamed), primed);
  if (!changed && goal == goal0) return e;
  return makeSequent(std::move(hyps), goal, e->range);
}

// With ExpandENABLED, an unbounded existential written in the obligation gets the same
// simplification as the ones the rewrite of ENABLED builds, so that a hand-written
// expansion of ENABLED has the shape of the rewritten one.
ExprPtr Expander::rewriteExists(const ExprPtr& e, bool primed) {
  ExprPtr result = rewriteChildren(e, primed);
  if (result->quantOp != QuantOp::Exists) return result;
  std::vector<DeclPtr> vars;
  for (const auto& b : result->binders) {
    if (b.tuple || b.domain) return result;
    vars.insert(vars.end(), b.vars.begin(), b.vars.end());
  }
  return simplifiedExists(vars, result->args[0], result->range);
}

// ENABLED A  ~~>  \E x1, ..., xn : A[x1' := x1, ...]  for the state variables primed in A,
// when EnabledPrimes allows it; otherwise ENABLED A stays opaque.
ExprPtr Expander::rewriteEnabled(const ExprPtr& e) {
  auto action = rewrite(e->args[0], false);
  auto scanned = enabledPrimes_.primedVariables(*action);
  if (!scanned) return makeBuiltin(BuiltinOp::Enabled, {action}, e->range);
  const std::vector<const Decl*>& primedVars = *scanned;
  if (primedVars.empty()) return action;
  std::vector<DeclPtr> next;
  std::unordered_map<const Decl*, ExprPtr> saved = std::move(primedEnv_);
  primedEnv_.clear();
  for (const Decl* v : primedVars) {
    next.push_back(makeDecl(DeclKind::BoundVar, v->name + "_next", v->range));
    primedEnv_[v] = makeIdent(*next.back(), e->range);
  }
  auto body = rewrite(action, false);
  primedEnv_ = std::move(saved);
  return simplifiedExists(next, body, e->range);
}

}  // namespace tlapx::prover
