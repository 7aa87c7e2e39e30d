// Ctrl-C during `tlapx check`: while an InterruptFlag lives, the first SIGINT sets a flag
// the scheduler watches (finished results are kept and reported); a second SIGINT ends
// the process at once (the default action, restored by the first). A SIGINT that was
// ignored when tlapx started (nohup, background jobs of scripts) stays ignored.
#pragma once

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
  struct sigaction previous_ {};
};

}  // namespace tlapx::cli
