// Core of the encoding's signature: the sort U, membership, the injections of SMT integers
// and Booleans into U, string literals, function application, extensional equality.
#include "backends/z3/signature.hpp"

#include <z3.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

namespace tlapx::z3enc {

Signature::Signature(z3::context& ctx) : ctx_(&ctx), u_(ctx.uninterpreted_sort("U")) {}

z3::func_decl Signature::fn(const std::string& name, const std::vector<z3::sort>& domain,
                            const z3::sort& range) {
  auto it = fns_.find(name);
  if (it != fns_.end()) return it->second;
  z3::sort_vector sorts(*ctx_);
  for (const auto& s : domain) sorts.push_back(s);
  z3::func_decl f = ctx_->function(name.c_str(), sorts, range);
  fns_.emplace(name, f);
  return f;
}

z3::func_decl Signature::freshFn(const std::string& prefix, const std::vector<z3::sort>& domain,
                                 const z3::sort& range) {
  return fn(prefix + "!" + std::to_string(fresh_++), domain, range);
}

z3::expr Signature::forall(const Exprs& vars, const z3::expr& body, const Patterns& patterns) {
  return quantifier(true, vars, body, patterns);
}

z3::expr Signature::exists(const Exprs& vars, const z3::expr& body) {
  return quantifier(false, vars, body, {});
}

namespace {

// The variables of `vars` that e mentions, as a bit set (outside nested quantifiers,
// which the caller skips).
std::uint64_t mentioned(const z3::expr& e, const Exprs& vars, std::map<unsigned, std::uint64_t>& memo) {
  if (auto it = memo.find(e.id()); it != memo.end()) return it->second;
  std::uint64_t found = 0;
  for (std::size_t i = 0; i < vars.size(); ++i) {
    if (z3::eq(vars[i], e)) found |= std::uint64_t{1} << i;
  }
  for (unsigned i = 0; e.is_app() && i < e.num_args(); ++i) found |= mentioned(e.arg(i), vars, memo);
  memo.emplace(e.id(), found);
  return found;
}

// The extensional-equality markers (eqx, eqx2, eqv) of `body` that join bound variables:
// each side mentions one the other does not (`m1.acc = m2.acc` in `\A m1, m2 \in S : ... =>
// m1 = m2`). Z3's pattern inference takes the smallest terms covering the variables, and
// would choose such a marker over the multi-pattern of the memberships; but markers occur
// in almost no ground term, so the quantifier would never be instantiated. Given as
// no-patterns, they leave Z3 to infer from the other terms (or, when nothing else covers
// the variables, to use them after all: its documented fallback). Only where every
// variable has a membership `v \in S` in the body to be triggered by: a lemma over sets
// without domains (`\A A, B, C : A \cup B = C /\ ... => ...`) keeps its markers, which
// the context's equalities match better than a multi-pattern of its other terms.
Exprs joiningMarkers(const z3::expr& body, const Exprs& vars) {
  if (vars.size() < 2 || vars.size() > 64) return {};
  Exprs found;
  std::uint64_t guarded = 0;  // the variables v with a membership v \in S
  std::set<unsigned> seen;
  std::map<unsigned, std::uint64_t> memo;
  std::vector<z3::expr> todo{body};
  while (!todo.empty()) {
    const z3::expr e = todo.back();
    todo.pop_back();
    if (!e.is_app() || !seen.insert(e.id()).second) continue;
    const std::string name = e.decl().name().str();
    if (e.num_args() == 2 && (name == "eqx" || name == "eqx2" || name == "eqv")) {
      const std::uint64_t left = mentioned(e.arg(0), vars, memo), right = mentioned(e.arg(1), vars, memo);
      if ((left & ~right) != 0 && (right & ~left) != 0) found.push_back(e);
      continue;
    }
    if (name == "mem") {
      for (std::size_t i = 0; i < vars.size(); ++i) {
        if (z3::eq(e.arg(0), vars[i])) guarded |= std::uint64_t{1} << i;
      }
    }
    for (unsigned i = 0; i < e.num_args(); ++i) todo.push_back(e.arg(i));
  }
  const std::uint64_t all = vars.size() == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << vars.size()) - 1;
  return guarded == all ? found : Exprs{};
}

}  // namespace

