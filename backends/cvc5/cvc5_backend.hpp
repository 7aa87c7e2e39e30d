// The cvc5 backend: the obligation encoded once by the Z3 encoding (backends/z3/encoding.hpp),
// converted to cvc5 terms (term_conversion.hpp) and solved by cvc5 in-process within a
// deterministic resource limit, in a forked child. No cvc5 or Z3 headers here: include
// freely.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

#include "backends/backend.hpp"

namespace tlapx {

// cvc5 resource units per nominal second (`rlimit-per`), so that a result depends only on
// the obligation. Calibrated on cvc5 1.0.3 with failing obligations of VoteProof.tla and
// Paxos.tla: it spends 100,000 to 150,000 units per CPU second there, so n nominal
// seconds take at most about n CPU seconds (`bench/budget_ratio.sh --solver cvc5`).
constexpr std::uint64_t kCvc5RlimitPerSecond = 100'000;

// cvc5 runs in slices of at most this many nominal seconds, each a fresh solver with its
// own strategy (cvc5_backend.cpp), each checked in a forked child of tlapx
// (cvc5/forked_run.hpp): cvc5 1.0.3 cannot be interrupted from another thread and crashes
// on some obligations of the corpus, and a child can be killed at once.
constexpr double kCvc5SliceSeconds = 0.6;
// A slice's child is killed when its CPU time reaches this many times the slice's nominal
// seconds (and at least kMinCapSeconds), for the rare strategy that spends its resource
// units slowly. CPU time, not wall-clock time: on a busy machine the child waits for a
// core without spending any, so whether a slice proves the goal follows its resource limit
// rather than the load (a wall-clock cap of 1.9 slices failed tlapm's Paxos steps that
// cvc5 proves in half a slice when a parallel ctest shared two cores). The slack covers
// the other core's work in the same caches, which slows a busy child's units down.
constexpr double kCvc5SliceCpuFactor = 2.5;
// The child's address space beyond what tlapx already uses.
constexpr std::size_t kCvc5MemoryMegabytes = 768;

std::unique_ptr<Backend> makeCvc5Backend();

}  // namespace tlapx
