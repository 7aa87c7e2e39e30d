// Lifting of second-order constructs ({x \in S : P}, {e : x \in S}, [x \in S |-> e],
// CHOOSE, CASE) to fresh first-order symbols applied to the bound variables they depend
// on, each with its instantiated definition axioms; and opaque atoms for what the
// encoding does not interpret (temporal formulas, ENABLED, operator arguments).
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <z3.h>

#include "backends/expr_key.hpp"
#include "backends/z3/translator.hpp"

namespace tlapx::z3enc {

namespace {

// The uninterpreted constants occurring in `e`, in order of first occurrence.
void collectConstants(const z3::expr& e, std::set<unsigned>& seen, Exprs& consts) {
  if (!seen.insert(e.id()).second) return;
  if (e.is_quantifier()) {
    collectConstants(e.body(), seen, consts);
    return;
  }
  if (!e.is_app()) return;
  if (e.num_args() == 0 && e.decl().decl_kind() == Z3_OP_UNINTERPRETED) consts.push_back(e);
  for (unsigned i = 0; i < e.num_args(); ++i) collectConstants(e.arg(i), seen, consts);
}

// Renames a definition's own variable names (q<level>_<depth>, %self<level>) to
// level-free ones; other names are unchanged.
std::string levelFreeName(const std::string& name, unsigned level) {
  const std::string var = "q" + std::to_string(level) + "_";
  if (name.compare(0, var.size(), var) == 0) return "q*_" + name.substr(var.size());
  if (name == "%self" + std::to_string(level)) return "%self*";
  return name;
}

// The membership atoms `guards` is a conjunction of (x \in S for each bound variable),
// or none when it holds anything else (an unfolded domain, arithmetic).
std::optional<Exprs> membershipAtoms(const z3::expr& guards) {
  if (guards.is_true()) return Exprs{};
  if (guards.is_and()) {
    Exprs atoms;
    for (unsigned i = 0; i < guards.num_args(); ++i) {
      auto sub = membershipAtoms(guards.arg(i));
      if (!sub) return std::nullopt;
      atoms.insert(atoms.end(), sub->begin(), sub->end());
    }
    return atoms;
  }
  if (guards.is_app() && guards.decl().name().str() == "mem") return Exprs{guards};
  return std::nullopt;
}

}  // namespace

// Hash-consing modulo the names of the definition's own variables and of bound
// variables: the same construct lifted at the top and inside another lifted construct
// (where its variables carry a deeper level) gets the same number. Only the definition's
// own variables carry `level` (outer ones are parameters by now, nested constructs are
// symbols of their own), so the renaming is one-to-one.
unsigned Translator::canonicalId(const z3::expr& e, unsigned level,
                                 std::unordered_map<unsigned, unsigned>& memo) {
  if (auto it = memo.find(e.id()); it != memo.end()) return it->second;
  std::string node;
  if (e.is_var()) {
    node = "v" + std::to_string(Z3_get_index_value(e.ctx(), e)) + ":" + e.get_sort().name().str();
  } else if (e.is_quantifier()) {
    const Z3_ast q = e;
    node = Z3_is_quantifier_forall(e.ctx(), q) ? "A" : "E";
    for (unsigned i = 0; i < Z3_get_quantifier_num_bound(e.ctx(), q); ++i) {
      node += " " + z3::sort(e.ctx(), Z3_get_quantifier_bound_sort(e.ctx(), q, i)).name().str();
    }
    node += " " + std::to_string(canonicalId(e.body(), level, memo));
  } else if (e.is_numeral()) {
    node = "n" + e.get_decimal_string(0) + ":" + e.get_sort().name().str();
  } else if (e.is_app()) {
    node = "f" + levelFreeName(e.decl().name().str(), level) + ":" + e.get_sort().name().str();
    for (unsigned i = 0; i < e.num_args(); ++i) node += " " + std::to_string(canonicalId(e.arg(i), level, memo));
  } else {
    node = "#" + std::to_string(e.id());  // not expected: kept apart
    liftedTerms_.push_back(e);            // its id stays unique while it lives
  }
  const unsigned id = canonical_.emplace(node, static_cast<unsigned>(canonical_.size())).first->second;
  memo.emplace(e.id(), id);
  return id;
}

z3::expr Translator::lift(const std::string& prefix, const z3::sort& range,
                          const std::function<std::vector<Spec>(const z3::expr& self)>& define) {
  z3::context& c = sig_.ctx();
  std::vector<Spec> specs;
  std::optional<z3::expr> self;
  {
    // One level deeper: bound variables of the definition get names distinct from those
    // of the enclosing levels.
    EnvScope scope(*this);
    ++lift_;
    depth_ = 0;
    self = c.constant(("%self" + std::to_string(lift_)).c_str(), range);
    // The construct may occur in its own definition (CHOOSE f : f = [x \in S |-> f[x]]):
    // a construct nested there depends on it like on a bound variable, as a parameter.
    scopeVars_.push_back(*self);
    const bool outerView = symbolsAsU_;
    symbolsAsU_ = true;
    specs = define(*self);
    symbolsAsU_ = outerView;
  }
  // Parameters: the quantified variables in scope and the declared symbols (constants,
  // state variables, primed or not) that the definition mentions. Abstracting the symbols
  // makes constructs that differ only in them one symbol applied to different arguments,
  // so equalities carry over by congruence ({r \in S : f'[r]} = {r \in S : f[r]} from
  // f' = f), with no extensionality step.
  std::set<unsigned> seen;
  Exprs consts;
  for (const auto& s : specs) {
    collectConstants(s.body, seen, consts);
    for (const auto& p : s.patterns) {
      for (const auto& t : p) collectConstants(t, seen, consts);
    }
  }
  std::set<unsigned> inScope;
  for (const auto& v : scopeVars_) inScope.insert(v.id());
  std::set<unsigned> own;  // the definition's own variables
  for (const auto& s : specs) {
    for (const auto& v : s.vars) own.insert(v.id());
  }
  for (const auto& v : consts) {
    // A bound variable's constant neither in scope nor the definition's own would be one
    // value shared by every occurrence: the definition would not be the construct's.
    if (boundConstants_.count(v.id()) != 0 && inScope.count(v.id()) == 0 && own.count(v.id()) == 0) {
      throw EncodeError("bound variable " + v.decl().name().str() + " out of scope in a lifted construct");
    }
  }
  z3::expr_vector actual(c), params(c);
  std::vector<z3::sort> sorts;
  std::string key = prefix + ":" + range.name().str();
  z3::expr_vector intSymbols(c), intParams(c);
  for (const auto& v : consts) {
    const bool symbol = symbolConstants_.count(v.id()) != 0;
    if (inScope.count(v.id()) == 0 && !symbol) continue;
    // A declared integer symbol occurs as int2u(v) (symbolsAsU_): its parameter is U-sorted.
    const bool intSymbol = symbol && v.is_int();
    const z3::sort sort = intSymbol ? sig_.U() : v.get_sort();
    z3::expr param = c.constant(("%p" + std::to_string(params.size())).c_str(), sort);
    actual.push_back(intSymbol ? sig_.int2u(v) : v);
    sorts.push_back(sort);
    params.push_back(param);
    if (intSymbol) {  // a bare occurrence, if any, is u2int of the parameter
      intSymbols.push_back(v);
      intParams.push_back(sig_.u2int(param));
    }
  }
  // Canonical form: equal definitions (up to the names of parameters and of their own
  // variables) share one symbol, wherever they occur.
  for (const auto& p : params) key += " " + p.get_sort().name().str();
  std::unordered_map<unsigned, unsigned> memo;  // by the ids of the (live) bodies' nodes
  for (auto& s : specs) {
    s.body = s.body.substitute(actual, params).substitute(intSymbols, intParams);
    for (auto& p : s.patterns) {
      for (auto& t : p) t = t.substitute(actual, params).substitute(intSymbols, intParams);
    }
    key += " |";
    for (const auto& v : s.vars) key += " " + v.get_sort().name().str();
    key += numbered(" ", canonicalId(s.body, lift_ + 1, memo));
  }
  auto it = lifted_.find(key);
  if (it == lifted_.end()) {
    z3::func_decl sym = sig_.freshFn(prefix, sorts, range);
    liftedFunctions_.insert(sym.id());
    it = lifted_.emplace(key, sym).first;
    Signature::Group group(sig_, sym.name().str());  // its axioms define it
    z3::expr_vector from(c), to(c);
    from.push_back(*self);
    to.push_back(sym(params));
    for (const auto& s : specs) {
      Exprs vars;
      for (unsigned i = 0; i < params.size(); ++i) vars.push_back(params[i]);
      vars.insert(vars.end(), s.vars.begin(), s.vars.end());
      // A definition with no variables of its own holds wherever the construct occurs.
      Patterns patterns;
      if (s.patterns.empty() && s.vars.empty()) patterns.push_back({to[0]});
      for (const auto& p : s.patterns) {
        Exprs terms;
        for (z3::expr t : p) terms.push_back(t.substitute(from, to));
        patterns.push_back(terms);
      }
      z3::expr body = s.body;
      sig_.axiom(sig_.forall(vars, body.substitute(from, to), patterns));
    }
  }
  return it->second(actual);
}

Val Translator::setFilter(const Expr& e) {
  const Binder& b = e.binders[0];
  return Val{lift("setst", sig_.U(), [&](const z3::expr& self) {
               // x \in {y \in S : P} <=> x \in S /\ P[x/y]
               BoundVar x = freshVar(nullptr, false);
               pushVar(x);
               z3::expr def = sig_.ctx().bool_val(false);
               if (b.tuple) {  // {<<y, z>> \in S : P}: x = <<y, z>> for some y, z
                 EnvScope scope(*this);
                 z3::expr guards = sig_.ctx().bool_val(true);
                 std::vector<Binder> plain{Binder{b.vars, false, nullptr}};
                 Exprs comps = enterBinders(plain, Pol::Both, guards);
                 Val t{sig_.tuple(comps), std::nullopt};
                 def = sig_.exists(comps, x.constant == t.u && membership(t, *b.domain, Pol::Both) &&
                                          formula(*e.args[0], Pol::Both));
               } else {
                 EnvScope scope(*this);
                 z3::expr inDomain = membership(x.val, *b.domain, Pol::Both);
                 Binding bound;
                 bound.val = x.val;
                 bound.quantified = true;
                 bind(b.vars[0].get(), std::move(bound));
                 def = inDomain && formula(*e.args[0], Pol::Both);
               }
               z3::expr in = sig_.mem(x.constant, self);
               return std::vector<Spec>{Spec{{x.constant}, in == def, {{in}}}};
             }),
             std::nullopt};
}

Val Translator::setMap(const Expr& e) {
  return Val{lift("setof", sig_.U(), [&](const z3::expr& self) {
               z3::context& c = sig_.ctx();
               BoundVar x = freshVar(nullptr, false);
               pushVar(x);
               z3::expr in = sig_.mem(x.constant, self);
               std::vector<Spec> specs;
               {  // x \in {e : y \in S} <=> \E y \in S : x = e
                 EnvScope scope(*this);
                 z3::expr guards = c.bool_val(true);
                 Exprs vars = enterBinders(e.binders, Pol::Both, guards);
                 specs.push_back(
                     Spec{{x.constant}, in == sig_.exists(vars, guards && x.constant == term(*e.args[0]).u), {{in}}});
               }
               {  // y \in S => e \in {e : y \in S}
                 EnvScope scope(*this);
                 z3::expr guards = c.bool_val(true);
                 Exprs vars = enterBinders(e.binders, Pol::Both, guards);
                 // Triggered by the members of S where the set occurs: the image of a
                 // member is a witness (S \cap T \in {X \cap T : X \in Q} from S \in Q)
                 // that no other term suggests.
                 Patterns patterns;
                 if (auto atoms = membershipAtoms(guards); atoms && !atoms->empty()) {
                   atoms->push_back(self);
                   patterns.push_back(*atoms);
                 }
                 specs.push_back(Spec{vars, z3::implies(guards, sig_.mem(term(*e.args[0]).u, self)), patterns});
               }
               return specs;
             }),
             std::nullopt};
}

Val Translator::funcCons(const Expr& e) {
  return Val{lift("fcn", sig_.U(), [&](const z3::expr& self) {
               // [x \in S |-> e] is a function with domain S (S1 \X S2 for several
               // variables) mapping each x \in S to e.
               Exprs domains;
               for (const auto& b : e.binders) {
                 Val d = term(*b.domain);
                 const std::size_t n = b.tuple ? 1 : b.vars.size();
                 for (std::size_t i = 0; i < n; ++i) domains.push_back(d.u);
               }
               z3::expr domain = domains.size() == 1 ? domains[0] : sig_.product(domains);
               std::vector<Spec> specs{Spec{{}, sig_.isFcn(self) && sig_.dom(self) == domain, {}}};
               EnvScope scope(*this);
               z3::expr guards = sig_.ctx().bool_val(true);
               Exprs vars = enterBinders(e.binders, Pol::Both, guards);
               Exprs index;
               for (const auto& b : e.binders) {
                 if (b.tuple) {
                   Exprs comps;
                   for (const auto& v : b.vars) comps.push_back(lookup(v.get())->val->u);
                   index.push_back(sig_.tuple(comps));
                 } else {
                   for (const auto& v : b.vars) index.push_back(lookup(v.get())->val->u);
                 }
               }
               z3::expr arg = index.size() == 1 ? index[0] : sig_.tuple(index);
               z3::expr app = sig_.app(self, arg);
               const z3::expr value = term(*e.args[0]).u;
               // Triggered by its applications, and where the function occurs, by the
               // value's own term: f'[p] = [f EXCEPT ![q] = v][p] is then available for
               // the p at which the obligation compares Op(f'[p]) and Op(f[p])
               // ([p \in S |-> Op(f'[p])] = [p \in S |-> Op(f[p])] by extensionality).
               Patterns patterns{{app}};
               if (auto t = valueTrigger(value, vars, self)) patterns.push_back({self, *t});
               specs.push_back(Spec{vars, z3::implies(guards, app == value), patterns});
               return specs;
             }),
             std::nullopt};
}

std::optional<z3::expr> Translator::valueTrigger(const z3::expr& value, const Exprs& vars,
                                                 const z3::expr& self) const {
  std::set<unsigned> seen;
  std::vector<z3::expr> todo{value};
  for (std::size_t i = 0; i < todo.size(); ++i) {  // breadth first: the outermost term
    const z3::expr x = todo[i];
    if (!seen.insert(x.id()).second || !x.is_app()) continue;  // quantifiers left out
    const unsigned f = x.decl().id();
    const bool named = symbolFunctions_.count(f) != 0 || liftedFunctions_.count(f) != 0;
    // x is a pattern term mentioning `self` iff it is one with `self` among its variables.
    if (named && isPatternTerm(x, vars) && !isPatternTerm(x, Exprs{self})) return x;
    for (unsigned k = 0; k < x.num_args(); ++k) todo.push_back(x.arg(k));
  }
  return std::nullopt;
}

Val Translator::choose(const Expr& e) {
  const Binder& b = e.binders[0];
  if (b.tuple || b.vars.size() != 1) return Val{opaque(e, sig_.U()), std::nullopt};
  return Val{lift("choose", sig_.U(), [&](const z3::expr& self) {
               // (\E x : P(x)) => P(CHOOSE x : P(x)); for CHOOSE x \in S : P, P includes x \in S.
               z3::context& c = sig_.ctx();
               z3::expr exists = c.bool_val(false);
               {
                 EnvScope scope(*this);
                 z3::expr guards = c.bool_val(true);
                 Exprs vars = enterBinders(e.binders, Pol::Both, guards);
                 exists = sig_.exists(vars, guards && formula(*e.args[0], Pol::Both));
               }
               EnvScope scope(*this);
               Val chosen{self, std::nullopt};
               z3::expr holds = b.domain ? membership(chosen, *b.domain, Pol::Both) : c.bool_val(true);
               Binding bound;
               bound.val = chosen;
               bind(b.vars[0].get(), std::move(bound));
               holds = holds && formula(*e.args[0], Pol::Both);
               return std::vector<Spec>{Spec{{}, z3::implies(exists, holds), {}}};
             }),
             std::nullopt};
}

Val Translator::caseTerm(const Expr& e) {
  return Val{lift("case", sig_.U(), [&](const z3::expr& self) {
               // CASE p1 -> e1 [] ... == CHOOSE v : (p1 /\ v = e1) \/ ... [\/ (~(p1 \/ ...) /\ v = d)]
               z3::context& c = sig_.ctx();
               const std::size_t arms = e.args.size() / 2;
               z3::expr any = c.bool_val(false), pick = c.bool_val(false);
               for (std::size_t i = 0; i < arms; ++i) {
                 z3::expr p = formula(*e.args[2 * i], Pol::Both);
                 any = any || p;
                 pick = pick || (p && self == term(*e.args[2 * i + 1]).u);
               }
               z3::expr body = e.hasOther ? (pick || (!any && self == term(*e.args.back()).u))
                                          : z3::implies(any, pick);
               return std::vector<Spec>{Spec{{}, body, {}}};
             }),
             std::nullopt};
}

z3::expr Translator::opaque(const Expr& e, const z3::sort& sort) {
  // The atom is a function of the bound variables and declared constants e mentions,
  // fixed by position in the key, so equal subterms over the same variables share one
  // atom, and an instance of a formula over constants is the same function applied to
  // them: WF_v(A(u)) for NEW u is the instance at u of \A n : WF_v(A(n)). Constants are
  // rigid (one value in every state), so the atom's value is a function of theirs;
  // state variables stay part of the key by name.
  std::map<const Decl*, int> refs;
  Exprs args;
  bool closures = false;
  std::set<const Decl*> boundInside;  // e's own binders: part of its shape, not arguments
  visitExprs(e, [&](const Expr& x) {
    for (const auto& binder : x.binders)
      for (const auto& v : binder.vars) boundInside.insert(v.get());
  });
  visitExprs(e, [&](const Expr& x) {
    if ((x.kind != ExprKind::Ident && x.kind != ExprKind::OpApp) || x.decl == nullptr) return;
    if (boundInside.count(x.decl) != 0) return;
    const Binding* b = lookup(x.decl);
    if (b == nullptr) {
      const Decl& d = *x.decl;
      // Rigid symbols of the context: constants, NEW constants, and the values PICK,
      // \E-elimination and the goal's \A introduce (bound variables, never flexible).
      const bool constant = d.kind == DeclKind::Constant ||
                            (d.kind == DeclKind::NewSymbol && d.newKind == NewKind::Constant) ||
                            (d.kind == DeclKind::BoundVar && !d.flexible);
      if (constant && d.arity == 0 && x.args.empty() && letOperators_.count(&d) == 0 &&
          refs.emplace(&d, static_cast<int>(refs.size())).second) {
        args.push_back(declValue(&d).u);
      }
      return;
    }
    if (b->kind != Binding::Kind::Value) {
      closures = true;
    } else if (refs.emplace(x.decl, static_cast<int>(refs.size())).second) {
      args.push_back(b->val->u);
    }
  });
  std::string key = "opaque:" + sort.name().str() + (primed_ ? "'" : "") + exprKey(e, refs);
  if (closures) key += numbered("#", lifted_.size());  // depends on arguments: not shared
  auto it = lifted_.find(key);
  if (it == lifted_.end()) {
    it = lifted_.emplace(key, sig_.freshFn("opaque", std::vector<z3::sort>(args.size(), sig_.U()), sort))
             .first;
  }
  z3::expr_vector v(sig_.ctx());
  for (const auto& a : args) v.push_back(a);
  return it->second(v);
}

}  // namespace tlapx::z3enc
