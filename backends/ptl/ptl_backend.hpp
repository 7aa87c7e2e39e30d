// The built-in PTL backend ("ptl"): decides the propositional linear temporal logic
// abstraction of an obligation (abstraction.hpp) with a symbolic tableau (tableau.hpp).
// Used for obligations citing the PTL pragma and tried on temporal ones.
#pragma once

#include <memory>

#include "backends/backend.hpp"

namespace tlapx {

std::unique_ptr<Backend> makePtlBackend();

// Whether a hypothesis or the goal of the obligation is a temporal formula.
bool isTemporalObligation(const Obligation& obligation);

}  // namespace tlapx
