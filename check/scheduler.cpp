// The worker pool (see scheduler.hpp): a shared job queue in cost order, a result queue
// drained by the calling thread, and interruption of busy backends on cancellation.
#include "check/scheduler.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <numeric>
#include <thread>

namespace tlapx::check {

namespace {

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
    busy_.assign(threads, nullptr);
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
        setBusy(worker, backend.get());
        out.result = backend->prove(*job.obligation, job.budget);
      } catch (const std::exception& e) {
        out = crashed(index, e.what());
      } catch (...) {
        out = crashed(index, "unknown exception");
      }
      const std::lock_guard lock(mutex_);
      busy_[worker] = nullptr;
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

  void setBusy(unsigned worker, Backend* backend) {
    const std::lock_guard lock(mutex_);
    busy_[worker] = backend;
  }

  // With mutex_ held: a busy worker's backend outlives its busy_ entry.
  void interruptBusy() {
    for (Backend* b : busy_) {
      if (b != nullptr) b->interrupt();
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
  std::vector<Backend*> busy_;     // per worker: the backend proving, or null
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
