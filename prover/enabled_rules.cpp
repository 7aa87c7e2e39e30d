// ENABLED consequences of facts (see enabled_rules.hpp).
#include "prover/enabled_rules.hpp"

#include <algorithm>
#include <numeric>
#include <optional>
#include <set>

#include "frontend/ast_walk.hpp"
#include "frontend/level_check.hpp"
#include "prover/state_functions.hpp"

namespace tlapx::prover {

namespace {

const ExprPtr& unlabelled(const ExprPtr& e) {
  return e->kind == ExprKind::Label && !e->args.empty() ? unlabelled(e->args[0]) : e;
}

ExprPtr enabled(const ExprPtr& action) { return makeBuiltin(BuiltinOp::Enabled, {action}, action->range); }

// The state variables `e` primes, through definitions; nullopt when that cannot be told.
class PrimedVariables {
 public:
  std::optional<std::set<const Decl*>> of(const Expr& e) {
    primed_.clear();
    ok_ = true;
    depth_ = 0;
    walk(e, false);
    if (!ok_) return std::nullopt;
    return primed_;
  }

 private:
  static constexpr int kMaxDepth = 64;

  void walk(const Expr& e, bool underPrime) {
    if (!ok_) return;
    switch (e.kind) {
      case ExprKind::Ident:
      case ExprKind::OpApp:
        reference(e, underPrime);
        return;
      case ExprKind::BoxAction:
      case ExprKind::AngleAction:
        walk(*e.args[0], underPrime);
        walk(*e.args[1], true);
        return;
      case ExprKind::Fairness:
      case ExprKind::TempQuant:
      case ExprKind::ModuleRef:
      case ExprKind::Lambda:
      case ExprKind::Sequent:
      case ExprKind::StepRef:
        ok_ = false;
        return;
      case ExprKind::Builtin:
        if (e.op == BuiltinOp::Prime || e.op == BuiltinOp::Unchanged) {
          walk(*e.args[0], true);
          return;
        }
        if (readsBehaviour(e.op)) {
          ok_ = false;
          return;
        }
        break;
      default:
        break;
    }
    forEachChild(e, [&](const ExprPtr& c) { walk(*c, underPrime); });
  }

  void reference(const Expr& e, bool underPrime) {
    if (e.decl == nullptr) {
      ok_ = false;
      return;
    }
    const Decl& d = *e.decl;
    if (isStateVariable(d)) {
      if (underPrime) primed_.insert(&d);
      return;
    }
    // An operator handed over as an argument, or an operator parameter applied: what it
    // primes is not known here (H(Op(_)) == Op(x) applied to Q(a) == a' = 1 primes x).
    if (d.arity > 0 && (e.args.empty() || d.kind == DeclKind::OpParam)) {
      ok_ = false;
      return;
    }
    switch (d.kind) {
      case DeclKind::Constant:
      case DeclKind::OpParam:
        break;
      case DeclKind::BoundVar:
        if (d.flexible) ok_ = false;
        break;
      case DeclKind::NewSymbol:
        if (d.newKind != NewKind::Constant) ok_ = false;
        break;
      case DeclKind::Operator:
      case DeclKind::Function:
        if (d.primitive) break;  // constant operators of the standard modules
        if (d.recursive || d.instantiation != nullptr || !d.body || ++depth_ > kMaxDepth) {
          ok_ = false;
          return;
        }
        // The arguments count as primed where the body primes anything: Q(a) == a' = 1.
        walk(*d.body, underPrime);
        for (const auto& a : e.args) walk(*a, underPrime || primes(*d.body));
        return;
      default:
        ok_ = false;
        return;
    }
    for (const auto& a : e.args) walk(*a, underPrime);
  }

  static bool primes(const Expr& body) {
    return containsSubexpression(body, [](const Expr& x) {
      const bool definition = (x.kind == ExprKind::Ident || x.kind == ExprKind::OpApp) && x.decl != nullptr &&
                              (x.decl->kind == DeclKind::Operator || x.decl->kind == DeclKind::Function) &&
                              !x.decl->primitive;  // a definition it applies may prime
      return definition || (x.kind == ExprKind::Builtin && (x.op == BuiltinOp::Prime || x.op == BuiltinOp::Unchanged)) ||
             x.kind == ExprKind::BoxAction || x.kind == ExprKind::AngleAction;
    });
  }

