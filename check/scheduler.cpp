// The worker pool (see scheduler.hpp): a shared job queue in cost order, a result queue
// drained by the calling thread, interruption of busy backends on cancellation, and a
// watchdog that stops a backend running past its job's wall-clock cap.
#include "check/scheduler.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <numeric>
#include <thread>

#include "backends/budget.hpp"

namespace tlapx::check {

namespace {

using Clock = std::chrono::steady_clock;

// How long past its wall-clock cap a backend may run before the watchdog interrupts it:
// backends stop themselves at the cap; this is for those that do not.
constexpr std::chrono::milliseconds kWatchdogGrace{500};

class Pool {
 public:
  Pool(const BackendRegistry& registry, const std::vector<Job>& jobs, const std::atomic<bool>& cancel)
      : registry_(registry), jobs_(jobs), cancel_(cancel), order_(jobs.size()) {
    std::iota(order_.begin(), order_.end(), std::size_t{0});
    std::stable_sort(order_.begin(), order_.end(),
                     [&jobs](std::size_t a, std::size_t b) { return jobs[a].cost > jobs[b].cost; });
  }

  // Starts the workers, hands results to the callbacks, and joins the workers, also when a
  // callback throws.
  void run(unsigned threads, const SchedulerCallbacks& callbacks) {
    busy_.assign(threads, Busy{});
    running_ = threads;
    std::vector<std::jthread> workers;
    struct Joiner {  // stops and interrupts the workers before the jthreads join them
      Pool& pool;
      ~Joiner() { pool.stop(); }
    } joiner{*this};
    for (unsigned i = 0; i < threads; ++i) workers.emplace_back([this, i] { work(i); });
    std::unique_lock lock(mutex_);
    while (true) {
      arrived_.wait_for(lock, callbacks.tick, [this] { return !results_.empty() || running_ == 0; });
      if (cancel_ || stopped_) interruptBusy();
      interruptOverdue();
      std::deque<JobResult> batch;
      batch.swap(results_);
      const bool done = running_ == 0;
      lock.unlock();
      for (const JobResult& r : batch) callbacks.onResult(r);
      if (done) return;
      if (callbacks.onTick) callbacks.onTick();
      lock.lock();
    }
  }

 private:
  void work(unsigned worker) {
    std::vector<std::unique_ptr<Backend>> backends(registry_.size());
    while (true) {
      std::size_t index = 0;
      {
        const std::lock_guard lock(mutex_);
        if (next_ == order_.size() || cancel_ || stopped_) break;
        index = order_[next_++];
      }
      const Job& job = jobs_[index];
      JobResult out;
      out.job = index;
      try {
        auto& backend = backends.at(job.backend);
        if (!backend) backend = registry_.make(job.backend);
        setBusy(worker, backend.get(), job);
        out.result = backend->prove(*job.obligation, job.budget);
      } catch (const std::exception& e) {
        out = crashed(index, e.what());
      } catch (...) {
        out = crashed(index, "unknown exception");
      }
      const std::lock_guard lock(mutex_);
      if (busy_[worker].overdue && out.result.status != ProofResult::Proved) {
        out.result.status = ProofResult::Timeout;
        out.result.reason = "wall-clock cap reached (stopped by the scheduler)";
      }
      busy_[worker] = Busy{};
      if (out.outcome == JobResult::Outcome::Finished && out.result.status != ProofResult::Proved &&
          (cancel_ || stopped_)) {
        out.outcome = JobResult::Outcome::Interrupted;
      }
      results_.push_back(std::move(out));
      arrived_.notify_one();
    }
    const std::lock_guard lock(mutex_);
    --running_;
    arrived_.notify_one();
  }

  static JobResult crashed(std::size_t index, const std::string& what) {
    JobResult out;
    out.job = index;
    out.outcome = JobResult::Outcome::Crashed;
    out.result.status = ProofResult::Error;
    out.result.reason = "backend exception: " + what;
    return out;
  }

  // What a worker is doing: the backend proving (null when none) and until when it may.
  struct Busy {
    Backend* backend = nullptr;
    Clock::time_point deadline;
    bool overdue = false;  // the watchdog interrupted it
  };

  void setBusy(unsigned worker, Backend* backend, const Job& job) {
    const double cap = limitsFor(job.obligation->method, job.budget).wallSeconds;
    const auto deadline = Clock::now() + kWatchdogGrace +
                          std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(cap));
    const std::lock_guard lock(mutex_);
    busy_[worker] = Busy{backend, deadline, false};
  }

  // With mutex_ held: a busy worker's backend outlives its busy_ entry. Called again on
  // every tick, so an interrupt that came just before the backend started still counts.
  void interruptBusy() {
    for (const Busy& b : busy_) {
      if (b.backend != nullptr) b.backend->interrupt();
    }
  }

  // With mutex_ held: the watchdog.
  void interruptOverdue() {
    const auto now = Clock::now();
    for (Busy& b : busy_) {
      if (b.backend == nullptr || now < b.deadline) continue;
      b.overdue = true;
      b.backend->interrupt();
    }
  }

  void stop() {
    const std::lock_guard lock(mutex_);
    stopped_ = true;
    interruptBusy();
  }

  const BackendRegistry& registry_;
  const std::vector<Job>& jobs_;
  const std::atomic<bool>& cancel_;
  std::vector<std::size_t> order_;  // job indices, most expensive first

  std::mutex mutex_;
  std::condition_variable arrived_;
  std::size_t next_ = 0;           // next position in order_
  std::vector<Busy> busy_;         // per worker
  std::deque<JobResult> results_;  // finished, not yet handed over
  unsigned running_ = 0;           // workers not yet exited
  bool stopped_ = false;           // the calling thread is leaving (exception)
};

}  // namespace

Scheduler::Scheduler(const BackendRegistry& registry, unsigned threads)
    : registry_(registry), threads_(std::max(1u, threads)) {}

void Scheduler::run(const std::vector<Job>& jobs, const std::atomic<bool>& cancel,
                    const SchedulerCallbacks& callbacks) {
  if (jobs.empty()) return;
  Pool pool(registry_, jobs, cancel);
  const auto threads = static_cast<unsigned>(std::min<std::size_t>(threads_, jobs.size()));
  pool.run(threads, callbacks);
}

}  // namespace tlapx::check
