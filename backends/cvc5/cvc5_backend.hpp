// The cvc5 backend: the obligation encoded once by the Z3 encoding (backends/z3/encoding.hpp),
// converted to cvc5 terms (term_conversion.hpp) and solved by cvc5 in-process within a
// deterministic resource limit. No cvc5 or Z3 headers here: include freely.
#pragma once

#include <cstdint>
#include <memory>

#include "backends/backend.hpp"

namespace tlapx {

// cvc5 resource units per nominal second (`rlimit-per`), so that a result depends only on
// the obligation. Calibrated on cvc5 1.0.3 (bench/cvc5_rate.sh): see cvc5_backend.cpp.
constexpr std::uint64_t kCvc5RlimitPerSecond = 60'000;

// cvc5 1.0.3 cannot be interrupted from another thread, so it runs in slices of at most
// this many nominal seconds, each a fresh solver with its own strategy; an interrupt or
// the scheduler's watchdog takes effect at the end of the slice in progress.
constexpr double kCvc5SliceSeconds = 0.6;

std::unique_ptr<Backend> makeCvc5Backend();

}  // namespace tlapx
