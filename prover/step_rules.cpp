// The TLAPS step rules: context and goal transformations of each proof construct and the
// obligations they emit (see step_rules.hpp).
#include "prover/step_rules.hpp"

#include <unordered_map>

#include "frontend/level_check.hpp"
#include "prover/expansion.hpp"
#include "prover/fingerprint.hpp"
#include "prover/time_flag.hpp"
#include "prover/pragmas.hpp"

namespace tlapx::prover {

namespace {

ExprPtr trueExpr(SourceRange range) { return makeBuiltin(BuiltinOp::True, {}, range); }

ExprPtr conjunction(const std::vector<ExprPtr>& facts, SourceRange range) {
  if (facts.empty()) return trueExpr(range);
  if (facts.size() == 1) return facts.front();
  return makeBuiltin(BuiltinOp::And, facts, range);
}

// The hypotheses and goal of a statement: `ASSUME hyps PROVE goal`, or no hypotheses.
std::pair<std::vector<SequentHyp>, ExprPtr> splitSequent(const ExprPtr& statement) {
  if (statement && statement->kind == ExprKind::Sequent) return {statement->hyps, statement->args[0]};
  return {{}, statement};
}

bool isNamed(const ProofStep& s) { return !s.label.empty(); }

// One bound variable of a quantified goal, as TAKE and WITNESS consume them.
struct BoundSlot {
  DeclPtr var;
  ExprPtr domain;
};

// The leading quantifier of kind `q` of `goal`, flattened: its variables and body.
bool openQuantifier(const ExprPtr& goal, QuantOp q, std::vector<BoundSlot>& slots, ExprPtr& body) {
  if (!goal || goal->kind != ExprKind::Quant || goal->quantOp != q) return false;
  for (const auto& b : goal->binders) {
    if (b.tuple) return false;
    for (const auto& v : b.vars) slots.push_back({v, b.domain});
  }
  body = goal->args[0];
  return true;
}

ExprPtr closeQuantifier(QuantOp q, const std::vector<BoundSlot>& slots, std::size_t from,
                        const ExprPtr& body, SourceRange range) {
  if (from >= slots.size()) return body;
  auto e = makeExpr(ExprKind::Quant, range);
  e->quantOp = q;
  for (std::size_t i = from; i < slots.size(); ++i) {
    if (!e->binders.empty() && e->binders.back().domain == slots[i].domain)
      e->binders.back().vars.push_back(slots[i].var);
    else
      e->binders.push_back(Binder{{slots[i].var}, false, slots[i].domain});
  }
  e->args.push_back(body);
  return e;
}

bool sameExpr(const ExprPtr& a, const ExprPtr& b) {
  return a == b || (a && b && canonicalText(*a) == canonicalText(*b));
}

}  // namespace

ExprPtr StepRules::expandGoal(const Context& context, const ExprPtr& goal) {
  Expander expander(context, context.expandEnabled());
  return expander.expand(goal);
}

void StepRules::prove(const Proof* proof, const Context& context, SourceRange at) {
  if (proof == nullptr) {
    sink_.emit(ObligationKind::Missing, context, context.goal, at, at);
    return;
  }
  switch (proof->kind) {
    case ProofKind::Obvious:
      sink_.emit(ObligationKind::Main, context, context.goal, proof->range, at);
      return;
    case ProofKind::Omitted:
      sink_.emit(ObligationKind::Omitted, context, context.goal, proof->range, at);
      return;
    case ProofKind::By: {
      Context c = context;
      use(proof->by, c, at);
      sink_.emit(ObligationKind::Main, c, c.goal, proof->range, at);
      return;
    }
    case ProofKind::Steps:
      steps(*proof, context);
      return;
  }
}

void StepRules::use(const UseBy& use, Context& context, SourceRange at) {
  setDefinitions(use.defs, context, true);
  const std::size_t before = context.factCount();
  for (const auto& fact : use.facts) cite(fact, context, at);
  if (use.only) context.forgetAllButLast(context.factCount() - before);
}

void StepRules::hide(const UseBy& use, Context& context) {
  setDefinitions(use.defs, context, false);
  for (const auto& fact : use.facts) {
    const void* cited = nullptr;
    if (fact->kind == ExprKind::StepRef) cited = fact->step;
    if ((fact->kind == ExprKind::Ident || fact->kind == ExprKind::OpApp) && fact->decl != nullptr)
      cited = fact->decl;
    const std::string canonical = canonicalText(*fact);
    context.hideFacts([&](const ContextEntry& e) {
      if (cited != nullptr && e.citedAs == cited) return true;
      return e.fact && canonicalText(*e.fact) == canonical;
    });
  }
}

void StepRules::setDefinitions(const std::vector<ExprPtr>& defs, Context& context, bool usable) {
  for (const auto& d : defs) {
    if (d->decl == nullptr) continue;
    const Decl* decl = definitionOf(d->decl);
    if (decl->kind == DeclKind::Instance && decl->instance) {  // DEF I: every definition of I
      for (const auto& copy : decl->instance->copies)
        if (isDefinition(*copy)) context.setUsable(copy.get(), usable);
      continue;
    }
    context.setUsable(decl, usable);
  }
}

void StepRules::cite(const ExprPtr& fact, Context& context, SourceRange stepRange) {
  if (const Decl* pragma = pragmaOf(*fact)) {
    // A pragma is the fact TRUE (a trivial citation) that selects the backend.
    if (auto error = budgetError(*fact, *pragma)) sink_.error(fact->range.begin, std::move(*error));
    sink_.emit(ObligationKind::Trivial, context, trueExpr(fact->range), fact->range, stepRange);
    context.addPragma(methodRequestOf(*fact, *pragma), *pragma);
    return;
  }
  if (fact->kind == ExprKind::StepRef && fact->step != nullptr) {
    const Citable* c = context.citable(fact->step);
    // A step cited where it denotes nothing (the resolver reports it) adds only TRUE.
    Citable meaning = c != nullptr ? *c : Citable{nullptr, true};
    if (!meaning.statement) meaning.statement = trueExpr(fact->range);
    sink_.emit(ObligationKind::Trivial, context, meaning.statement, fact->range, stepRange);
    context.addFact(meaning.statement, true, meaning.holdsAlways, fact->step);
    return;
  }
  const Decl* decl = fact->decl;
  if ((fact->kind == ExprKind::Ident || fact->kind == ExprKind::OpApp) && decl != nullptr &&
      (decl->kind == DeclKind::Theorem || decl->kind == DeclKind::Assumption)) {
    ExprPtr statement = decl->body ? statementOf(*decl, fact->args) : nullptr;
    if (!statement) statement = trueExpr(fact->range);
    sink_.emit(ObligationKind::Trivial, context, statement, fact->range, stepRange);
    context.addFact(statement, true, true, decl);  // theorems and assumptions hold always
    return;
  }
  if (fact->kind == ExprKind::ModuleRef) return;  // MODULE M as a fact: nothing to add
  // An expression: proved from the current context, trivially if it is already a fact.
  const std::string canonical = canonicalText(*fact);
  bool trivial = fact->kind == ExprKind::Builtin && fact->op == BuiltinOp::True;
  for (const auto& e : context.entries()) {
    if (trivial) break;
    if (e.kind == ContextEntry::Kind::Fact && e.fact) trivial = canonicalText(*e.fact) == canonical;
    if (e.kind == ContextEntry::Kind::Declaration && e.domain && fact->kind == ExprKind::Builtin &&
        fact->op == BuiltinOp::In && fact->args[0]->decl == e.decl)
      trivial = sameExpr(fact->args[1], e.domain);
  }
  sink_.emit(trivial ? ObligationKind::Trivial : ObligationKind::Support, context, fact, fact->range,
             stepRange);
  context.addFact(fact, true, context.always);
}

void StepRules::declare(const Decl* decl, const ExprPtr& domain, Context& context) {
  if (domain) context.assumeAtLevel(expressionLevel(*domain));
  context.declare(decl, domain);
  // `x \in S` holds in every state only if S is constant-level (or box-closed).
  if (domain && !boxClosed(*domain)) context.always = false;
}

ExprPtr StepRules::assume(const std::vector<SequentHyp>& hyps, Context& context, bool visible) {
  std::vector<ExprPtr> facts;
  bool always = true;
  for (const auto& h : hyps) {
    if (h.newDecl) declare(h.newDecl.get(), h.newDecl->body, context);
    if (h.fact) {
      context.assumeAtLevel(expressionLevel(*h.fact));
      const bool closed = boxClosed(*h.fact);
      context.addFact(h.fact, visible, closed);
      facts.push_back(h.fact);
      always = always && closed;
    }
  }
  context.always = context.always && always;
  return conjunction(facts, {});
}

void StepRules::steps(const Proof& proof, Context context) {
  for (const auto& s : proof.steps) {
    if (s->kind == StepKind::Qed)
      prove(s->proof.get(), context, s->range);
    else
      step(*s, context);
  }
}

void StepRules::step(const ProofStep& s, Context& context) {
  switch (s.kind) {
    case StepKind::Assert: {
      auto [hyps, goal] = splitSequent(s.expr);
      assertion(s, hyps, goal, s.expr, context);
      return;
    }
    case StepKind::Case: {
      std::vector<SequentHyp> hyps{SequentHyp{nullptr, s.expr}};
      auto statement = makeSequent(hyps, context.goal, s.range);
      assertion(s, hyps, context.goal, statement, context);
      return;
    }
    case StepKind::Suffices: return suffices(s, context);
    case StepKind::Pick: return pick(s, context);
    case StepKind::Take: return take(s, context);
    case StepKind::Witness: return witness(s, context);
    case StepKind::Have: return have(s, context);
    case StepKind::Define:
      for (const auto& d : s.defs) context.setUsable(d.get(), true);
      return;
    case StepKind::Use: return use(s.use, context, s.range);
    case StepKind::Hide: return hide(s.use, context);
    case StepKind::Instance:
    case StepKind::Qed:
      return;
  }
}

// <n>l. ASSUME H PROVE G: the proof proves G with H (usable only for unnamed steps;
// a named step's assumptions are cited by its name); afterwards the step is a fact.
void StepRules::assertion(const ProofStep& s, const std::vector<SequentHyp>& hyps, ExprPtr goal,
                          ExprPtr statement, Context& context) {
  Context inner = context;
  ExprPtr assumed = assume(hyps, inner, !isNamed(s));
  inner.setCitable(&s, Citable{assumed, inner.always});
  inner.goal = std::move(goal);
  prove(s.proof.get(), inner, s.range);
  context.setCitable(&s, Citable{statement, context.always});
  context.addFact(statement, !isNamed(s), context.always, &s);
}

// SUFFICES ASSUME H PROVE G: the proof proves the current goal with the SUFFICES statement
// usable; afterwards the goal is G with H in the context.
void StepRules::suffices(const ProofStep& s, Context& context) {
  auto [hyps, goal] = splitSequent(s.expr);
  Context inner = context;
  inner.setCitable(&s, Citable{s.expr, context.always});
  inner.addFact(s.expr, true, context.always, &s);
  prove(s.proof.get(), inner, s.range);
  ExprPtr assumed = assume(hyps, context, !isNamed(s));
  context.setCitable(&s, Citable{assumed, context.always});
  context.goal = std::move(goal);
}

// PICK x \in S : P: the proof proves \E x \in S : P; afterwards x is declared and P holds.
void StepRules::pick(const ProofStep& s, Context& context) {
  auto exists = makeExpr(ExprKind::Quant, s.range);
  exists->quantOp = QuantOp::Exists;
  exists->binders = s.binders;
  exists->args.push_back(s.expr);
  Context inner = context;
  inner.goal = exists;
  prove(s.proof.get(), inner, s.range);

  std::vector<SequentHyp> hyps;
  for (const auto& b : s.binders) {
    if (b.tuple) {
      auto tuple = makeExpr(ExprKind::Tuple, s.range);
      for (const auto& v : b.vars) {
        context.declare(v.get());
        tuple->args.push_back(makeIdent(*v, s.range));
      }
      if (b.domain) hyps.push_back({nullptr, makeBuiltin(BuiltinOp::In, {tuple, b.domain}, s.range)});
    } else {
      for (const auto& v : b.vars) declare(v.get(), b.domain, context);
    }
  }
  hyps.push_back({nullptr, s.expr});
  ExprPtr assumed = assume(hyps, context, !isNamed(s));
  context.setCitable(&s, Citable{assumed, context.always});
}

// TAKE x \in S: the goal \A x \in T : P becomes P with x declared; proved (as tlapm does)
// by citing ASSUME NEW x PROVE P and, when T differs from S, T \subseteq S.
void StepRules::take(const ProofStep& s, Context& context) {
  const Context before = context;  // the implicit proof runs in the context before the TAKE
  const ExprPtr oldGoal = context.goal;
  ExprPtr goal = expandGoal(context, oldGoal);
  DeclValueMap bindings;
  std::vector<CitedFact> cited;
  std::vector<SequentHyp> newHyps;
  std::vector<BoundSlot> slots;
  ExprPtr body = goal;
  std::size_t next = 0;
  for (const auto& b : s.binders) {
    for (const auto& v : b.vars) {
      if (next == slots.size()) {  // open the next quantifier of the goal
        goal = body;
        slots.clear();
        next = 0;
        if (!openQuantifier(goal, QuantOp::Forall, slots, body)) break;
      }
      const BoundSlot& slot = slots[next++];
      bindings[slot.var.get()] = makeIdent(*v, s.range);
      ExprPtr domain = b.domain ? b.domain : slot.domain;
      if (b.domain && slot.domain && !sameExpr(b.domain, slot.domain))
        cited.push_back({makeBuiltin(BuiltinOp::Subseteq, {slot.domain, b.domain}, s.range), false});
      declare(v.get(), domain, context);
      newHyps.push_back({v, nullptr});
      if (domain) newHyps.push_back({nullptr, makeBuiltin(BuiltinOp::In, {makeIdent(*v), domain}, s.range)});
    }
  }
  Expander expander(context, context.expandEnabled());
  ExprPtr newGoal =
      expander.expandWith(closeQuantifier(QuantOp::Forall, slots, next, body, s.range),
                          bindings);
  cited.insert(cited.begin(), CitedFact{makeSequent(newHyps, newGoal, s.range), true});
  proveFromOnly(cited, oldGoal, before, s.range);
  context.goal = newGoal;
}

// WITNESS e: the goal \E x \in S : P becomes P[x := e]; as in tlapm, the old goal is proved
// from the new one, with a support obligation for each membership e \in S.
void StepRules::witness(const ProofStep& s, Context& context) {
  const ExprPtr oldGoal = context.goal;
  ExprPtr goal = expandGoal(context, oldGoal);
  DeclValueMap bindings;
  std::vector<ExprPtr> aux;
  std::vector<BoundSlot> slots;
  ExprPtr body = goal;
  std::size_t next = 0;
  for (const auto& w : s.exprs) {
    if (next == slots.size()) {
      goal = body;
      slots.clear();
      next = 0;
      if (!openQuantifier(goal, QuantOp::Exists, slots, body)) break;
    }
    const BoundSlot& slot = slots[next++];
    ExprPtr value = w;
    if (w->kind == ExprKind::Builtin && w->op == BuiltinOp::In) {
      value = w->args[0];
      aux.push_back(w);
      if (slot.domain && !sameExpr(w->args[1], slot.domain))
        aux.push_back(makeBuiltin(BuiltinOp::Subseteq, {w->args[1], slot.domain}, w->range));
    } else if (slot.domain) {
      aux.push_back(makeBuiltin(BuiltinOp::In, {w, slot.domain}, w->range));
    }
    bindings[slot.var.get()] = value;
  }
  // The witnesses go in as written: their definitions are expanded in each obligation with
  // the visibility there (a later HIDE DEF keeps them opaque on both sides, as in tlapm).
  ExprPtr newGoal = substitute(closeQuantifier(QuantOp::Exists, slots, next, body, s.range), bindings);
  Context inner = context;
  inner.addFact(newGoal, true, context.always, &s);
  if (aux.empty()) {
    sink_.emit(ObligationKind::Main, inner, oldGoal, s.range, s.range);
  } else {
    std::vector<CitedFact> cited;
    for (const auto& a : aux) {  // <k>. a  BY a
      Context c = inner;
      c.goal = a;
      cite(a, c, s.range);
      sink_.emit(ObligationKind::Main, c, a, s.range, s.range);
      cited.push_back({a, true});
    }
    cited.push_back({newGoal, true});
    proveFromOnly(cited, oldGoal, inner, s.range);
  }
  context.goal = newGoal;
}

// HAVE e: the goal A => B becomes B with e assumed; the old goal is proved from
// ASSUME e PROVE B alone.
void StepRules::have(const ProofStep& s, Context& context) {
  ExprPtr goal = expandGoal(context, context.goal);
  ExprPtr newGoal = context.goal;
  if (goal->kind == ExprKind::Builtin && goal->op == BuiltinOp::Implies) newGoal = goal->args[1];
  std::vector<SequentHyp> hyps{SequentHyp{nullptr, s.expr}};
  proveFromOnly({CitedFact{makeSequent(hyps, newGoal, s.range), true}}, context.goal, context, s.range);
  ExprPtr assumed = assume(hyps, context, !isNamed(s));
  context.setCitable(&s, Citable{assumed, context.always});
  context.goal = newGoal;
}

void StepRules::proveFromOnly(const std::vector<CitedFact>& facts, const ExprPtr& goal, Context context,
                              SourceRange range) {
  for (const auto& f : facts) {
    sink_.emit(f.trivial ? ObligationKind::Trivial : ObligationKind::Support, context, f.fact, range, range);
    context.addFact(f.fact, true, context.always);
  }
  context.forgetAllButLast(facts.size());
  sink_.emit(ObligationKind::Main, context, goal, range, range);
}

}  // namespace tlapx::prover
