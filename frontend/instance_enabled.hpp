// ENABLED through an INSTANCE whose substitution is not a renaming of the instantiated
// module's variables. In `M!(ENABLED A)` the ENABLED quantifies over the next values of
// M's own variables, so substituting into A as text is wrong as soon as two variables
// of M share one substitute (`WITH y <- x`: `ENABLED (x' # y')` is true, the text
// `ENABLED (x' # x')` is false) or a variable is replaced by an expression. This file
// prepares the bodies of such an instance's copies so that the textual substitution
// that follows gives the meaning of TLA+:
//
//   ENABLED A  ~~>  ENABLED A_w
//
// where A_w is A with every definition through which a prime reaches a variable of M
// expanded, every primed variable x of M replaced by a fresh variable w_x (so x' becomes
// w_x'), and every unprimed x left for the substitution. The substitutes of variables
// are at most state-level and those of constants constant-level (the level checker
// enforces both), so the only next-state values A_w leaves open are the w_x': outer
// ENABLED A_w = \E values of M's primed variables : A. WF_v(A) and SF_v(A) are unfolded
// to their definitions first; an application of a definition containing ENABLED is
// expanded where it is used, so primed arguments from M reach the w's. Where this is
// not possible (\cdot, a RECURSIVE definition, a LAMBDA or LET parameter or an operator
// argument inside ENABLED, a temporal formula inside ENABLED, ...) prepare() fails and
// the copy must stay opaque.
#pragma once

#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/ast.hpp"

namespace tlapx {

// True when the substitution of `inst` maps the VARIABLEs of the instantiated module to
// pairwise distinct variables (then substituting into ENABLED as text is correct).
bool substitutionRenamesVariables(const Instance& inst);

class EnabledInstantiation {
 public:
  using References = std::function<const std::vector<const Decl*>&(const Decl&)>;

  // `standIns` maps each VARIABLE of the instantiated module to its fresh variable w_x;
  // `copied` holds the declarations that get a copy (a 0-ary one is referred to by its
  // copy instead of being expanded outside ENABLED).
  EnabledInstantiation(std::unordered_map<const Decl*, DeclPtr> standIns,
                       std::unordered_set<const Decl*> copied, References references);

  // The body of `d` ready for the textual substitution, or null when it has none or
  // cannot be prepared (the copy must then have no body). This object must outlive the
  // Substituter applied to the results.
  ExprPtr prepare(const Decl& d);

 private:
  ExprPtr outside(const ExprPtr& e);
  ExprPtr inside(const ExprPtr& e, bool primed);
  ExprPtr insideReference(const ExprPtr& e, bool primed);
  ExprPtr expandDefinition(const Decl& d, const ExprPtr& at, const std::function<ExprPtr(const ExprPtr&)>& then);
  template <class F>
  ExprPtr mapChildren(const ExprPtr& e, F&& f);
  ExprPtr fail();

  bool exprTainted(const Expr& e);
  bool declTainted(const Decl& d);
  bool mentionsVariables(const Decl& d);
  bool primes(const Decl& d);
  bool reaches(const Decl& d, const std::function<bool(const Decl&)>& has);

  std::unordered_map<const Decl*, DeclPtr> standIns_;
  std::unordered_set<const Decl*> copied_;
  References references_;
  std::unordered_set<const Decl*> ownParams_;
  std::unordered_set<const Decl*> active_;
  std::unordered_map<const Expr*, bool> exprTaint_;
  std::unordered_map<const Decl*, bool> declTaint_;
  std::unordered_map<const Decl*, bool> mentions_;
  std::unordered_map<const Decl*, bool> primes_;
  // Every expression built or inspected here stays alive as long as this object, since
  // the memos (here and in the Substituter applied to the results) are keyed by address.
  std::vector<ExprPtr> keepAlive_;
  bool failed_ = false;
};

}  // namespace tlapx
