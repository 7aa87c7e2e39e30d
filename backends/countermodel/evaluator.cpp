// Evaluation of constant-level TLA+ over finite values (see evaluator.hpp). Values that
// cannot be computed throw Unevaluable internally; formulas turn it into an unknown truth
// value, and only where TLA+ determines the result regardless (FALSE /\ a Boolean, an
// equality is a Boolean) is an unknown part absorbed.
#include "backends/countermodel/evaluator.hpp"

#include <algorithm>

namespace tlapx::countermodel {

namespace {

constexpr std::size_t kMaxSet = 10'000;    // elements of a set built by enumeration
constexpr std::size_t kMaxPowerBase = 12;  // SUBSET of at most this many elements
constexpr int kMaxCallDepth = 64;          // nested calls of (recursive) LET definitions

Truth fromBool(bool b) { return b ? Truth::True : Truth::False; }
Truth fromDetermined(std::optional<bool> b) { return b ? fromBool(*b) : Truth::BoolUnknown; }

Truth negation(Truth t) {
  switch (t) {
    case Truth::True: return Truth::False;
    case Truth::False: return Truth::True;
    default: return t;
  }
}

// Conjunction of Booleans-or-unknowns (`of` of them must be true).
Truth conjunction(std::initializer_list<Truth> ts) {
  bool unknown = false;
  bool boolUnknown = false;
  bool someFalse = false;
  for (Truth t : ts) {
    unknown = unknown || t == Truth::Unknown;
    boolUnknown = boolUnknown || t == Truth::BoolUnknown;
    someFalse = someFalse || t == Truth::False;
  }
  if (unknown) return Truth::Unknown;
  if (someFalse) return Truth::False;
  return boolUnknown ? Truth::BoolUnknown : Truth::True;
}

Truth implication(Truth a, Truth b) {
  if (a == Truth::Unknown || b == Truth::Unknown) return Truth::Unknown;
  if (a == Truth::False || b == Truth::True) return Truth::True;
  if (a == Truth::True && b == Truth::False) return Truth::False;
  return Truth::BoolUnknown;
}

// A membership or quantifier is a Boolean even when its parts are unknown.
Truth boolean(Truth t) { return t == Truth::Unknown ? Truth::BoolUnknown : t; }

bool named(const Decl& d, std::initializer_list<const char*> names) {
  return std::any_of(names.begin(), names.end(), [&](const char* n) { return d.name == n; });
}

}  // namespace

bool isStateLevel(const Decl& d) {
  switch (d.kind) {
    case DeclKind::Variable: return true;
    case DeclKind::NewSymbol: return d.newKind != NewKind::Constant;
    case DeclKind::BoundVar: return d.flexible;
    default: return false;
  }
}

// ------------------------------------------------------------------ scopes ---

namespace {

// Binds declarations for the lifetime of the scope, restoring what they were bound to.
template <class Map>
class Scope {
 public:
  explicit Scope(Map& map) : map_(map) {}
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;
  ~Scope() {
    for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
      if (it->second) {
        map_.insert_or_assign(it->first, *it->second);
      } else {
        map_.erase(it->first);
      }
    }
  }
  void bind(const Decl* d, typename Map::mapped_type v) {
    auto old = map_.find(d);
    saved_.emplace_back(d, old == map_.end() ? std::nullopt : std::optional(old->second));
    map_.insert_or_assign(d, std::move(v));
  }

 private:
  Map& map_;
  std::vector<std::pair<const Decl*, std::optional<typename Map::mapped_type>>> saved_;
};

template <class T>
class Restore {
 public:
  Restore(T& slot, T value) : slot_(slot), old_(slot) { slot_ = std::move(value); }
  Restore(const Restore&) = delete;
  Restore& operator=(const Restore&) = delete;
  ~Restore() { slot_ = std::move(old_); }

 private:
  T& slot_;
  T old_;
};

}  // namespace

// ------------------------------------------------------------------ public ---

Truth Evaluator::truth(const Expr& e) {
  try {
    return truthOf(e);
  } catch (const Unevaluable&) {
    return Truth::Unknown;
  }
}

std::optional<Value> Evaluator::value(const Expr& e) {
  try {
    return eval(e);
  } catch (const Unevaluable&) {
    return std::nullopt;
  }
}