z3::expr Signature::quantifier(bool universal, const Exprs& vars, const z3::expr& body,
                               const Patterns& patterns) {
  if (vars.empty()) return body;
  std::vector<Z3_app> bound;
  for (const auto& v : vars) bound.push_back(Z3_to_app(*ctx_, v));
  std::vector<z3::ast> keep;  // keeps the patterns referenced while the quantifier is built
  std::vector<Z3_pattern> pats;
  for (const auto& p : patterns) {
    std::vector<Z3_ast> terms(p.begin(), p.end());
    Z3_pattern pat = Z3_mk_pattern(*ctx_, static_cast<unsigned>(terms.size()), terms.data());
    keep.emplace_back(*ctx_, Z3_pattern_to_ast(*ctx_, pat));
    pats.push_back(pat);
  }
  // Weight 1 (SMT-LIB's default; the C++ API's is 0): each instance is one generation
  // later than the terms that triggered it, so E-matching loops are cut off by Z3's
  // generation thresholds instead of flooding the search.
  constexpr unsigned kWeight = 1;
  const Exprs markers = patterns.empty() ? joiningMarkers(body, vars) : Exprs{};
  std::vector<Z3_ast> noPatterns(markers.begin(), markers.end());
  Z3_ast q = Z3_mk_quantifier_const_ex(*ctx_, universal, kWeight, nullptr, nullptr,
                                       static_cast<unsigned>(bound.size()), bound.data(),
                                       static_cast<unsigned>(pats.size()), pats.data(),
                                       static_cast<unsigned>(noPatterns.size()),
                                       noPatterns.data(), body);
  ctx_->check_error();
  return z3::expr(*ctx_, q);
}

z3::expr Signature::mem(const z3::expr& x, const z3::expr& s) const {
  z3::sort_vector sorts(*ctx_);
  sorts.push_back(u_);
  sorts.push_back(u_);
  return ctx_->function("mem", sorts, ctx_->bool_sort())(x, s);
}

z3::expr Signature::int2u(const z3::expr& n) {
  z3::func_decl f = fn("int2u", {ctx_->int_sort()}, u_);
  if (once("int2u")) {
    Group group(*this, "int2u");
    // IntInjection: TLA+ integers are values; int2u maps each mathematical integer to
    // the TLA+ integer, which is injective, so it has a left inverse u2int.
    z3::expr m = intVar("n");
    axiom(forall({m}, u2int(f(m)) == m, {{f(m)}}));
  }
  return f(n);
}

z3::expr Signature::u2int(const z3::expr& x) { return fn("u2int", {u_}, ctx_->int_sort())(x); }

z3::expr Signature::isInt(const z3::expr& x) { return x == int2u(u2int(x)); }

z3::expr Signature::bool2u(const z3::expr& b) {
  z3::func_decl f = fn("bool2u", {ctx_->bool_sort()}, u_);
  if (once("bool2u")) {
    Group group(*this, "bool2u");
    // BoolInjection: TRUE and FALSE are two distinct values, and a Boolean value used as
    // a formula means itself. u2bool gives an unspecified truth value to other values.
    axiom(u2bool(f(ctx_->bool_val(true))));
    axiom(!u2bool(f(ctx_->bool_val(false))));
  }
  return f(b);
}

z3::expr Signature::u2bool(const z3::expr& x) {
  return fn("u2bool", {u_}, ctx_->bool_sort())(x);
}

z3::expr Signature::str(const std::string& s) {
  auto it = strings_.find(s);
  if (it != strings_.end()) return it->second;
  z3::expr c = ctx_->constant(("str:" + s).c_str(), u_);
  strings_.emplace(s, c);
  return c;
}

z3::expr Signature::app(const z3::expr& f, const z3::expr& x) {
  return fn("app", {u_, u_}, u_)(f, x);
}

z3::expr Signature::dom(const z3::expr& f) { return fn("dom", {u_}, u_)(f); }

