// The SIGINT handler behind InterruptFlag (see interrupt.hpp).
#include "cli/interrupt.hpp"

namespace tlapx::cli {

namespace {

std::atomic<bool> interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

void onInterrupt(int) { interrupted.store(true); }

}  // namespace

InterruptFlag::InterruptFlag() {
  interrupted.store(false);
  struct sigaction action {};
  action.sa_handler = onInterrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND | SA_RESTART;  // a second Ctrl-C gets the default action
  sigaction(SIGINT, &action, &previous_);
  if (previous_.sa_handler == SIG_IGN) sigaction(SIGINT, &previous_, nullptr);  // e.g. `nohup`: keep ignoring
}

InterruptFlag::~InterruptFlag() { sigaction(SIGINT, &previous_, nullptr); }

const std::atomic<bool>& InterruptFlag::flag() const { return interrupted; }

}  // namespace tlapx::cli
