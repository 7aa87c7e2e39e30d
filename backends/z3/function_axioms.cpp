// Functions and their special cases: [S -> T], EXCEPT, records, record sets, tuples and
// Cartesian products. Records and tuples are functions on their (string / 1..n) domains.
#include "backends/z3/signature.hpp"

namespace tlapx::z3enc {

namespace {

std::string joined(const std::string& prefix, const std::vector<std::string>& fields) {
  std::string name = prefix + "[";
  for (const auto& f : fields) name += std::to_string(f.size()) + ":" + f + ",";
  return name + "]";
}

Exprs vars(Signature& sig, const char* prefix, std::size_t n) {
  Exprs v;
  for (std::size_t i = 0; i < n; ++i) v.push_back(sig.var(prefix + std::to_string(i)));
  return v;
}

z3::expr apply(Signature& sig, const z3::func_decl& f, const Exprs& args) {
  z3::expr_vector v(sig.ctx());
  for (const auto& a : args) v.push_back(a);
  return f(v);
}

}  // namespace

z3::expr Signature::arrow(const z3::expr& a, const z3::expr& b) {
  z3::func_decl f = fn("->", {U(), U()}, U());
  if (once("->")) {
    Group group(*this, "->");
    // ArrowDef: \A S, T, g : g \in [S -> T] <=> g is a function
    // /\ DOMAIN g = S /\ \A x \in S : g[x] \in T. No guard.
    z3::expr s = var("S"), t = var("T"), g = var("g"), x = var("x");
    z3::expr in = mem(g, f(s, t));
    axiom(forall({s, t, g},
                 in == (isFcn(g) && dom(g) == s &&
                        forall({x}, z3::implies(mem(x, s), mem(app(g, x), t)))),
                 {{in}}));
    // ArrowApp: the same property, triggered by an application of g.
    axiom(forall({s, t, g, x}, z3::implies(in && mem(x, s), mem(app(g, x), t)),
                 {{in, app(g, x)}}));
  }
  return f(a, b);
}

z3::expr Signature::except(const z3::expr& g, const z3::expr& x, const z3::expr& v) {
  z3::func_decl f = fn("except", {U(), U(), U()}, U());
  if (once("except")) {
    Group group(*this, "except");
    // ExceptDef: [g EXCEPT ![x] = v] == [y \in DOMAIN g |-> IF y = x THEN v ELSE g[y]], for
    // any g (a function on DOMAIN g even if g is not one). ExceptShape: a function with
    // DOMAIN g, no guard. ExceptAt, ExceptOther: its value at x is v and at y # x is g[y],
    // with the guard x \in DOMAIN g (resp. y \in DOMAIN g): elsewhere it is unspecified.
    z3::expr h = var("g"), p = var("x"), w = var("v"), y = var("y");
    z3::expr e = f(h, p, w);
    axiom(forall({h, p, w}, isFcn(e) && dom(e) == dom(h), {{e}}));
    axiom(forall({h, p, w}, z3::implies(mem(p, dom(h)), app(e, p) == w), {{e}}));
    axiom(forall({h, p, w, y},
                 z3::implies(mem(y, dom(h)), app(e, y) == z3::ite(y == p, w, app(h, y))),
                 {{app(e, y)}}));
  }
  return f(g, x, v);
}

z3::expr Signature::record(const std::vector<std::string>& fields, const Exprs& values) {
  const std::string name = joined("rec", fields);
  z3::func_decl f = fn(name, std::vector<z3::sort>(fields.size(), U()), U());
  if (once(name)) {
    Group group(*this, name);
    // RecordDef: \A v1, ... : [f1 |-> v1, ...] is a function, DOMAIN = {"f1", ...}, and
    // maps "fi" to vi. No guard.
    Exprs vs = vars(*this, "v", fields.size());
    z3::expr r = apply(*this, f, vs);
    Exprs names;
    z3::expr def = isFcn(r);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      names.push_back(str(fields[i]));
      def = def && app(r, names.back()) == vs[i];
    }
    axiom(forall(vs, def && dom(r) == enumSet(names), {{r}}));
  }
  return apply(*this, f, values);
}

z3::expr Signature::recordSet(const std::vector<std::string>& fields, const Exprs& sets) {
  const std::string name = joined("recset", fields);
  z3::func_decl f = fn(name, std::vector<z3::sort>(fields.size(), U()), U());
  if (once(name)) {
    Group group(*this, name);
    // RecordSetDef: \A S1, ..., r : r \in [f1 : S1, ...] <=> r is a function /\ DOMAIN r =
    // {"f1", ...} /\ r.fi \in Si for each i. No guard.
    Exprs ss = vars(*this, "S", fields.size());
    z3::expr r = var("r");
    z3::expr in = mem(r, apply(*this, f, ss));
    Exprs names;
    z3::expr def = isFcn(r);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      names.push_back(str(fields[i]));
      def = def && mem(app(r, names.back()), ss[i]);
    }
    Exprs all = ss;
    all.push_back(r);
    axiom(forall(all, in == (def && dom(r) == enumSet(names)), {{in}}));
    // RecordSetEta: r \in [f1 : S1, ...] => r = [f1 |-> r.f1, ...] (by function
    // extensionality; guarded by the membership).
    Exprs fieldValues;
    for (const auto& n : names) fieldValues.push_back(app(r, n));
    axiom(forall(all, z3::implies(in, r == record(fields, fieldValues)), {{in}}));
  }
  return apply(*this, f, sets);
}

z3::expr Signature::tuple(const Exprs& elems) {
  const std::string name = numbered("tuple", elems.size());
  z3::func_decl f = fn(name, std::vector<z3::sort>(elems.size(), U()), U());
  if (once(name)) {
    Group group(*this, name);
    // TupleDef: \A v1, ..., vn : <<v1, ..., vn>> is a function, DOMAIN = 1..n, mapping i to
    // vi. No guard.
    Exprs vs = vars(*this, "v", elems.size());
    z3::expr t = apply(*this, f, vs);
    z3::expr def = isFcn(t) && dom(t) == interval1(elems.size());
    for (std::size_t i = 0; i < elems.size(); ++i) {
      def = def && app(t, num(static_cast<long long>(i + 1))) == vs[i];
    }
    if (vs.empty()) {
      axiom(def);
    } else {
      axiom(forall(vs, def, {{t}}));
    }
  }
  return apply(*this, f, elems);
}

z3::expr Signature::product(const Exprs& sets) {
  const std::string name = numbered("X", sets.size());
  z3::func_decl f = fn(name, std::vector<z3::sort>(sets.size(), U()), U());
  if (once(name)) {
    Group group(*this, name);
    // ProductDef: \A S1, ..., t : t \in S1 \X ... \X Sn <=> t is a function /\ DOMAIN t =
    // 1..n /\ t[i] \in Si for each i. No guard.
    Exprs ss = vars(*this, "S", sets.size());
    z3::expr t = var("t");
    z3::expr in = mem(t, apply(*this, f, ss));
    z3::expr def = isFcn(t) && dom(t) == interval1(sets.size());
    for (std::size_t i = 0; i < sets.size(); ++i) {
      def = def && mem(app(t, num(static_cast<long long>(i + 1))), ss[i]);
    }
    Exprs all = ss;
    all.push_back(t);
    axiom(forall(all, in == def, {{in}}));
  }
  return apply(*this, f, sets);
}

}  // namespace tlapx::z3enc
