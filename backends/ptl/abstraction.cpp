// The PTL abstraction (see abstraction.hpp).
//
// Soundness. For a behavior s, let w be the word whose letter i gives each atom the truth
// value of its expression at the suffix of s from position i (a state-level expression is
// evaluated in state i, an action-level one on the step from state i to i + 1, a temporal
// one on the suffix). By induction on the translation, tr(F) holds at position i of w iff F
// holds at the suffix of s from i, under these rules:
//  * /\, \/, ~, =>, <=>, #, \notin, IF in formula position: the boolean connectives (as in
//    every tlapx backend, a formula position is boolean).
//  * [] F, <> F: always, eventually; P ~> Q == [](P => <>Q); WF_v(A) ==
//    <>[](ENABLED <<A>>_v) => []<><<A>>_v and SF_v(A) == []<>(ENABLED <<A>>_v) => []<><<A>>_v
//    by their definitions, with [A]_v, <<A>>_v and UNCHANGED expanded by the obligation
//    generator's own expansion (A \/ v' = v, A /\ v' # v), so they meet the same atoms
//    as the user's expanded formulas.
//  * P' for a state-level P: "next P" (P' is P evaluated in the next state).
//  * \A x \in S : []F as [](\A x \in S : F), \E x \in S : <>F as <>(\E x \in S : F), when
//    every domain S is constant (or absent): a bound variable is rigid and a constant
//    domain has the same value at every suffix, so "for all x in S, at every suffix" is
//    "at every suffix, for all x in S" (and dually for some x, at some suffix).
//  * a leaf (no boolean or temporal structure at its top) of action level whose state
//    variables and state-level parts all occur under primes: "next" of the leaf with
//    those primes removed (priming a state-level expression evaluates it in the next
//    state; constant parts are the same in every state).
//  * any other leaf: an atom; structurally equal leaves (up to bound-variable names)
//    denote the same value and share the atom. Leaves whose level cannot be trusted
//    (unresolved references, step names, nested sequents) are temporal atoms, which are
//    constrained by nothing.
//  * a constant-level atom is rigid: a constant has the same value in every state.
// So a behavior refuting the obligation gives a word satisfying the problem: the goal's
// negation and the hypotheses at position 0 (an ASSUME/PROVE fact without NEW as the
// implication it states; with NEW it is an unconstrained atom, as good as dropped), and
// the facts the generator marked holdsAlways as invariants, true at every position: such a
// fact is a theorem, or was proved from box-closed hypotheses only (prover/time_flag.hpp),
// which hold at every suffix of a behavior satisfying them, so the fact does too. This
// includes temporal facts, as in TLAPS (e.g. a proved (\A n : P(n) => <>Q) =>
// ((\E n : P(n)) => <>Q) used under []). Unsatisfiability therefore proves the obligation.
#include "backends/ptl/abstraction.hpp"

#include <string>
#include <unordered_map>

#include "backends/expr_key.hpp"
#include "frontend/ast_walk.hpp"
#include "frontend/level_check.hpp"
#include "prover/context.hpp"
#include "prover/expansion.hpp"

namespace tlapx::ptl {

namespace {

bool isBuiltin(const Expr& e, BuiltinOp op) { return e.kind == ExprKind::Builtin && e.op == op; }

bool hasNewSymbol(const Expr& sequent) {
  for (const auto& h : sequent.hyps)
    if (h.newDecl) return true;
  return false;
}

// Whether expressionLevel can be trusted on `e`: every reference is resolved to a symbol
// whose level the level checker knows.
bool levelReliable(const Expr& e) {
  bool reliable = true;
  visitExprs(e, [&reliable](const Expr& x) {
    switch (x.kind) {
      case ExprKind::StepRef:
      case ExprKind::Ref:
      case ExprKind::ModuleRef:
      case ExprKind::Sequent:
        reliable = false;
        return;
      case ExprKind::Ident:
      case ExprKind::OpApp: {
        const Decl* d = prover::definitionOf(x.decl);
        if (d == nullptr) {
          reliable = false;
          return;
        }
        switch (d->kind) {
          case DeclKind::Constant:
          case DeclKind::Variable:
          case DeclKind::OpParam:
          case DeclKind::BoundVar:
          case DeclKind::NewSymbol:
            return;
          case DeclKind::Operator:
          case DeclKind::Function:
          case DeclKind::Theorem:
          case DeclKind::Assumption:
            reliable = reliable && (d->primitive || d->body != nullptr);
            return;
          default:
            reliable = false;
            return;
        }
      }
      default:
        return;
    }
  });
  return reliable;
}

class Abstractor {
 public:
  explicit Abstractor(Abstraction& out) : out_(out) {}

  FormulaId formula(const ExprPtr& e);
  FormulaId sequent(const Expr& s);
  Level level(const ExprPtr& e);
  LtlStore& store() { return out_.problem.store; }

