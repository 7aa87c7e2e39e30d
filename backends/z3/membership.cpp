// Membership and equality by definition: `x \in S` for a set constructor S unfolds to the
// constructor's defining condition (so most set terms never reach the solver), and
// equalities pick between plain equality, componentwise equality, extensional unfolding
// and the extensionality-triggering eqx according to their polarity.
#include "backends/z3/translator.hpp"

#include <algorithm>

#include "backends/z3/product_binders.hpp"

namespace tlapx::z3enc {

namespace {

bool isLiteral(const Expr& e) {
  return e.kind == ExprKind::Number || e.kind == ExprKind::String ||
         (e.kind == ExprKind::Builtin &&
          (e.op == BuiltinOp::True || e.op == BuiltinOp::False));
}

bool isEmptySet(const Expr& e) { return e.kind == ExprKind::SetEnum && e.args.empty(); }

// An expression that syntactically denotes a set, with membership defined by unfolding.
bool isSetConstructor(const Expr& e) {
  switch (e.kind) {
    case ExprKind::SetEnum:
    case ExprKind::SetFilter:
    case ExprKind::SetMap:
    case ExprKind::FuncSet:
    case ExprKind::RecordSet:
    case ExprKind::Times: return true;
    case ExprKind::Builtin:
      switch (e.op) {
        case BuiltinOp::Cup:
        case BuiltinOp::Cap:
        case BuiltinOp::SetMinus:
        case BuiltinOp::Subset:
        case BuiltinOp::Union:
        case BuiltinOp::BooleanSet: return true;
        default: return false;
      }
    default: return isPrimitiveNamed(e, {"Nat", "Int", "..", "Seq"});
  }
}

}  // namespace

z3::expr Translator::membership(const Val& x, const Expr& s, Pol pol) {
  z3::context& c = sig_.ctx();
  const auto& a = s.args;
  switch (s.kind) {
    case ExprKind::SetEnum: {
      z3::expr any = c.bool_val(false);
      for (const auto& e : a) any = any || equalVals(x, term(*e), pol, isLiteral(*e));
      return any;
    }
    case ExprKind::Builtin:
      switch (s.op) {
        case BuiltinOp::Cup: return membership(x, *a[0], pol) || membership(x, *a[1], pol);
        case BuiltinOp::Cap: return membership(x, *a[0], pol) && membership(x, *a[1], pol);
        case BuiltinOp::SetMinus:
          return membership(x, *a[0], pol) && !membership(x, *a[1], flip(pol));
        case BuiltinOp::Subset: {  // x \subseteq a[0]
          EnvScope scope(*this);
          BoundVar y = freshVar(nullptr, false);
          pushVar(y);
          // Instantiated for the known elements of x only: an inferred trigger inside the
          // unfolded membership (e.g. y.f of a record set) would loop on its own output.
          const z3::expr in = sig_.mem(y.constant, x.u);
          return sig_.forall({y.constant}, z3::implies(in, membership(y.val, *a[0], pol)),
                             {{in}});
        }
        case BuiltinOp::Union: {  // \E y \in a[0] : x \in y
          EnvScope scope(*this);
          BoundVar y = freshVar(nullptr, false);
          pushVar(y);
          return sig_.exists({y.constant},
                             membership(y.val, *a[0], pol) && sig_.mem(x.u, y.constant));
        }
        case BuiltinOp::BooleanSet:
          return x.u == sig_.bool2u(c.bool_val(true)) || x.u == sig_.bool2u(c.bool_val(false));
        default: break;
      }
      break;
    case ExprKind::SetFilter: {
      const Binder& b = s.binders[0];
      if (b.tuple || b.vars.size() != 1) break;
      z3::expr inDomain = membership(x, *b.domain, pol);
      EnvScope scope(*this);
      Binding bound;
      bound.val = x;
      bind(b.vars[0].get(), std::move(bound));
      return inDomain && formula(*a[0], pol);
    }
    case ExprKind::SetMap: {  // \E vars \in domains : x = e
      // For x a quantified variable the equation is a plain one: Z3 then eliminates x
      // (\A x : ~\E y \in S : x = e(y) /\ ... is \A y \in S : ~...), where the marked
      // form would leave a quantifier with no trigger for x. Both forms mean x = e.
      const bool boundElement = std::any_of(scopeVars_.begin(), scopeVars_.end(),
                                            [&](const z3::expr& v) { return z3::eq(v, x.u); });
      EnvScope scope(*this);
      z3::expr guards = c.bool_val(true);
      Exprs vars = enterBinders(s.binders, pol, guards);
      const Val image = term(*a[0]);
      const z3::expr in = sig_.exists(vars, guards && equalVals(x, image, boundElement ? Pol::Pos : pol));
      // A membership to be proved, also with the product binders split (the same formula).
      if (pol == Pol::Neg) {
        if (ExprPtr split = splitProductBinders(s)) {
          synthetic_.push_back(split);
          return in || membership(x, *split, pol);
        }
      }
      return in;
    }
    case ExprKind::FuncSet: {  // x is a function, DOMAIN x = S, x maps S into T
      z3::expr domainEq = equalVals(Val{sig_.dom(x.u), std::nullopt}, term(*a[0]), pol);
      EnvScope scope(*this);
      BoundVar y = freshVar(nullptr, isIntDomain(*a[0]));
      pushVar(y);
      z3::expr maps = sig_.forall(
          {y.constant}, z3::implies(membership(y.val, *a[0], flip(pol)),
                                  membership(Val{sig_.app(x.u, y.val.u), std::nullopt}, *a[1], pol)));
      return sig_.isFcn(x.u) && domainEq && maps;
    }
    case ExprKind::RecordSet:
    case ExprKind::Times: {  // a function on {"f1", ...} / 1..n with components in the sets
      const bool record = s.kind == ExprKind::RecordSet;
      Exprs keys;
      for (std::size_t i = 0; i < a.size(); ++i) {
        keys.push_back(record ? sig_.str(s.fields[i]) : sig_.num(static_cast<long long>(i + 1)));
      }
      z3::expr domainSet = record ? sig_.enumSet([&] {
        std::vector<std::string> sorted = s.fields;
        std::sort(sorted.begin(), sorted.end());
        Exprs names;
        for (const auto& f : sorted) names.push_back(sig_.str(f));
        return names;
      }())
                                  : sig_.interval1(a.size());
      z3::expr r = sig_.isFcn(x.u) &&
                   equalVals(Val{sig_.dom(x.u), std::nullopt}, Val{domainSet, std::nullopt}, pol);
      for (std::size_t i = 0; i < a.size(); ++i) {
        r = r && membership(Val{sig_.app(x.u, keys[i]), std::nullopt}, *a[i], pol);
      }
      if (pol != Pol::Neg) {
        // When assumed, also the consequence (by function extensionality) that x is the
        // record / tuple of its components: equalities on components then carry over.
        // Used both ways (`m \in [type : {"1c"}, ...] <=> m.type = "1c"`), it is there too,
        // as eqx: the conjunction is equivalent, since a function on {"f1", ...} is the
        // record of its fields, and eqx lets extensionality establish it when it is to be
        // proved. Only to be proved, it is left out (it would only add that work).
        std::vector<std::string> sorted = s.fields;
        std::sort(sorted.begin(), sorted.end());
        Exprs parts;
        for (std::size_t i = 0; i < a.size(); ++i) {
          parts.push_back(sig_.app(x.u, record ? sig_.str(sorted[i]) : keys[i]));
        }
        const Val whole{record ? sig_.record(sorted, parts) : sig_.tuple(parts), std::nullopt};
        r = r && equalVals(x, whole, pol, false);
      }
      return r;
    }
    case ExprKind::Ident:
    case ExprKind::OpApp: {
      if (const Binding* b = s.decl ? lookup(s.decl) : nullptr;
          b != nullptr && b->kind == Binding::Kind::Value) {
        break;
      }
      std::function<z3::expr(const Expr&)> f = [&](const Expr& d) { return membership(x, d, pol); };
      if (auto r = throughBinding(s, f)) return *r;
      const z3::expr isInt = x.i ? c.bool_val(true) : sig_.isInt(x.u);
      const z3::expr value = x.i ? *x.i : sig_.u2int(x.u);
      // To be proved outside binders, x \in Nat / Int also names the set, which is
      // equivalent (NatDef, IntDef): a fact `\A T : ... => F(x) \in T` is then matched
      // with T := Nat.
      const bool nameSet = pol == Pol::Neg && outsideBinders();
      if (isPrimitiveNamed(s, {"Nat"})) {
        return (isInt && value >= 0) || (nameSet ? sig_.mem(x.u, sig_.natSet()) : c.bool_val(false));
      }
      if (isPrimitiveNamed(s, {"Int"})) {
        return isInt || (nameSet ? sig_.mem(x.u, sig_.intSet()) : c.bool_val(false));
      }
      if (isPrimitiveNamed(s, {".."})) {  // x \in Int /\ lo =< x /\ x =< hi, for any lo, hi
        const Val asInt{x.u, value};       // x's integer form, meaningful where isInt holds
        return isInt && compare(term(*a[0]), asInt, false) && compare(asInt, term(*a[1]), false);
      }
      break;
    }
    case ExprKind::Let: {
      EnvScope scope(*this);
      bindLet(s);
      return membership(x, *a[0], pol);
    }
    case ExprKind::Label: return membership(x, *a[0], pol);
    case ExprKind::If:
      return z3::ite(formula(*a[0], Pol::Both), membership(x, *a[1], pol),
                     membership(x, *a[2], pol));
    default: break;
  }
  return sig_.mem(x.u, term(s).u);
}

z3::expr Translator::subseteq(const Expr& a, const Expr& b, Pol pol) {
  EnvScope scope(*this);
  BoundVar y = freshVar(nullptr, false);
  pushVar(y);
  return sig_.forall({y.constant}, z3::implies(membership(y.val, a, flip(pol)),
                                               membership(y.val, b, pol)));
}

z3::expr Translator::equality(const Expr& a, const Expr& b, Pol pol) {
  z3::context& c = sig_.ctx();
  // <<a1, ..., an>> = <<b1, ..., bm>> <=> n = m /\ a1 = b1 /\ ... (tuples are functions on 1..n)
  if (a.kind == ExprKind::Tuple && b.kind == ExprKind::Tuple) {
    if (a.args.size() != b.args.size()) return c.bool_val(false);
    z3::expr r = c.bool_val(true);
    for (std::size_t i = 0; i < a.args.size(); ++i) r = r && equality(*a.args[i], *b.args[i], pol);
    return r;
  }
  // Records with the same fields are equal iff their fields are; different fields: unequal.
  if (a.kind == ExprKind::RecordCons && b.kind == ExprKind::RecordCons) {
    std::vector<std::string> fa = a.fields, fb = b.fields;
    std::sort(fa.begin(), fa.end());
    std::sort(fb.begin(), fb.end());
    if (fa != fb) return c.bool_val(false);
    z3::expr r = c.bool_val(true);
    for (std::size_t i = 0; i < a.fields.size(); ++i) {
      for (std::size_t j = 0; j < b.fields.size(); ++j) {
        if (a.fields[i] == b.fields[j]) r = r && equality(*a.args[i], *b.args[j], pol);
      }
    }
    return r;
  }
  // S = {} <=> S has no element (extensionality).
  if (isEmptySet(a) || isEmptySet(b)) {
    // Outside binders, the equality of the terms is kept too (it is equivalent). Assumed,
    // S = {} then carries over to the operators applied to S (F(S) = F({})); assumed false
    // (S # {}), the disequality of the terms refutes S = {} where S is later compared to
    // {} as a value (x \in {{}}), which the element it has cannot do without a membership
    // term to match. Under binders it is not kept: each instance would merge another set
    // with {}, and E-matching on those blows up.
    const Expr& s = isEmptySet(a) ? b : a;
    const bool keepTerms = pol != Pol::Both && outsideBinders();
    const z3::expr terms = keepTerms ? term(a).u == term(b).u : c.bool_val(true);
    EnvScope scope(*this);
    BoundVar y = freshVar(nullptr, false);
    pushVar(y);
    const z3::expr none = sig_.forall({y.constant}, !membership(y.val, s, flip(pol)));
    if (!keepTerms) return none;
    return pol == Pol::Pos ? (terms && none) : (terms || none);
  }
  // To establish S = T for a set constructor, compare elements (extensionality). The
  // equality of the terms is kept too, which is equivalent: to be proved, either form will
  // do (a disjunction); where it is used both ways, both are stated (a conjunction). The
  // terms let E-matching find a witness: a goal \E m : S = {m} is matched by a context
  // term {x} with S = {x}.
  if (pol != Pol::Pos && (isSetConstructor(a) || isSetConstructor(b))) {
    const z3::expr terms = sig_.eqx(term(a).u, term(b).u);
    EnvScope scope(*this);
    BoundVar y = freshVar(nullptr, false);
    pushVar(y);
    const z3::expr elements = sig_.forall(
        {y.constant}, membership(y.val, a, Pol::Both) == membership(y.val, b, Pol::Both));
    return pol == Pol::Neg ? (terms || elements) : (terms && elements);
  }
  return equalVals(term(a), term(b), pol, isLiteral(a) || isLiteral(b));
}

z3::expr Translator::equalVals(const Val& a, const Val& b, Pol pol, bool literalSide) {
  if (a.i && b.i) return *a.i == *b.i;
  // Equalities that are only assumed, or with a literal side, need no extensionality.
  if (pol == Pol::Pos || literalSide) return a.u == b.u;
  return sig_.eqx(a.u, b.u);
}

}  // namespace tlapx::z3enc