Truth Evaluator::membership(const Value& v, const Expr& s) {
  try {
    return memberOf(v, s);
  } catch (const Unevaluable&) {
    return Truth::BoolUnknown;
  }
}

void Evaluator::spend(std::uint64_t cost) {
  if (steps_ < cost) {
    steps_ = 0;
    throw Unevaluable{};
  }
  steps_ -= cost;
}

Value::Elements Evaluator::finiteSet(const Value& v) const {
  if (v.kind() != Value::Kind::Set) throw Unevaluable{};
  return v.elements();
}

namespace {

}  // namespace

Value Evaluator::makeSet(Value::Elements elements) {
  spend(elements.size());  // building a set costs its size
  auto s = Value::set(std::move(elements));
  if (!s) throw Unevaluable{};
  return *s;
}

// ---------------------------------------------------------------- formulas ---

Truth Evaluator::truthOf(const Expr& e) {
  spend();
  switch (e.kind) {
    case ExprKind::Builtin: return truthBuiltin(e);
    case ExprKind::Quant: return truthQuant(e);
    case ExprKind::Sequent: return truthSequent(e, 0);
    case ExprKind::Label: return truthOf(*e.args[0]);
    case ExprKind::If: {
      const Truth c = truthOf(*e.args[0]);
      if (c == Truth::True) return truthOf(*e.args[1]);
      if (c == Truth::False) return truthOf(*e.args[2]);
      return Truth::Unknown;
    }
    default: return truthOfValue(e);
  }
}

// A formula the evaluator computes as a value: TRUE or FALSE, else unknown.
Truth Evaluator::truthOfValue(const Expr& e) {
  try {
    const Value v = eval(e);
    return v.kind() == Value::Kind::Bool ? fromBool(v.asBool()) : Truth::Unknown;
  } catch (const Unevaluable&) {
    return Truth::Unknown;
  }
}

Truth Evaluator::truthBuiltin(const Expr& e) {
  const auto& a = e.args;
  switch (e.op) {
    case BuiltinOp::True: return Truth::True;
    case BuiltinOp::False: return Truth::False;
    case BuiltinOp::And:
    case BuiltinOp::Or: {
      const bool isAnd = e.op == BuiltinOp::And;
      Truth acc = Truth::True;
      for (const auto& x : a) {
        const Truth t = truthOf(*x);
        acc = conjunction({acc, isAnd ? t : negation(t)});
      }
      return isAnd ? acc : negation(acc);
    }
    case BuiltinOp::Not: return negation(truthOf(*a[0]));
    case BuiltinOp::Implies: return implication(truthOf(*a[0]), truthOf(*a[1]));
    case BuiltinOp::Equiv: {
      const Truth x = truthOf(*a[0]);
      const Truth y = truthOf(*a[1]);
      if (x == Truth::Unknown || y == Truth::Unknown) return Truth::Unknown;
      if (x == Truth::BoolUnknown || y == Truth::BoolUnknown) return Truth::BoolUnknown;
      return fromBool(x == y);
    }
    case BuiltinOp::Eq: return equality(e);
    case BuiltinOp::Neq: return negation(equality(e));
    case BuiltinOp::In:
    case BuiltinOp::NotIn: {
      Truth t = Truth::BoolUnknown;
      try {
        t = memberOf(eval(*a[0]), *a[1]);
      } catch (const Unevaluable&) {
      }
      return e.op == BuiltinOp::In ? t : negation(t);
    }
    case BuiltinOp::Subseteq: return inclusion(e);
    case BuiltinOp::Prime: {
      if (primed_) return Truth::Unknown;
      const Restore primed(primed_, true);
      return truthOf(*a[0]);
    }
    default: return truthOfValue(e);
  }
}

Truth Evaluator::equality(const Expr& e) {
  try {
    return fromDetermined(equal(eval(*e.args[0]), eval(*e.args[1])));
  } catch (const Unevaluable&) {
    return Truth::BoolUnknown;
  }
}

Truth Evaluator::inclusion(const Expr& e) {
  try {
    const Value s = eval(*e.args[0]);
    if (s.kind() != Value::Kind::Set) return Truth::BoolUnknown;
    Truth acc = Truth::True;
    for (const Value& x : s.elements()) {
      acc = conjunction({acc, memberOf(x, *e.args[1])});
      if (acc == Truth::False) return acc;
    }
    return acc;
  } catch (const Unevaluable&) {
    return Truth::BoolUnknown;
  }
}

