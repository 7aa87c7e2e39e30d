// The worker pool behind `tlapx check`, and the only place tlapx starts threads. Each
// worker owns its Backend instances (one per registry entry, made when first needed) and
// takes jobs from a shared queue, most expensive first (secondary jobs last); results go
// back to the calling thread, which handles them one at a time as they arrive (cache
// writes, progress) and may add follow-up jobs (a smoke check after a proof), which join
// the same queue.
// Cancellation stops handing out jobs, interrupts the backends still working and waits
// for them; every result that finished is handed over. A watchdog interrupts a backend
// still running shortly after its job's wall-clock cap (backends/budget.hpp); its answer,
// unless a proof, then becomes a timeout.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <vector>

#include "backends/backend.hpp"
#include "check/backend_registry.hpp"

namespace tlapx::check {

struct Job {
  const Obligation* obligation = nullptr;
  std::size_t backend = 0;  // the registry entry that proves it
  Budget budget;
  double cost = 0;  // estimated seconds: jobs run in decreasing cost order
  bool secondary = false;  // runs after every queued job that is not (smoke checks)
};

struct JobResult {
  enum class Outcome : std::uint8_t {
    Finished,     // the backend's own answer
    Interrupted,  // not proved and cancellation was requested meanwhile: not an answer
    Crashed,      // the backend threw: `result` is an Error with the exception's text
  };
  // Index into the job list given to run(); follow-up jobs continue it in the order they
  // were added (the first gets jobs.size()).
  std::size_t job = 0;
  ProofResult result;
  Outcome outcome = Outcome::Finished;
};

struct SchedulerCallbacks {
  std::function<void(const JobResult&)> onResult;  // on the calling thread, as results arrive
  // Optional, on the calling thread right after onResult: jobs to run because of this
  // result; they join the queue in cost order.
  std::function<std::vector<Job>(const JobResult&)> followUps;
  std::function<void()> onTick;                    // on the calling thread, about every `tick`
  std::chrono::milliseconds tick{100};
};

class Scheduler {
 public:
  // `threads` workers at most (at least one).
  Scheduler(const BackendRegistry& registry, unsigned threads);

  // Runs the jobs (and their follow-ups) and returns when every job has a result or, once
  // `cancel` is set, when the jobs in progress have returned (jobs never started then get
  // no result).
  // `cancel` may be set from a signal handler.
  void run(const std::vector<Job>& jobs, const std::atomic<bool>& cancel,
           const SchedulerCallbacks& callbacks);

 private:
  const BackendRegistry& registry_;
  unsigned threads_;
};

}  // namespace tlapx::check
