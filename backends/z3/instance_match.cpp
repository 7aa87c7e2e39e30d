// Higher-order pattern matching of a second-order fact's conclusion (see instance_match.hpp).
#include "backends/z3/instance_match.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "backends/expr_key.hpp"
#include "backends/z3/signature.hpp"
#include "frontend/ast_walk.hpp"

namespace tlapx::z3enc {

namespace {

bool isReference(const Expr& e) { return e.kind == ExprKind::Ident || e.kind == ExprKind::OpApp; }


class Matcher {
 public:
  Matcher(const Decl& op, const std::set<const Decl*>& wildcards) : op_(op), wildcards_(wildcards) {}

  bool match(const Expr& pattern, const Expr& target) {
    const Expr& p = unlabeled(pattern);
    const Expr& t = unlabeled(target);
    if (isReference(p) && p.args.empty() && wildcards_.count(p.decl) != 0) {
      bindWildcard(*p.decl, t);
      return true;
    }
    // The conclusion is P(...) itself (operands that are P go through matchOperand).
    if (isReference(p) && p.decl == &op_) return !p.args.empty() && imitation(p, t);
    if (p.kind != t.kind || p.op != t.op || p.quantOp != t.quantOp || p.hasOther != t.hasOther ||
        p.text != t.text || p.fields != t.fields || p.args.size() != t.args.size() ||
        p.binders.size() != t.binders.size() || !p.excepts.empty() || !t.excepts.empty() ||
        !p.letDefs.empty() || !t.letDefs.empty() || !p.hyps.empty() || !t.hyps.empty() ||
        !p.params.empty() || !t.params.empty() || !p.path.empty() || !t.path.empty()) {
      return false;
    }
    if (isReference(p)) {
      auto it = bound_.find(p.decl);
      if ((it != bound_.end() ? it->second.get() : p.decl) != t.decl || p.decl == nullptr) return false;
    }
    std::vector<std::pair<const Decl*, DeclPtr>> entered;  // with the mapping they shadow
    bool ok = true;
    for (std::size_t i = 0; ok && i < p.binders.size(); ++i) {
      const Binder& pb = p.binders[i];
      const Binder& tb = t.binders[i];
      ok = pb.tuple == tb.tuple && pb.vars.size() == tb.vars.size() && !pb.domain == !tb.domain &&
           (!pb.domain || matchOperand(pb.domain, tb.domain));
      for (std::size_t k = 0; ok && k < pb.vars.size(); ++k) {
        DeclPtr& slot = bound_[pb.vars[k].get()];
        entered.emplace_back(pb.vars[k].get(), slot);
        slot = tb.vars[k];
        ++targetBound_[tb.vars[k].get()];
      }
    }
    for (std::size_t i = 0; ok && i < p.args.size(); ++i) ok = matchOperand(p.args[i], t.args[i]);
    for (auto it = entered.rbegin(); it != entered.rend(); ++it) {
      if (--targetBound_[bound_[it->first].get()] == 0) targetBound_.erase(bound_[it->first].get());
      if (it->second) {
        bound_[it->first] = it->second;
      } else {
        bound_.erase(it->first);
      }
    }
    return ok;
  }

  std::vector<ExprPtr> found;
  std::map<const Decl*, const Expr*> values;  // wildcards matched to one closed expression

 private:
  // A wildcard takes the target's expression as its value when that mentions no variable
  // bound around it and every occurrence of the wildcard matches the same expression.
  void bindWildcard(const Decl& w, const Expr& t) {
    if (conflicting_.count(&w) != 0) return;
    bool open = false;
    visitExprs(t, [&](const Expr& x) { open = open || (isReference(x) && targetBound_.count(x.decl) != 0); });
    auto it = values.find(&w);
    if (!open && it == values.end()) {
      values.emplace(&w, &t);
    } else if (open || exprKey(*it->second) != exprKey(t)) {
      if (it != values.end()) values.erase(it);
      conflicting_.insert(&w);
    }
  }

  bool matchOperand(const ExprPtr& pattern, const ExprPtr& target) {
    const Expr& p = unlabeled(*pattern);
    if (isReference(p) && p.decl == &op_) return instance(p, target);
    return match(p, *target);
  }

