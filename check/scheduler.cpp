// The worker pool (see scheduler.hpp): a shared job queue in cost order, a result queue
// drained by the calling thread (which may add follow-up jobs: a worker finding the queue
// empty waits while results are still to come), interruption of busy backends on
// cancellation, and a watchdog that stops a backend running past its job's CPU-time, cost
// or wall-clock cap (budget.hpp), or an attempt of it past the attempt's CPU-time cap
// (AttemptCap).
#include "check/scheduler.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <fstream>
#include <memory>
#include <mutex>
#include <queue>
#include <string>
#include <thread>

#include <pthread.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "backends/budget.hpp"

namespace tlapx::check {

namespace {

using Clock = std::chrono::steady_clock;

// How long past its CPU-time cap a backend may run before the watchdog interrupts it
// (backends that stop themselves at their resource limit get there first). The wall-clock
// cap has no grace: it is what a failure may cost at most (budget.hpp).
constexpr std::chrono::milliseconds kCpuGrace{500};

class Pool {
 public:
  Pool(const BackendRegistry& registry, const std::vector<Job>& jobs, const std::atomic<bool>& cancel)
      : registry_(registry), cancel_(cancel) {
    add(jobs);
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
      if (cancel_ || stopped_) {
        interruptBusy();
        wake_.notify_all();
      }
      interruptOverdue();
      std::deque<JobResult> batch;
      batch.swap(results_);
      const bool done = running_ == 0;
      lock.unlock();
      std::vector<Job> more;
      for (const JobResult& r : batch) {
        callbacks.onResult(r);
        if (!callbacks.followUps) continue;
        std::vector<Job> next = callbacks.followUps(r);
        more.insert(more.end(), next.begin(), next.end());
      }
      if (done) return;
      if (callbacks.onTick) callbacks.onTick();
      lock.lock();
      add(more);
      handled_ += batch.size();
      wake_.notify_all();
    }
  }

 private:
  // A queued job: primary jobs before secondary ones, then the most expensive first, ties
  // in the order added.
  struct Queued {
    bool secondary;
    double cost;
    std::size_t index;
    bool operator<(const Queued& other) const {
      if (secondary != other.secondary) return secondary;
      return cost != other.cost ? cost < other.cost : index > other.index;
    }
  };

  // With mutex_ held (or before the workers start).
  void add(const std::vector<Job>& jobs) {
    for (const Job& job : jobs) {
      queue_.push(Queued{job.secondary, job.cost, jobs_.size()});
      jobs_.push_back(job);
    }
  }

  // With mutex_ held: whether a worker should wait, since jobs still in progress or not
  // yet handled may add follow-ups.
  bool mayGetMore() const { return queue_.empty() && handled_ < taken_; }

