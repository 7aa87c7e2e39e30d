// The first-order signature of the Z3 encoding of untyped TLA+ (internal to backends/z3):
// the sort U of TLA+ values, the symbols interpreting TLA+ primitives, and the axioms
// defining them. A symbol's axiom group is emitted the first time the symbol is used, so
// an obligation carries only the axioms it needs. Each axiom comes with a comment saying
// why it is valid in TLA+ set theory. Axiom groups live in set_axioms.cpp,
// function_axioms.cpp, arith_axioms.cpp and sequence_axioms.cpp; this file's .cpp owns the
// core: membership, the Int/Bool injections, strings, function application.
#pragma once

#include <z3++.h>

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tlapx::z3enc {

using Exprs = std::vector<z3::expr>;
using Patterns = std::vector<Exprs>;  // each inner vector is one multi-pattern

// prefix followed by the decimal digits of n (avoids a GCC 12 -Wrestrict false positive
// on `"literal" + std::to_string(n)`).
inline std::string numbered(std::string prefix, std::size_t n) {
  prefix.append(std::to_string(n));
  return prefix;
}

enum class ArithOp : std::uint8_t { Plus, Minus, Times, Div, Mod, Exp };

class Signature {
 public:
  explicit Signature(z3::context& ctx);

  z3::context& ctx() const { return *ctx_; }
  const z3::sort& U() const { return u_; }

  // ---- core (signature.cpp)
  z3::expr mem(const z3::expr& x, const z3::expr& s) const;
  z3::expr int2u(const z3::expr& n);
  z3::expr u2int(const z3::expr& x);
  z3::expr isInt(const z3::expr& x);  // x = int2u(u2int(x))
  z3::expr bool2u(const z3::expr& b);
  z3::expr u2bool(const z3::expr& x);
  z3::expr str(const std::string& s);
  z3::expr app(const z3::expr& f, const z3::expr& x);
  z3::expr dom(const z3::expr& f);
  z3::expr isFcn(const z3::expr& f);
  // Whether t is isAFcn(x) or dom(x) for some x (the typing of x as a function).
  bool isFunctionTyping(const z3::expr& t) const;
  // Whether t is mem(x, s).
  bool isMembership(const z3::expr& t) const;
  z3::expr eqx(const z3::expr& a, const z3::expr& b);  // `=` whose proof may need extensionality
  // An operator whose definition is not available (a constant operator, a hidden
  // definition) applied to n > 0 values, with its congruence under extensional equality.
  z3::func_decl opaqueOperator(const std::string& name, std::size_t arity);
  // States that f (an opaque operator whose definition is a formula) has Boolean values.
  void booleanValued(const z3::func_decl& f);
  z3::expr num(long long n) { return int2u(ctx_->int_val(static_cast<int64_t>(n))); }

  // ---- sets (set_axioms.cpp)
  z3::expr emptySet();
  z3::expr enumSet(const Exprs& elems);
  z3::expr cup(const z3::expr& a, const z3::expr& b);
  z3::expr cap(const z3::expr& a, const z3::expr& b);
  z3::expr setminus(const z3::expr& a, const z3::expr& b);
  z3::expr power(const z3::expr& a);
  z3::expr unionOf(const z3::expr& a);
  z3::expr boolSet();
  z3::expr stringSet() const;

  // ---- arithmetic (arith_axioms.cpp)
  z3::expr natSet();
  z3::expr intSet();
  z3::expr realSet();
  z3::expr range(const z3::expr& a, const z3::expr& b);
  z3::expr arith(ArithOp op, const z3::expr& a, const z3::expr& b);  // on U, guarded
  z3::expr nativeArith(ArithOp op, const z3::expr& a, const z3::expr& b);  // on Int; Div/Mod need b > 0
  z3::expr uminus(const z3::expr& a);
  z3::expr less(const z3::expr& a, const z3::expr& b, bool strict);  // on U, guarded

  // ---- functions, records, tuples (function_axioms.cpp)
  z3::expr arrow(const z3::expr& a, const z3::expr& b);
  z3::expr except(const z3::expr& f, const z3::expr& x, const z3::expr& v);
  z3::expr record(const std::vector<std::string>& fields, const Exprs& values);  // fields sorted
  z3::expr recordSet(const std::vector<std::string>& fields, const Exprs& sets);
  z3::expr tuple(const Exprs& elems);
  z3::expr product(const Exprs& sets);
  z3::expr interval1(std::size_t n);  // 1..n, with its first elements stated

  // ---- sequences and finite sets (sequence_axioms.cpp)
  z3::expr seqSet(const z3::expr& s);
  z3::expr len(const z3::expr& s);
  z3::expr concat(const z3::expr& s, const z3::expr& t);
  z3::expr append(const z3::expr& s, const z3::expr& e);
  z3::expr tail(const z3::expr& s);
  z3::expr subSeq(const z3::expr& s, const z3::expr& m, const z3::expr& n);
  z3::expr cardinality(const z3::expr& s);
  z3::expr isFiniteSet(const z3::expr& s);

  // ---- infrastructure
  // A function symbol by name, declared on first use.
  z3::func_decl fn(const std::string& name, const std::vector<z3::sort>& domain,
                   const z3::sort& range);
  z3::func_decl freshFn(const std::string& prefix, const std::vector<z3::sort>& domain,
                        const z3::sort& range);
  z3::expr var(const std::string& name) { return ctx_->constant(name.c_str(), u_); }
  z3::expr intVar(const std::string& name) { return ctx_->int_const(name.c_str()); }
  // `forall vars. body` with explicit multi-patterns (none: Z3 infers them, never from
  // the extensional-equality markers that join bound variables, see signature.cpp), and
  // `exists vars. body`. Every quantifier of the encoding is built by these two.
  z3::expr forall(const Exprs& vars, const z3::expr& body, const Patterns& patterns = {});
  z3::expr exists(const Exprs& vars, const z3::expr& body);
  // True the first time `group` is asked for: the caller then emits the group's axioms
  // within a Group. A group is named after the symbol it defines.
  bool once(const std::string& group) { return groups_.insert(group).second; }
  class Group {  // axioms emitted while it lives define `name`
   public:
    Group(Signature& sig, std::string name) : sig_(sig), saved_(std::move(sig.owner_)) {
      sig_.owner_ = std::move(name);
    }
    ~Group() { sig_.owner_ = std::move(saved_); }
    Group(const Group&) = delete;
    Group& operator=(const Group&) = delete;

   private:
    Signature& sig_;
    std::string saved_;
  };
  void axiom(const z3::expr& a) { axioms_.push_back({owner_, a}); }
  // The axioms that `assertions` need: those defining a symbol that occurs in the
  // assertions or in another needed axiom, and the pairwise distinctness of the string
  // literals that occur.
  Exprs neededAxioms(const Exprs& assertions) const;

 private:
  z3::expr quantifier(bool universal, const Exprs& vars, const z3::expr& body,
                      const Patterns& patterns);
  // A marker `name` equivalent to =, with function extensionality (the values of two
  // functions compared by `values`, another such marker, or by = when none) and, when
  // `values` is given, set extensionality.
  z3::func_decl extensionalEquality(const std::string& name,
                                    const std::optional<z3::func_decl>& values);

  z3::context* ctx_;
  z3::sort u_;
  std::map<std::string, z3::func_decl> fns_;
  std::set<std::string> groups_;
  std::map<std::string, z3::expr> strings_;
  struct Axiom {
    std::string owner;
    z3::expr formula;
  };
  std::vector<Axiom> axioms_;
  std::string owner_;
  unsigned fresh_ = 0;
};

}  // namespace tlapx::z3enc
