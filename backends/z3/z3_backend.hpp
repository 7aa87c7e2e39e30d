// The Z3 backend: encodes an obligation (translator.hpp) and runs Z3 in-process within a
// deterministic rlimit and a wall-clock cap (budget.hpp), with Z3's memory capped. No z3++.h here: include freely.
#pragma once

#include <memory>
#include <string>

#include "backends/backend.hpp"

namespace tlapx {

// Z3's memory high watermark, for all its contexts in the process together: above it, Z3
// gives up on the obligation ("unknown", memout) instead of growing to many gigabytes
// (some obligations of the corpus make Z3 allocate 250 MB a second). Z3 checks it between
// steps, so the process overshoots by a few hundred MB. Z3's hard cap (memory_max_size)
// is not used: it throws where nothing catches and ends the process.
// Set when the first backend is made.
constexpr unsigned kZ3MemoryMegabytes = 512;

std::unique_ptr<Backend> makeZ3Backend();

// The version of the Z3 encoding (a Backend's encoderVersion(); also used by the cvc5
// backend, which solves the same encoding).
std::string z3EncoderVersion();

}  // namespace tlapx
