// Simplification of ExpandENABLED's existentials (see exists_simplifier.hpp).
#include "prover/exists_simplifier.hpp"

#include <algorithm>

#include "frontend/ast_walk.hpp"
#include "frontend/substitution.hpp"

namespace tlapx::prover {

namespace {

bool isBuiltin(const Expr& e, BuiltinOp op) { return e.kind == ExprKind::Builtin && e.op == op; }

bool isExists(const Expr& e) { return e.kind == ExprKind::Quant && e.quantOp == QuantOp::Exists; }

bool mentionsAny(const Expr& e, const std::vector<DeclPtr>& vars) {
  return std::any_of(vars.begin(), vars.end(), [&](const DeclPtr& v) { return mentionsDecl(e, v.get()); });
}

bool domainsMention(const Expr& quant, const std::vector<DeclPtr>& vars) {
  return std::any_of(quant.binders.begin(), quant.binders.end(),
                     [&](const Binder& b) { return b.domain && mentionsAny(*b.domain, vars); });
}

ExprPtr conjunctionOf(std::vector<ExprPtr> conjuncts, SourceRange range) {
  if (conjuncts.empty()) return makeBuiltin(BuiltinOp::True, {}, range);
  if (conjuncts.size() == 1) return conjuncts.front();
  return makeBuiltin(BuiltinOp::And, std::move(conjuncts), range);
}

// The conjuncts of `e`, with equalities of tuples of the same length split by component.
void flattenConjuncts(const ExprPtr& e, std::vector<ExprPtr>& out) {
  if (isBuiltin(*e, BuiltinOp::And)) {
    for (const auto& a : e->args) flattenConjuncts(a, out);
    return;
  }
  if (isBuiltin(*e, BuiltinOp::Eq) && e->args[0]->kind == ExprKind::Tuple && e->args[1]->kind == ExprKind::Tuple &&
      e->args[0]->args.size() == e->args[1]->args.size() && !e->args[0]->args.empty()) {
    for (std::size_t i = 0; i < e->args[0]->args.size(); ++i)
      out.push_back(makeBuiltin(BuiltinOp::Eq, {e->args[0]->args[i], e->args[1]->args[i]}, e->range));
    return;
  }
  out.push_back(e);
}

class Simplifier {
 public:
  explicit Simplifier(SourceRange range) : range_(range) {}

  ExprPtr run(std::vector<DeclPtr> vars, const ExprPtr& body) {
    std::erase_if(vars, [&](const DeclPtr& v) { return !mentionsDecl(*body, v.get()); });
    if (vars.empty()) return body;
    if (isBuiltin(*body, BuiltinOp::Or)) {
      std::vector<ExprPtr> disjuncts;
      for (const auto& d : body->args) disjuncts.push_back(run(vars, d));
      return makeBuiltin(BuiltinOp::Or, std::move(disjuncts), body->range);
    }
    if (isExists(*body) && !domainsMention(*body, vars)) {
      auto copy = std::make_shared<Expr>(*body);
      copy->args[0] = run(std::move(vars), body->args[0]);
      return copy;
    }
    if (!isBuiltin(*body, BuiltinOp::And) && !isBuiltin(*body, BuiltinOp::Eq)) return exists(std::move(vars), body);
    std::vector<ExprPtr> conjuncts;
    flattenConjuncts(body, conjuncts);
    return conjunction(std::move(vars), std::move(conjuncts));
  }

 private:
  // Distributing a conjunction over a disjunction duplicates the other conjuncts: at most
  // this many extra disjuncts per existential.
  static constexpr int kDistributions = 8;

  ExprPtr conjunction(std::vector<DeclPtr> vars, std::vector<ExprPtr> conjuncts) {
    bool eliminated = false;
    while (eliminateOne(vars, conjuncts)) eliminated = true;
    if (eliminated) return run(std::move(vars), conjunctionOf(std::move(conjuncts), range_));
    for (std::size_t i = 0; i < conjuncts.size(); ++i) {
      const Expr& c = *conjuncts[i];
      const int extra = static_cast<int>(c.args.size()) - 1;
      if (!isBuiltin(c, BuiltinOp::Or) || extra > budget_ || !mentionsAny(c, vars)) continue;
      budget_ -= extra;
      std::vector<ExprPtr> branches;
      for (const auto& d : c.args) {
        std::vector<ExprPtr> branch = conjuncts;
        branch[i] = d;
        branches.push_back(conjunctionOf(std::move(branch), range_));
      }
      return run(std::move(vars), makeBuiltin(BuiltinOp::Or, std::move(branches), c.range));
    }
    for (std::size_t i = 0; i < conjuncts.size(); ++i) {
      const Expr& c = *conjuncts[i];
      if (!isExists(c) || domainsMention(c, vars) || boundElsewhere(conjuncts, i)) continue;
      auto pulled = std::make_shared<Expr>(c);
      std::vector<ExprPtr> inner = conjuncts;
      inner[i] = c.args[0];
      pulled->args[0] = conjunctionOf(std::move(inner), range_);
      return run(std::move(vars), pulled);
    }
    return exists(std::move(vars), conjunctionOf(std::move(conjuncts), range_));
  }

  // One-point rule: a conjunct v = e (or e = v) with v not in e is dropped and v replaced
  // by e in the other conjuncts.
  static bool eliminateOne(std::vector<DeclPtr>& vars, std::vector<ExprPtr>& conjuncts) {
    for (std::size_t i = 0; i < conjuncts.size(); ++i) {
      const Expr& c = *conjuncts[i];
      if (!isBuiltin(c, BuiltinOp::Eq)) continue;
      for (int side = 0; side < 2; ++side) {
        const Expr& var = *c.args[side];
        const ExprPtr& value = c.args[1 - side];
        auto it = std::find_if(vars.begin(), vars.end(), [&](const DeclPtr& v) {
          return var.kind == ExprKind::Ident && var.decl == v.get() && !mentionsDecl(*value, v.get());
        });
        if (it == vars.end()) continue;
        const DeclValueMap binding{{it->get(), value}};
        conjuncts.erase(conjuncts.begin() + static_cast<std::ptrdiff_t>(i));
        for (auto& other : conjuncts) other = substitute(other, binding);
        vars.erase(it);
        return true;
      }
    }
    return false;
  }

  // Whether a variable bound by conjuncts[i] also occurs in another conjunct.
  static bool boundElsewhere(const std::vector<ExprPtr>& conjuncts, std::size_t i) {
    for (std::size_t j = 0; j < conjuncts.size(); ++j) {
      if (j == i) continue;
      for (const auto& b : conjuncts[i]->binders)
        if (mentionsAny(*conjuncts[j], b.vars)) return true;
    }
    return false;
  }

  ExprPtr exists(std::vector<DeclPtr> vars, ExprPtr body) const {
    auto e = makeExpr(ExprKind::Quant, range_);
    e->quantOp = QuantOp::Exists;
    e->binders.push_back(Binder{std::move(vars), false, nullptr});
    e->args.push_back(std::move(body));
    return e;
  }

  SourceRange range_;
  int budget_ = kDistributions;
};

}  // namespace

ExprPtr simplifiedExists(const std::vector<DeclPtr>& vars, const ExprPtr& body, SourceRange range) {
  return Simplifier(range).run(vars, body);
}

}  // namespace tlapx::prover
