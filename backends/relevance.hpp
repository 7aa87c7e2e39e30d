// Relevance filtering of hypotheses (after MePo, the filter behind Isabelle's
// Sledgehammer): big proofs carry whole invariants into every step, and most of their
// conjuncts say nothing about the goal. A fact is relevant when enough of its symbols
// (constants, variables, NEW symbols, opaque operators; weighted by rarity, so that a
// symbol occurring in every fact counts for little) are already relevant; relevance starts
// from the goal's symbols and spreads round by round. Dropping hypotheses is always sound:
// a goal proved from some of the facts is proved from all of them.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "frontend/ast.hpp"
#include "prover/obligation.hpp"

namespace tlapx {

struct RelevanceOptions {
  double threshold = 0.6;  // share of a fact's symbol weight that must be relevant
  double decay = 0.8;      // each round lowers the threshold by this factor
  std::size_t rounds = 2;  // rounds of spreading after the goal's own symbols
};

// For each fact of `facts`, whether it is relevant to `goal`. Facts without symbols of their
// own (pure arithmetic, TRUE, ...) are always kept: they are cheap and often needed.
std::vector<bool> selectRelevant(const std::vector<const Expr*>& facts, const Expr& goal,
                                 const RelevanceOptions& options = {});

// `ob` with its facts split into their conjuncts and only the relevant conjuncts kept
// (declarations and the goal unchanged); nullopt when every conjunct is relevant.
std::optional<Obligation> relevantPart(const Obligation& ob, const RelevanceOptions& options = {});

// The number of conjuncts among the facts of `ob` (how big its context is).
std::size_t factConjuncts(const Obligation& ob);

}  // namespace tlapx
