// Term translation: formulas, terms, operator applications (LET, LAMBDA, operator
// arguments), primitives of the standard modules, quantifiers, EXCEPT and UNCHANGED.
#include "backends/z3/translator.hpp"

#include <algorithm>

#include <z3.h>

#include "backends/expr_key.hpp"
#include "backends/z3/product_binders.hpp"

namespace tlapx::z3enc {

namespace {

constexpr int kMaxExpansion = 4;  // nested expansions of one LET definition (recursion)
constexpr int kBooleanDefinitionDepth = 4;  // definitions followed to see that one is a formula

bool isStateLevel(const Decl& d) {
  switch (d.kind) {
    case DeclKind::Variable: return true;
    case DeclKind::NewSymbol: return d.newKind != NewKind::Constant;
    // Hidden definitions: their level is not trusted here, so a primed application is
    // always a distinct symbol (sound for any level).
    case DeclKind::Operator:
    case DeclKind::Function:
    case DeclKind::Theorem:
    case DeclKind::Assumption: return true;
    default: return false;
  }
}

// Whether `e` contains an application of `f`.
bool applies(const z3::expr& e, const z3::func_decl& f) {
  if (!e.is_app()) return false;
  if (e.decl().id() == f.id()) return true;
  for (unsigned i = 0; i < e.num_args(); ++i) {
    if (applies(e.arg(i), f)) return true;
  }
  return false;
}

// Whether every variable of `vars` occurs in `e`.
bool mentionsAll(const z3::expr& e, const Exprs& vars) {
  return std::all_of(vars.begin(), vars.end(), [&](const z3::expr& v) {
    std::vector<z3::expr> todo{e};
    while (!todo.empty()) {
      z3::expr t = todo.back();
      todo.pop_back();
      if (z3::eq(t, v)) return true;
      if (!t.is_app()) continue;
      for (unsigned i = 0; i < t.num_args(); ++i) todo.push_back(t.arg(i));
    }
    return false;
  });
}

// The trigger of a quantified recursion-like equation `\A vars : f(args) = rhs` whose
// rhs applies f again (OccurrencesBefore(v, j+1) = ... OccurrencesBefore(v, j) ...): its
// left side alone. Left to Z3, the instances of a pattern taken from the rhs make new
// left-side terms that match it again (an E-matching loop). Patterns only steer
// instantiation: every instance is still one of the formula.
Patterns rewritePatterns(const Exprs& vars, const z3::expr& conclusion) {
  if (vars.empty() || !conclusion.is_app() || conclusion.decl().decl_kind() != Z3_OP_EQ) return {};
  const z3::expr lhs = conclusion.arg(0);
  if (!lhs.is_app() || lhs.num_args() == 0 || lhs.decl().decl_kind() != Z3_OP_UNINTERPRETED ||
      !applies(conclusion.arg(1), lhs.decl()) || !mentionsAll(lhs, vars)) {
    return {};
  }
  return {{lhs}};
}

bool isName(const Decl& d, std::initializer_list<const char*> names) {
  return std::any_of(names.begin(), names.end(), [&](const char* n) { return d.name == n; });
}

}  // namespace

Pol flip(Pol p) {
  switch (p) {
    case Pol::Pos: return Pol::Neg;
    case Pol::Neg: return Pol::Pos;
    case Pol::Both: break;
  }
  return Pol::Both;
}

Translator::Translator(Signature& sig, IntDecls ints, std::set<const Decl*> opaque)
    : sig_(sig), ints_(std::move(ints)), opaque_(std::move(opaque)) {}

// ------------------------------------------------------------------ environment ---

const Translator::Binding* Translator::lookup(const Decl* d) const {
  for (const EnvNode* n = env_.get(); n != nullptr; n = n->next.get()) {
    if (n->decl == d) return n->binding.get();
  }
  return nullptr;
}

void Translator::bind(const Decl* d, Binding b) {
  env_ = std::make_shared<const EnvNode>(
      EnvNode{d, std::make_shared<const Binding>(std::move(b)), env_});
}

Translator::BoundVar Translator::freshVar(const Decl* d, bool asInt) {
  // Named by lifting level and depth, so that a construct translated twice yields the
  // same Z3 term (lifted symbols are shared by their definitions).
  const std::string name = numbered(numbered("q", lift_) + "_", depth_++);
  quantified_ = true;
  z3::expr c = asInt ? sig_.intVar(name) : sig_.var(name);
  boundConstants_.emplace(c.id(), c);
  return {d, c, asInt ? intVal(c) : Val{c, std::nullopt}};
}

void Translator::pushVar(const BoundVar& v) {
  bindName(v);
  scopeVars_.push_back(v.constant);
}

void Translator::bindName(const BoundVar& v) {
  if (v.decl == nullptr) return;
  Binding b;
  b.val = v.val;
  b.quantified = true;
  bind(v.decl, std::move(b));
}

void Translator::noteSymbolConstant(const Val& v) {
  symbolConstants_.emplace(v.u.id(), v.u);
  if (v.i) symbolConstants_.emplace(v.i->id(), *v.i);
}

void Translator::skolemize(const Decl* d) {
  const std::string name = "sk:" + d->name + "#" + std::to_string(declIds_.size());
  declIds_.emplace(d, declIds_.size());
  Binding b;
  if (ints_.count({d, false}) != 0) {
    b.val = intVal(sig_.intVar(name));
  } else {
    b.val = Val{sig_.var(name), std::nullopt};
  }
  noteSymbolConstant(*b.val);
  bind(d, std::move(b));
}

void Translator::bindArgs(const std::vector<DeclPtr>& params, const std::vector<ExprPtr>& args,
                          const Env& argEnv, bool argPrimed) {
  if (params.size() != args.size()) throw EncodeError("operator applied to wrong number of arguments");
  for (std::size_t i = 0; i < params.size(); ++i) {
    const Expr& arg = *args[i];
    Binding b;
    b.env = argEnv;
    b.primed = argPrimed;
    if (params[i]->arity > 0 && arg.kind == ExprKind::Lambda) {
      b.kind = Binding::Kind::Operator;
      b.expr = &arg;
    } else if (params[i]->arity > 0) {
      // An operator passed by name: reuse its binding, or refer to the definition.
      const Binding* outer = nullptr;
      for (const EnvNode* n = argEnv.get(); n != nullptr && outer == nullptr; n = n->next.get()) {
        if (n->decl == arg.decl) outer = n->binding.get();
      }
      if (outer != nullptr) {
        b = *outer;
      } else {
        b.kind = Binding::Kind::Operator;
        b.def = arg.decl;
      }
    } else {
      b.kind = Binding::Kind::Closure;
      b.expr = &arg;
    }
    bind(params[i].get(), std::move(b));
  }
}

template <typename R>
std::optional<R> Translator::throughBinding(const Expr& e,
                                            const std::function<R(const Expr&)>& onExpr) {
  const Binding* b = e.decl != nullptr ? lookup(e.decl) : nullptr;
  const std::optional<Binding> visible = b == nullptr ? visibleDefinition(e.decl) : std::nullopt;
  if (visible) b = &*visible;
  if (b == nullptr || b->kind == Binding::Kind::Value) return std::nullopt;
  const Env callerEnv = env_;
  const bool callerPrimed = primed_;
  EnvScope scope(*this);
  if (b->kind == Binding::Kind::Closure) {
    env_ = b->env;
    // An argument is primed where the caller primed it and where the body primes the
    // parameter (Nxt(p) == p' makes Nxt(x) x').
    primed_ = primed_ || b->primed;
    return onExpr(*b->expr);
  }
  if (b->expr != nullptr) {  // LAMBDA
    env_ = b->env;
    bindArgs(b->expr->params, e.args, callerEnv, callerPrimed);
    return onExpr(*b->expr->args[0]);
  }
  const Decl* def = b->def;
  if (def->body == nullptr || (def->kind != DeclKind::Operator && def->kind != DeclKind::Function)) {
    // An operator argument naming a declared or primitive operator: apply it directly.
    auto app = std::make_shared<Expr>(ExprKind::OpApp, e.range);
    app->decl = def;
    app->name = def->name;
    app->args = e.args;
    synthetic_.push_back(app);
    return onExpr(*app);
  }
  int& active = expanding_[def];
  if (active >= kMaxExpansion) return std::nullopt;  // recursive: stays opaque
  ++active;
  struct Done {
    int& n;
    ~Done() { --n; }
  } done{active};
  env_ = b->env;
  // A RECURSIVE LET operator sees itself in its body (unfolded up to kMaxExpansion).
  if (letOperators_.count(def) != 0) bind(def, Binding(*b));
  bindArgs(def->params, e.args, callerEnv, callerPrimed);
  return onExpr(*def->body);
}

std::optional<Translator::Binding> Translator::visibleDefinition(const Decl* d) const {
  if (d == nullptr || d->primitive || d->recursive || d->body == nullptr ||
      d->kind != DeclKind::Operator || opaque_.count(d) != 0) {
    return std::nullopt;
  }
  Binding b;
  b.kind = Binding::Kind::Operator;
  b.def = d;
  return b;
}

void Translator::bindLet(const Expr& e) {
  for (const auto& d : e.letDefs) {
    Binding b;
    b.kind = Binding::Kind::Operator;
    b.def = d.get();
    b.env = env_;  // earlier definitions are visible, the definition itself is not
    b.primed = primed_;
    bind(d.get(), std::move(b));
    letOperators_.insert(d.get());
  }
}

// --------------------------------------------------------------------- formulas ---

z3::expr Translator::formula(const Expr& e, Pol pol) {
  switch (e.kind) {
    case ExprKind::Builtin: return formulaOfBuiltin(e, pol);
    case ExprKind::Quant: return quantifier(e, pol);
    case ExprKind::If:
      return z3::ite(formula(*e.args[0], Pol::Both), formula(*e.args[1], pol),
                     formula(*e.args[2], pol));
    case ExprKind::Let: {
      EnvScope scope(*this);
      bindLet(e);
      return formula(*e.args[0], pol);
    }
    case ExprKind::Label: return formula(*e.args[0], pol);
    case ExprKind::Sequent: return sequent(e, pol);
    case ExprKind::BoxAction:  // [A]_v == A \/ v' = v
      return formula(*e.args[0], pol) || unchanged(*e.args[1], pol);
    case ExprKind::AngleAction:  // <<A>>_v == A /\ v' # v
      return formula(*e.args[0], pol) && !unchanged(*e.args[1], flip(pol));
    case ExprKind::TempQuant:
    case ExprKind::Fairness:
    case ExprKind::StepRef: return opaque(e, sig_.ctx().bool_sort());
    case ExprKind::Ident:
    case ExprKind::OpApp: {
      if (const Binding* b = e.decl ? lookup(e.decl) : nullptr;
          b != nullptr && b->kind == Binding::Kind::Value) {
        return sig_.u2bool(b->val->u);
      }
      std::function<z3::expr(const Expr&)> f = [&](const Expr& x) { return formula(x, pol); };
      if (auto r = throughBinding(e, f)) return *r;
      if (e.decl != nullptr && e.decl->primitive) {
        if (auto r = primitiveFormula(e, *e.decl)) return *r;
        return sig_.u2bool(term(e).u);
      }
      return sig_.u2bool(symbolTerm(e, true).u);
    }
    default: return sig_.u2bool(term(e).u);
  }
}

z3::expr Translator::formulaOfBuiltin(const Expr& e, Pol pol) {
  z3::context& c = sig_.ctx();
  const auto& a = e.args;
  switch (e.op) {
    case BuiltinOp::True: return c.bool_val(true);
    case BuiltinOp::False: return c.bool_val(false);
    case BuiltinOp::And: {
      z3::expr r = c.bool_val(true);
      for (const auto& x : a) r = r && formula(*x, pol);
      return r;
    }
    case BuiltinOp::Or: {
      z3::expr r = c.bool_val(false);
      for (const auto& x : a) r = r || formula(*x, pol);
      return r;
    }
    case BuiltinOp::Not: return !formula(*a[0], flip(pol));
    case BuiltinOp::Implies: return z3::implies(formula(*a[0], flip(pol)), formula(*a[1], pol));
    case BuiltinOp::Equiv: return formula(*a[0], Pol::Both) == formula(*a[1], Pol::Both);
    case BuiltinOp::Eq: return equality(*a[0], *a[1], pol);
    case BuiltinOp::Neq: return !equality(*a[0], *a[1], flip(pol));
    case BuiltinOp::In: return membership(term(*a[0]), *a[1], pol);
    case BuiltinOp::NotIn: return !membership(term(*a[0]), *a[1], flip(pol));
    case BuiltinOp::Subseteq: return subseteq(*a[0], *a[1], pol);
    case BuiltinOp::Prime: {
      EnvScope scope(*this);
      primed_ = true;
      return formula(*a[0], pol);
    }
    case BuiltinOp::Unchanged: return unchanged(*a[0], pol);
    case BuiltinOp::Always:
    case BuiltinOp::Eventually: return temporal(e, pol);
    case BuiltinOp::Enabled:
    case BuiltinOp::Cdot:
    case BuiltinOp::LeadsTo:
    case BuiltinOp::WhilePlus: return opaque(e, c.bool_sort());
    default: return sig_.u2bool(term(e).u);
  }
}

z3::expr Translator::quantifier(const Expr& e, Pol pol) {
  const bool forall = e.quantOp == QuantOp::Forall;
  const z3::expr q = [&] {
    EnvScope scope(*this);
    z3::expr guards = sig_.ctx().bool_val(true);
    Exprs vars = enterBinders(e.binders, forall ? flip(pol) : pol, guards);
    z3::expr body = formula(*e.args[0], pol);
    return forall ? sig_.forall(vars, z3::implies(guards, body), rewritePatterns(vars, body))
                  : sig_.exists(vars, guards && body);
  }();
  // An existential to be proved, also with its product binders split (the same formula):
  // its witness may then be assembled from components.
  if (!forall && pol == Pol::Neg) {
    if (ExprPtr split = splitProductBinders(e)) {
      synthetic_.push_back(split);
      return q || quantifier(*split, pol);
    }
  }
  return q;
}

Exprs Translator::enterBinders(const std::vector<Binder>& binders, Pol guardPol,
                               z3::expr& guards) {
  std::vector<BoundVar> vars;
  std::vector<std::size_t> firsts;  // of each binder's variables
  for (const auto& b : binders) {
    firsts.push_back(vars.size());
    const bool asInt = b.domain && !b.tuple && isIntDomain(*b.domain);
    for (const auto& d : b.vars) vars.push_back(freshVar(d.get(), asInt));
  }
  // The constants join the lifting scope before the guards are translated: unfolding a
  // domain may lift a construct over them (x \in {n \in S : |{e \in G : n \in e}| = 0}
  // lifts {e \in G : x \in e}), which must take them as parameters, never as free
  // constants. Their names become visible after the guards (domains are outside the scope
  // of the variables being bound).
  for (const auto& v : vars) scopeVars_.push_back(v.constant);
  for (std::size_t k = 0; k < binders.size(); ++k) {
    const Binder& b = binders[k];
    if (!b.domain) continue;
    const std::size_t first = firsts[k];
    const std::size_t last = first + b.vars.size();
    if (b.tuple) {
      Exprs comps;
      for (std::size_t i = first; i < last; ++i) comps.push_back(vars[i].val.u);
      guards = guards && membership(Val{sig_.tuple(comps), std::nullopt}, *b.domain, guardPol);
    } else {
      for (std::size_t i = first; i < last; ++i) {
        guards = guards && binderGuard(vars[i].val, *b.domain, guardPol);
      }
    }
  }
  Exprs consts;
  for (const auto& v : vars) {
    bindName(v);
    consts.push_back(v.constant);
  }
  return consts;
}

namespace {

// Whether `e` contains a quantifier (\A, \E) as written, definitions unexpanded.
bool quantifies(const Expr& e) {
  bool found = false;
  visitExprs(e, [&](const Expr& x) { found = found || x.kind == ExprKind::Quant; });
  return found;
}

}  // namespace

z3::expr Translator::binderGuard(const Val& x, const Expr& domain, Pol pol) {
  // Domains whose unfolding is itself quantified stay membership atoms (defined by the
  // axioms of their constructor): the atom gives E-matching a trigger for the variable.
  // So do filters whose predicate quantifies ({c \in 0..b : \E a \in Q : P(a, c)}): the
  // membership a fact gives an element (a lemma's maximum of the set) matches it.
  const bool quantifiedUnfolding =
      domain.kind == ExprKind::FuncSet || domain.kind == ExprKind::SetMap ||
      (domain.kind == ExprKind::SetFilter && quantifies(*domain.args[0])) ||
      (domain.kind == ExprKind::Builtin &&
       (domain.op == BuiltinOp::Subset || domain.op == BuiltinOp::Union));
  if (quantifiedUnfolding) return sig_.mem(x.u, term(domain).u);
  return membership(x, domain, pol);
}

z3::expr Translator::unchanged(const Expr& e, Pol pol) {
  if (e.kind == ExprKind::Tuple) {  // <<a, b>>' = <<a, b>> <=> a' = a /\ b' = b
    z3::expr r = sig_.ctx().bool_val(true);
    for (const auto& x : e.args) r = r && unchanged(*x, pol);
    return r;
  }
  Val now = term(e);
  Val next = [&] {
    EnvScope scope(*this);
    primed_ = true;
    return term(e);
  }();
  return equalVals(next, now, pol);
}

z3::expr Translator::firstOrderSequent(const Expr& e, Pol pol, const Decl* bound,
                                       const std::map<const Decl*, const Expr*>& values) {
  const Env valueEnv = env_;
  const bool valuePrimed = primed_;
  EnvScope scope(*this);
  // NEW x followed by a fact x \in Nat (an integer domain) quantifies over integers, as
  // NEW x \in Nat does: the fact is still a hypothesis of the sequent, and an integer
  // domain holds only integers, so the formula means the same.
  std::vector<const Expr*> facts;
  for (const auto& h : e.hyps) {
    if (h.fact) facts.push_back(h.fact.get());
  }
  const IntDecls intFacts = inferIntDecls(facts, {});
  z3::expr hyps = sig_.ctx().bool_val(true);
  Exprs vars;
  for (const auto& h : e.hyps) {
    if (h.newDecl) {
      const Decl& d = *h.newDecl;
      if (&d == bound) continue;
      // Operators and flexible variables cannot be quantified in first-order logic.
      if (d.arity > 0 || d.newKind != NewKind::Constant) return opaque(e, sig_.ctx().bool_sort());
      if (auto it = values.find(&d); it != values.end()) {
        Binding value;
        value.kind = Binding::Kind::Closure;
        value.expr = it->second;
        value.env = valueEnv;
        value.primed = valuePrimed;
        bind(&d, std::move(value));
        if (d.body) hyps = hyps && membership(term(*it->second), *d.body, flip(pol));
        continue;
      }
      const bool asInt = d.body ? isIntDomain(*d.body) : intFacts.count({&d, false}) != 0;
      BoundVar v = freshVar(&d, asInt);
      scopeVars_.push_back(v.constant);  // before its domain's unfolding (enterBinders)
      // A set-map domain stays an atom, as the domain of \A (binderGuard) does:
      // ASSUME NEW v \in {m.val : m \in S} PROVE P(v) then has the trigger that the goal's
      // \A v \in {m.val : m \in S} : P(v) matches. Other domains unfold (SUBSET T: the
      // lemma's premise S \in SUBSET T is then proved without the power-set axiom).
      if (d.body) {
        hyps = hyps && (d.body->kind == ExprKind::SetMap ? binderGuard(v.val, *d.body, flip(pol))
                                                         : membership(v.val, *d.body, flip(pol)));
      }
      bindName(v);
      vars.push_back(v.constant);
    } else if (h.fact) {
      hyps = hyps && formula(*h.fact, flip(pol));
    }
  }
  const z3::expr conclusion = formula(*e.args[0], pol);
  const z3::expr lemma = z3::implies(hyps, conclusion);
  Patterns patterns = rewritePatterns(vars, conclusion);
  if (patterns.empty() && pol == Pol::Pos) patterns = lemmaPatterns(lemma, vars);
  return sig_.forall(vars, lemma, patterns);
}

// ------------------------------------------------------------------------ terms ---

Val Translator::term(const Expr& e) {
  z3::context& c = sig_.ctx();
  switch (e.kind) {
    case ExprKind::Number:
      if (e.text.find('.') != std::string::npos) {
        return Val{c.constant(("real:" + e.text).c_str(), sig_.U()), std::nullopt};
      }
      return intVal(c.int_val(e.text.c_str()));
    case ExprKind::String: return Val{sig_.str(e.text), std::nullopt};
    case ExprKind::Builtin: return termOfBuiltin(e);
    case ExprKind::Ident:
    case ExprKind::OpApp: {
      if (const Binding* b = e.decl ? lookup(e.decl) : nullptr;
          b != nullptr && b->kind == Binding::Kind::Value) {
        if (!e.args.empty()) throw EncodeError("bound variable applied to arguments");
        return b->quantified ? *b->val : symbolView(*b->val);
      }
      std::function<Val(const Expr&)> f = [&](const Expr& x) { return term(x); };
      if (auto r = throughBinding(e, f)) return *r;
      if (e.decl != nullptr && e.decl->primitive) {
        if (auto r = primitiveTerm(e, *e.decl)) return *r;
      }
      return symbolTerm(e);
    }
    case ExprKind::SetEnum: {
      Exprs elems;
      for (const auto& a : e.args) elems.push_back(term(*a).u);
      return Val{sig_.enumSet(elems), std::nullopt};
    }
    case ExprKind::Tuple: {
      Exprs elems;
      for (const auto& a : e.args) elems.push_back(term(*a).u);
      return Val{sig_.tuple(elems), std::nullopt};
    }
    case ExprKind::FuncApp: {
      if (e.args.size() == 2) return functionApp(*e.args[0], term(*e.args[1]), nullptr);
      Exprs index;  // f[a, b] == f[<<a, b>>]
      for (std::size_t i = 1; i < e.args.size(); ++i) index.push_back(term(*e.args[i]).u);
      return functionApp(*e.args[0], Val{sig_.tuple(index), std::nullopt}, nullptr);
    }
    case ExprKind::Dot: return functionApp(*e.args[0], Val{sig_.str(e.text), std::nullopt}, &e.text);
    case ExprKind::FuncSet:
      return Val{sig_.arrow(term(*e.args[0]).u, term(*e.args[1]).u), std::nullopt};
    case ExprKind::RecordCons:
    case ExprKind::RecordSet: {
      std::vector<std::size_t> order(e.fields.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::sort(order.begin(), order.end(),
                [&](std::size_t x, std::size_t y) { return e.fields[x] < e.fields[y]; });
      std::vector<std::string> fields;
      Exprs parts;
      for (std::size_t i : order) {
        fields.push_back(e.fields[i]);
        parts.push_back(term(*e.args[i]).u);
      }
      return Val{e.kind == ExprKind::RecordCons ? sig_.record(fields, parts)
                                                 : sig_.recordSet(fields, parts),
                 std::nullopt};
    }
    case ExprKind::Times: {
      Exprs sets;
      for (const auto& a : e.args) sets.push_back(term(*a).u);
      return Val{sig_.product(sets), std::nullopt};
    }
    case ExprKind::Except: return exceptTerm(e);
    case ExprKind::ExceptAt:
      if (at_.empty()) throw EncodeError("@ outside an EXCEPT value");
      return at_.back();
    case ExprKind::If: {
      z3::expr cond = formula(*e.args[0], Pol::Both);
      Val a = term(*e.args[1]);
      Val b = term(*e.args[2]);
      if (a.i && b.i) return intVal(z3::ite(cond, *a.i, *b.i));
      return Val{z3::ite(cond, a.u, b.u), std::nullopt};
    }
    case ExprKind::Case: return caseTerm(e);
    case ExprKind::Let: {
      EnvScope scope(*this);
      bindLet(e);
      return term(*e.args[0]);
    }
    case ExprKind::Choose: return choose(e);
    case ExprKind::SetFilter: return setFilter(e);
    case ExprKind::SetMap: return setMap(e);
    case ExprKind::FuncCons: return funcCons(e);
    case ExprKind::Label: return term(*e.args[0]);
    case ExprKind::Quant:
    case ExprKind::Sequent:
    case ExprKind::BoxAction:
    case ExprKind::AngleAction:
    case ExprKind::TempQuant:
    case ExprKind::Fairness:
    case ExprKind::StepRef: return boolVal(formula(e, Pol::Both));
    default: return Val{opaque(e, sig_.U()), std::nullopt};
  }
}

Val Translator::termOfBuiltin(const Expr& e) {
  z3::context& c = sig_.ctx();
  const auto& a = e.args;
  switch (e.op) {
    case BuiltinOp::True: return boolVal(c.bool_val(true));
    case BuiltinOp::False: return boolVal(c.bool_val(false));
    case BuiltinOp::BooleanSet: return Val{sig_.boolSet(), std::nullopt};
    case BuiltinOp::StringSet: return Val{sig_.stringSet(), std::nullopt};
    case BuiltinOp::Cup: return Val{sig_.cup(term(*a[0]).u, term(*a[1]).u), std::nullopt};
    case BuiltinOp::Cap: return Val{sig_.cap(term(*a[0]).u, term(*a[1]).u), std::nullopt};
    case BuiltinOp::SetMinus:
      return Val{sig_.setminus(term(*a[0]).u, term(*a[1]).u), std::nullopt};
    case BuiltinOp::Subset: return Val{sig_.power(term(*a[0]).u), std::nullopt};
    case BuiltinOp::Union: return Val{sig_.unionOf(term(*a[0]).u), std::nullopt};
    case BuiltinOp::Domain: {
      const Expr& f = *a[0];
      if (f.kind == ExprKind::Tuple) return Val{sig_.interval1(f.args.size()), std::nullopt};
      return Val{sig_.dom(term(f).u), std::nullopt};
    }
    case BuiltinOp::Prime: {
      EnvScope scope(*this);
      primed_ = true;
      return term(*a[0]);
    }
    default: return boolVal(formula(e, Pol::Both));
  }
}

Val Translator::symbolTerm(const Expr& e, bool predicate) {
  if (e.decl == nullptr) throw EncodeError("unresolved symbol " + e.name);
  const Decl& d = *e.decl;
  if (letOperators_.count(&d) != 0) return Val{unexpandedLocalOperator(e), std::nullopt};
  // A definition that puts a parameter under a prime, ENABLED, ... is not a function of
  // the value of an argument that varies between states there: Nxt(x) # Nxt(y) for
  // Nxt(p) == p' although x = y. Such an application is an atom of its own.
  if (d.kind == DeclKind::Operator || d.kind == DeclKind::Recursive) {
    for (std::size_t i = 0; i < e.args.size(); ++i) {
      if (!rigid(*e.args[i]) && !stateFunctions_.usesValueOf(d, i)) return Val{opaque(e, sig_.U()), std::nullopt};
    }
  }
  // Anything else free in the obligation (constants, variables, PICKed or TAKEn
  // variables of enclosing steps) is an uninterpreted symbol: the obligation must hold for
  // every value of it.
  const bool primed = primed_ && isStateLevel(d);
  Exprs args;
  // Named operators as arguments select the symbol (F[2:+] for F(x, y, +)); any other
  // operator argument makes the application second order: not encodable.
  std::string operatorArgs;
  for (std::size_t i = 0; i < e.args.size(); ++i) {
    const Expr& a = *e.args[i];
    if (!isOperatorArgument(a)) {
      args.push_back(term(a).u);
      continue;
    }
    const std::optional<std::string> key = operatorArgumentKey(a);
    if (!key) return Val{opaque(e, sig_.U()), std::nullopt};
    operatorArgs += (operatorArgs.empty() ? "[" : ",") + std::to_string(i) + ":" + *key;
  }
  if (!operatorArgs.empty()) operatorArgs += "]";
  auto [it, added] = declIds_.emplace(&d, declIds_.size());
  const std::string name =
      d.name + "#" + std::to_string(it->second) + operatorArgs + (primed ? "'" : "");
  if (args.empty() && ints_.count({&d, primed}) != 0) {
    Val v = intVal(sig_.intVar(name));
    noteSymbolConstant(v);
    return symbolView(v);
  }
  // Congruence serves values compared by equality, not predicates.
  z3::func_decl f = predicate ? sig_.fn(name, std::vector<z3::sort>(args.size(), sig_.U()), sig_.U())
                              : sig_.opaqueOperator(name, args.size());
  symbolFunctions_.insert(f.id());
  // A hidden definition keeps one property of its body: a formula has a Boolean value.
  // Stated where the application is a value (compared, a set element, ...): as a formula
  // only, its truth value is all that matters.
  if (!predicate && d.kind == DeclKind::Operator && isBooleanValued(e, kBooleanDefinitionDepth)) {
    sig_.booleanValued(f);
  }
  z3::expr_vector v(sig_.ctx());
  for (const auto& x : args) v.push_back(x);
  Val value{f(v), std::nullopt};
  if (args.empty()) noteSymbolConstant(value);
  return value;
}

// A LET operator left unexpanded (a recursive one at the recursion limit): its value may
// depend on every variable bound around its definition (`\A y : LET RECURSIVE F(n) == ...
// y ...`), so it is a fresh function of its arguments and of all the bound variables in
// scope, never shared with another occurrence.
z3::expr Translator::unexpandedLocalOperator(const Expr& e) {
  z3::expr_vector v(sig_.ctx());
  std::vector<z3::sort> sorts;
  for (const auto& a : e.args) v.push_back(term(*a).u);
  for (const auto& x : scopeVars_) v.push_back(x);
  for (unsigned i = 0; i < v.size(); ++i) sorts.push_back(v[i].get_sort());
  return sig_.freshFn("letop", sorts, sig_.U())(v);
}

std::optional<z3::expr> Translator::primitiveFormula(const Expr& e, const Decl& d) {
  const auto& a = e.args;
  if (a.size() == 2) {
    if (isName(d, {"<"})) return compare(term(*a[0]), term(*a[1]), true);
    if (isName(d, {">"})) return compare(term(*a[1]), term(*a[0]), true);
    if (isName(d, {"=<", "<=", "\\leq"})) return compare(term(*a[0]), term(*a[1]), false);
    if (isName(d, {">=", "\\geq"})) return compare(term(*a[1]), term(*a[0]), false);
  }
  if (a.size() == 1 && isName(d, {"IsFiniteSet"})) {
    if (a[0]->kind == ExprKind::SetEnum) return sig_.ctx().bool_val(true);  // enumerations are finite
    return sig_.isFiniteSet(term(*a[0]).u);
  }
  return std::nullopt;
}

std::optional<Val> Translator::primitiveTerm(const Expr& e, const Decl& d) {
  const auto& a = e.args;
  if (a.empty()) {
    if (isName(d, {"Nat"})) return Val{sig_.natSet(), std::nullopt};
    if (isName(d, {"Int"})) return Val{sig_.intSet(), std::nullopt};
    if (isName(d, {"Real"})) return Val{sig_.realSet(), std::nullopt};
    return std::nullopt;
  }
  if (auto f = primitiveFormula(e, d)) return boolVal(*f);
  if (a.size() == 1) {
    if (isName(d, {"-", "-."})) {
      Val x = term(*a[0]);
      if (x.i) return intVal(-*x.i);
      return Val{sig_.uminus(x.u), std::nullopt};
    }
    if (isName(d, {"Seq"})) return Val{sig_.seqSet(term(*a[0]).u), std::nullopt};
    if (isName(d, {"Len"})) {
      if (a[0]->kind == ExprKind::Tuple) {
        return intVal(sig_.ctx().int_val(static_cast<int64_t>(a[0]->args.size())));
      }
      return Val{sig_.len(term(*a[0]).u), std::nullopt};
    }
    if (isName(d, {"Head"})) return functionApp(*a[0], Val{sig_.num(1), sig_.ctx().int_val(1)}, nullptr);
    if (isName(d, {"Tail"})) return Val{sig_.tail(term(*a[0]).u), std::nullopt};
    if (isName(d, {"Cardinality"})) return Val{sig_.cardinality(term(*a[0]).u), std::nullopt};
    return std::nullopt;
  }
  if (a.size() == 2) {
    static const std::pair<const char*, ArithOp> ops[] = {
        {"+", ArithOp::Plus}, {"-", ArithOp::Minus}, {"*", ArithOp::Times},
        {"\\div", ArithOp::Div}, {"%", ArithOp::Mod}, {"^", ArithOp::Exp}};
    for (const auto& [name, op] : ops) {
      if (d.name == name) return arithmetic(op, term(*a[0]), term(*a[1]));
    }
    if (isName(d, {".."})) return Val{sig_.range(term(*a[0]).u, term(*a[1]).u), std::nullopt};
    if (isName(d, {"\\o", "\\circ"})) return Val{sig_.concat(term(*a[0]).u, term(*a[1]).u), std::nullopt};
    if (isName(d, {"Append"})) return Val{sig_.append(term(*a[0]).u, term(*a[1]).u), std::nullopt};
    return std::nullopt;
  }
  if (a.size() == 3 && isName(d, {"SubSeq"})) {
    return Val{sig_.subSeq(term(*a[0]).u, term(*a[1]).u, term(*a[2]).u), std::nullopt};
  }
  return std::nullopt;
}

Val Translator::arithmetic(ArithOp op, const Val& a, const Val& b) {
  if (a.i && b.i) {
    int64_t k = 0;
    const bool literal = b.i->is_numeral_i64(k);
    switch (op) {
      case ArithOp::Plus:
      case ArithOp::Minus:
      case ArithOp::Times: return intVal(sig_.nativeArith(op, *a.i, *b.i));
      case ArithOp::Div:
      case ArithOp::Mod:
        if (literal && k > 0) return intVal(sig_.nativeArith(op, *a.i, *b.i));
        break;
      case ArithOp::Exp:
        if (literal && k >= 1 && k <= 16) {  // a^k = a * ... * a for a literal k >= 1
          z3::expr r = *a.i;
          for (int64_t j = 1; j < k; ++j) r = r * *a.i;
          return intVal(r);
        }
        break;
    }
  }
  return Val{sig_.arith(op, a.u, b.u), std::nullopt};
}

z3::expr Translator::compare(const Val& a, const Val& b, bool strict) {
  if (a.i && b.i) return strict ? *a.i < *b.i : *a.i <= *b.i;
  return sig_.less(a.u, b.u, strict);
}

Val Translator::functionApp(const Expr& f, const Val& arg, const std::string* field) {
  // Direct evaluation of applications of literal tuples, records and function constructors.
  int64_t k = 0;
  if (f.kind == ExprKind::Tuple && arg.i && arg.i->is_numeral_i64(k) && k >= 1 &&
      static_cast<std::size_t>(k) <= f.args.size()) {
    return term(*f.args[static_cast<std::size_t>(k - 1)]);
  }
  if (f.kind == ExprKind::RecordCons && field != nullptr) {
    for (std::size_t i = 0; i < f.fields.size(); ++i) {
      if (f.fields[i] == *field) return term(*f.args[i]);
    }
  }
  if (f.kind == ExprKind::FuncCons && f.binders.size() == 1 && f.binders[0].vars.size() == 1 &&
      !f.binders[0].tuple) {
    // [x \in S |-> e][a] = IF a \in S THEN e[a/x] ELSE (unspecified)
    Val fn = term(f);
    z3::expr inDomain = membership(arg, *f.binders[0].domain, Pol::Both);
    EnvScope scope(*this);
    Binding b;
    b.val = arg;
    bind(f.binders[0].vars[0].get(), std::move(b));
    Val body = term(*f.args[0]);
    return Val{z3::ite(inDomain, body.u, sig_.app(fn.u, arg.u)), std::nullopt};
  }
  return Val{sig_.app(term(f).u, arg.u), std::nullopt};
}

Val Translator::exceptTerm(const Expr& e) {
  Val cur = term(*e.args[0]);
  for (const auto& clause : e.excepts) cur = exceptPath(cur, clause.path, 0, *clause.value);
  return cur;
}

Val Translator::exceptPath(const Val& g, const std::vector<ExceptPathElem>& path, std::size_t k,
                           const Expr& value) {
  const ExceptPathElem& p = path[k];
  z3::expr key = sig_.str(p.field);
  if (!p.isField) {
    Exprs index;
    for (const auto& i : p.index) index.push_back(term(*i).u);
    key = index.size() == 1 ? index[0] : sig_.tuple(index);
  }
  // ![a][b] = v  is  ![a] = [@ EXCEPT ![b] = v]; @ is the old value at the whole path.
  Val old{sig_.app(g.u, key), std::nullopt};
  Val v = old;
  if (k + 1 < path.size()) {
    v = exceptPath(old, path, k + 1, value);
  } else {
    at_.push_back(old);
    struct Pop {
      std::vector<Val>& s;
      ~Pop() { s.pop_back(); }
    } pop{at_};
    v = term(value);
  }
  return Val{sig_.except(g.u, key, v.u), std::nullopt};
}

Val Translator::declValue(const Decl* d) {
  Expr ident(ExprKind::Ident);
  ident.decl = d;
  ident.name = d->name;
  return term(ident);
}

bool isPrimitiveNamed(const Expr& e, std::initializer_list<const char*> names) {
  if ((e.kind != ExprKind::Ident && e.kind != ExprKind::OpApp) || e.decl == nullptr ||
      !e.decl->primitive) {
    return false;
  }
  for (const char* n : names) {
    if (e.decl->name == n) return true;
  }
  return false;
}

}  // namespace tlapx::z3enc
