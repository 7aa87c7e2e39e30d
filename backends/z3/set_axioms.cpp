// Set theory: the empty set, enumerations, union/intersection/difference, SUBSET, UNION,
// BOOLEAN and STRING, each defined by membership with E-matching patterns.
#include "backends/z3/signature.hpp"

namespace tlapx::z3enc {

namespace {

// mem(x, op(a, b)) <=> def, for all values a, b, x (no guard: \cup, \cap, \ are defined
// on every value, every TLA+ value being a set), with the patterns of a binary set operator: the membership
// itself, or a membership in either operand while the operator term exists.
void binarySetAxiom(Signature& sig, const z3::func_decl& op,
                    z3::expr (*def)(const z3::expr&, const z3::expr&)) {
  z3::expr a = sig.var("a"), b = sig.var("b"), x = sig.var("x");
  z3::expr s = op(a, b);
  sig.axiom(sig.forall({a, b, x}, sig.mem(x, s) == def(sig.mem(x, a), sig.mem(x, b)),
                       {{sig.mem(x, s)}, {sig.mem(x, a), s}, {sig.mem(x, b), s}}));
}

}  // namespace

z3::expr Signature::emptySet() {
  z3::expr e = ctx().constant("{}", U());
  if (once("{}")) {
    Group group(*this, "{}");
    // EmptyDef: \A x : x \notin {}. No guard.
    z3::expr x = var("x");
    axiom(forall({x}, !mem(x, e), {{mem(x, e)}}));
  }
  return e;
}

z3::expr Signature::enumSet(const Exprs& elems) {
  if (elems.empty()) return emptySet();
  const std::string name = numbered("enum", elems.size());
  z3::func_decl f = fn(name, std::vector<z3::sort>(elems.size(), U()), U());
  if (once(name)) {
    Group group(*this, name);
    // EnumDef: \A a1, ..., an, x : x \in {a1, ..., an} <=> x = a1 \/ ... \/ x = an; and
    // EnumMem: \A a1, ..., an : a1 \in {a1, ..., an} /\ ... (its consequence). No guard.
    Exprs as;
    z3::expr_vector args(ctx());
    for (std::size_t i = 0; i < elems.size(); ++i) {
      as.push_back(var(numbered("a", i)));
      args.push_back(as.back());
    }
    z3::expr s = f(args);
    z3::expr x = var("x");
    z3::expr any = ctx().bool_val(false);
    z3::expr all = ctx().bool_val(true);
    for (const auto& a : as) {
      any = any || x == a;
      all = all && mem(a, s);
    }
    Exprs withX = as;
    withX.push_back(x);
    axiom(forall(withX, mem(x, s) == any, {{mem(x, s)}}));
    axiom(forall(as, all, {{s}}));
    // EnumPairSame: \A a : {a, a} = {a} (extensionality: both have the element a only). No
    // guard. Triggered by a pair whose elements are known to be equal only, so that
    // operators applied to {m, n} with m = n agree with their value at {m} (|{m, n}| = 1).
    if (elems.size() == 2) {
      axiom(forall({as[0]}, f(as[0], as[0]) == enumSet({as[0]}), {{f(as[0], as[0])}}));
    }
    // FiniteEnum: \A a1, ..., an : IsFiniteSet({a1, ..., an}) (FiniteSetTheorems). Stated
    // for the obligations that use IsFiniteSet (directly or through Cardinality) only.
    Group finite(*this, "IsFiniteSet");
    axiom(forall(as, fn("IsFiniteSet", {U()}, ctx().bool_sort())(s), {{s}}));
  }
  z3::expr_vector args(ctx());
  for (const auto& e : elems) args.push_back(e);
  return f(args);
}

z3::expr Signature::cup(const z3::expr& a, const z3::expr& b) {
  z3::func_decl f = fn("cup", {U(), U()}, U());
  // CupDef: x \in a \cup b <=> x \in a \/ x \in b.
  if (once("cup")) {
    Group group(*this, "cup");
    binarySetAxiom(*this, f, [](const z3::expr& p, const z3::expr& q) { return p || q; });
  }
  return f(a, b);
}

z3::expr Signature::cap(const z3::expr& a, const z3::expr& b) {
  z3::func_decl f = fn("cap", {U(), U()}, U());
  // CapDef: x \in a \cap b <=> x \in a /\ x \in b.
  if (once("cap")) {
    Group group(*this, "cap");
    binarySetAxiom(*this, f, [](const z3::expr& p, const z3::expr& q) { return p && q; });
  }
  return f(a, b);
}

z3::expr Signature::setminus(const z3::expr& a, const z3::expr& b) {
  z3::func_decl f = fn("setminus", {U(), U()}, U());
  // SetminusDef: x \in a \ b <=> x \in a /\ x \notin b.
  if (once("setminus")) {
    Group group(*this, "setminus");
    binarySetAxiom(*this, f, [](const z3::expr& p, const z3::expr& q) { return p && !q; });
    // SetminusEmpty: a \subseteq b => a \ b = {} (by extensionality), as a term equality
    // so that operators applied to a \ b agree with their value at {} (S \ {x} for S = {x}).
    z3::expr s = var("a"), t = var("b"), y = var("y");
    axiom(forall({s, t}, z3::implies(forall({y}, z3::implies(mem(y, s), mem(y, t))), f(s, t) == emptySet()),
                 {{f(s, t)}}));
  }
  return f(a, b);
}

z3::expr Signature::power(const z3::expr& a) {
  z3::func_decl f = fn("SUBSET", {U()}, U());
  if (once("SUBSET")) {
    Group group(*this, "SUBSET");
    // SubsetDef: \A a, x : x \in SUBSET a <=> \A y : y \in x => y \in a. No guard.
    z3::expr s = var("a"), x = var("x"), y = var("y");
    axiom(forall({s, x}, mem(x, f(s)) == forall({y}, z3::implies(mem(y, x), mem(y, s))),
                 {{mem(x, f(s))}}));
  }
  return f(a);
}

z3::expr Signature::unionOf(const z3::expr& a) {
  z3::func_decl f = fn("UNION", {U()}, U());
  if (once("UNION")) {
    Group group(*this, "UNION");
    // UnionDef: \A a, x : x \in UNION a <=> \E y \in a : x \in y, as elimination (=>) and
    // introduction (<=, triggered by the two memberships). No guard.
    z3::expr s = var("a"), x = var("x"), y = var("y");
    axiom(forall({s, x}, z3::implies(mem(x, f(s)), !forall({y}, !(mem(y, s) && mem(x, y)))),
                 {{mem(x, f(s))}}));
    axiom(forall({s, x, y}, z3::implies(mem(y, s) && mem(x, y), mem(x, f(s))),
                 {{mem(x, y), mem(y, s), f(s)}}));
  }
  return f(a);
}

z3::expr Signature::boolSet() {
  z3::expr b = ctx().constant("BOOLEAN", U());
  if (once("BOOLEAN")) {
    Group group(*this, "BOOLEAN");
    // BooleanDef: \A x : x \in BOOLEAN <=> x = TRUE \/ x = FALSE. No guard.
    z3::expr x = var("x");
    axiom(forall({x},
                 mem(x, b) == (x == bool2u(ctx().bool_val(true)) ||
                               x == bool2u(ctx().bool_val(false))),
                 {{mem(x, b)}}));
  }
  return b;
}

z3::expr Signature::stringSet() const { return ctx().constant("STRING", U()); }

}  // namespace tlapx::z3enc
