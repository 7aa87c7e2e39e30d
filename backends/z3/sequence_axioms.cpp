// Sequences (Seq, Len, \o, Append, Tail, SubSeq; Head is s[1]) and finite sets
// (IsFiniteSet, Cardinality), following the definitions of the standard modules
// Sequences and FiniteSets; every property is guarded by the hypotheses under which those
// definitions give it.
#include "backends/z3/signature.hpp"

namespace tlapx::z3enc {

namespace {

// Len(s) \in Nat
z3::expr natLen(Signature& sig, const z3::expr& s) {
  return sig.isInt(sig.len(s)) && sig.u2int(sig.len(s)) >= 0;
}

// DOMAIN h = 1..n /\ Len(h) = n /\ h is a function, for an Int n >= 0 (a sequence of length n)
z3::expr seqShape(Signature& sig, const z3::expr& h, const z3::expr& n) {
  return sig.isFcn(h) && sig.dom(h) == sig.range(sig.num(1), sig.int2u(n)) &&
         sig.len(h) == sig.int2u(n);
}

}  // namespace

z3::expr Signature::len(const z3::expr& s) {
  z3::func_decl f = fn("Len", {U()}, U());
  if (once("Len")) {
    Group group(*this, "Len");
    // LenDef: \A s : \A n \in Nat : DOMAIN s = 1..n => Len(s) = n (Len(s) == CHOOSE n \in
    // Nat : DOMAIN s = 1..n, and 1..n determines n \in Nat). Guard n \in Nat; no guard on
    // s (DOMAIN is applied to any value).
    z3::expr q = var("s");
    z3::expr n = intVar("n");
    z3::expr r = range(num(1), int2u(n));
    axiom(forall({q, n}, z3::implies(n >= 0 && dom(q) == r, f(q) == int2u(n)), {{f(q), r}}));
  }
  return f(s);
}

z3::expr Signature::seqSet(const z3::expr& s) {
  z3::func_decl f = fn("Seq", {U()}, U());
  if (once("Seq")) {
    Group group(*this, "Seq");
    // SeqDef: \A S, s : s \in Seq(S) <=> Len(s) \in Nat /\ s is a function /\ DOMAIN s =
    // 1..Len(s) /\ \A i \in 1..Len(s) : s[i] \in S (Seq(S) == UNION {[1..n -> S] : n \in
    // Nat}). No guard.
    z3::expr set = var("S"), q = var("s");
    z3::expr i = intVar("i");
    z3::expr in = mem(q, f(set));
    z3::expr l = u2int(len(q));
    axiom(forall({set, q},
                 in == (natLen(*this, q) && isFcn(q) && dom(q) == range(num(1), len(q)) &&
                        forall({i}, z3::implies(1 <= i && i <= l, mem(app(q, int2u(i)), set)))),
                 {{in}}));
  }
  return f(s);
}

z3::expr Signature::concat(const z3::expr& s, const z3::expr& t) {
  z3::func_decl f = fn("\\o", {U(), U()}, U());
  if (once("\\o")) {
    Group group(*this, "\\o");
    // ConcatDef: s \o t == [i \in 1..(Len(s)+Len(t)) |-> IF i =< Len(s) THEN s[i]
    // ELSE t[i-Len(s)]], three theorems, each with the guard Len(s), Len(t) \in Nat (else
    // the sum of the lengths is unspecified):
    // ConcatShape: s \o t is a function, DOMAIN = 1..(Len(s)+Len(t)), Len = Len(s)+Len(t).
    // ConcatApp: \A i \in 1..(Len(s)+Len(t)) : (s \o t)[i] = IF i =< Len(s) ...
    // ConcatSeq: s, t \in Seq(S) => s \o t \in Seq(S) (guarded by the memberships).
    z3::expr p = var("s"), q = var("t");
    z3::expr i = intVar("i");
    z3::expr c = f(p, q);
    z3::expr lp = u2int(len(p)), lq = u2int(len(q));
    z3::expr guard = natLen(*this, p) && natLen(*this, q);
    axiom(forall({p, q}, z3::implies(guard, seqShape(*this, c, lp + lq)), {{c}}));
    axiom(forall({p, q, i},
                 z3::implies(guard && 1 <= i && i <= lp + lq,
                             app(c, int2u(i)) ==
                                 z3::ite(i <= lp, app(p, int2u(i)), app(q, int2u(i - lp)))),
                 {{app(c, int2u(i))}}));
    z3::expr set = var("S");
    axiom(forall({p, q, set},
                 z3::implies(mem(p, seqSet(set)) && mem(q, seqSet(set)), mem(c, seqSet(set))),
                 {{mem(p, seqSet(set)), c}}));
  }
  return f(s, t);
}

z3::expr Signature::append(const z3::expr& s, const z3::expr& e) {
  z3::func_decl f = fn("Append", {U(), U()}, U());
  if (once("Append")) {
    Group group(*this, "Append");
    // AppendDef: Append(s, e) == s \o <<e>>, three theorems: AppendShape (a function on
    // 1..Len(s)+1, Len = Len(s)+1, last element e) and AppendApp (Append(s, e)[i] = s[i]
    // for i \in 1..Len(s)), both with the guard Len(s) \in Nat; AppendSeq:
    // s \in Seq(S) /\ e \in S => Append(s, e) \in Seq(S).
    z3::expr p = var("s"), x = var("e");
    z3::expr i = intVar("i");
    z3::expr a = f(p, x);
    z3::expr l = u2int(len(p));
    axiom(forall({p, x},
                 z3::implies(natLen(*this, p),
                             seqShape(*this, a, l + 1) && app(a, int2u(l + 1)) == x),
                 {{a}}));
    axiom(forall({p, x, i},
                 z3::implies(natLen(*this, p) && 1 <= i && i <= l,
                             app(a, int2u(i)) == app(p, int2u(i))),
                 {{app(a, int2u(i))}}));
    z3::expr set = var("S");
    axiom(forall({p, x, set},
                 z3::implies(mem(p, seqSet(set)) && mem(x, set), mem(a, seqSet(set))),
                 {{mem(p, seqSet(set)), a}}));
  }
  return f(s, e);
}

z3::expr Signature::tail(const z3::expr& s) {
  z3::func_decl f = fn("Tail", {U()}, U());
  if (once("Tail")) {
    Group group(*this, "Tail");
    // TailDef: Tail(s) == CASE s # <<>> -> [i \in 1..(Len(s)-1) |-> s[i+1]]. TailShape and
    // TailApp (shape and values) with the guard Len(s) \in Int /\ Len(s) >= 1 (which
    // implies s # <<>>, as Len(<<>>) = 0); TailSeq: s \in Seq(S) /\ Len(s) >= 1 =>
    // Tail(s) \in Seq(S). Tail(<<>>) is unspecified.
    z3::expr p = var("s");
    z3::expr i = intVar("i");
    z3::expr t = f(p);
    z3::expr l = u2int(len(p));
    z3::expr guard = isInt(len(p)) && l >= 1;
    axiom(forall({p}, z3::implies(guard, seqShape(*this, t, l - 1)), {{t}}));
    axiom(forall({p, i},
                 z3::implies(guard && 1 <= i && i <= l - 1, app(t, int2u(i)) == app(p, int2u(i + 1))),
                 {{app(t, int2u(i))}}));
    z3::expr set = var("S");
    axiom(forall({p, set}, z3::implies(mem(p, seqSet(set)) && l >= 1, mem(t, seqSet(set))),
                 {{mem(p, seqSet(set)), t}}));
  }
  return f(s);
}

z3::expr Signature::subSeq(const z3::expr& s, const z3::expr& m, const z3::expr& n) {
  z3::func_decl f = fn("SubSeq", {U(), U(), U()}, U());
  if (once("SubSeq")) {
    Group group(*this, "SubSeq");
    // SubSeqDef: SubSeq(s, m, n) == [i \in 1..(1+n-m) |-> s[i+m-1]]; SubSeqShape and
    // SubSeqApp with the guard m, n \in Int (no guard on s: values outside DOMAIN s stay
    // unspecified applications). With k = 1+n-m, the domain is 1..k for every k (empty
    // when k < 0, e.g. SubSeq(s, 1, Len(s)-1) of an empty s), and Len is max(k, 0): the
    // only n \in Nat with 1..n = {} is 0.
    z3::expr p = var("s"), a = var("m"), b = var("n");
    z3::expr i = intVar("i");
    z3::expr t = f(p, a, b);
    z3::expr k = 1 + u2int(b) - u2int(a);
    z3::expr guard = isInt(a) && isInt(b);
    axiom(forall({p, a, b}, z3::implies(guard && k >= 0, seqShape(*this, t, k)), {{t}}));
    axiom(forall({p, a, b},
                 z3::implies(guard && k < 0, isFcn(t) && dom(t) == range(num(1), int2u(k)) &&
                                                 len(t) == num(0)),
                 {{t}}));
    axiom(forall({p, a, b, i},
                 z3::implies(guard && 1 <= i && i <= k,
                             app(t, int2u(i)) == app(p, int2u(i + u2int(a) - 1))),
                 {{app(t, int2u(i))}}));
  }
  return f(s, m, n);
}

z3::expr Signature::isFiniteSet(const z3::expr& s) {
  z3::func_decl f = fn("IsFiniteSet", {U()}, ctx().bool_sort());
  if (once("IsFiniteSet")) {
    Group group(*this, "IsFiniteSet");
    // Finite sets (FiniteSets), each a theorem of FiniteSetTheorems: FiniteEmpty:
    // IsFiniteSet({}). FiniteCup: finite a, b => a \cup b finite. FiniteCap: a or b finite
    // => a \cap b finite. FiniteDiff: a finite => a \ b finite. FiniteInterval (below).
    // FiniteSubset: b finite /\ a \subseteq b => a finite. (Enumerations: in the
    // translator, IsFiniteSet({e1, ..., en}) is TRUE.)
    z3::expr a = var("a"), b = var("b");
    axiom(f(emptySet()));
    axiom(forall({a, b}, z3::implies(f(a) && f(b), f(cup(a, b))), {{f(cup(a, b))}}));
    axiom(forall({a, b}, z3::implies(f(a) || f(b), f(cap(a, b))), {{f(cap(a, b))}}));
    axiom(forall({a, b}, z3::implies(f(a), f(setminus(a, b))), {{f(setminus(a, b))}}));
    // FiniteInterval: IsFiniteSet(m..n) for integers m, n only (on other bounds `..` is
    // some subset of Int, possibly infinite).
    axiom(forall({a, b}, z3::implies(isInt(a) && isInt(b), f(range(a, b))), {{f(range(a, b))}}));
    z3::expr x = var("x");
    axiom(forall({a, b},
                 z3::implies(f(b) && forall({x}, z3::implies(mem(x, a), mem(x, b))), f(a)),
                 {{f(a), f(b)}}));
  }
  return f(s);
}

z3::expr Signature::cardinality(const z3::expr& s) {
  z3::func_decl f = fn("Cardinality", {U()}, U());
  if (once("Cardinality")) {
    Group group(*this, "Cardinality");
    // Cardinality (FiniteSets): the number of elements of a finite set; every theorem
    // below is guarded by the finiteness of the sets it counts, or by integer bounds.
    z3::expr a = var("a"), b = var("b"), x = var("x");
    z3::expr ca = u2int(f(a)), cb = u2int(f(b));
    // CardNat, CardZero: IsFiniteSet(a) => |a| \in Nat, and |a| = 0 <=> a = {}.
    axiom(forall({a}, z3::implies(isFiniteSet(a), isInt(f(a)) && ca >= 0), {{f(a)}}));
    axiom(forall({a},
                 z3::implies(isFiniteSet(a), (ca == 0) == forall({x}, !mem(x, a))),
                 {{f(a)}}));
    // CardSingleton: \A x : |{x}| = 1 (no guard). CardAddElem: IsFiniteSet(a) /\ x \notin a
    // => |a \cup {x}| = |a| + 1.
    axiom(forall({x}, f(enumSet({x})) == num(1), {{f(enumSet({x}))}}));
    z3::expr ax = cup(a, enumSet({x}));
    axiom(forall({a, x},
                 z3::implies(isFiniteSet(a) && !mem(x, a), isInt(f(ax)) && u2int(f(ax)) == ca + 1),
                 {{f(ax)}}));
    // CardMono: a \subseteq b, b finite => |a| =< |b|.
    axiom(forall({a, b},
                 z3::implies(isFiniteSet(b) && forall({x}, z3::implies(mem(x, a), mem(x, b))),
                             isFiniteSet(a) && ca <= cb),
                 {{f(a), f(b)}}));
    // CardCup: |a \cup b| =< |a| + |b| for finite a, b.
    axiom(forall({a, b},
                 z3::implies(isFiniteSet(a) && isFiniteSet(b),
                             isInt(f(cup(a, b))) && u2int(f(cup(a, b))) <= ca + cb),
                 {{f(cup(a, b))}}));
    // CardInterval: \A m, n \in Int : IsFiniteSet(m..n) /\ |m..n| = max(n - m + 1, 0).
    // Guard m, n \in Int.
    z3::expr r = range(a, b);
    z3::expr k = u2int(b) - u2int(a) + 1;
    axiom(forall({a, b},
                 z3::implies(isInt(a) && isInt(b),
                             isFiniteSet(r) && f(r) == int2u(z3::ite(k >= 0, k, ctx().int_val(0)))),
                 {{f(r)}}));
  }
  return f(s);
}

}  // namespace tlapx::z3enc
