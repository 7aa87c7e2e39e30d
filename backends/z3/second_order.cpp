// Second-order facts (internal to backends/z3): a fact `ASSUME NEW P(_), ... PROVE ...`
// (NatInduction, FS_Induction, ...) holds for every operator P, so it holds in particular
// for the operators the goal suggests: the predicate of its leading \A (LAMBDA x : body),
// the operator it applies (LAMBDA p : Op(p)), the named operators it passes as arguments
// (FoldFunctionOnSet(+, ...) suggests LAMBDA p, q : p + q), and the instances that make
// the fact's conclusion the goal or a part of it (instance_match.hpp). Assumed facts are
// encoded at those instances, which are first order; anywhere else such a sequent stays an
// opaque atom. Also here: the identity of a named operator passed as an argument, which
// makes an opaque operator applied to it first order (one symbol per operator argument).
#include <algorithm>
#include <set>

#include "backends/expr_key.hpp"
#include "backends/z3/instance_match.hpp"
#include "backends/z3/translator.hpp"
#include "frontend/ast_walk.hpp"

namespace tlapx::z3enc {

namespace {

// The one operator parameter of a sequent (NEW P(_) at constant level), or null when it
// has none or several.
const Decl* operatorParameter(const Expr& sequent) {
  const Decl* found = nullptr;
  for (const auto& h : sequent.hyps) {
    if (!h.newDecl || h.newDecl->arity == 0) continue;
    if (found != nullptr || h.newDecl->newKind != NewKind::Constant) return nullptr;
    found = h.newDecl.get();
  }
  return found;
}

// Whether `e` uses a prime, UNCHANGED, ENABLED, \cdot, a temporal operator, an action or
// fairness construct or a temporal quantifier. A lemma over a constant operator P that
// does is not valid for every state-level P (`P(c) => [](P(c))`), so it is only
// instantiated with constant-level operators.
bool actionOrTemporal(const Expr& e) {
  return containsSubexpression(e, [](const Expr& x) {
    return prover::isActionOrTemporalForm(x.kind) || (x.kind == ExprKind::Builtin && prover::readsBehaviour(x.op));
  });
}

constexpr std::size_t kMaxInstances = 8;  // instances of one second-order fact

ExprPtr lambda(std::vector<DeclPtr> params, ExprPtr body) {
  ExprPtr l = makeExpr(ExprKind::Lambda, body->range);
  l->params = std::move(params);
  l->args.push_back(std::move(body));
  return l;
}

// LAMBDA p1, ..., pn : Op(p1, ..., pn) for an operator Op of arity n.
ExprPtr etaLambda(const Decl* op, const SourceRange& range) {
  ExprPtr app = makeExpr(ExprKind::OpApp, range);
  app->decl = op;
  app->name = op->name;
  std::vector<DeclPtr> params;
  for (int i = 0; i < op->arity; ++i) {
    params.push_back(makeDecl(DeclKind::OpParam, numbered("p", static_cast<std::size_t>(i))));
    ExprPtr arg = makeExpr(ExprKind::Ident);
    arg->decl = params.back().get();
    arg->name = params.back()->name;
    app->args.push_back(std::move(arg));
  }
  return lambda(std::move(params), std::move(app));
}

// The operator a LAMBDA p1, ..., pn : Op(p1, ..., pn) stands for, or null.
const Decl* etaOperator(const Expr& l) {
  const Expr& body = *l.args[0];
  if (body.kind != ExprKind::OpApp || body.decl == nullptr || body.args.size() != l.params.size()) {
    return nullptr;
  }
  for (std::size_t i = 0; i < l.params.size(); ++i) {
    if (body.args[i]->kind != ExprKind::Ident || body.args[i]->decl != l.params[i].get()) return nullptr;
  }
  return body.decl;
}

// A named operator passed as an argument (`+` in FoldFunctionOnSet(+, 0, f, S)).
bool isOperatorName(const Expr& a) {
  return (a.kind == ExprKind::Ident || a.kind == ExprKind::OpApp) && a.decl != nullptr &&
         a.decl->arity > 0 && a.args.empty();
}

}  // namespace

void Translator::suggestOperators(const Expr& goal, const std::vector<const Expr*>& facts) {
  const Expr* e = &goal;
  for (;;) {
    matchTargets_.push_back(e);
    if (e->kind == ExprKind::Label) {
      e = e->args[0].get();
    } else if (e->kind == ExprKind::Builtin && e->op == BuiltinOp::Implies) {
      e = e->args[1].get();
    } else if (e->kind == ExprKind::Sequent) {
      e = e->args[0].get();
    } else if (e->kind == ExprKind::Quant && e->quantOp == QuantOp::Forall &&
               std::none_of(e->binders.begin(), e->binders.end(), [](const Binder& b) { return b.tuple; })) {
      // \A x, y \in S : body suggests LAMBDA x, y : body.
      std::vector<DeclPtr> vars;
      for (const auto& b : e->binders) vars.insert(vars.end(), b.vars.begin(), b.vars.end());
      candidates_.push_back(lambda(std::move(vars), e->args[0]));
      e = e->args[0].get();
    } else {
      break;
    }
  }
  for (const Expr* f : facts) {
    if (f->kind != ExprKind::Sequent) matchTargets_.push_back(f);
  }
  // Named operators passed as arguments anywhere in the goal suggest themselves.
  std::set<const Decl*> named;
  visitExprs(goal, [&](const Expr& x) {
    if (x.kind != ExprKind::OpApp) return;
    for (const auto& a : x.args) {
      if (isOperatorName(*a) && a->decl->kind != DeclKind::OpParam && named.insert(a->decl).second) {
        candidates_.push_back(etaLambda(a->decl, a->range));
      }
    }
  });
  // Op(a, b) suggests LAMBDA p1, p2 : Op(p1, p2).
  const Decl* op = e->decl;
  if ((e->kind != ExprKind::OpApp && e->kind != ExprKind::Ident) || op == nullptr ||
      e->args.empty() || op->primitive || static_cast<std::size_t>(op->arity) != e->args.size() ||
      (op->kind != DeclKind::Operator && op->kind != DeclKind::Constant &&
       op->kind != DeclKind::NewSymbol)) {
    return;
  }
  candidates_.push_back(etaLambda(op, e->range));
}

bool isOperatorArgument(const Expr& a) {
  return a.kind == ExprKind::Lambda || isOperatorName(a);
}

std::optional<std::string> Translator::operatorArgumentKey(const Expr& a) {
  // Follow the bindings (an operator parameter bound to `+`, to LAMBDA p, q : op(p, q) with
  // op bound in turn, ...) each in its own environment, down to a free operator.
  EnvScope scope(*this);
  const Decl* op = a.kind == ExprKind::Lambda ? etaOperator(a) : isOperatorName(a) ? a.decl : nullptr;
  bool primed = primed_;
  constexpr int kMaxHops = 16;
  for (int hops = 0;; ++hops) {
    if (op == nullptr || hops == kMaxHops) return std::nullopt;
    const Binding* b = lookup(op);
    if (b == nullptr) break;
    if (b->kind != Binding::Kind::Operator) return std::nullopt;
    primed = primed || b->primed;
    env_ = b->env;
    op = b->expr != nullptr ? etaOperator(*b->expr) : b->def;
  }
  // A parameter or LET operator depends on its environment: no identity of its own.
  if (op->kind == DeclKind::OpParam || letOperators_.count(op) != 0) return std::nullopt;
  if (op->primitive) return op->name + "/" + std::to_string(op->arity);  // one meaning per arity
  auto [it, added] = declIds_.emplace(op, declIds_.size());
  // In primed context a state-level operator stands for its primed value: another symbol.
  return op->name + "#" + std::to_string(it->second) + (primed ? "'" : "");
}

z3::expr Translator::sequent(const Expr& e, Pol pol) {
  const Decl* op = operatorParameter(e);
  if (op == nullptr || pol != Pol::Pos) return firstOrderSequent(e, pol, nullptr);
  // A fact with a temporal or action operator holds only for rigid (constant) instances.
  const bool constantOnly = actionOrTemporal(e);
  const auto admissible = [&](const ExprPtr& c) {
    return c->params.size() == static_cast<std::size_t>(op->arity) &&
           (!constantOnly || rigid(*c->args[0]));
  };
  std::vector<ExprPtr> instances;
  for (const auto& c : candidates_) {
    if (admissible(c)) instances.push_back(c);
  }
  std::set<const Decl*> firstOrder;
  for (const auto& h : e.hyps) {
    if (h.newDecl && h.newDecl->arity == 0) firstOrder.insert(h.newDecl.get());
  }
  // Instances found by matching also hold at the values the match gives the first-order
  // parameters (FS_Image's S at the goal's set), where the fact's conclusion is the target.
  std::vector<std::map<const Decl*, const Expr*>> values(instances.size());
  for (const Expr* target : matchTargets_) {
    for (auto& c : matchOperatorInstances(*e.args[0], *op, firstOrder, *target)) {
      if (!admissible(c.lambda)) continue;
      // The same for the first-order parameters' values: a constant parameter of such a
      // fact must not stand for a state-level expression (c = 1 => c' = 1 at c := x).
      if (constantOnly && std::any_of(c.values.begin(), c.values.end(),
                                      [&](const auto& kv) { return !rigid(*kv.second); })) {
        c.values.clear();
      }
      // the goal's own \A suggests the same instance: once is enough
      const bool known = std::any_of(instances.begin(), instances.end(), [&](const ExprPtr& i) {
        return i->args[0] == c.lambda->args[0] && i->params == c.lambda->params;
      });
      if (known || instances.size() >= kMaxInstances) continue;
      instances.push_back(std::move(c.lambda));
      values.push_back(std::move(c.values));
    }
  }
  z3::expr all = sig_.ctx().bool_val(true);
  bool instantiated = false;
  for (std::size_t i = 0; i < instances.size(); ++i) {
    synthetic_.push_back(instances[i]);  // kept alive: translated terms may refer to it
    EnvScope scope(*this);
    Binding b;
    b.kind = Binding::Kind::Operator;
    b.expr = instances[i].get();  // mentions only its parameters and the goal's symbols: no environment
    bind(op, std::move(b));
    all = all && firstOrderSequent(e, pol, op);
    if (!values[i].empty()) all = all && firstOrderSequent(e, pol, op, values[i]);
    instantiated = true;
  }
  return instantiated ? all : opaque(e, sig_.ctx().bool_sort());
}

}  // namespace tlapx::z3enc
