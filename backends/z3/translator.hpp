// Term translation (internal to backends/z3): TLA+ expressions of an obligation to Z3
// formulas and terms over the Signature. Formulas become Bool, values become U; a value
// statically known to be an integer also carries its SMT Int form (type-based
// optimisation). The implementation is split by job: translator.cpp (formulas, terms,
// operators, quantifiers), temporal.cpp ([] and <>), membership.cpp (membership and
// equality by the definitions of the set constructors), lifting.cpp (second-order
// constructs as fresh first-order symbols).
#pragma once

#include <initializer_list>

#include <functional>
#include <map>
#include <unordered_map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "backends/z3/signature.hpp"
#include "frontend/ast.hpp"
#include "prover/state_functions.hpp"

namespace tlapx::z3enc {

// The obligation cannot be encoded (an internal inconsistency, e.g. an unbound variable).
struct EncodeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Val {
  z3::expr u;                 // the TLA+ value
  std::optional<z3::expr> i;  // its SMT integer, when the value is statically an integer
};

// Polarity of a subformula in the asserted formula (hypotheses and the negated goal).
// Equalities at Neg/Both polarity may need extensionality to be established.
enum class Pol : std::uint8_t { Pos, Neg, Both };
Pol flip(Pol p);

// Declarations (unprimed or primed) known to denote integers: they get Int-sorted constants.
using IntDecls = std::set<std::pair<const Decl*, bool>>;

class Translator {
 public:
  // `opaque`: the hidden definitions, which stay uninterpreted; other definitions still
  // referenced (e.g. instantiated ones in a LET) are expanded.
  Translator(Signature& sig, IntDecls ints, std::set<const Decl*> opaque);

  z3::expr formula(const Expr& e, Pol pol);
  Val term(const Expr& e);
  // x \in S, unfolded through the definition of S's constructor.
  z3::expr membership(const Val& x, const Expr& set, Pol pol);

  // Binds a symbol introduced from the goal (\A x, NEW x) to a fresh Skolem constant.
  void skolemize(const Decl* d);
  // The value of a declared symbol (constant, variable, NEW symbol, Skolem constant).
  Val declValue(const Decl* d);
  // Whether any quantifier was produced (counter-models are shown only when none was).
  bool quantified() const { return quantified_; }
  // Second-order facts are used at the operators `goal` suggests and that make their
  // conclusions the goal (or a part of it, or one of `facts`) (second_order.cpp).
  void suggestOperators(const Expr& goal, const std::vector<const Expr*>& facts);

 private:
  friend class EnvScope;
  struct Binding;
  struct EnvNode;
  using Env = std::shared_ptr<const EnvNode>;
  struct Binding {
    enum class Kind : std::uint8_t { Value, Closure, Operator } kind = Kind::Value;
    std::optional<Val> val;     // Value
    bool quantified = false;    // Value bound by a quantifier (a parameter of lifted symbols)
    const Expr* expr = nullptr; // Closure: an argument expression; Operator: a LAMBDA
    const Decl* def = nullptr;  // Operator: a definition (LET or an operator argument)
    Env env;                    // Closure / Operator: the environment of expr / def
    bool primed = false;        // Closure / Operator: evaluated in primed context
  };
  struct EnvNode {
    const Decl* decl;
    std::shared_ptr<const Binding> binding;
    Env next;
  };
  // One bound variable being introduced: its Decl (null for internal ones), its constant.
  struct BoundVar {
    const Decl* decl;
    z3::expr constant;
    Val val;
  };

  // ---- environment (translator.cpp)
  const Binding* lookup(const Decl* d) const;
  void bind(const Decl* d, Binding b);
  BoundVar freshVar(const Decl* d, bool asInt);
  void pushVar(const BoundVar& v);  // makes v visible (env + lifting scope)
  void bindName(const BoundVar& v);  // makes v's name visible (env only)
  // Binds the parameters of an operator to closures over the argument expressions.
  void bindArgs(const std::vector<DeclPtr>& params, const std::vector<ExprPtr>& args,
                const Env& argEnv, bool argPrimed);
  void bindLet(const Expr& e);  // LET definitions of e become visible
  // A definition that is not hidden: expanded where referenced, like a LET definition.
  std::optional<Binding> visibleDefinition(const Decl* d) const;

