// Witnesses for existentials nested in the goal, by matching (see goal_witnesses.hpp).
#include "backends/z3/goal_witnesses.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "backends/z3/expr_matching.hpp"
#include "frontend/ast_equal.hpp"
#include "frontend/ast_walk.hpp"
#include "frontend/substitution.hpp"

namespace tlapx::z3enc {

namespace {

// At most this many existentials per goal get instances (16: tlapm's chain of ten nested
// ENABLEDs expands to eleven nested existentials), each at most this many.
constexpr std::size_t kMaxExistentials = 16;
constexpr std::size_t kMaxInstances = 3;

// Nodes whose subterms are not terms of the enclosing scope: binders (their bodies mention
// bound variables), temporal operators, and EXCEPT's @.
bool isOpaque(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Quant:
    case ExprKind::TempQuant:
    case ExprKind::Choose:
    case ExprKind::SetFilter:
    case ExprKind::SetMap:
    case ExprKind::FuncCons:
    case ExprKind::Lambda:
    case ExprKind::Let:
    case ExprKind::Sequent:
    case ExprKind::BoxAction:
    case ExprKind::AngleAction:
    case ExprKind::Fairness:
    case ExprKind::ExceptAt: return true;
    case ExprKind::Builtin:
      switch (e.op) {
        case BuiltinOp::Always:
        case BuiltinOp::Eventually:
        case BuiltinOp::LeadsTo:
        case BuiltinOp::WhilePlus:
        case BuiltinOp::Enabled:
        case BuiltinOp::Cdot: return true;
        default: return false;
      }
    default: return false;
  }
}

bool containsOpaque(const Expr& e) { return containsSubexpression(e, isOpaque); }

// Set and function constructors with binders: terms of the enclosing scope as a whole
// (matched up to their bound variables), though their subterms are not.
bool isBinderTerm(const Expr& e) {
  return e.kind == ExprKind::SetMap || e.kind == ExprKind::SetFilter || e.kind == ExprKind::FuncCons;
}

// e and its subterms outside opaque nodes (EXCEPT values with @ left out; binder terms
// whole). With `wildcards`, also those in the bodies of nested existentials, whose bound
// variables are added to `wildcards`: `\E x : ... \E S : msgs' = msgs \cup {f(x, v) : v \in S}`
// then matches a fact `msgs' = msgs \cup {f(b, v) : v \in T}` with x = b (and S = T).
void groundSubterms(const ExprPtr& e, std::vector<ExprPtr>& out,
                    std::vector<const Decl*>* wildcards = nullptr) {
  if (wildcards != nullptr && e->kind == ExprKind::Quant && e->quantOp == QuantOp::Exists &&
      std::none_of(e->binders.begin(), e->binders.end(), [](const Binder& b) { return b.tuple; })) {
    for (const auto& b : e->binders) {
      for (const auto& v : b.vars) wildcards->push_back(v.get());
    }
    groundSubterms(e->args[0], out, wildcards);
    return;
  }
  if (isBinderTerm(*e)) out.push_back(e);
  if (isOpaque(*e)) return;
  out.push_back(e);
  forEachChild(*e, [&](const ExprPtr& c) {
    if (e->kind != ExprKind::Except || !containsOpaque(*c)) groundSubterms(c, out, wildcards);
  });
}

class WitnessRewriter {
 public:
  explicit WitnessRewriter(const std::vector<ExprPtr>& targets) {
    for (const auto& t : targets) targets_[keyOf(*t)].push_back(t);
  }

  // e with its positive existentials extended; null when unchanged.
  ExprPtr rewrite(const ExprPtr& e) {
    switch (e->kind) {
      case ExprKind::Builtin:
        if (e->op == BuiltinOp::And || e->op == BuiltinOp::Or) return rewriteArgs(e, 0, e->args.size());
        if (e->op == BuiltinOp::Implies) return rewriteArgs(e, 1, 2);
        return nullptr;
      case ExprKind::If: return rewriteArgs(e, 1, 3);
      case ExprKind::Label: return rewriteArgs(e, 0, 1);
      case ExprKind::Quant: return extendExistential(e);
      default: return nullptr;
    }
  }

 private:
  ExprPtr rewriteArgs(const ExprPtr& e, std::size_t from, std::size_t to) {
    ExprPtr copy;
    for (std::size_t i = from; i < to && i < e->args.size(); ++i) {
      if (ExprPtr r = rewrite(e->args[i])) {
        if (!copy) copy = std::make_shared<Expr>(*e);
        copy->args[i] = std::move(r);
      }
    }
    return copy;
  }

