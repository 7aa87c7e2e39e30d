// Which definitions are state functions: an application of one is a function of the values
// of its arguments and of the current state only, because its body (followed through the
// definitions it calls) contains no prime, UNCHANGED, ENABLED, \cdot, action or temporal
// operator. Only such an application may be treated as a function of its arguments'
// values: Nxt(p) == p' gives Nxt(x) # Nxt(y) although x = y, and E(p) == ENABLED p gives
// E(x' = 1) TRUE although x' = 1 is FALSE when x' = 2. Finer: which arguments a
// definition uses by their value only.
#pragma once

#include <cstddef>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "frontend/ast.hpp"

namespace tlapx::prover {

class StateFunctions {
 public:
  bool isStateFunction(const Decl& d);
  // Whether d's value depends on its i-th argument only through that argument's value
  // in the current state: the parameter never occurs under a prime, ENABLED, ... (nor is
  // handed to a definition that puts it there). Send(m) == msgs' = msgs \cup {m} is, in m;
  // Nxt(p) == p' is not, in p.
  bool usesValueOf(const Decl& d, std::size_t i);
  // Whether `e` uses `var` only by its value in the current state (never under a prime,
  // ENABLED, ..., nor handed to a definition that puts it there): any term substituted
  // for var then gives e's value at the term's value (x' = x at x := v would not).
  bool usesValueOnly(const Expr& e, const Decl& var);

 private:
  bool bodyIsStateFunction(const Expr& e);
  // Whether `e` uses the symbols of `tainted` (the parameter, and LET definitions that
  // mention it) only outside behaviour-reading operators.
  bool onlyValueUsed(const Expr& e, std::unordered_set<const Decl*>& tainted, bool underBehaviour);

  std::unordered_map<const Decl*, bool> known_;
  std::map<std::pair<const Decl*, std::size_t>, bool> valueUse_;
};

// Whether `d` is a state variable (VARIABLE or NEW VARIABLE).
bool isStateVariable(const Decl& d);

// Builtins whose value at a pair of states is not a function of the values of their
// operands (prime, UNCHANGED, ENABLED, \cdot and the temporal operators).
bool readsBehaviour(BuiltinOp op);

// [A]_v, <<A>>_v, WF/SF, \AA/\EE, and MODULE references.
bool isActionOrTemporalForm(ExprKind k);

}  // namespace tlapx::prover