Truth Evaluator::truthQuant(const Expr& e) {
  const bool forall = e.quantOp == QuantOp::Forall;
  try {
    Truth acc = Truth::True;  // of the body (forall) or of its negation (exists)
    for (const auto& combo : bindings(e.binders)) {
      Scope scope(bound_);
      for (const auto& [d, v] : combo.vars) scope.bind(d, v);
      const Truth t = boolean(truthOf(*e.args[0]));
      acc = conjunction({acc, forall ? t : negation(t)});
      if (acc == Truth::False) break;
    }
    return forall ? acc : negation(acc);
  } catch (const Unevaluable&) {
    return Truth::BoolUnknown;
  }
}

// ASSUME NEW x \in S, P PROVE Q  is  \A x \in S : P => Q.
Truth Evaluator::truthSequent(const Expr& e, std::size_t hyp) {
  if (hyp == e.hyps.size()) return truthOf(*e.args[0]);
  const SequentHyp& h = e.hyps[hyp];
  if (h.fact) return implication(truthOf(*h.fact), truthSequent(e, hyp + 1));
  const Decl& d = *h.newDecl;
  if (d.newKind != NewKind::Constant || !d.body) return Truth::Unknown;
  Value::Elements domain;
  try {
    domain = finiteSet(eval(*d.body));
  } catch (const Unevaluable&) {
    return Truth::Unknown;
  }
  Truth acc = Truth::True;
  for (const Value& v : domain) {
    Scope scope(bound_);
    scope.bind(&d, v);
    acc = conjunction({acc, truthSequent(e, hyp + 1)});
    if (acc == Truth::False) break;
  }
  return acc;
}

// -------------------------------------------------------------- membership ---

Truth Evaluator::memberOf(const Value& v, const Expr& s) {
  spend();
  const auto& a = s.args;
  const auto all = [&](const Value::Mapping& m, auto setOf) {
    Truth acc = Truth::True;
    for (const auto& [k, x] : m) {
      acc = conjunction({acc, memberOf(x, setOf(k))});
      if (acc == Truth::False) break;
    }
    return acc;
  };
  switch (s.kind) {
    case ExprKind::Ident:
    case ExprKind::OpApp: {
      if (s.decl == nullptr || !s.decl->primitive) break;
      const Decl& d = *s.decl;
      if (a.empty() && named(d, {"Nat", "Int"})) {
        if (v.kind() != Value::Kind::Int) return Truth::BoolUnknown;
        return fromBool(d.name == "Int" || v.asInt() >= 0);
      }
      if (a.empty() && named(d, {"Real"})) return Truth::BoolUnknown;
      if (a.size() == 1 && named(d, {"Seq"})) {
        if (v.kind() != Value::Kind::Function) return Truth::BoolUnknown;
        if (!v.isTuple()) {
          const bool intDomain = std::all_of(v.mapping().begin(), v.mapping().end(), [](const auto& kv) {
            return kv.first.kind() == Value::Kind::Int;
          });
          return intDomain ? Truth::False : Truth::BoolUnknown;
        }
        return all(v.mapping(), [&](const Value&) -> const Expr& { return *a[0]; });
      }
      break;
    }
    case ExprKind::Builtin:
      switch (s.op) {
        case BuiltinOp::StringSet:
          return v.kind() == Value::Kind::String ? Truth::True : Truth::BoolUnknown;
        case BuiltinOp::Subset: {
          if (v.kind() != Value::Kind::Set) return Truth::BoolUnknown;
          Truth acc = Truth::True;
          for (const Value& x : v.elements()) acc = conjunction({acc, memberOf(x, *a[0])});
          return acc;
        }
        case BuiltinOp::Cup: return negation(conjunction({negation(memberOf(v, *a[0])), negation(memberOf(v, *a[1]))}));
        case BuiltinOp::Cap: return conjunction({memberOf(v, *a[0]), memberOf(v, *a[1])});
        case BuiltinOp::SetMinus: return conjunction({memberOf(v, *a[0]), negation(memberOf(v, *a[1]))});
        default: break;
      }
      break;
    case ExprKind::Label: return memberOf(v, *a[0]);
    case ExprKind::FuncSet: {
      if (v.kind() != Value::Kind::Function) return Truth::BoolUnknown;
      const Truth sameDomain = fromDetermined(equal(domain(v), eval(*a[0])));
      if (sameDomain != Truth::True) return sameDomain;
      return all(v.mapping(), [&](const Value&) -> const Expr& { return *a[1]; });
    }
    case ExprKind::RecordSet: {
      if (v.kind() != Value::Kind::Function) return Truth::BoolUnknown;
      Value::Elements fields;
      for (const auto& f : s.fields) fields.push_back(Value::string(f));
      const Truth sameDomain = fromDetermined(equal(domain(v), makeSet(std::move(fields))));
      if (sameDomain != Truth::True) return sameDomain;
      return all(v.mapping(), [&](const Value& k) -> const Expr& {
        const auto at = std::find(s.fields.begin(), s.fields.end(), k.asString());
        return *a[static_cast<std::size_t>(at - s.fields.begin())];
      });
    }
    case ExprKind::Times: {
      if (v.kind() != Value::Kind::Function) return Truth::BoolUnknown;
      if (!v.isTuple()) return Truth::BoolUnknown;
      if (v.mapping().size() != a.size()) return Truth::False;
      return all(v.mapping(), [&](const Value& k) -> const Expr& {
        return *a[static_cast<std::size_t>(k.asInt() - 1)];
      });
    }
    case ExprKind::SetFilter: {
      if (s.binders.size() != 1) break;
      const Binder& b = s.binders[0];
      if (b.tuple || b.vars.size() != 1 || !b.domain) break;
      const Truth in = memberOf(v, *b.domain);
      if (in != Truth::True) return in;
      Scope scope(bound_);
      scope.bind(b.vars[0].get(), v);
      return boolean(truthOf(*a[0]));
    }
    default: break;
  }
  if (s.kind == ExprKind::OpApp && s.decl != nullptr && s.decl->primitive && named(*s.decl, {".."}) &&
      a.size() == 2) {
    const Value lo = eval(*a[0]);
    const Value hi = eval(*a[1]);
    if (lo.kind() != Value::Kind::Int || hi.kind() != Value::Kind::Int) throw Unevaluable{};
    if (v.kind() != Value::Kind::Int) return Truth::BoolUnknown;
    return fromBool(lo.asInt() <= v.asInt() && v.asInt() <= hi.asInt());
  }
  return fromDetermined(member(v, eval(s)));
}