 private:
  FormulaId leaf(const ExprPtr& e);
  FormulaId atom(const ExprPtr& e, Level l);
  FormulaId expanded(const ExprPtr& e) { return formula(expander_.expand(e)); }
  FormulaId fairness(const Expr& e);
  FormulaId quantifier(const ExprPtr& e);
  bool primedStateOnly(const ExprPtr& e);
  ExprPtr unprimed(const ExprPtr& e);

  Abstraction& out_;
  std::unordered_map<std::string, std::uint32_t> atomIndex_;
  // Keyed by address; holding the expression keeps the address from being reused.
  std::unordered_map<const Expr*, std::pair<ExprPtr, Level>> levels_;
  prover::Context emptyContext_;
  prover::Expander expander_{emptyContext_, false};
};

Level Abstractor::level(const ExprPtr& e) {
  auto it = levels_.find(e.get());
  if (it != levels_.end()) return it->second.second;
  const Level l = levelReliable(*e) ? expressionLevel(*e) : Level::Temporal;
  levels_.emplace(e.get(), std::make_pair(e, l));
  return l;
}

FormulaId Abstractor::formula(const ExprPtr& e) {
  LtlStore& s = store();
  const auto& a = e->args;
  switch (e->kind) {
    case ExprKind::Label:
      return formula(a[0]);
    case ExprKind::If: {
      const FormulaId c = formula(a[0]);
      return s.disj(s.conj(c, formula(a[1])), s.conj(s.neg(c), formula(a[2])));
    }
    case ExprKind::Sequent:
      return hasNewSymbol(*e) ? leaf(e) : sequent(*e);
    case ExprKind::BoxAction:
    case ExprKind::AngleAction:
      return expanded(e);
    case ExprKind::Fairness:
      return fairness(*e);
    case ExprKind::Quant:
      return quantifier(e);
    case ExprKind::Builtin:
      break;
    default:
      return leaf(e);
  }
  switch (e->op) {
    case BuiltinOp::True: return s.truth();
    case BuiltinOp::False: return s.falsity();
    case BuiltinOp::And: {
      FormulaId r = s.truth();
      for (const auto& x : a) r = s.conj(r, formula(x));
      return r;
    }
    case BuiltinOp::Or: {
      FormulaId r = s.falsity();
      for (const auto& x : a) r = s.disj(r, formula(x));
      return r;
    }
    case BuiltinOp::Not: return s.neg(formula(a[0]));
    case BuiltinOp::Implies: return s.implies(formula(a[0]), formula(a[1]));
    case BuiltinOp::Equiv: return s.iff(formula(a[0]), formula(a[1]));
    case BuiltinOp::Neq: return s.neg(leaf(makeBuiltin(BuiltinOp::Eq, a, e->range)));
    case BuiltinOp::NotIn: return s.neg(leaf(makeBuiltin(BuiltinOp::In, a, e->range)));
    case BuiltinOp::Always: return s.always(formula(a[0]));
    case BuiltinOp::Eventually: return s.eventually(formula(a[0]));
    case BuiltinOp::LeadsTo: return s.always(s.implies(formula(a[0]), s.eventually(formula(a[1]))));
    case BuiltinOp::Unchanged: return expanded(e);
    case BuiltinOp::Prime:
      return level(a[0]) <= Level::State ? s.next(formula(a[0])) : leaf(e);
    default: return leaf(e);
  }
}

// ASSUME h1, ..., hn PROVE g (no NEW): h1 /\ ... /\ hn => g.
FormulaId Abstractor::sequent(const Expr& s) {
  FormulaId hyps = store().truth();
  for (const auto& h : s.hyps)
    if (h.fact) hyps = store().conj(hyps, formula(h.fact));
  return store().implies(hyps, formula(s.args[0]));
}

// WF_v(A) / SF_v(A) by definition, through the generator's expansion of <<A>>_v.
FormulaId Abstractor::fairness(const Expr& e) {
  LtlStore& s = store();
  auto angle = makeExpr(ExprKind::AngleAction, e.range);
  angle->args = {e.args[1], e.args[0]};
  const FormulaId step = expanded(angle);
  const FormulaId enabled = expanded(makeBuiltin(BuiltinOp::Enabled, {angle}, e.range));
  const FormulaId premise = e.fairnessStrong ? s.always(s.eventually(enabled)) : s.eventually(s.always(enabled));
  return s.implies(premise, s.always(s.eventually(step)));
}

// \A over [] and \E over <> commute when the domains are constant (see the top).
FormulaId Abstractor::quantifier(const ExprPtr& e) {
  const bool forall = e->quantOp == QuantOp::Forall;
  const Expr* body = e->args[0].get();
  while (body->kind == ExprKind::Label) body = body->args[0].get();
  if (!isBuiltin(*body, forall ? BuiltinOp::Always : BuiltinOp::Eventually)) return leaf(e);
  for (const auto& b : e->binders) {
    if (b.domain && level(b.domain) != Level::Constant) return leaf(e);
  }
  auto inner = std::make_shared<Expr>(*e);
  inner->args[0] = body->args[0];
  const FormulaId f = formula(inner);
  return forall ? store().always(f) : store().eventually(f);
}

FormulaId Abstractor::leaf(const ExprPtr& e) {
  const Level l = level(e);
  if (l == Level::Action && primedStateOnly(e)) {
    const ExprPtr now = unprimed(e);
    return store().next(atom(now, level(now)));
  }
  return atom(e, l);
}

FormulaId Abstractor::atom(const ExprPtr& e, Level l) {
  auto [it, fresh] = atomIndex_.emplace(exprKey(*e), static_cast<std::uint32_t>(out_.atoms.size()));
  if (fresh) {
    out_.atoms.push_back(e);
    out_.problem.rigid.push_back(l == Level::Constant);
  }
  return store().atom(it->second);
}

// Every state variable and state-level part of `e` occurs under a prime (applied to a
// state-level expression): `e` is some state-level expression, primed.
bool Abstractor::primedStateOnly(const ExprPtr& e) {
  const Level l = level(e);
  if (l == Level::Constant) return true;
  if (isBuiltin(*e, BuiltinOp::Prime)) return level(e->args[0]) <= Level::State;
  if (l == Level::Temporal) return false;
  auto childrenOk = [this, &e] {
    bool ok = true;
    forEachChild(*e, [this, &ok](const ExprPtr& c) { ok = ok && primedStateOnly(c); });
    return ok;
  };
  switch (e->kind) {
    case ExprKind::Ident:
    case ExprKind::OpApp: {
      if (e->decl == nullptr) return false;
      const Decl& d = *prover::definitionOf(e->decl);
      switch (d.kind) {
        case DeclKind::BoundVar:
          return !d.flexible && childrenOk();  // \EE / \AA bind variables
        case DeclKind::Constant:
        case DeclKind::OpParam:
          return childrenOk();
        case DeclKind::NewSymbol:
          return d.newKind == NewKind::Constant && childrenOk();
        case DeclKind::Operator:
        case DeclKind::Function:
          return (d.primitive ||
                  applicationLevel(d, std::vector<Level>(e->args.size(), Level::Constant)) == Level::Constant) &&
                 childrenOk();
        default:
          return false;
      }
    }
    case ExprKind::Builtin:
      return !isBuiltin(*e, BuiltinOp::Enabled) && !isBuiltin(*e, BuiltinOp::Cdot) &&
             !isBuiltin(*e, BuiltinOp::Unchanged) && childrenOk();
    case ExprKind::Let:
    case ExprKind::Lambda:
    case ExprKind::Sequent:
    case ExprKind::TempQuant:
      return false;
    default:
      return childrenOk();
  }
}

// `e` with every prime removed (only called when primedStateOnly(e)).
ExprPtr Abstractor::unprimed(const ExprPtr& e) {
  if (isBuiltin(*e, BuiltinOp::Prime)) return e->args[0];
  bool changed = false;
  auto strip = [&](const ExprPtr& x) {
    if (!x) return x;
    ExprPtr r = unprimed(x);
    changed = changed || r != x;
    return r;
  };
  auto copy = std::make_shared<Expr>(*e);
  for (auto& a : copy->args) a = strip(a);
  for (auto& b : copy->binders) b.domain = strip(b.domain);
  for (auto& c : copy->excepts) {
    for (auto& p : c.path)
      for (auto& i : p.index) i = strip(i);
    c.value = strip(c.value);
  }
  return changed ? copy : e;
}

}  // namespace

Abstraction abstractObligation(const Obligation& obligation) {
  Abstraction out;
  Abstractor abs(out);
  LtlStore& s = abs.store();
  FormulaId initial = s.truth();
  auto declaration = [&](const Decl& d, const ExprPtr& domain) {
    if (!domain) return;
    auto self = makeExpr(ExprKind::Ident, d.range);
    self->decl = &d;
    self->name = d.name;
    initial = s.conj(initial, abs.formula(makeBuiltin(BuiltinOp::In, {self, domain}, d.range)));
  };
  for (const auto& h : obligation.hyps) {
    if (h.kind == ObligationHyp::Kind::Declaration) {
      if (h.decl != nullptr) declaration(*h.decl, h.domain);
      continue;
    }
    if (!h.fact) continue;
    const FormulaId f = abs.formula(h.fact);
    if (h.holdsAlways) {
      out.problem.invariants.push_back(f);
    } else {
      initial = s.conj(initial, f);
    }
  }
  // The goal's own ASSUME ... PROVE: its NEW symbols are fresh (free in the atoms), its
  // hypotheses hold at position 0.
  ExprPtr goal = obligation.goal;
  while (goal->kind == ExprKind::Sequent) {
    for (const auto& h : goal->hyps) {
      if (h.newDecl) declaration(*h.newDecl, h.newDecl->body);
      if (h.fact) initial = s.conj(initial, abs.formula(h.fact));
    }
    goal = goal->args[0];
  }
  out.problem.initial = s.conj(initial, s.neg(abs.formula(goal)));
  return out;
}

}  // namespace tlapx::ptl
