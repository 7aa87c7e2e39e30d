// Definition expansion for obligations: substitutes the bodies of usable definitions
// (parameters bound to the arguments by the frontend's capture-free Substituter), pushes primes down to state variables through
// usable definitions and constant operators, expands [A]_v, <<A>>_v and UNCHANGED,
// inlines LET, drops labels, and (with the ExpandENABLED pragma) rewrites ENABLED as an
// existential. Hidden definitions stay as opaque applications and are reported.
#pragma once

#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/ast.hpp"
#include "frontend/substitution.hpp"
#include "prover/context.hpp"
#include "prover/enabled_primes.hpp"

namespace tlapx::prover {

class Expander {
 public:
  Expander(const Context& context, bool expandEnabled);

  // The fully expanded form of `e` (shares unchanged subtrees with `e`).
  ExprPtr expand(const ExprPtr& e);
  // `e` with the free symbols in `bindings` replaced (used by TAKE and WITNESS), then
  // expanded.
  ExprPtr expandWith(const ExprPtr& e, const DeclValueMap& bindings);

  // Hidden user definitions left in the results, in order of first occurrence.
  const std::vector<const Decl*>& opaque() const { return opaque_; }
  // Usable definitions whose bodies were substituted, in order of first expansion.
  const std::vector<const Decl*>& expanded() const { return expanded_; }

 private:
  ExprPtr rewrite(const ExprPtr& e, bool primed);
  ExprPtr rewriteChildren(const ExprPtr& e, bool primed);
  ExprPtr rewriteReference(const ExprPtr& e, bool primed);
  ExprPtr applyDefinition(const Decl& def, const std::vector<ExprPtr>& args, bool primed,
                          const ExprPtr& at);
  ExprPtr rewriteLet(const ExprPtr& e, bool primed);
  ExprPtr rewriteSequent(const ExprPtr& e, bool primed);
  ExprPtr rewriteEnabled(const ExprPtr& e);
  ExprPtr rewriteExists(const ExprPtr& e, bool primed);
  ExprPtr prime(const ExprPtr& e);
  // `primed`: the reference occurs under a prime.
  bool expandable(const Decl& d, bool primed = false) const;
  static bool mayPrime(const Decl& d);
  bool substitutesUnderEnabled(const Decl& d, const std::vector<ExprPtr>& args);
  void noteOpaque(const Decl& d);

  const Context& context_;
  bool expandEnabled_;
  bool autoUse_;               // AutoUSE: under ENABLED / \cdot every definition is expanded
  int underEnabled_ = 0;       // how many ENABLED / \cdot enclose the current subterm
  std::unordered_map<const Decl*, ExprPtr> primedEnv_;  // ExpandENABLED: x' -> fresh x
  EnabledPrimes enabledPrimes_;
  std::unordered_set<const Decl*> local_;             // LET definitions: always expanded
  std::unordered_set<const Decl*> letKept_;           // recursive LET operators (kept local)
  // Definitions being expanded, with their nesting: a definition's body never refers to
  // itself (recursive functions bind themselves, RECURSIVE operators are not expanded),
  // so nesting comes from arguments (`D(C)` with C == D(2)) and is expanded as TLAPS
  // does; the cap is only a safety net against a cycle.
  static constexpr int kMaxNesting = 64;
  std::unordered_map<const Decl*, int> active_;
  std::unordered_map<const Decl*, ExprPtr> constantCache_;  // 0-ary usable definitions
  std::unordered_map<const Decl*, bool> enabledBodies_;     // whose body has ENABLED / \cdot
  std::vector<const Decl*> opaque_;
  std::unordered_set<const Decl*> opaqueSeen_;
  std::vector<const Decl*> expanded_;
  std::unordered_set<const Decl*> expandedSeen_;
};

// Helpers shared with the step rules.
ExprPtr makeIdent(const Decl& d, SourceRange range = {});
ExprPtr makeSequent(std::vector<SequentHyp> hyps, ExprPtr goal, SourceRange range = {});
// The definition a reference denotes (RECURSIVE forward declarations resolved).
const Decl* definitionOf(const Decl* d);
bool isDefinition(const Decl& d);
// The statement of a theorem or assumption; for a copy of a parameterised instance
// (`I(a)!Thm`), with the instance's parameters bound to the arguments `args`; null when
// the arguments do not match the parameters.
ExprPtr statementOf(const Decl& theorem, const std::vector<ExprPtr>& args);

}  // namespace tlapx::prover
