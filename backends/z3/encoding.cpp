// Flattening and encoding of an obligation (see encoding.hpp).
#include "backends/z3/encoding.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "backends/z3/choose_congruence.hpp"
#include "backends/z3/discharge.hpp"
#include "backends/z3/expr_matching.hpp"
#include "backends/z3/fact_instances.hpp"
#include "backends/z3/goal_witnesses.hpp"
#include "backends/z3/induction.hpp"
#include "backends/z3/subset_instances.hpp"
#include "frontend/ast_equal.hpp"
#include "frontend/substitution.hpp"
#include "prover/expansion.hpp"

namespace tlapx::z3enc {

namespace {

void addFacts(const Expr& e, Context& ctx) {
  if (e.kind == ExprKind::Builtin && e.op == BuiltinOp::And) {
    for (const auto& a : e.args) addFacts(*a, ctx);
  } else if (e.kind == ExprKind::Quant && e.quantOp == QuantOp::Exists &&
             std::none_of(e.binders.begin(), e.binders.end(), [](const Binder& b) { return b.tuple; })) {
    // \E-elimination: a fact \E y \in D : Q is a fresh constant y \in D with the fact Q
    // (the goal does not mention y), which then names a witness for the goal too.
    for (const auto& b : e.binders) {
      for (const auto& v : b.vars) ctx.items.push_back({v.get(), b.domain.get(), true, nullptr});
    }
    addFacts(*e.args[0], ctx);
  } else {
    ctx.items.push_back({nullptr, nullptr, false, &e});
  }
}

// Whether any asserted formula contains a quantifier.
bool hasQuantifier(const z3::expr& e, std::set<unsigned>& seen) {
  if (!seen.insert(e.id()).second) return false;
  if (e.is_quantifier()) return true;
  if (!e.is_app()) return false;
  for (unsigned i = 0; i < e.num_args(); ++i) {
    if (hasQuantifier(e.arg(i), seen)) return true;
  }
  return false;
}

// The applications of `name` in e outside quantifiers (so without bound variables), in
// the order found, each once.
void collectGroundApps(const z3::expr& e, const std::string& name, std::set<unsigned>& seen,
                       std::vector<z3::expr>& out) {
  if (!seen.insert(e.id()).second || !e.is_app()) return;
  if (e.decl().name().str() == name) out.push_back(e);
  for (unsigned i = 0; i < e.num_args(); ++i) collectGroundApps(e.arg(i), name, seen, out);
}

// At most this many goal-directed congruence instances per obligation.
constexpr std::size_t kMaxCongruences = 32;

// CardCongruence, at the pairs that matter: for each Cardinality(T) of the goal and each
// other Cardinality(S) of the goal or the context, `eqx(T, S) => |T| = |S|` (substitution of equals, no
// guard). eqx makes the solver try extensionality on T and S, so that |S'| = |S| follows
// from S' and S having the same elements, finite or not. Only the goal's cardinalities:
// every pair of the context's would swamp big contexts.
std::vector<z3::expr> cardinalityCongruences(const z3::expr& goal, const std::vector<z3::expr>& context,
                                             Signature& sig) {
  std::set<unsigned> seen;
  std::vector<z3::expr> inGoal;
  collectGroundApps(goal, "Cardinality", seen, inGoal);
  if (inGoal.empty()) return {};
  std::vector<z3::expr> all = inGoal;  // the goal's, then the context's others
  for (const auto& a : context) collectGroundApps(a, "Cardinality", seen, all);
  std::vector<z3::expr> out;
  for (std::size_t i = 0; i < inGoal.size(); ++i) {
    for (std::size_t j = i + 1; j < all.size(); ++j) {
      if (out.size() == kMaxCongruences) return out;
      out.push_back(z3::implies(sig.eqx(inGoal[i].arg(0), all[j].arg(0)), inGoal[i] == all[j]));
    }
  }
  return out;
}

// x \in UNION {e : T \in D} as the equivalent \E T \in D : x \in e, or null for any other
// formula.
ExprPtr unionMembershipAsExists(const Expr& goal) {
  if (goal.kind != ExprKind::Builtin || goal.op != BuiltinOp::In) return nullptr;
  const Expr& u = *goal.args[1];
  if (u.kind != ExprKind::Builtin || u.op != BuiltinOp::Union || u.args[0]->kind != ExprKind::SetMap) return nullptr;
  const Expr& family = *u.args[0];
  ExprPtr exists = makeExpr(ExprKind::Quant, goal.range);
  exists->quantOp = QuantOp::Exists;
  exists->binders = family.binders;
  exists->args.push_back(makeBuiltin(BuiltinOp::In, {goal.args[0], family.args[0]}));
  return exists;
}

// At most this many witness candidates per goal.
constexpr std::size_t kMaxWitnesses = 8;

// For a goal \E x \in D : P(x), the instances `t \in D /\ P(t)` for the terms t the
// context states to be in D (a fact t \in D, NEW t \in D, a witness of a fact
// \E t \in D : ...) and their images e(t) under closure facts \A y \in D : e(y) \in D. Each instance implies the
// goal (\E-introduction) when t is substitutable (expr_matching.hpp), so its negation
// follows from the negated goal: asserting it is sound, and it hands the solver the witness that E-matching may not find (Cantor's
// WITNESS {z \in S : z \notin f[z]} \in SUBSET S). A goal x \in UNION {e(T) : T \in D}
// is \E T \in D : x \in e(T) (BagOf(S) == UNION {[T -> Nat] : T \in SUBSET S}).
std::vector<ExprPtr> witnessInstances(const Context& flat) {
  const Expr* goal = flat.goal;
  const ExprPtr asExists = goal != nullptr ? unionMembershipAsExists(*goal) : nullptr;
  if (asExists) goal = asExists.get();
  if (goal == nullptr || goal->kind != ExprKind::Quant || goal->quantOp != QuantOp::Exists ||
      goal->binders.size() != 1 || goal->binders[0].tuple || goal->binders[0].vars.size() != 1 ||
      !goal->binders[0].domain)
    return {};
  const ExprPtr& domain = goal->binders[0].domain;
  const Decl* var = goal->binders[0].vars[0].get();
  std::vector<ExprPtr> candidates;
  for (const auto& item : flat.items) {
    if (candidates.size() == kMaxWitnesses) break;
    if (item.fact != nullptr && item.fact->kind == ExprKind::Builtin && item.fact->op == BuiltinOp::In &&
        equalExpr(*item.fact->args[1], *domain))
      candidates.push_back(item.fact->args[0]);
    else if (item.decl != nullptr && item.domain != nullptr && equalExpr(*item.domain, *domain))
      candidates.push_back(prover::makeIdent(*item.decl));
  }
  // Closure facts \A y \in D : ... e(y) \in D ... give the further candidates e(t).
  const std::size_t direct = candidates.size();
  for (const auto& item : flat.items) {
    const Expr* f = item.fact;
    if (f == nullptr || f->kind != ExprKind::Quant || f->quantOp != QuantOp::Forall || f->binders.size() != 1 ||
        f->binders[0].tuple || f->binders[0].vars.size() != 1 || !f->binders[0].domain ||
        !equalExpr(*f->binders[0].domain, *domain))
      continue;
    std::vector<const Expr*> conjuncts{f->args[0].get()};
    for (std::size_t i = 0; i < conjuncts.size(); ++i) {
      const Expr* c = conjuncts[i];
      if (c->kind == ExprKind::Builtin && c->op == BuiltinOp::And) {
        for (const auto& a : c->args) conjuncts.push_back(a.get());
      } else if (c->kind == ExprKind::Builtin && c->op == BuiltinOp::In && equalExpr(*c->args[1], *domain)) {
        for (std::size_t k = 0; k < direct && candidates.size() < kMaxWitnesses; ++k) {
          candidates.push_back(Substituter().bind(f->binders[0].vars[0].get(), candidates[k]).apply(c->args[0]));
        }
      }
    }
  }
  std::vector<ExprPtr> instances;
  for (const auto& t : candidates) {
    if (!substitutable(*goal->args[0], *var, *t)) continue;
    ExprPtr body = Substituter().bind(var, t).apply(goal->args[0]);
    instances.push_back(makeBuiltin(BuiltinOp::And, {makeBuiltin(BuiltinOp::In, {t, domain}), body}));
  }
  return instances;
}

// Whether a fact concludes the goal as a whole (`ASSUME ... PROVE goal`, `A => goal`): the
// goal is then proved at once by that fact, each of its conjuncts at the same cost.
bool concludedByFact(const Context& flat) {
  auto conclusion = [](const Expr* e) -> const Expr* {
    while (e->kind == ExprKind::Label) e = e->args[0].get();
    if (e->kind == ExprKind::Sequent) return e->args[0].get();
    if (e->kind == ExprKind::Builtin && e->op == BuiltinOp::Implies) return e->args[1].get();
    return nullptr;
  };
  return std::any_of(flat.items.begin(), flat.items.end(), [&](const Context::Item& item) {
    const Expr* c = item.fact != nullptr ? conclusion(item.fact) : nullptr;
    return c != nullptr && equalExpr(*c, *flat.goal);
  });
}

// The conjuncts of a formula (nested conjunctions flattened, TRUE left out).
void collectConjuncts(const z3::expr& f, Exprs& out) {
  if (f.is_true()) return;
  if (f.is_app() && f.decl().decl_kind() == Z3_OP_AND) {
    for (unsigned i = 0; i < f.num_args(); ++i) collectConjuncts(f.arg(i), out);
    return;
  }
  out.push_back(f);
}

}  // namespace

Context flatten(const Obligation& ob) {
  Context ctx;
  for (const auto& h : ob.hyps) {
    if (h.kind == ObligationHyp::Kind::Declaration && h.decl != nullptr) {
      ctx.items.push_back({h.decl, h.domain.get(), false, nullptr});
    } else if (h.fact) {
      addFacts(*h.fact, ctx);
    }
  }
  const Expr* goal = ob.goal.get();
  for (bool changed = true; changed && goal != nullptr;) {
    changed = false;
    if (goal->kind == ExprKind::Label) {
      goal = goal->args[0].get();
      changed = true;
    } else if (goal->kind == ExprKind::Builtin && goal->op == BuiltinOp::Implies) {
      addFacts(*goal->args[0], ctx);
      goal = goal->args[1].get();
      changed = true;
    } else if (goal->kind == ExprKind::Sequent) {
      for (const auto& h : goal->hyps) {
        if (h.newDecl) {
          ctx.items.push_back({h.newDecl.get(), h.newDecl->body.get(), false, nullptr});
        } else if (h.fact) {
          addFacts(*h.fact, ctx);
        }
      }
      goal = goal->args[0].get();
      changed = true;
    } else if (goal->kind == ExprKind::Quant && goal->quantOp == QuantOp::Forall &&
               std::none_of(goal->binders.begin(), goal->binders.end(),
                            [](const Binder& b) { return b.tuple; })) {
      for (const auto& b : goal->binders) {
        for (const auto& v : b.vars) ctx.items.push_back({v.get(), b.domain.get(), true, nullptr});
      }
      goal = goal->args[0].get();
      changed = true;
    }
  }
  ctx.goal = goal;
  return ctx;
}

Encoding encode(const Obligation& ob, const Context& flat, Signature& sig) {
  std::vector<const Expr*> facts;
  std::vector<std::pair<const Decl*, const Expr*>> decls;
  for (const auto& item : flat.items) {
    if (item.fact != nullptr) facts.push_back(item.fact);
    if (item.decl != nullptr) decls.emplace_back(item.decl, item.domain);
  }
  Translator tr(sig, inferIntDecls(facts, decls),
                std::set<const Decl*>(ob.opaque.begin(), ob.opaque.end()));
  tr.suggestOperators(*ob.goal, facts);
  Encoding enc;
  std::size_t dropped = 0;
  std::string firstDropped;
  for (const auto& item : flat.items) {
    try {
      if (item.skolem) tr.skolemize(item.decl);
      if (item.decl != nullptr && item.domain != nullptr) {
        enc.assertions.push_back(tr.membership(tr.declValue(item.decl), *item.domain, Pol::Pos));
      } else if (item.fact != nullptr) {
        const ExprPtr shorter = withoutStatedHypotheses(*item.fact, facts);
        enc.assertions.push_back(tr.formula(shorter ? *shorter : *item.fact, Pol::Pos));
      }
    } catch (const EncodeError& e) {
      ++dropped;  // dropping a hypothesis is sound
      firstDropped = firstDropped.empty() ? e.what() : firstDropped;
    }
  }
  std::vector<ExprPtr> consequences = inductionConsequences(facts);
  for (auto& c : subsetInstances(facts, *flat.goal)) consequences.push_back(std::move(c));
  for (auto& c : triggerlessFactInstances(facts, flat.goal)) consequences.push_back(std::move(c));
  for (const auto& c : consequences) {
    try {
      enc.assertions.push_back(tr.formula(*c, Pol::Pos));
    } catch (const EncodeError&) {
      // a consequence is a hint only: leaving it out is sound
    }
  }
  const std::vector<z3::expr> context = enc.assertions;
  // A goal with an existential gets the witnesses the context suggests (an equivalent goal).
  const ExprPtr witnessed = withMatchedWitnesses(*flat.goal, facts);
  const z3::expr goal = tr.formula(witnessed ? *witnessed : *flat.goal, Pol::Neg);
  enc.negatedGoal = enc.assertions.size();
  enc.assertions.push_back(!goal);
  Exprs conjuncts;
  collectConjuncts(goal, conjuncts);
  if (conjuncts.size() > 1 && !concludedByFact(flat)) {
    for (const auto& c : conjuncts) enc.negatedConjuncts.push_back(!c);
  }
  for (const auto& c : cardinalityCongruences(enc.assertions[enc.negatedGoal], context, sig)) {
    enc.assertions.push_back(c);
  }
  for (const auto& instance : witnessInstances(flat)) {
    try {
      enc.assertions.push_back(!tr.formula(*instance, Pol::Neg));
      enc.negatedConjuncts.clear();  // the instance follows from the whole negated goal
    } catch (const EncodeError&) {
      // an instance is a hint only: leaving it out is sound
    }
  }
  for (const auto& instance : chooseCongruences(flat)) {
    try {
      enc.assertions.push_back(tr.formula(*instance, Pol::Pos));
    } catch (const EncodeError&) {
      // a valid formula given as a hint: leaving it out is sound
    }
  }
  for (const auto& a : sig.neededAxioms(enc.assertions)) enc.assertions.push_back(a);
  if (dropped > 0) {
    enc.note = std::to_string(dropped) + " hypotheses not encodable, left out (" + firstDropped + ")";
  }
  std::set<unsigned> seen;
  enc.ground = !tr.quantified();
  for (std::size_t i = 0; enc.ground && i < enc.assertions.size(); ++i) {
    enc.ground = !hasQuantifier(enc.assertions[i], seen);
  }
  return enc;
}

}  // namespace tlapx::z3enc
