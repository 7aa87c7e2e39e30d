// The Z3 backend: encodes an obligation (translator.hpp) and runs Z3 in-process within a
// deterministic rlimit and a wall-clock cap (budget.hpp), with Z3's memory capped. No z3++.h here: include freely.
#pragma once

#include <memory>

#include "backends/backend.hpp"

namespace tlapx {

// What all Z3 contexts of the process may allocate together: an obligation beyond it is an
// error ("out of memory"), never a process of many gigabytes (some obligations of the
// corpus make Z3 allocate 250 MB a second). Set when the first backend is made.
constexpr unsigned kZ3MemoryMegabytes = 640;

std::unique_ptr<Backend> makeZ3Backend();

}  // namespace tlapx
