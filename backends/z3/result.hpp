// Result interpretation (internal to backends/z3): Z3's answer, reason and statistics
// become a ProofResult; a counter-model is shown only when it is meaningful.
#pragma once

#include <z3++.h>

#include "backends/backend.hpp"

namespace tlapx::z3enc {

// `ground`: the asserted formulas contain no quantifier, so a model is a genuine
// counter-example of the encoded obligation (it is checked before being shown).
// `rlimit` is the resource limit the solver ran with, the only one of its context.
ProofResult interpret(z3::solver& solver, z3::check_result answer, bool ground, std::uint64_t rlimit);

}  // namespace tlapx::z3enc
