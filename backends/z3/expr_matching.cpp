// Matching of expressions with wildcards (see expr_matching.hpp).
#include "backends/z3/expr_matching.hpp"

#include <algorithm>
#include <unordered_set>

#include "frontend/ast_equal.hpp"
#include "frontend/ast_walk.hpp"
#include "frontend/level_check.hpp"
#include "prover/state_functions.hpp"

namespace tlapx::z3enc {

bool rigidTerm(const Expr& t) {
  if (expressionLevel(t) != Level::Constant) return false;
  std::unordered_set<const Decl*> refs;
  collectReferencedDecls(t, refs);
  return std::none_of(refs.begin(), refs.end(), [](const Decl* d) {
    return d->kind == DeclKind::Variable || (d->kind == DeclKind::NewSymbol && d->newKind != NewKind::Constant) ||
           (d->kind == DeclKind::BoundVar && d->flexible);
  });
}

bool substitutable(const Expr& body, const Decl& var, const Expr& t) {
  return rigidTerm(t) || prover::StateFunctions().usesValueOnly(body, var);
}

NodeKey keyOf(const Expr& e) {
  return {e.kind, e.kind == ExprKind::Builtin ? e.op : BuiltinOp::True,
          e.kind == ExprKind::OpApp || e.kind == ExprKind::Ident ? e.decl : nullptr};
}

bool Match::isWildcard(const Decl* d) const {
  return std::find(wildcards.begin(), wildcards.end(), d) != wildcards.end();
}

bool Match::isRenamed(const Decl* d) const {
  return std::any_of(renamed.begin(), renamed.end(), [&](const auto& r) { return r.first == d; });
}

bool Match::mentionsTargetBound(const Expr& e) const {
  return std::any_of(renamed.begin(), renamed.end(), [&](const auto& r) { return mentionsDecl(e, r.second); });
}

bool Match::variable(const Expr& e) const {
  return containsSubexpression(e, [this](const Expr& x) {
    return (x.kind == ExprKind::Ident || x.kind == ExprKind::OpApp) && (isWildcard(x.decl) || isRenamed(x.decl));
  });
}

namespace {

// Binder terms of the same kind and shape: domains matched, then bodies with each bound
// variable of the pattern standing for the target's.
bool matchesBinderTerm(const Expr& pattern, const ExprPtr& target, Match& m) {
  if (pattern.binders.size() != target->binders.size()) return false;
  const std::size_t outer = m.renamed.size();
  bool ok = true;
  for (std::size_t i = 0; ok && i < pattern.binders.size(); ++i) {
    const Binder& pb = pattern.binders[i];
    const Binder& tb = target->binders[i];
    ok = !pb.tuple && !tb.tuple && pb.vars.size() == 1 && tb.vars.size() == 1 && pb.domain && tb.domain &&
         matches(*pb.domain, tb.domain, m);
    if (ok) m.renamed.emplace_back(pb.vars[0].get(), tb.vars[0].get());
  }
  ok = ok && matches(*pattern.args[0], target->args[0], m);
  m.renamed.resize(outer);
  return ok;
}

}  // namespace

bool matches(const Expr& pattern, const ExprPtr& target, Match& m) {
  if (pattern.kind == ExprKind::Ident && m.isRenamed(pattern.decl)) {
    return target->kind == ExprKind::Ident &&
           std::any_of(m.renamed.begin(), m.renamed.end(),
                       [&](const auto& r) { return r.first == pattern.decl && r.second == target->decl; });
  }
  if (pattern.kind == ExprKind::Ident && m.isWildcard(pattern.decl)) {
    if (m.mentionsTargetBound(*target)) return false;
    auto [it, fresh] = m.bound.emplace(pattern.decl, target);
    return fresh || it->second == target || equalExpr(*it->second, *target);
  }
  if (!m.variable(pattern)) return equalExpr(pattern, *target);
  if (keyOf(pattern) != keyOf(*target) || pattern.args.size() != target->args.size()) return false;
  switch (pattern.kind) {
    case ExprKind::OpApp:
    case ExprKind::Builtin:
    case ExprKind::FuncApp:
    case ExprKind::SetEnum:
    case ExprKind::Tuple:
    case ExprKind::Times:
    case ExprKind::FuncSet:
    case ExprKind::If: break;
    case ExprKind::Dot:
      if (pattern.text != target->text) return false;
      break;
    case ExprKind::RecordCons:
      if (pattern.fields != target->fields) return false;
      break;
    case ExprKind::SetMap:
    case ExprKind::SetFilter:
    case ExprKind::FuncCons: return matchesBinderTerm(pattern, target, m);
    default: return false;
  }
  for (std::size_t i = 0; i < pattern.args.size(); ++i) {
    if (!matches(*pattern.args[i], target->args[i], m)) return false;
  }
  return true;
}

}  // namespace tlapx::z3enc
