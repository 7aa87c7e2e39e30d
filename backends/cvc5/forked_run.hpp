// Runs one solver call in a forked child of tlapx, so that a solver crash (cvc5 1.0.3
// segfaults on some obligations of the corpus), a solver that cannot be interrupted from
// another thread, or one that grows without bound cannot take tlapx down, hold up Ctrl-C,
// or exhaust memory. The child runs `work` on its copy of the process (terms built before
// the fork included) and reports one byte; the parent waits for it, killing it at once
// when interrupted, past the deadline (wall-clock time) or past its CPU-time cap (the
// child's own CPU time, which the load of other processes hardly moves).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

namespace tlapx::cvc5enc {

struct ForkedOutcome {
  enum class Kind : std::uint8_t {
    Answered,     // `answer` is what `work` returned
    Interrupted,  // killed because `interrupted` was set
    TimedOut,     // killed at the deadline or the CPU-time cap: see `detail`
    Crashed,      // died without answering (signal, abort, out of memory): see `detail`
  };
  Kind kind = Kind::Crashed;
  std::uint8_t answer = 0;
  std::string detail;
};

// `memoryMegabytes`: the child's address-space limit above what the process already uses.
ForkedOutcome runForked(const std::function<std::uint8_t()>& work, std::chrono::steady_clock::time_point deadline,
                        double cpuSeconds, const std::atomic<bool>& interrupted, std::size_t memoryMegabytes);

}  // namespace tlapx::cvc5enc
