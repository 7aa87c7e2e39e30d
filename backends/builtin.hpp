// The built-in fast path: obligations whose goal is TRUE or literally one of the
// hypotheses or of their conjuncts (up to bound-variable names; free symbols by
// declaration) are proved without calling a solver.
#pragma once

#include <optional>

#include "backends/backend.hpp"

namespace tlapx {

std::optional<ProofResult> proveBuiltin(const Obligation& obligation);

// Bump whenever a change of proveBuiltin can change a result (part of the cache key).
constexpr const char* kBuiltinVersion = "2";

}  // namespace tlapx