  // P passed as an operator argument, or P applied to distinct bound variables.
  bool instance(const Expr& p, const ExprPtr& target) {
    const Expr& t = unlabeled(*target);
    std::vector<DeclPtr> params;
    ExprPtr body;
    if (p.args.empty()) {
      if (t.kind == ExprKind::Lambda && t.params.size() == static_cast<std::size_t>(op_.arity)) {
        params = t.params;
        body = t.args[0];
      } else if (isReference(t) && t.args.empty() && t.decl != nullptr && t.decl->arity == op_.arity) {
        found.push_back(etaInstance(t));
        return true;
      } else {
        return false;
      }
    } else if (!boundVariables(p, params)) {
      return imitation(p, t);
    } else {
      body = target;
    }
    // The instance must not refer to variables bound in the target around it.
    bool escapes = false;
    visitExprs(*body, [&](const Expr& x) {
      escapes = escapes || (isReference(x) && targetBound_.count(x.decl) != 0 &&
                            std::none_of(params.begin(), params.end(),
                                         [&](const DeclPtr& d) { return d.get() == x.decl; }));
    });
    if (escapes) return false;
    ExprPtr lambda = makeExpr(ExprKind::Lambda, t.range);
    lambda->params = std::move(params);
    lambda->args.push_back(std::move(body));
    found.push_back(std::move(lambda));
    return true;
  }

  // Whether P's arguments are distinct variables bound in the target (into params).
  bool boundVariables(const Expr& p, std::vector<DeclPtr>& params) {
    for (const auto& a : p.args) {
      const Expr& v = unlabeled(*a);
      auto it = isReference(v) && v.args.empty() ? bound_.find(v.decl) : bound_.end();
      if (it == bound_.end() || std::find(params.begin(), params.end(), it->second) != params.end()) return false;
      params.push_back(it->second);
    }
    return true;
  }

  // P(a1, ..., an) against Op(t1, ..., tn) for an operator Op of P's arity, free in the
  // target: P is Op when each ai matches ti (P(f, CHOOSE g : ...) against
  // Def(CHOOSE h : ..., n) gives Def).
  bool imitation(const Expr& p, const Expr& t) {
    if (t.kind != ExprKind::OpApp || t.decl == nullptr || t.args.size() != p.args.size() ||
        t.decl->arity != op_.arity || targetBound_.count(t.decl) != 0) {
      return false;
    }
    for (std::size_t i = 0; i < p.args.size(); ++i) {
      if (!matchOperand(p.args[i], t.args[i])) return false;
    }
    found.push_back(etaInstance(t));
    return true;
  }

  // LAMBDA p1, ..., pn : Op(p1, ..., pn) for the operator `t` names or applies.
  ExprPtr etaInstance(const Expr& t) const {
    ExprPtr body = makeExpr(ExprKind::OpApp, t.range);
    body->decl = t.decl;
    body->name = t.name;
    std::vector<DeclPtr> params;
    for (int i = 0; i < op_.arity; ++i) {
      params.push_back(makeDecl(DeclKind::OpParam, numbered("p", static_cast<std::size_t>(i))));
      ExprPtr arg = makeExpr(ExprKind::Ident);
      arg->decl = params.back().get();
      arg->name = params.back()->name;
      body->args.push_back(std::move(arg));
    }
    ExprPtr lambda = makeExpr(ExprKind::Lambda, t.range);
    lambda->params = std::move(params);
    lambda->args.push_back(std::move(body));
    return lambda;
  }

  const Decl& op_;
  const std::set<const Decl*>& wildcards_;
  std::map<const Decl*, DeclPtr> bound_;     // pattern binder variable -> target's
  std::map<const Decl*, int> targetBound_;   // the target's variables bound around
  std::set<const Decl*> conflicting_;        // wildcards without one value
};

}  // namespace

std::vector<OperatorInstance> matchOperatorInstances(const Expr& pattern, const Decl& op,
                                                     const std::set<const Decl*>& wildcards, const Expr& target) {
  Matcher m(op, wildcards);
  std::vector<OperatorInstance> out;
  if (m.match(pattern, target)) {
    for (auto& l : m.found) out.push_back(OperatorInstance{std::move(l), m.values});
    return out;
  }
  // A conjunction holds of each conjunct: P making one conjunct the target is an instance.
  const Expr& p = unlabeled(pattern);
  if (p.kind != ExprKind::Builtin || p.op != BuiltinOp::And) return out;
  for (const auto& conjunct : p.args) {
    for (auto& i : matchOperatorInstances(*conjunct, op, wildcards, target)) out.push_back(std::move(i));
  }
  return out;
}

}  // namespace tlapx::z3enc