// ------------------------------------------------------------------ values ---

Value Evaluator::eval(const Expr& e) {
  spend();
  const auto& a = e.args;
  switch (e.kind) {
    case ExprKind::Ident:
    case ExprKind::OpApp: return evalReference(e);
    case ExprKind::Builtin: return evalBuiltin(e);
    case ExprKind::Number: {
      if (e.text.empty() || e.text.size() > 18 ||
          !std::all_of(e.text.begin(), e.text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        throw Unevaluable{};
      }
      return Value::integer(std::stoll(e.text));
    }
    case ExprKind::String: return Value::string(e.text);
    case ExprKind::Quant:
    case ExprKind::Sequent: {
      const Truth t = truthOf(e);
      if (t != Truth::True && t != Truth::False) throw Unevaluable{};
      return Value::boolean(t == Truth::True);
    }
    case ExprKind::Choose:
    case ExprKind::SetFilter:
    case ExprKind::SetMap:
    case ExprKind::FuncCons: return evalBinding(e);
    case ExprKind::Let: {
      Scope<std::unordered_map<const Decl*, const Decl*>> scope(letDefs_);
      for (const auto& d : e.letDefs) {
        if (d->kind == DeclKind::Operator || d->kind == DeclKind::Function) scope.bind(d.get(), d.get());
      }
      return eval(*a[0]);
    }
    case ExprKind::SetEnum: {
      Value::Elements elements;
      for (const auto& x : a) elements.push_back(eval(*x));
      return makeSet(std::move(elements));
    }
    case ExprKind::Tuple: {
      Value::Elements components;
      for (const auto& x : a) components.push_back(eval(*x));
      return Value::tuple(std::move(components));
    }
    case ExprKind::FuncApp: {
      const Value f = eval(*a[0]);
      Value::Elements arguments;
      for (std::size_t i = 1; i < a.size(); ++i) arguments.push_back(eval(*a[i]));
      const Value key = arguments.size() == 1 ? arguments[0] : Value::tuple(std::move(arguments));
      auto r = apply(f, key);
      if (!r) throw Unevaluable{};
      return *r;
    }
    case ExprKind::FuncSet: {
      const auto& from = finiteSet(eval(*a[0]));
      const auto& to = finiteSet(eval(*a[1]));
      std::vector<Value::Mapping> fs{{}};
      for (const Value& x : from) {
        if (fs.size() * to.size() > kMaxSet) throw Unevaluable{};
        std::vector<Value::Mapping> next;
        for (const auto& m : fs) {
          for (const Value& y : to) {
            next.push_back(m);
            next.back().emplace_back(x, y);
          }
        }
        fs = std::move(next);
      }
      Value::Elements elements;
      for (auto& m : fs) elements.push_back(*Value::function(std::move(m)));
      return makeSet(std::move(elements));
    }
    case ExprKind::RecordCons: {
      Value::Mapping m;
      for (std::size_t i = 0; i < a.size(); ++i) m.emplace_back(Value::string(e.fields[i]), eval(*a[i]));
      auto r = Value::function(std::move(m));
      if (!r) throw Unevaluable{};
      return *r;
    }
    case ExprKind::RecordSet:
    case ExprKind::Times: {
      std::vector<Value::Mapping> rs{{}};
      for (std::size_t i = 0; i < a.size(); ++i) {
        const auto& s = finiteSet(eval(*a[i]));
        if (rs.size() * s.size() > kMaxSet) throw Unevaluable{};
        const Value key = e.kind == ExprKind::RecordSet ? Value::string(e.fields[i])
                                                        : Value::integer(static_cast<std::int64_t>(i + 1));
        std::vector<Value::Mapping> next;
        for (const auto& r : rs) {
          for (const Value& y : s) {
            next.push_back(r);
            next.back().emplace_back(key, y);
          }
        }
        rs = std::move(next);
      }
      Value::Elements elements;
      for (auto& r : rs) {
        auto f = Value::function(std::move(r));
        if (!f) throw Unevaluable{};
        elements.push_back(*f);
      }
      return makeSet(std::move(elements));
    }
    case ExprKind::Except: return evalExcept(e);
    case ExprKind::ExceptAt:
      if (at_.empty()) throw Unevaluable{};
      return at_.back();
    case ExprKind::Dot: {
      auto r = apply(eval(*a[0]), Value::string(e.text));
      if (!r) throw Unevaluable{};
      return *r;
    }
    case ExprKind::If: {
      const Truth c = truthOf(*a[0]);
      if (c == Truth::True) return eval(*a[1]);
      if (c == Truth::False) return eval(*a[2]);
      throw Unevaluable{};
    }
    case ExprKind::Case: {
      // The value of one true arm; several true arms must agree, none means OTHER.
      std::optional<Value> chosen;
      const std::size_t arms = a.size() / 2;
      for (std::size_t i = 0; i < arms; ++i) {
        const Truth t = truthOf(*a[2 * i]);
        if (t == Truth::False) continue;
        if (t != Truth::True) throw Unevaluable{};
        Value v = eval(*a[2 * i + 1]);
        if (chosen && !(*chosen == v)) throw Unevaluable{};
        chosen = std::move(v);
      }
      if (chosen) return *chosen;
      if (e.hasOther) return eval(*a.back());
      throw Unevaluable{};
    }
    case ExprKind::Label: return eval(*a[0]);
    default: throw Unevaluable{};
  }
}

Value Evaluator::evalBuiltin(const Expr& e) {
  const auto& a = e.args;
  switch (e.op) {
    case BuiltinOp::True: return Value::boolean(true);
    case BuiltinOp::False: return Value::boolean(false);
    case BuiltinOp::BooleanSet: return makeSet({Value::boolean(false), Value::boolean(true)});
    case BuiltinOp::Cup:
    case BuiltinOp::Cap:
    case BuiltinOp::SetMinus: {
      const Value x = eval(*a[0]);
      const Value y = eval(*a[1]);
      Value::Elements out;
      if (e.op == BuiltinOp::Cup) {
        out = finiteSet(x);
        const Value::Elements second = finiteSet(y);
        out.insert(out.end(), second.begin(), second.end());
        return makeSet(std::move(out));
      }
      for (const Value& v : finiteSet(x)) {
        const auto in = member(v, y);
        if (!in) throw Unevaluable{};
        if (*in == (e.op == BuiltinOp::Cap)) out.push_back(v);
      }
      return makeSet(std::move(out));
    }
    case BuiltinOp::Subset: {
      const auto& base = finiteSet(eval(*a[0]));
      if (base.size() > kMaxPowerBase) throw Unevaluable{};
      Value::Elements subsets;
      for (std::size_t bits = 0; bits < (std::size_t{1} << base.size()); ++bits) {
        Value::Elements s;
        for (std::size_t i = 0; i < base.size(); ++i) {
          if ((bits >> i) & 1U) s.push_back(base[i]);
        }
        subsets.push_back(makeSet(std::move(s)));
      }
      return makeSet(std::move(subsets));
    }
    case BuiltinOp::Union: {
      Value::Elements out;
      for (const Value& s : finiteSet(eval(*a[0]))) {
        const auto& elements = finiteSet(s);
        out.insert(out.end(), elements.begin(), elements.end());
        if (out.size() > kMaxSet) throw Unevaluable{};
      }
      return makeSet(std::move(out));
    }
    case BuiltinOp::Domain: {
      const Value f = eval(*a[0]);
      if (f.kind() != Value::Kind::Function) throw Unevaluable{};
      return domain(f);
    }
    case BuiltinOp::Prime: {
      if (primed_) throw Unevaluable{};
      const Restore primed(primed_, true);
      return eval(*a[0]);
    }
    case BuiltinOp::And:
    case BuiltinOp::Or:
    case BuiltinOp::Not:
    case BuiltinOp::Implies:
    case BuiltinOp::Equiv:
    case BuiltinOp::Eq:
    case BuiltinOp::Neq:
    case BuiltinOp::In:
    case BuiltinOp::NotIn:
    case BuiltinOp::Subseteq: {
      const Truth t = truthBuiltin(e);
      if (t != Truth::True && t != Truth::False) throw Unevaluable{};
      return Value::boolean(t == Truth::True);
    }
    default: throw Unevaluable{};  // STRING, actions, temporal operators
  }
}

Value Evaluator::evalReference(const Expr& e) {
  if (e.decl == nullptr) throw Unevaluable{};
  const Decl* d = e.decl;
  if (d->kind == DeclKind::Recursive && d->definition != nullptr) d = d->definition;
  if (d->primitive) return evalPrimitive(e, *d);
  if (letDefs_.count(d) != 0) return evalCall(*d, e.args);
  if (!e.args.empty()) throw Unevaluable{};  // operator constants, hidden definitions
  if (auto it = bound_.find(d); it != bound_.end()) return it->second;
  switch (d->kind) {
    case DeclKind::Constant:
    case DeclKind::Variable:
    case DeclKind::NewSymbol:
    case DeclKind::BoundVar: {
      if (d->arity > 0) throw Unevaluable{};
      auto it = assignment_.find({d, primed_ && isStateLevel(*d)});
      if (it == assignment_.end()) throw Unevaluable{};
      return it->second;
    }
    default: throw Unevaluable{};  // hidden definitions
  }
}

Value Evaluator::evalCall(const Decl& d, const std::vector<ExprPtr>& args) {
  if (depth_ >= kMaxCallDepth || d.params.size() != args.size() || !d.body) throw Unevaluable{};
  std::vector<Value> values;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (d.params[i]->arity > 0) throw Unevaluable{};  // operator arguments
    values.push_back(eval(*args[i]));
  }
  Scope scope(bound_);
  for (std::size_t i = 0; i < args.size(); ++i) scope.bind(d.params[i].get(), values[i]);
  const Restore depth(depth_, depth_ + 1);
  return eval(*d.body);
}