z3::expr Signature::isFcn(const z3::expr& f) {
  return fn("isAFcn", {u_}, ctx_->bool_sort())(f);
}

bool Signature::isMembership(const z3::expr& t) const {
  if (!t.is_app() || t.num_args() != 2 || !z3::eq(t.arg(0).get_sort(), u_) || !z3::eq(t.arg(1).get_sort(), u_)) return false;
  return z3::eq(t.decl(), mem(t.arg(0), t.arg(1)).decl());
}

bool Signature::isFunctionTyping(const z3::expr& t) const {
  if (!t.is_app() || t.num_args() != 1) return false;
  for (const char* name : {"isAFcn", "dom"}) {
    const auto it = fns_.find(name);
    if (it != fns_.end() && z3::eq(it->second, t.decl())) return true;
  }
  return false;
}

z3::expr Signature::eqx(const z3::expr& a, const z3::expr& b) {
  // Values of functions are compared by eqx2 (function extensionality once more, for
  // functions of functions such as [f EXCEPT ![x] = [y \in S |-> ...]] # f), theirs by `=`.
  return extensionalEquality("eqx", extensionalEquality("eqx2", std::nullopt))(a, b);
}

z3::func_decl Signature::extensionalEquality(const std::string& name,
                                             const std::optional<z3::func_decl>& values) {
  z3::func_decl f = fn(name, {u_, u_}, ctx_->bool_sort());
  if (once(name)) {
    Group group(*this, name);
    z3::expr x = var("a"), y = var("b"), z = var("z");
    // EqxDef: \A a, b : eqx(a, b) <=> a = b. eqx only marks the equalities a proof may have
    // to establish, so that extensionality is instantiated for them alone.
    axiom(forall({x, y}, f(x, y) == (x == y), {{f(x, y)}}));
    // SetExtensionality: \A a, b : (\A z : z \in a <=> z \in b) => a = b (ZF
    // extensionality; every TLA+ value is a set). No guard. Only at the first level: the
    // second one serves functions of functions, and its cost is paid for every value.
    if (values) {
      axiom(forall({x, y}, z3::implies(forall({z}, mem(z, x) == mem(z, y)), f(x, y)),
                   {{f(x, y)}}));
    }
    // FcnExtensionality: \A a, b : a, b functions /\ DOMAIN a = DOMAIN b /\ \A z \in
    // DOMAIN a : a[z] = b[z] => a = b. Guard: both are functions (isAFcn). a[z] = b[z] is
    // stated by `values` when given (a marker equivalent to =).
    const z3::expr ax = app(x, z), bx = app(y, z);
    const z3::expr same = values ? (*values)(ax, bx) : ax == bx;
    axiom(forall({x, y},
                 z3::implies(isFcn(x) && isFcn(y) && dom(x) == dom(y) &&
                                 forall({z}, z3::implies(mem(z, dom(x)), same)),
                             f(x, y)),
                 {{f(x, y)}}));
  }
  return f;
}

