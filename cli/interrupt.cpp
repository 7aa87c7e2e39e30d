// The SIGINT / SIGTERM handler behind InterruptFlag (see interrupt.hpp).
#include "cli/interrupt.hpp"

#include <ctime>

namespace tlapx::cli {

namespace {

std::atomic<bool> interrupted{false};
std::atomic<long long> firstSignalNs{0};  // CLOCK_MONOTONIC of the first signal; 0: none yet
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");
static_assert(std::atomic<long long>::is_always_lock_free, "set from a signal handler");

// A signal this long after the first one ends the process at once. Closer ones are the
// same request delivered twice (`timeout` signals the process and its process group).
constexpr long long kForceAfterNs = 500'000'000;

long long nowNs() {
  timespec t{};
  clock_gettime(CLOCK_MONOTONIC, &t);  // async-signal-safe
  return static_cast<long long>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

void onSignal(int sig) {
  const long long now = nowNs();
  long long expected = 0;
  if (firstSignalNs.compare_exchange_strong(expected, now)) {
    interrupted.store(true);
    return;
  }
  if (now - expected < kForceAfterNs) return;
  signal(sig, SIG_DFL);  // the user insists: the default action, now
  raise(sig);
}

}  // namespace

InterruptFlag::InterruptFlag() {
  interrupted.store(false);
  firstSignalNs.store(0);
  struct sigaction action {};
  action.sa_handler = onSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  for (std::size_t i = 0; i < kSignals.size(); ++i) {
    sigaction(kSignals[i], &action, &previous_[i]);
    if (previous_[i].sa_handler == SIG_IGN) sigaction(kSignals[i], &previous_[i], nullptr);  // nohup: keep ignoring
  }
}

InterruptFlag::~InterruptFlag() {
  for (std::size_t i = 0; i < kSignals.size(); ++i) sigaction(kSignals[i], &previous_[i], nullptr);
}

const std::atomic<bool>& InterruptFlag::flag() const { return interrupted; }

}  // namespace tlapx::cli