namespace {

// a op b, or nothing on overflow.
template <class Op>
std::int64_t checked(Op op, std::int64_t a, std::int64_t b) {
  std::int64_t r = 0;
  if (op(a, b, &r)) throw std::overflow_error("integer overflow");
  return r;
}

bool add(std::int64_t a, std::int64_t b, std::int64_t* r) { return __builtin_add_overflow(a, b, r); }
bool subtract(std::int64_t a, std::int64_t b, std::int64_t* r) { return __builtin_sub_overflow(a, b, r); }
bool multiply(std::int64_t a, std::int64_t b, std::int64_t* r) { return __builtin_mul_overflow(a, b, r); }

}  // namespace

Value Evaluator::evalPrimitive(const Expr& e, const Decl& d) {
  std::vector<Value> v;
  for (const auto& x : e.args) v.push_back(eval(*x));
  const auto integer = [&](std::size_t i) {
    if (v[i].kind() != Value::Kind::Int) throw Unevaluable{};
    return v[i].asInt();
  };
  const auto sequence = [&](std::size_t i) -> const Value::Mapping& {
    if (!v[i].isTuple()) throw Unevaluable{};
    return v[i].mapping();
  };
  const auto components = [](const Value::Mapping& m, std::size_t from, std::size_t to) {
    Value::Elements out;
    for (std::size_t i = from; i < to; ++i) out.push_back(m[i].second);
    return out;
  };
  try {
    if (v.size() == 1) {
      if (named(d, {"-", "-."})) return Value::integer(checked(subtract, 0, integer(0)));
      if (named(d, {"Len"})) return Value::integer(static_cast<std::int64_t>(sequence(0).size()));
      if (named(d, {"Head"}) && !sequence(0).empty()) return sequence(0).front().second;
      if (named(d, {"Tail"}) && !sequence(0).empty()) {
        return Value::tuple(components(sequence(0), 1, sequence(0).size()));
      }
      if (named(d, {"Cardinality"})) return Value::integer(static_cast<std::int64_t>(finiteSet(v[0]).size()));
      if (named(d, {"IsFiniteSet"})) {
        (void)finiteSet(v[0]);  // every set value is finite
        return Value::boolean(true);
      }
    }
    if (v.size() == 2) {
      if (named(d, {"+"})) return Value::integer(checked(add, integer(0), integer(1)));
      if (named(d, {"-"})) return Value::integer(checked(subtract, integer(0), integer(1)));
      if (named(d, {"*"})) return Value::integer(checked(multiply, integer(0), integer(1)));
      if (named(d, {"\\div", "%"}) && integer(1) > 0) {
        const std::int64_t q = integer(0) / integer(1) - (integer(0) % integer(1) < 0 ? 1 : 0);  // floor
        return Value::integer(d.name == "%" ? integer(0) - q * integer(1) : q);
      }
      if (named(d, {"^"}) && integer(1) >= 0 && !(integer(0) == 0 && integer(1) == 0)) {
        const std::int64_t base = integer(0);
        if (base >= -1 && base <= 1) return Value::integer(base == -1 && integer(1) % 2 == 1 ? -1 : (base == 0 ? 0 : 1));
        std::int64_t p = 1;  // |base| >= 2: overflows within 63 factors
        for (std::int64_t i = 0; i < integer(1); ++i) p = checked(multiply, p, base);
        return Value::integer(p);
      }
      if (named(d, {"<"})) return Value::boolean(integer(0) < integer(1));
      if (named(d, {">"})) return Value::boolean(integer(0) > integer(1));
      if (named(d, {"=<"})) return Value::boolean(integer(0) <= integer(1));
      if (named(d, {">="})) return Value::boolean(integer(0) >= integer(1));
      if (named(d, {".."})) {
        if (integer(1) >= integer(0) && static_cast<std::uint64_t>(integer(1)) - static_cast<std::uint64_t>(integer(0)) >= kMaxSet) {
          throw Unevaluable{};
        }
        Value::Elements range;
        for (std::int64_t i = integer(0); i <= integer(1); ++i) range.push_back(Value::integer(i));
        return makeSet(std::move(range));
      }
      if (named(d, {"\\o"})) {
        if (v[0].kind() == Value::Kind::String && v[1].kind() == Value::Kind::String) {
          return Value::string(v[0].asString() + v[1].asString());
        }
        Value::Elements both = components(sequence(0), 0, sequence(0).size());
        const Value::Elements second = components(sequence(1), 0, sequence(1).size());
        both.insert(both.end(), second.begin(), second.end());
        return Value::tuple(std::move(both));
      }
      if (named(d, {"Append"})) {
        Value::Elements s = components(sequence(0), 0, sequence(0).size());
        s.push_back(v[1]);
        return Value::tuple(std::move(s));
      }
    }
    if (v.size() == 3 && named(d, {"SubSeq"})) {
      const auto& s = sequence(0);
      const std::int64_t m = integer(1);
      const std::int64_t n = integer(2);
      if (n < m) return Value::tuple({});
      if (m < 1 || n > static_cast<std::int64_t>(s.size())) throw Unevaluable{};  // s[i] undefined
      return Value::tuple(components(s, static_cast<std::size_t>(m - 1), static_cast<std::size_t>(n)));
    }
  } catch (const std::overflow_error&) {
    throw Unevaluable{};
  }
  throw Unevaluable{};  // Nat, Int, Seq(S) as values, reals, SelectSeq, ...
}