  // ---- formulas and terms (translator.cpp)
  z3::expr formulaOfBuiltin(const Expr& e, Pol pol);
  Val termOfBuiltin(const Expr& e);
  // Ident / OpApp: calls `onExpr` on the expression that a binding or definition stands
  // for (in its environment), or returns nullopt for an opaque or primitive symbol.
  template <typename R>
  std::optional<R> throughBinding(const Expr& e, const std::function<R(const Expr&)>& onExpr);
  std::optional<z3::expr> primitiveFormula(const Expr& e, const Decl& d);
  std::optional<Val> primitiveTerm(const Expr& e, const Decl& d);
  // Constants, variables and opaque operators; `predicate`: applied as a formula.
  Val symbolTerm(const Expr& e, bool predicate = false);
  z3::expr unexpandedLocalOperator(const Expr& e);
  // Whether no variable is bound around the expression being translated (nor being bound:
  // a binder's own guard counts as inside it), at the top lifting level.
  bool outsideBinders() const { return lift_ == 0 && depth_ == 0; }
  // The identity of an operator argument naming an operator (`+`, a NEW or defined
  // operator, LAMBDA p, q : Op(p, q), or a parameter bound to one), or nullopt
  // (second_order.cpp).
  std::optional<std::string> operatorArgumentKey(const Expr& a);
  z3::expr quantifier(const Expr& e, Pol pol);
  // []F and <>F (temporal.cpp): F itself when rigid, distributed over rigid quantifiers,
  // else atoms.
  z3::expr temporal(const Expr& e, Pol pol);
  // Whether `e` has one value in every state (temporal.cpp).
  bool rigid(const Expr& e);
  // Introduces binders; `guards` receives their membership conditions (translated
  // before the variables are visible). Returns the new constants.
  Exprs enterBinders(const std::vector<Binder>& binders, Pol guardPol, z3::expr& guards);
  z3::expr binderGuard(const Val& x, const Expr& domain, Pol pol);
  Val arithmetic(ArithOp op, const Val& a, const Val& b);
  z3::expr compare(const Val& a, const Val& b, bool strict);
  // f[arg]; `field` is set for r.field
  Val functionApp(const Expr& f, const Val& arg, const std::string* field);
  Val exceptTerm(const Expr& e);
  Val exceptPath(const Val& g, const std::vector<ExceptPathElem>& path, std::size_t k,
                 const Expr& value);
  z3::expr unchanged(const Expr& e, Pol pol);
  // ASSUME ... PROVE: first order, or a second-order fact at its suggested instances
  // (second_order.cpp); `bound` is an operator parameter already bound to an instance.
  z3::expr sequent(const Expr& e, Pol pol);
  // `bound`: an operator parameter the caller has bound; `values`: first-order parameters
  // taken at the given expressions (closed, of the caller's environment) instead of
  // quantified.
  z3::expr firstOrderSequent(const Expr& e, Pol pol, const Decl* bound,
                             const std::map<const Decl*, const Expr*>& values = {});
  // Patterns of a cited lemma `\A vars : lemma` (a sequent fact), by the applications of
  // declared symbols it makes (lemma_patterns.cpp); none: Z3 infers them.
  Patterns lemmaPatterns(const z3::expr& lemma, const Exprs& vars) const;
  Val boolVal(const z3::expr& f) { return Val{sig_.bool2u(f), std::nullopt}; }
  Val intVal(const z3::expr& i) { return Val{sig_.int2u(i), i}; }

  // ---- membership and equality (membership.cpp)
  z3::expr equality(const Expr& a, const Expr& b, Pol pol);
  z3::expr equalVals(const Val& a, const Val& b, Pol pol, bool literalSide = false);
  z3::expr subseteq(const Expr& a, const Expr& b, Pol pol);

  // ---- lifting (lifting.cpp)
  struct Spec {  // one defining axiom of a lifted symbol: forall vars. body (patterns)
    Exprs vars;
    z3::expr body;
    Patterns patterns;
  };
  // `define(self)` states the defining axioms of a construct in terms of `self`; the
  // construct becomes sym(fv) for the quantified variables fv it depends on.
  z3::expr lift(const std::string& prefix, const z3::sort& range,
                const std::function<std::vector<Spec>(const z3::expr& self)>& define);
  Val setFilter(const Expr& e);
  Val setMap(const Expr& e);
  Val funcCons(const Expr& e);
  Val choose(const Expr& e);
  Val caseTerm(const Expr& e);
  // An uninterpreted atom standing for `e` (temporal formulas, unsupported constructs),
  // a function of the bound variables e refers to.
  z3::expr opaque(const Expr& e, const z3::sort& sort);