  // \E x1, x2, ... : P (unbounded) is tried as \E x1 : (\E x2, ... : P): each witness t of
  // x1 gives an instance \E x2, ... : P[t/x1], whose existentials are rewritten in turn.
  ExprPtr extendExistential(const ExprPtr& e) {
    if (e->quantOp != QuantOp::Exists || e->binders.empty() ||
        std::any_of(e->binders.begin(), e->binders.end(), [](const Binder& b) { return b.tuple; }) ||
        done_ == kMaxExistentials)
      return nullptr;
    // Several bounded variables stay together: their instances, each an existential over
    // the others, cost more than they give (Quicksort:519, \E i, j \in 1 .. N : J = i .. j,
    // went from 15 ms to 2.5 s).
    const bool several = e->binders.size() > 1 || e->binders[0].vars.size() > 1;
    if (several && std::any_of(e->binders.begin(), e->binders.end(), [](const Binder& b) { return b.domain != nullptr; }))
      return nullptr;
    ++done_;
    const Decl* var = e->binders[0].vars[0].get();
    const ExprPtr& domain = e->binders[0].domain;
    ExprPtr rest = e->args[0];  // the existential over the other variables
    if (several) {
      auto inner = std::make_shared<Expr>(*e);
      inner->binders[0].vars.erase(inner->binders[0].vars.begin());
      if (inner->binders[0].vars.empty()) inner->binders.erase(inner->binders.begin());
      rest = inner;
    }
    std::vector<const Decl*> others;  // the existential's other variables, matching anything
    for (const auto& b : e->binders) {
      for (const auto& v : b.vars) {
        if (v.get() != var) others.push_back(v.get());
      }
    }
    std::vector<ExprPtr> candidates = witnesses(e->args[0], var, others);
    // Without a matched witness, an unbounded variable is also tried at TRUE and FALSE, two
    // distinct values (\E x, y : x # y, the ENABLED of x' # y'; \E x : x).
    if (candidates.empty() && !domain) {
      candidates = {makeBuiltin(BuiltinOp::True, {}, e->range), makeBuiltin(BuiltinOp::False, {}, e->range)};
    }
    std::vector<ExprPtr> instances{e};
    for (const auto& t : candidates) {
      if (!substitutable(*rest, *var, *t)) continue;
      ExprPtr body = Substituter().bind(var, t).apply(rest);
      if (ExprPtr nested = rewrite(body)) body = std::move(nested);  // existentials inside
      instances.push_back(domain ? makeBuiltin(BuiltinOp::And, {makeBuiltin(BuiltinOp::In, {t, domain}), body})
                                 : body);
    }
    if (instances.size() == 1) return nullptr;
    return makeBuiltin(BuiltinOp::Or, std::move(instances), e->range);
  }

  // The terms that the most subterms of `body` mentioning `var` match, best first (the
  // `others` matching anything).
  std::vector<ExprPtr> witnesses(const ExprPtr& body, const Decl* var, const std::vector<const Decl*>& others) {
    std::vector<ExprPtr> subterms;
    std::vector<const Decl*> wildcards{var};
    wildcards.insert(wildcards.end(), others.begin(), others.end());
    groundSubterms(body, subterms, &wildcards);
    std::vector<std::pair<ExprPtr, std::set<std::size_t>>> found;  // term, patterns matching it
    for (std::size_t p = 0; p < subterms.size(); ++p) {
      const Expr& pattern = *subterms[p];
      if (pattern.kind == ExprKind::Ident || !mentionsDecl(pattern, var)) continue;
      auto it = targets_.find(keyOf(pattern));
      if (it == targets_.end()) continue;
      for (const auto& target : it->second) {
        Match m{wildcards, {}, {}};
        if (!matches(pattern, target, m) || m.bound.count(var) == 0) continue;
        const ExprPtr& bound = m.bound.at(var);
        auto same = std::find_if(found.begin(), found.end(),
                                 [&](const auto& f) { return equalExpr(*f.first, *bound); });
        if (same == found.end()) {
          found.push_back({bound, {p}});
        } else {
          same->second.insert(p);
        }
      }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
    std::vector<ExprPtr> out;
    for (std::size_t i = 0; i < found.size() && i < kMaxInstances; ++i) out.push_back(found[i].first);
    return out;
  }

  std::map<NodeKey, std::vector<ExprPtr>> targets_;
  std::size_t done_ = 0;
};

}  // namespace

ExprPtr withMatchedWitnesses(const Expr& goal, const std::vector<const Expr*>& context) {
  const ExprPtr root = std::make_shared<Expr>(goal);
  std::vector<ExprPtr> targets;
  for (const Expr* fact : context) groundSubterms(std::make_shared<Expr>(*fact), targets);
  groundSubterms(root, targets);
  return WitnessRewriter(targets).rewrite(root);
}

}  // namespace tlapx::z3enc
