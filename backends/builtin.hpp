// The built-in fast path: obligations whose goal is TRUE or literally one of the
// hypotheses (up to bound-variable names) are proved without calling a solver.
#pragma once

#include <optional>

#include "backends/backend.hpp"

namespace tlapx {

std::optional<ProofResult> proveBuiltin(const Obligation& obligation);

}  // namespace tlapx