  Signature& sig_;
  IntDecls ints_;
  std::set<const Decl*> opaque_;
  Env env_;
  bool primed_ = false;
  std::vector<Val> at_;           // the values of @ in enclosing EXCEPT clauses
  Exprs scopeVars_;               // quantified constants in scope, outermost first
  // The constants standing for declared symbols, by id (kept alive: an id is unique only
  // while its term lives).
  std::map<unsigned, z3::expr> symbolConstants_;
  void noteSymbolConstant(const Val& v);
  // The constants of bound variables (freshVar), by id (kept alive, as symbolConstants_).
  std::map<unsigned, z3::expr> boundConstants_;
  // Inside a lifted definition, declared integer symbols are seen through their U value
  // only: the definition then reads the same for a symbol typed Int and for a twin typed U
  // (n and n' when only n is known to be an integer), and lifting abstracts both as a
  // U-sorted parameter, so [i \in 1..n-1 |-> s[i]] and its primed form are one symbol.
  bool symbolsAsU_ = false;
  Val symbolView(const Val& v) const { return symbolsAsU_ && v.i ? Val{v.u, std::nullopt} : v; }
  std::set<const Decl*> letOperators_;  // operators defined by a LET met so far
  unsigned lift_ = 0;             // lifting depth: names bound variables
  unsigned depth_ = 0;            // binder depth within the current lifting level
  std::map<std::string, z3::func_decl> lifted_;  // keyed by the canonical ids of bodies
  // Canonical numbers of lifted bodies' nodes (lifting.cpp), by their level-free form.
  unsigned canonicalId(const z3::expr& e, unsigned level, std::unordered_map<unsigned, unsigned>& memo);
  std::unordered_map<std::string, unsigned> canonical_;
  Exprs liftedTerms_;
  std::map<const Decl*, std::size_t> declIds_;
  std::set<unsigned> symbolFunctions_;  // ids of the Z3 functions of declared symbols
  std::set<unsigned> liftedFunctions_;  // ids of the symbols of lifted constructs
  // The first subterm of a function constructor's value `value` (outside quantifiers) that
  // applies a declared or lifted symbol to terms over `vars` and constants only,
  // mentioning every one of `vars` and not `self` (lifting.cpp).
  std::optional<z3::expr> valueTrigger(const z3::expr& value, const Exprs& vars, const z3::expr& self) const;
  // Definitions whose applications are functions of their arguments' values.
  prover::StateFunctions stateFunctions_;
  std::map<const Decl*, int> expanding_;  // LET definitions being expanded (recursion guard)
  bool quantified_ = false;
  std::vector<ExprPtr> synthetic_;  // expressions built during translation (kept alive)
  std::vector<ExprPtr> candidates_;  // LAMBDAs suggested for second-order facts
  std::vector<const Expr*> matchTargets_;  // formulas their conclusions are matched against
};

// Whether `t` can be a pattern: applications of uninterpreted symbols over the bound
// constants `vars`, other constants and numerals only (no arithmetic, no equality),
// mentioning every one of `vars` (lemma_patterns.cpp).
bool isPatternTerm(const z3::expr& t, const Exprs& vars);

// Whether an argument is an operator (a LAMBDA, or an operator's name without arguments)
// (second_order.cpp).
bool isOperatorArgument(const Expr& a);

// Saves and restores the translator's environment, primed flag and binder depth.
class EnvScope {
 public:
  explicit EnvScope(Translator& t)
      : t_(t),
        env_(t.env_),
        primed_(t.primed_),
        vars_(t.scopeVars_.size()),
        lift_(t.lift_),
        depth_(t.depth_) {}
  ~EnvScope() {
    t_.env_ = env_;
    t_.primed_ = primed_;
    t_.scopeVars_.resize(vars_, t_.sig_.ctx().bool_val(false));
    t_.lift_ = lift_;
    t_.depth_ = depth_;
  }
  EnvScope(const EnvScope&) = delete;
  EnvScope& operator=(const EnvScope&) = delete;

 private:
  Translator& t_;
  Translator::Env env_;
  bool primed_;
  std::size_t vars_;
  unsigned lift_;
  unsigned depth_;
};

// ---- typing (typing.cpp)
// Whether a set expression syntactically denotes a set of integers.
bool isIntDomain(const Expr& set);
// Whether an expression is syntactically a formula (/\, \A, =, \in, ...), so that its
// value is TRUE or FALSE whatever the values of its free symbols. References to operator
// definitions are followed `depth` levels deep.
bool isBooleanValued(const Expr& e, int depth);
// Symbols that the obligation's unconditional hypotheses (`x \in Nat` as a conjunct of a
// fact, or `NEW x \in 1..n`) declare to be integers: they get Int-sorted constants.
IntDecls inferIntDecls(const std::vector<const Expr*>& facts,
                       const std::vector<std::pair<const Decl*, const Expr*>>& declarations);

// True for a reference to a primitive standard operator with one of the given names
// (`Nat`, `..`, `Len`, ...).
bool isPrimitiveNamed(const Expr& e, std::initializer_list<const char*> names);

}  // namespace tlapx::z3enc
