// The Z3 backend: encodes an obligation (translator.hpp) and runs Z3 in-process within a
// deterministic rlimit and a wall-clock safety cap. No z3++.h here: include freely.
#pragma once

#include <memory>

#include "backends/backend.hpp"

namespace tlapx {

std::unique_ptr<Backend> makeZ3Backend();

}  // namespace tlapx