  std::set<const Decl*> primed_;
  bool ok_ = true;
  int depth_ = 0;
};

bool atMostStateLevel(const Expr& e) { return expressionLevel(e) <= Level::State; }

ExprPtr enabledOf(const ExprPtr& action);

// ENABLED (C1 /\ ... /\ Cn): the conjuncts grouped by the variables they prime.
ExprPtr enabledOfConjunction(const ExprPtr& conj, const ExprPtr& whole) {
  const std::vector<ExprPtr>& cs = conj->args;
  PrimedVariables scan;
  std::vector<std::set<const Decl*>> primed;
  for (const auto& c : cs) {
    std::optional<std::set<const Decl*>> p = scan.of(*c);
    if (!p || (p->empty() && !atMostStateLevel(*c))) return enabled(whole);
    primed.push_back(std::move(*p));
  }
  std::vector<std::size_t> group(cs.size());
  std::iota(group.begin(), group.end(), 0);
  const auto root = [&](std::size_t i) {
    while (group[i] != i) i = group[i];
    return i;
  };
  for (std::size_t i = 0; i < cs.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      const bool shared = std::any_of(primed[i].begin(), primed[i].end(), [&](const Decl* v) { return primed[j].count(v) != 0; });
      if (shared) group[root(i)] = root(j);
    }
  }
  std::vector<ExprPtr> parts;
  for (std::size_t i = 0; i < cs.size(); ++i) {
    if (root(i) != i) continue;
    std::vector<ExprPtr> members;
    for (std::size_t j = 0; j < cs.size(); ++j) {
      if (root(j) == i) members.push_back(cs[j]);
    }
    if (primed[i].empty() && members.size() == 1) {
      parts.push_back(members[0]);  // state level: ENABLED P = P
    } else if (members.size() == 1) {
      parts.push_back(enabledOf(members[0]));
    } else {
      parts.push_back(enabled(makeBuiltin(BuiltinOp::And, std::move(members), whole->range)));
    }
  }
  if (parts.size() == 1 && cs.size() > 1 && parts[0]->kind == ExprKind::Builtin && parts[0]->op == BuiltinOp::Enabled)
    return enabled(whole);  // one group: unchanged
  return parts.size() == 1 ? parts[0] : makeBuiltin(BuiltinOp::And, std::move(parts), whole->range);
}

// ENABLED action, in normal form.
ExprPtr enabledOf(const ExprPtr& action) {
  const ExprPtr& a = unlabelled(action);
  if (atMostStateLevel(*a)) {
    PrimedVariables scan;
    std::optional<std::set<const Decl*>> p = scan.of(*a);
    if (p && p->empty()) return a;
  }
  if (a->kind == ExprKind::Builtin && a->op == BuiltinOp::Or) {
    std::vector<ExprPtr> parts;
    for (const auto& d : a->args) parts.push_back(enabledOf(d));
    return makeBuiltin(BuiltinOp::Or, std::move(parts), a->range);
  }
  if (a->kind == ExprKind::Builtin && a->op == BuiltinOp::And) return enabledOfConjunction(a, a);
  if (a->kind == ExprKind::Quant && a->quantOp == QuantOp::Exists &&
      std::all_of(a->binders.begin(), a->binders.end(),
                  [](const Binder& b) { return !b.domain || atMostStateLevel(*b.domain); })) {
    auto copy = std::make_shared<Expr>(*a);
    copy->args[0] = enabledOf(a->args[0]);
    return copy;
  }
  return enabled(action);
}

}  // namespace

ExprPtr enabledConsequence(const ContextEntry& entry) {
  if (entry.kind != ContextEntry::Kind::Fact || !entry.fact || entry.assumedAt > Level::State) return nullptr;
  const ExprPtr& fact = unlabelled(entry.fact);
  if (fact->kind != ExprKind::Builtin || fact->args.size() != 2) return nullptr;
  if (fact->op != BuiltinOp::Equiv && fact->op != BuiltinOp::Implies && fact->op != BuiltinOp::Eq) return nullptr;
  if (expressionLevel(*fact) > Level::Action) return nullptr;  // ENABLED of a temporal formula
  // A = B: for every next state, A is TRUE exactly where B is.
  const BuiltinOp op = fact->op == BuiltinOp::Eq ? BuiltinOp::Equiv : fact->op;
  return makeBuiltin(op, {enabled(fact->args[0]), enabled(fact->args[1])}, fact->range);
}

ExprPtr enabledNormalForm(const ExprPtr& e) {
  if (!containsSubexpression(*e, [](const Expr& x) { return x.kind == ExprKind::Builtin && x.op == BuiltinOp::Enabled; }))
    return e;
  if (e->kind == ExprKind::Builtin && e->op == BuiltinOp::Enabled) return enabledOf(enabledNormalForm(e->args[0]));
  auto copy = std::make_shared<Expr>(*e);
  for (auto& a : copy->args) {
    if (a) a = enabledNormalForm(a);
  }
  return copy;
}

}  // namespace tlapx::prover