  void work(unsigned worker) {
    std::vector<std::unique_ptr<Backend>> backends(registry_.size());
    while (true) {
      Job job;
      std::size_t index = 0;
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [this] { return !mayGetMore() || cancel_ || stopped_; });
        if (queue_.empty() || cancel_ || stopped_) break;
        index = queue_.top().index;
        queue_.pop();
        job = jobs_[index];
        ++taken_;
      }
      JobResult out;
      out.job = index;
      try {
        auto& backend = backends.at(job.backend);
        if (!backend) backend = registry_.make(job.backend);
        setBusy(worker, backend.get(), job);
        Budget budget = job.budget;
        budget.capAttempt = [this, worker](double cpuSeconds) { capAttempt(worker, cpuSeconds); };
        out.result = backend->prove(*job.obligation, budget);
      } catch (const std::exception& e) {
        out = crashed(index, e.what());
      } catch (...) {
        out = crashed(index, "unknown exception");
      }
      const std::lock_guard lock(mutex_);
      if (busy_[worker].overdue && out.result.status != ProofResult::Proved) {
        out.result.status = ProofResult::Timeout;
        out.result.reason = "time cap reached (stopped by the scheduler)";
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

  // What a worker is doing: the backend proving (null when none) and its caps: CPU time of
  // the worker thread (the budget's meaning) and wall-clock time (the last resort).
  struct Busy {
    Backend* backend = nullptr;
    clockid_t cpuClock{};
    double cpuDeadline = 0;  // seconds on cpuClock
    pid_t thread = 0;        // the worker's thread id, for its waits for a core
    Clock::time_point start;
    double waitedAtStart = 0;  // seconds the thread had waited for a core before the job
    double costSeconds = 0;    // cap on wall-clock time less those waits (budget.hpp)
    Clock::time_point wallDeadline;
    double attemptCpuDeadline = 0;  // seconds on cpuClock for the current attempt; 0: none
    bool overdue = false;  // the watchdog interrupted it
  };

  // Seconds thread `tid` of this process spent runnable but waiting for a core (the
  // kernel's run-queue time, /proc schedstat); 0 where the kernel does not say.
  static double waitedSecondsOf(pid_t tid) {
    std::ifstream in("/proc/self/task/" + std::to_string(tid) + "/schedstat");
    unsigned long long running = 0, waiting = 0;
    if (!(in >> running >> waiting)) return 0;
    return static_cast<double>(waiting) * 1e-9;
  }

  static double cpuSecondsOf(clockid_t clock) {
    timespec t{};
    if (clock_gettime(clock, &t) != 0) return 0;
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  }

  // Called by the worker thread itself (its CPU clock is the one watched).
  void setBusy(unsigned worker, Backend* backend, const Job& job) {
    const Limits limits = limitsFor(job.obligation->method, job.budget);
    const double grace = std::chrono::duration<double>(kCpuGrace).count();
    Busy busy;
    busy.backend = backend;
    if (pthread_getcpuclockid(pthread_self(), &busy.cpuClock) != 0) busy.cpuClock = CLOCK_MONOTONIC;
    busy.cpuDeadline = cpuSecondsOf(busy.cpuClock) + limits.cpuSeconds + grace;
    busy.thread = static_cast<pid_t>(syscall(SYS_gettid));
    busy.start = Clock::now();
    busy.waitedAtStart = waitedSecondsOf(busy.thread);
    busy.costSeconds = limits.costSeconds;
    busy.wallDeadline =
        Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(limits.wallSeconds));
    const std::lock_guard lock(mutex_);
    busy_[worker] = busy;
  }

  // Called by the worker thread itself: bounds the attempt its backend starts (AttemptCap).
  void capAttempt(unsigned worker, double cpuSeconds) {
    const std::lock_guard lock(mutex_);
    Busy& busy = busy_[worker];
    busy.attemptCpuDeadline = cpuSeconds > 0 ? cpuSecondsOf(busy.cpuClock) + cpuSeconds : 0;
  }

  // With mutex_ held: a busy worker's backend outlives its busy_ entry. Called again on
  // every tick, so an interrupt that came just before the backend started still counts.
  void interruptBusy() {
    for (const Busy& b : busy_) {
      if (b.backend != nullptr) b.backend->interrupt();
    }
  }

  // With mutex_ held: the watchdog (a busy worker's thread, and so its CPU clock, is alive).
  void interruptOverdue() {
    const auto now = Clock::now();
    for (Busy& b : busy_) {
      if (b.backend == nullptr) continue;
      const double cpu = cpuSecondsOf(b.cpuClock);
      if (b.attemptCpuDeadline > 0 && cpu >= b.attemptCpuDeadline) {
        b.attemptCpuDeadline = 0;
        b.backend->interruptAttempt();
      }
      const double cost = std::chrono::duration<double>(now - b.start).count() -
                          (waitedSecondsOf(b.thread) - b.waitedAtStart);
      if (now < b.wallDeadline && cpu < b.cpuDeadline && cost < b.costSeconds) continue;
      b.overdue = true;
      b.backend->interrupt();
    }
  }

  void stop() {
    const std::lock_guard lock(mutex_);
    stopped_ = true;
    interruptBusy();
    wake_.notify_all();
  }

  const BackendRegistry& registry_;
  const std::atomic<bool>& cancel_;

  std::mutex mutex_;
  std::condition_variable arrived_;  // a result arrived or a worker exited
  std::condition_variable wake_;     // for waiting workers: jobs added, all handled, or stop
  std::vector<Job> jobs_;            // the given jobs, then the follow-ups
  std::priority_queue<Queued> queue_;  // indices into jobs_ not yet taken
  std::size_t taken_ = 0;            // jobs taken by a worker
  std::size_t handled_ = 0;          // results handed to the callbacks (and follow-ups added)
  std::vector<Busy> busy_;           // per worker
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
  // Follow-ups may outnumber the given jobs: then every worker may get work.
  const auto threads = callbacks.followUps
                           ? threads_
                           : static_cast<unsigned>(std::min<std::size_t>(threads_, jobs.size()));
  pool.run(threads, callbacks);
}

}  // namespace tlapx::check
