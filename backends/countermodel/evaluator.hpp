// Evaluation of constant-level TLA+ expressions of an obligation over finite values, for
// an assignment of its free constants and (primed and unprimed) variables.
//
// It answers only what TLA+ determines: anything it cannot evaluate exactly (an infinite
// set as a value, a function applied outside its domain, CHOOSE with several candidates,
// a hidden definition, an integer overflow, a step limit reached) is unknown, never a
// guess. Definitions are already expanded in obligations; what is left of user operators
// is hidden, hence unknown (LET definitions the expansion kept, the recursive ones, are
// evaluated).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "backends/countermodel/value.hpp"
#include "frontend/ast.hpp"

namespace tlapx::countermodel {

// The truth value of a formula. BoolUnknown: a Boolean (an equality, a membership, a
// quantifier), value unknown; Unknown: not even known to be a Boolean.
enum class Truth : std::uint8_t { False, True, BoolUnknown, Unknown };

// A symbol of the assignment: a declaration, primed or not (constants are never primed).
using Symbol = std::pair<const Decl*, bool>;

// Whether x and x' are distinct symbols.
bool isStateLevel(const Decl& d);

class Evaluator {
 public:
  // `steps`: how many expression nodes all evaluations together may visit (building a
  // set costs its size).
  explicit Evaluator(std::uint64_t steps) : steps_(steps) {}

  void assign(const Symbol& symbol, Value value) { assignment_[symbol] = std::move(value); }
  void unassign(const Symbol& symbol) { assignment_.erase(symbol); }

  Truth truth(const Expr& e);
  std::optional<Value> value(const Expr& e);
  // Whether v \in s, with s an expression (Nat, SUBSET S, [S -> T], Seq(S), ... included).
  Truth membership(const Value& v, const Expr& s);
  bool exhausted() const { return steps_ == 0; }

 private:
  struct Unevaluable {};  // thrown whenever the value is unknown

  Value eval(const Expr& e);
  Value evalBuiltin(const Expr& e);
  Value evalReference(const Expr& e);
  Value evalPrimitive(const Expr& e, const Decl& d);
  Value evalBinding(const Expr& e);
  Value evalExcept(const Expr& e);
  Value exceptPath(const Value& f, const ExceptClause& clause, std::size_t k);
  Value evalCall(const Decl& d, const std::vector<ExprPtr>& args);
  Truth truthOf(const Expr& e);
  Truth truthBuiltin(const Expr& e);
  Truth truthOfValue(const Expr& e);
  Truth truthQuant(const Expr& e);
  Truth truthSequent(const Expr& e, std::size_t hyp);
  Truth memberOf(const Value& v, const Expr& s);
  Truth equality(const Expr& e);
  Truth inclusion(const Expr& e);

  // One binding of the binders' variables to elements of their (finite) domains; `key`
  // holds the element of each domain (for a function constructor's argument).
  struct Combination {
    std::vector<std::pair<const Decl*, Value>> vars;
    Value::Elements key;
  };
  std::vector<Combination> bindings(const std::vector<Binder>& binders);
  Value::Elements finiteSet(const Value& v) const;
  Value makeSet(Value::Elements elements);  // costs its size in steps
  void spend(std::uint64_t cost = 1);

  std::uint64_t steps_;
  std::map<Symbol, Value> assignment_;
  std::unordered_map<const Decl*, Value> bound_;           // bound variables, parameters
  std::unordered_map<const Decl*, const Decl*> letDefs_;  // LET definitions in scope
  std::vector<Value> at_;                                 // @ in EXCEPT values
  bool primed_ = false;
  int depth_ = 0;  // nested calls of LET definitions
};

}  // namespace tlapx::countermodel
