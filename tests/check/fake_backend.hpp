// A scripted Backend for scheduler and checker tests: each prove() call is logged (which
// obligation, which instance, which thread) and answered by a behaviour function, which
// may throw or wait for interrupt().
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "backends/backend.hpp"
#include "check/backend_registry.hpp"

namespace tlapx::check::testing {

class FakeBackend;

struct FakeCall {
  std::uint32_t obligation = 0;
  const FakeBackend* instance = nullptr;
  std::thread::id thread;
};

// Shared by all instances of one test: the behaviour and what happened.
struct FakeWorld {
  std::function<ProofResult(const Obligation&, FakeBackend&)> behaviour = [](const Obligation&,
                                                                             FakeBackend&) {
    ProofResult r;
    r.status = ProofResult::Proved;
    r.backend = "fake";
    return r;
  };
  std::mutex mutex;
  std::vector<FakeCall> calls;          // in call order
  std::vector<std::uint32_t> returned;  // obligations whose prove() returned normally
  std::atomic<int> instances{0};
};

class FakeBackend final : public Backend {
 public:
  explicit FakeBackend(FakeWorld& world) : world_(world) { ++world_.instances; }

  ProofResult prove(const Obligation& ob, const Budget& budget) override {
    budget_ = &budget;
    {
      const std::lock_guard lock(world_.mutex);
      world_.calls.push_back({ob.id, this, std::this_thread::get_id()});
    }
    ProofResult r = world_.behaviour(ob, *this);
    budget_ = nullptr;
    const std::lock_guard lock(world_.mutex);
    world_.returned.push_back(ob.id);
    return r;
  }
  std::string name() const override { return "fake"; }
  std::string version() const override { return "1"; }
  std::string encoderVersion() const override { return "1"; }
  // For behaviours: the budget of the prove() in progress.
  const Budget& budget() const { return *budget_; }
  void interrupt() override {
    const std::lock_guard lock(mutex_);
    interrupted_ = true;
    wake_.notify_all();
  }

  // For behaviours: blocks until interrupt(); the answer is then "unknown".
  ProofResult waitForInterrupt() {
    std::unique_lock lock(mutex_);
    wake_.wait(lock, [this] { return interrupted_; });
    return interruptedResult();
  }

  // For behaviours: burns CPU until interrupt(), as a solver does; then "unknown".
  ProofResult spinUntilInterrupt() {
    for (;;) {
      const std::lock_guard lock(mutex_);
      if (interrupted_) return interruptedResult();
    }
  }

 private:
  // With mutex_ held.
  ProofResult interruptedResult() {
    interrupted_ = false;
    ProofResult r;
    r.status = ProofResult::Unknown;
    r.reason = "interrupted";
    return r;
  }

  FakeWorld& world_;
  const Budget* budget_ = nullptr;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool interrupted_ = false;
};

// A registry whose every method (PTL too) goes to fake backends of `world`.
inline BackendRegistry fakeRegistry(FakeWorld& world) {
  BackendRegistry registry;
  registry.add({Method::Default, Method::Smt, Method::Zenon, Method::Isabelle, Method::Ptl},
               [&world] { return std::make_unique<FakeBackend>(world); });
  return registry;
}

}  // namespace tlapx::check::testing