std::vector<Evaluator::Combination> Evaluator::bindings(const std::vector<Binder>& binders) {
  std::vector<Combination> combos{{}};
  for (const Binder& b : binders) {
    if (!b.domain) throw Unevaluable{};
    const Value domainValue = eval(*b.domain);
    const auto& domain = finiteSet(domainValue);
    const std::size_t rounds = b.tuple ? 1 : b.vars.size();
    for (std::size_t r = 0; r < rounds; ++r) {
      if (combos.size() * domain.size() > kMaxSet) throw Unevaluable{};
      spend(combos.size() * domain.size());
      std::vector<Combination> next;
      for (const auto& c : combos) {
        for (const Value& x : domain) {
          Combination n = c;
          n.key.push_back(x);
          if (!b.tuple) {
            n.vars.emplace_back(b.vars[r].get(), x);
          } else {
            if (!x.isTuple() || x.mapping().size() != b.vars.size()) throw Unevaluable{};
            for (std::size_t i = 0; i < b.vars.size(); ++i) n.vars.emplace_back(b.vars[i].get(), x.mapping()[i].second);
          }
          next.push_back(std::move(n));
        }
      }
      combos = std::move(next);
    }
  }
  return combos;
}

Value Evaluator::evalBinding(const Expr& e) {
  const auto& body = *e.args[0];
  const auto combos = bindings(e.binders);
  const auto keyOf = [](const Combination& c) { return c.key.size() == 1 ? c.key[0] : Value::tuple(c.key); };
  Value::Elements elements;
  Value::Mapping mapping;
  for (const auto& combo : combos) {
    Scope scope(bound_);
    for (const auto& [d, v] : combo.vars) scope.bind(d, v);
    switch (e.kind) {
      case ExprKind::Choose:
      case ExprKind::SetFilter: {
        const Truth t = truthOf(body);
        if (t == Truth::True) elements.push_back(keyOf(combo));
        if (t != Truth::True && t != Truth::False) throw Unevaluable{};
        break;
      }
      case ExprKind::SetMap: elements.push_back(eval(body)); break;
      default: mapping.emplace_back(keyOf(combo), eval(body)); break;  // FuncCons
    }
  }
  if (e.kind == ExprKind::Choose) {
    if (elements.size() != 1) throw Unevaluable{};  // which one CHOOSE picks is unknown
    return elements[0];
  }
  auto r = e.kind == ExprKind::FuncCons ? Value::function(std::move(mapping)) : Value::set(std::move(elements));
  if (!r) throw Unevaluable{};
  return *r;
}

