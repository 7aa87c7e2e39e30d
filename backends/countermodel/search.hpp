// Counter-model search: values for the free constants and variables (primed and
// unprimed) of an obligation under which every hypothesis is TRUE and the goal FALSE,
// checked by the evaluator (evaluator.hpp), printed in TLA+ syntax.
//
// Candidates for each symbol come from hypotheses `x = e` and `x \in S` (S finite),
// from a solver's model (hints), and from a small pool of values built from the
// obligation's literals. The search is bounded in evaluation steps, assignments and
// time; finding nothing means nothing: it never bears on whether the goal holds.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "backends/countermodel/value.hpp"
#include "prover/obligation.hpp"

namespace tlapx::countermodel {

// Candidate values by the symbol's name as printed ("x", "x'").
using Hints = std::map<std::string, std::vector<Value>>;

struct SearchLimits {
  std::uint64_t steps = 400'000;    // expression nodes evaluated, in all
  std::size_t assignments = 20'000;  // (partial) assignments tried
  double seconds = 2;                // wall-clock safety cap (the steps bound comes first)
};

// The counter-model as lines "name = value", sorted; empty when none was found.
std::string findCounterModel(const Obligation& ob, const Hints& hints = {}, const SearchLimits& limits = {});

}  // namespace tlapx::countermodel
