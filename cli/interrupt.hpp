// Ctrl-C (SIGINT) and SIGTERM during `tlapx check`: while an InterruptFlag lives, the first
// signal sets a flag the scheduler watches (finished results are kept and reported); a
// signal arriving half a second or more after it ends the process at once (the default
// action), while one arriving sooner is taken as the same request delivered twice. A
// signal that was ignored when tlapx started (nohup, background jobs of scripts) stays
// ignored.
#pragma once

#include <array>
#include <atomic>
#include <csignal>

namespace tlapx::cli {

class InterruptFlag {
 public:
  InterruptFlag();
  ~InterruptFlag();
  InterruptFlag(const InterruptFlag&) = delete;
  InterruptFlag& operator=(const InterruptFlag&) = delete;

  const std::atomic<bool>& flag() const;

 private:
  static constexpr std::array<int, 2> kSignals{SIGINT, SIGTERM};
  std::array<struct sigaction, 2> previous_{};
};

}  // namespace tlapx::cli