Value Evaluator::evalExcept(const Expr& e) {
  Value f = eval(*e.args[0]);
  for (const auto& clause : e.excepts) f = exceptPath(f, clause, 0);
  return f;
}

// [f EXCEPT ![a][b] = v]: f with f[a] replaced by [f[a] EXCEPT ![b] = v]; a not in the
// domain leaves f unchanged.
Value Evaluator::exceptPath(const Value& f, const ExceptClause& clause, std::size_t k) {
  const ExceptPathElem& p = clause.path[k];
  Value key = Value::string(p.field);
  if (!p.isField) {
    Value::Elements index;
    for (const auto& i : p.index) index.push_back(eval(*i));
    key = index.size() == 1 ? index[0] : Value::tuple(std::move(index));
  }
  if (f.kind() != Value::Kind::Function) throw Unevaluable{};
  const auto inDomain = member(key, domain(f));
  if (!inDomain) throw Unevaluable{};
  if (!*inDomain) return f;
  const Value old = *apply(f, key);
  Value replacement = old;
  if (k + 1 < clause.path.size()) {
    replacement = exceptPath(old, clause, k + 1);
  } else {
    at_.push_back(old);
    struct Pop {
      std::vector<Value>& stack;
      ~Pop() { stack.pop_back(); }
    } pop{at_};
    replacement = eval(*clause.value);
  }
  Value::Mapping m = f.mapping();
  for (auto& kv : m) {
    if (kv.first == key) kv.second = replacement;
  }
  return *Value::function(std::move(m));
}

}  // namespace tlapx::countermodel