z3::func_decl Signature::opaqueOperator(const std::string& name, std::size_t arity) {
  z3::func_decl f = fn(name, std::vector<z3::sort>(arity, u_), u_);
  if (arity > 0 && once(name)) {
    Group group(*this, name);
    // OperatorCongruence: \A a1, ..., an, b1, ..., bn : a1 = b1 /\ ... /\ an = bn =>
    // F(a1, ..., an) = F(b1, ..., bn), for any operator F (substitution of equals). Stated
    // for the equalities of applications of F a proof may have to establish (eqx, eqv),
    // with eqx on the arguments, so that F(S') = F(S) can be proved by extensionality from
    // S' and S having the same elements. No guard.
    Exprs as, bs;
    z3::expr_vector av(*ctx_), bv(*ctx_);
    z3::expr same = ctx_->bool_val(true);
    for (std::size_t i = 0; i < arity; ++i) {
      as.push_back(var(numbered("a", i)));
      bs.push_back(var(numbered("b", i)));
      av.push_back(as.back());
      bv.push_back(bs.back());
      same = same && eqx(as.back(), bs.back());
    }
    Exprs vars = as;
    vars.insert(vars.end(), bs.begin(), bs.end());
    const z3::func_decl eqv = fn("eqv", {u_, u_}, ctx_->bool_sort());
    axiom(forall(vars, z3::implies(same, f(av) == f(bv)),
                 {{eqx(f(av), f(bv))}, {eqv(f(av), f(bv))}}));
    if (once("eqv")) {
      // EqvDef: \A a, b : eqv(a, b) <=> a = b; and FcnExtensionality (see eqx) once more,
      // with the values compared by eqv: values that are applications of such operators
      // are then compared by congruence. eqv, unlike eqx, has no extensionality axioms of
      // its own, which would loop through ever deeper values.
      z3::expr x = var("a"), y = var("b"), z = var("z");
      axiom(forall({x, y}, eqv(x, y) == (x == y), {{eqv(x, y)}}));
      axiom(forall({x, y},
                   z3::implies(isFcn(x) && isFcn(y) && dom(x) == dom(y) &&
                                   forall({z}, z3::implies(mem(z, dom(x)), eqv(app(x, z), app(y, z)))),
                               eqx(x, y)),
                   {{eqx(x, y)}}));
    }
  }
  return f;
}

void Signature::booleanValued(const z3::func_decl& f) {
  const std::string name = f.name().str();
  if (!once(name + "?bool")) return;
  Group group(*this, name);
  // DefinedFormula: an operator defined by a formula (Op(p) == /\ ..., \A x : ..., a = b,
  // x \in S, ...) has a Boolean value whatever its arguments, hidden or not:
  // \A a1, ..., an : Op(a1, ..., an) \in BOOLEAN. No guard.
  Exprs as;
  z3::expr_vector av(*ctx_);
  for (unsigned i = 0; i < f.arity(); ++i) {
    as.push_back(var(numbered("a", i)));
    av.push_back(as.back());
  }
  const z3::expr value = f(av);
  const z3::expr isBoolean =
      value == bool2u(ctx_->bool_val(true)) || value == bool2u(ctx_->bool_val(false));
  axiom(as.empty() ? isBoolean : forall(as, isBoolean, {{value}}));
}

namespace {

// Names of the uninterpreted symbols occurring in e.
void collectSymbols(const z3::expr& e, std::set<unsigned>& seen, std::set<std::string>& names) {
  if (!seen.insert(e.id()).second) return;
  if (e.is_quantifier()) {
    collectSymbols(e.body(), seen, names);
    return;
  }
  if (!e.is_app()) return;
  if (e.decl().decl_kind() == Z3_OP_UNINTERPRETED) names.insert(e.decl().name().str());
  for (unsigned i = 0; i < e.num_args(); ++i) collectSymbols(e.arg(i), seen, names);
}

}  // namespace

Exprs Signature::neededAxioms(const Exprs& assertions) const {
  std::set<unsigned> seen;
  std::set<std::string> names;
  for (const auto& a : assertions) collectSymbols(a, seen, names);
  Exprs needed;
  std::vector<bool> taken(axioms_.size(), false);
  for (bool grew = true; grew;) {
    grew = false;
    for (std::size_t i = 0; i < axioms_.size(); ++i) {
      if (taken[i] || names.count(axioms_[i].owner) == 0) continue;
      taken[i] = true;
      grew = true;
      needed.push_back(axioms_[i].formula);
      collectSymbols(axioms_[i].formula, seen, names);
    }
  }
  // StringLiterals: distinct string literals are distinct values (they are distinct
  // sequences of characters). Nothing is assumed about strings versus other values.
  z3::expr_vector used(*ctx_);
  for (const auto& [text, c] : strings_) {
    if (names.count(c.decl().name().str()) != 0) used.push_back(c);
  }
  if (used.size() > 1) needed.push_back(z3::distinct(used));
  // StringSet: string literals are in STRING.
  if (names.count("STRING") != 0) {
    for (unsigned i = 0; i < used.size(); ++i) needed.push_back(mem(used[i], stringSet()));
  }
  return needed;
}

}  // namespace tlapx::z3enc
