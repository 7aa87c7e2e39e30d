// A solver call in a forked child: its answer comes back, and a crash, an interrupt or the
// deadline or the CPU-time cap end the child without taking tlapx down or waiting for it.
#include <gtest/gtest.h>

#include <atomic>
#include <csignal>
#include <vector>
#include <thread>

#include <z3++.h>

#include "backends/cvc5/forked_run.hpp"

namespace tlapx::cvc5enc {
namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

constexpr double kNoCpuCap = 600;

[[noreturn]] std::uint8_t spin() {
  for (;;) std::this_thread::sleep_for(10ms);
}

[[noreturn]] std::uint8_t busy() {
  std::atomic<unsigned long> n{0};
  for (;;) n.fetch_add(1, std::memory_order_relaxed);
}

TEST(ForkedRun, TheChildsAnswerComesBack) {
  std::atomic<bool> interrupted{false};
  const ForkedOutcome o = runForked([] { return std::uint8_t{42}; }, Clock::now() + 10s, kNoCpuCap, interrupted, 256);
  EXPECT_EQ(o.kind, ForkedOutcome::Kind::Answered);
  EXPECT_EQ(o.answer, 42);
}

TEST(ForkedRun, ACrashIsReportedNotShared) {
  std::atomic<bool> interrupted{false};
  const ForkedOutcome o = runForked(
      [] {
        std::raise(SIGSEGV);
        return std::uint8_t{0};
      },
      Clock::now() + 10s, kNoCpuCap, interrupted, 256);
  EXPECT_EQ(o.kind, ForkedOutcome::Kind::Crashed);
  EXPECT_NE(o.detail.find("signal"), std::string::npos) << o.detail;
}

TEST(ForkedRun, AnInterruptKillsTheChildAtOnce) {
  std::atomic<bool> interrupted{false};
  std::jthread stopper([&] {
    std::this_thread::sleep_for(100ms);
    interrupted = true;
  });
  const auto start = Clock::now();
  const ForkedOutcome o = runForked(spin, Clock::now() + 60s, kNoCpuCap, interrupted, 256);
  EXPECT_EQ(o.kind, ForkedOutcome::Kind::Interrupted);
  EXPECT_LT(Clock::now() - start, 5s);
}

TEST(ForkedRun, TheDeadlineKillsTheChild) {
  std::atomic<bool> interrupted{false};
  const ForkedOutcome o = runForked(spin, Clock::now() + 200ms, kNoCpuCap, interrupted, 256);
  EXPECT_EQ(o.kind, ForkedOutcome::Kind::TimedOut);
  EXPECT_EQ(o.detail, "wall-clock cap reached");
}

TEST(ForkedRun, TheCpuCapKillsABusyChild) {
  std::atomic<bool> interrupted{false};
  const auto start = Clock::now();
  const ForkedOutcome o = runForked(busy, Clock::now() + 60s, 0.3, interrupted, 256);
  EXPECT_EQ(o.kind, ForkedOutcome::Kind::TimedOut);
  EXPECT_EQ(o.detail, "CPU-time cap reached");
  EXPECT_LT(Clock::now() - start, 10s);
}

// A child that waits (as one does for a core on a busy machine) spends no CPU time: only
// the deadline stops it.
TEST(ForkedRun, AWaitingChildIsNotStoppedByTheCpuCap) {
  std::atomic<bool> interrupted{false};
  const auto start = Clock::now();
  const ForkedOutcome o = runForked(spin, Clock::now() + 800ms, 0.1, interrupted, 256);
  EXPECT_EQ(o.kind, ForkedOutcome::Kind::TimedOut);
  EXPECT_EQ(o.detail, "wall-clock cap reached");
  EXPECT_GE(Clock::now() - start, 800ms);
}

// Workers fork concurrently (two threads here, while Z3 works with its timers in a
// third): forks are serialised, since libz3's fork handler waits for every Z3 timer
// thread and two of them running at once can wait for each other forever.
TEST(ForkedRun, WorkersForkingAtOnceAllGetTheirAnswers) {
  std::atomic<bool> interrupted{false};
  std::atomic<int> answered{0};
  auto forkMany = [&] {
    for (int i = 0; i < 40; ++i) {
      const ForkedOutcome o = runForked([] { return std::uint8_t{7}; }, Clock::now() + 30s, kNoCpuCap, interrupted, 256);
      if (o.kind == ForkedOutcome::Kind::Answered && o.answer == 7) ++answered;
    }
  };
  std::jthread z3Work([] {
    for (int i = 0; i < 200; ++i) {
      z3::context ctx;
      z3::solver s(ctx);
      z3::params p(ctx);
      p.set("timeout", 1000u);  // Z3's timer threads take part in its fork handlers
      s.set(p);
      s.add(ctx.int_const("n") * ctx.int_const("n") == 49);
      s.check();
    }
  });
  {
    std::jthread a(forkMany), b(forkMany);
  }
  EXPECT_EQ(answered, 80);
}

TEST(ForkedRun, TheChildsMemoryIsCapped) {
  std::atomic<bool> interrupted{false};
  const ForkedOutcome o = runForked(
      [] {
        std::vector<std::vector<char>> hog;
        for (int i = 0; i < 64; ++i) hog.emplace_back(std::size_t{64} << 20, 'x');  // 4 GB
        return std::uint8_t{1};
      },
      Clock::now() + 30s, kNoCpuCap, interrupted, 256);
  EXPECT_EQ(o.kind, ForkedOutcome::Kind::Crashed) << "answered " << int(o.answer);
}

}  // namespace
}  // namespace tlapx::cvc5enc
