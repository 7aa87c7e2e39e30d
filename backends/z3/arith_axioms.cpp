// Integer arithmetic: Nat, Int, Real, `..`, and the operators of Naturals/Integers on U,
// defined through the injection int2u of SMT integers only where TLA+ defines them
// (on integers; \div and % for a positive divisor). Elsewhere they stay unspecified.
#include "backends/z3/signature.hpp"

#include <algorithm>

namespace tlapx::z3enc {

namespace {

const char* arithName(ArithOp op) {
  switch (op) {
    case ArithOp::Plus: return "+";
    case ArithOp::Minus: return "-";
    case ArithOp::Times: return "*";
    case ArithOp::Div: return "\\div";
    case ArithOp::Mod: return "%";
    case ArithOp::Exp: return "^";
  }
  return "?";
}

}  // namespace

z3::expr Signature::intSet() {
  z3::expr s = ctx().constant("Int", U());
  if (once("Int")) {
    Group group(*this, "Int");
    // IntDef: \A x : x \in Int <=> x = int2u(u2int(x)) (Int is the image of the SMT
    // integers under the injection int2u).
    z3::expr x = var("x");
    axiom(forall({x}, mem(x, s) == isInt(x), {{mem(x, s)}}));
  }
  return s;
}

z3::expr Signature::natSet() {
  z3::expr s = ctx().constant("Nat", U());
  if (once("Nat")) {
    Group group(*this, "Nat");
    // NatDef: \A x : x \in Nat <=> x \in Int /\ x >= 0 (Nat == {i \in Int : 0 =< i}).
    z3::expr x = var("x");
    axiom(forall({x}, mem(x, s) == (isInt(x) && u2int(x) >= 0), {{mem(x, s)}}));
  }
  return s;
}

z3::expr Signature::realSet() {
  z3::expr s = ctx().constant("Real", U());
  if (once("Real")) {
    Group group(*this, "Real");
    // RealSuper: \A x \in Int : x \in Real (nothing else is known about reals; real
    // literals are uninterpreted constants).
    z3::expr x = var("x");
    axiom(forall({x}, z3::implies(isInt(x), mem(x, s)), {{mem(x, s)}}));
  }
  return s;
}

z3::expr Signature::range(const z3::expr& a, const z3::expr& b) {
  z3::func_decl f = fn("..", {U(), U()}, U());
  if (once("..")) {
    Group group(*this, "..");
    // RangeDef: \A a, b, x : x \in a..b <=> x \in Int /\ a =< x /\ x =< b. No guard: the
    // standard modules define a..b == {i \in Int : a =< i /\ i =< b} for every a, b, and
    // =< is one fixed relation (the symbol "=<" of less(), integer order on integers,
    // unspecified elsewhere).
    // RangeDefInt: \A a, b \in Int : \A x : x \in a..b <=> x \in Int /\ a =< x /\ x =< b
    //   in the integer order: RangeDef with LessDef applied (guard a, b \in Int).
    z3::expr p = var("a"), q = var("b"), x = var("x");
    z3::expr in = mem(x, f(p, q));
    axiom(forall({p, q, x}, in == (isInt(x) && less(p, x, false) && less(x, q, false)), {{in}}));
    axiom(forall({p, q, x},
                 z3::implies(isInt(p) && isInt(q),
                             in == (isInt(x) && u2int(p) <= u2int(x) && u2int(x) <= u2int(q))),
                 {{in}}));
  }
  return f(a, b);
}

z3::expr Signature::interval1(std::size_t n) {
  const auto last = static_cast<long long>(n);
  z3::expr r = range(num(1), num(last));
  if (once("1.." + std::to_string(n))) {
    Group group(*this, "..");
    // RangeElements: k \in 1..n for k = 1, ..., n (RangeDef at literal bounds), stated
    // ground so that the domains 1..n and 1..m of tuples or sequences of different lengths
    // differ without an instance of RangeDef at a membership the context lacks.
    constexpr long long kMaxStated = 16;
    for (long long k = 1; k <= std::min(last, kMaxStated); ++k) axiom(mem(num(k), r));
  }
  return r;
}

z3::expr Signature::nativeArith(ArithOp op, const z3::expr& a, const z3::expr& b) {
  switch (op) {
    case ArithOp::Plus: return a + b;
    case ArithOp::Minus: return a - b;
    case ArithOp::Times: return a * b;
    // SMT-LIB div/mod are floor division and a non-negative remainder for b > 0, as
    // TLA+ \div and % (callers guarantee b > 0).
    case ArithOp::Div: return z3::expr(ctx(), Z3_mk_div(ctx(), a, b));
    case ArithOp::Mod: return z3::mod(a, b);
    case ArithOp::Exp: break;
  }
  return a;  // Exp is never native (see arith)
}

z3::expr Signature::arith(ArithOp op, const z3::expr& a, const z3::expr& b) {
  const std::string name = arithName(op);
  z3::func_decl f = fn(name, {U(), U()}, U());
  if (once(name) && op != ArithOp::Exp) {
    Group group(*this, name);
    // ArithDef(op): \A a, b \in Int : a op b = the integer a op b, for + - *; for \div
    // and % with the guard b > 0 as well (floor division, remainder in 0..b-1). Guard
    // a, b \in Int: on other arguments the operators are unspecified. ^ has no axiom (only
    // literal exponents 1..16 are expanded, in Translator::arithmetic, on integers).
    z3::expr p = var("a"), q = var("b");
    z3::expr guard = isInt(p) && isInt(q);
    if (op == ArithOp::Div || op == ArithOp::Mod) guard = guard && u2int(q) > 0;
    axiom(forall({p, q},
                 z3::implies(guard, f(p, q) == int2u(nativeArith(op, u2int(p), u2int(q)))),
                 {{f(p, q)}}));
  }
  return f(a, b);
}

z3::expr Signature::uminus(const z3::expr& a) {
  z3::func_decl f = fn("-.", {U()}, U());
  if (once("-.")) {
    Group group(*this, "-.");
    // UminusDef: \A a \in Int : -a = the integer negation of a. Guard a \in Int.
    z3::expr p = var("a");
    axiom(forall({p}, z3::implies(isInt(p), f(p) == int2u(-u2int(p))), {{f(p)}}));
  }
  return f(a);
}

z3::expr Signature::less(const z3::expr& a, const z3::expr& b, bool strict) {
  const std::string name = strict ? "<" : "=<";
  z3::func_decl f = fn(name, {U(), U()}, ctx().bool_sort());
  if (once(name)) {
    Group group(*this, name);
    // LessDef: \A a, b \in Int : (a < b) <=> the integer order (and =< alike). Guard
    // a, b \in Int: the orders are unspecified on other values.
    z3::expr p = var("a"), q = var("b");
    z3::expr native = strict ? u2int(p) < u2int(q) : u2int(p) <= u2int(q);
    axiom(forall({p, q}, z3::implies(isInt(p) && isInt(q), f(p, q) == native), {{f(p, q)}}));
    // StrictDef: \A a, b : (a < b) <=> (a =< b /\ a # b), as Naturals defines < for every
    // value (Integers and Reals inherit it): a < b => a # b, and a =< b /\ a # b => a < b
    // where a or b is not known to be a number. Stated off Int only (on integers LessDef
    // implies it), so that comparisons of integers do not pay for its instances.
    if (strict) {
      const z3::expr onInt = isInt(p) && isInt(q);
      axiom(forall({p, q}, onInt || !f(p, q) || p != q, {{f(p, q)}}));
      const z3::expr le = less(p, q, false);
      axiom(forall({p, q}, onInt || f(p, q) == (le && p != q), {{f(p, q), le}}));
    }
  }
  return f(a, b);
}

}  // namespace tlapx::z3enc
