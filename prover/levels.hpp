// Expression levels as the prover needs them: which subterms a prime passes through
// unchanged (constant level), and which hypotheses are "box-closed" so that facts proved
// under them still hold in every state (TLAPS' Always/Now time flag, see holdsAlways).
#pragma once

#include <unordered_map>

#include "frontend/ast.hpp"

namespace tlapx::prover {

class LevelOracle {
 public:
  // Level of `e` with operator definitions looked up through their bodies; bound
  // variables, parameters and constants are constant level.
  Level of(const Expr& e);
  // Level of a declared symbol used as an atom (definitions: the level of their body).
  Level ofDecl(const Decl& d);
  // TLAPS' box-closure test: a hypothesis built from constant formulas and [] / <>
  // formulas (with the polarity rules of propositional connectives) does not tie the
  // context to the current state, so facts proved under it hold always.
  bool boxClosed(const Expr& e, bool positive = true);

 private:
  std::unordered_map<const Decl*, Level> declLevels_;
};

}  // namespace tlapx::prover
