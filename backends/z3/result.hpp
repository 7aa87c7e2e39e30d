// Result interpretation (internal to backends/z3): Z3's answer, reason and statistics
// become a ProofResult. A refuted obligation gets a counter-model only when one is
// checked against TLA+ (backends/countermodel), never Z3's model of the encoding.
#pragma once

#include <z3++.h>

#include "backends/backend.hpp"

namespace tlapx::z3enc {

// The resource units spent so far in the solver's context (by all its solvers).
std::uint64_t rlimitCount(z3::solver& solver);

// `ground`: the asserted formulas contain no quantifier, so the model's integers and
// Booleans seed the counter-model search of `ob`.
// `rlimit` is the resource limit the solver ran with, the only one of its context.
ProofResult interpret(const Obligation& ob, z3::solver& solver, z3::check_result answer, bool ground,
                      std::uint64_t rlimit);

}  // namespace tlapx::z3enc
