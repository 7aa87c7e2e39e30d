// A solver call in a forked child (see forked_run.hpp).
#include "backends/cvc5/forked_run.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <mutex>

namespace tlapx::cvc5enc {

namespace {

// The process's current virtual size, in bytes (0 if unknown).
std::size_t virtualSize() {
  std::ifstream statm("/proc/self/statm");
  std::size_t pages = 0;
  statm >> pages;
  return pages * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

// In the child: the default action for the signals tlapx handles (Ctrl-C reaches the
// whole process group; the parent decides), a memory limit, then the work.
[[noreturn]] void child(const std::function<std::uint8_t()>& work, int out, std::size_t memoryMegabytes) {
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  const rlimit limit{virtualSize() + (memoryMegabytes << 20), RLIM_INFINITY};
  setrlimit(RLIMIT_AS, &limit);
  std::uint8_t answer = 0;
  try {
    answer = work();
  } catch (...) {
    _exit(2);
  }
  const ssize_t written = write(out, &answer, 1);
  _exit(written == 1 ? 0 : 3);
}

}  // namespace

ForkedOutcome runForked(const std::function<std::uint8_t()>& work, std::chrono::steady_clock::time_point deadline,
                        double cpuSeconds, const std::atomic<bool>& interrupted, std::size_t memoryMegabytes) {
  ForkedOutcome outcome;
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    outcome.detail = std::string("pipe: ") + std::strerror(errno);
    return outcome;
  }
  // One fork at a time: libz3's fork handlers livelock when two threads fork at once.
  static std::mutex forking;
  const pid_t pid = [] {
    const std::lock_guard lock(forking);
    return fork();
  }();
  if (pid < 0) {
    outcome.detail = std::string("fork: ") + std::strerror(errno);
    close(fds[0]);
    close(fds[1]);
    return outcome;
  }
  if (pid == 0) child(work, fds[1], memoryMegabytes);
  close(fds[1]);
  clockid_t childCpu{};
  const bool cpuKnown = clock_getcpuclockid(pid, &childCpu) == 0;
  bool killed = false;
  for (;;) {
    pollfd p{fds[0], POLLIN, 0};
    constexpr int kPollMs = 20;  // how soon an interrupt takes effect
    if (poll(&p, 1, kPollMs) > 0) break;  // an answer, or the child ended
    if (interrupted) {
      outcome.kind = ForkedOutcome::Kind::Interrupted;
      killed = true;
    } else if (std::chrono::steady_clock::now() >= deadline) {
      outcome.kind = ForkedOutcome::Kind::TimedOut;
      outcome.detail = "wall-clock cap reached";
      killed = true;
    } else if (timespec spent{}; cpuKnown && clock_gettime(childCpu, &spent) == 0 &&
                                 static_cast<double>(spent.tv_sec) + static_cast<double>(spent.tv_nsec) * 1e-9 >=
                                     cpuSeconds) {
      outcome.kind = ForkedOutcome::Kind::TimedOut;
      outcome.detail = "CPU-time cap reached";
      killed = true;
    }
    if (killed) {
      kill(pid, SIGKILL);
      break;
    }
  }
  std::uint8_t answer = 0;
  const bool answered = !killed && read(fds[0], &answer, 1) == 1;
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (killed) return outcome;
  if (answered) {
    outcome.kind = ForkedOutcome::Kind::Answered;
    outcome.answer = answer;
  } else if (WIFSIGNALED(status)) {
    outcome.detail = std::string("killed by signal ") + strsignal(WTERMSIG(status));
  } else {
    outcome.detail = "exited with status " + std::to_string(WEXITSTATUS(status)) + " without an answer";
  }
  return outcome;
}

}  // namespace tlapx::cvc5enc
