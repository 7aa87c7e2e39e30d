// The scheduler with fake backends: cost order, one backend instance per worker thread,
// backend exceptions as Error results, cancellation that keeps every finished result,
// and backend selection through the registry.
#include "check/scheduler.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <stdexcept>

#include "fake_backend.hpp"

namespace tlapx::check {
namespace {

using testing::FakeBackend;
using testing::FakeWorld;

std::vector<Obligation> obligations(std::size_t n) {
  std::vector<Obligation> obs(n);
  for (std::size_t i = 0; i < n; ++i) obs[i].id = static_cast<std::uint32_t>(i + 1);
  return obs;
}

std::vector<Job> jobsFor(const std::vector<Obligation>& obs, const std::vector<double>& costs = {}) {
  std::vector<Job> jobs;
  for (std::size_t i = 0; i < obs.size(); ++i)
    jobs.push_back(Job{&obs[i], 0, Budget{}, costs.empty() ? 0 : costs[i]});
  return jobs;
}

// Runs the jobs and returns the results by job index.
std::map<std::size_t, JobResult> runAll(Scheduler& scheduler, const std::vector<Job>& jobs,
                                        const std::atomic<bool>& cancel,
                                        const std::function<void(const JobResult&)>& also = {}) {
  std::map<std::size_t, JobResult> results;
  SchedulerCallbacks callbacks;
  callbacks.tick = std::chrono::milliseconds(5);
  callbacks.onResult = [&](const JobResult& r) {
    EXPECT_TRUE(results.emplace(r.job, r).second) << "one result per job";
    if (also) also(r);
  };
  scheduler.run(jobs, cancel, callbacks);
  return results;
}

TEST(Scheduler, RunsTheMostExpensiveJobsFirst) {
  FakeWorld world;
  const BackendRegistry registry = testing::fakeRegistry(world);
  Scheduler scheduler(registry, 1);
  const auto obs = obligations(5);
  const std::atomic<bool> cancel{false};
  const auto results = runAll(scheduler, jobsFor(obs, {1, 5, 3, 5, 0.5}), cancel);
  EXPECT_EQ(results.size(), 5u);
  std::vector<std::uint32_t> order;
  for (const auto& c : world.calls) order.push_back(c.obligation);
  EXPECT_EQ(order, (std::vector<std::uint32_t>{2, 4, 3, 1, 5}));  // ties keep their order
}

TEST(Scheduler, EachWorkerHasItsOwnBackendInstance) {
  FakeWorld world;
  world.behaviour = [](const Obligation&, FakeBackend&) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    ProofResult r;
    r.status = ProofResult::Proved;
    return r;
  };
  const BackendRegistry registry = testing::fakeRegistry(world);
  Scheduler scheduler(registry, 3);
  const auto obs = obligations(60);
  const std::atomic<bool> cancel{false};
  const auto results = runAll(scheduler, jobsFor(obs), cancel);
  EXPECT_EQ(results.size(), 60u);
  EXPECT_LE(world.instances, 3);
  std::map<const FakeBackend*, std::set<std::thread::id>> threadsOf;
  std::set<std::thread::id> threads;
  for (const auto& c : world.calls) {
    threadsOf[c.instance].insert(c.thread);
    threads.insert(c.thread);
  }
  EXPECT_GT(threads.size(), 1u);
  EXPECT_EQ(threadsOf.size(), threads.size());                                // one instance per thread...
  for (const auto& [instance, used] : threadsOf) EXPECT_EQ(used.size(), 1u);  // ...used by that thread only
  EXPECT_EQ(threads.count(std::this_thread::get_id()), 0u);
}

TEST(Scheduler, BackendExceptionsBecomeErrorResults) {
  FakeWorld world;
  world.behaviour = [](const Obligation& ob, FakeBackend&) -> ProofResult {
    if (ob.id == 2) throw std::runtime_error("solver exploded");
    if (ob.id == 3) throw 42;
    ProofResult r;
    r.status = ProofResult::Proved;
    return r;
  };
  const BackendRegistry registry = testing::fakeRegistry(world);
  Scheduler scheduler(registry, 2);
  const auto obs = obligations(4);
  const std::atomic<bool> cancel{false};
  const auto results = runAll(scheduler, jobsFor(obs), cancel);
  ASSERT_EQ(results.size(), 4u);
  EXPECT_EQ(results.at(1).outcome, JobResult::Outcome::Crashed);
  EXPECT_EQ(results.at(1).result.status, ProofResult::Error);
  EXPECT_NE(results.at(1).result.reason.find("solver exploded"), std::string::npos);
  EXPECT_EQ(results.at(2).outcome, JobResult::Outcome::Crashed);
  EXPECT_EQ(results.at(0).result.status, ProofResult::Proved);
  EXPECT_EQ(results.at(3).result.status, ProofResult::Proved);
}

TEST(Scheduler, CancellationInterruptsBusyBackendsAndKeepsFinishedResults) {
  FakeWorld world;
  world.behaviour = [](const Obligation& ob, FakeBackend& backend) {
    if (ob.id == 1) return backend.waitForInterrupt();  // busy until interrupted
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    ProofResult r;
    r.status = ob.id % 2 == 0 ? ProofResult::Proved : ProofResult::Failed;
    return r;
  };
  const BackendRegistry registry = testing::fakeRegistry(world);
  Scheduler scheduler(registry, 2);
  const auto obs = obligations(50);
  std::atomic<bool> cancel{false};
  std::size_t seen = 0;
  // Job 1 runs first (highest cost) and blocks one worker; cancel after 10 other results.
  std::vector<double> costs(50, 1.0);
  costs[0] = 10;
  const auto results = runAll(scheduler, jobsFor(obs, costs), cancel, [&](const JobResult&) {
    if (++seen == 10) cancel = true;
  });
  std::set<std::uint32_t> returned(world.returned.begin(), world.returned.end());
  EXPECT_LT(results.size(), 50u);              // jobs never started get no result
  EXPECT_EQ(results.size(), returned.size());  // every finished job was handed over
  for (const auto& [job, r] : results) EXPECT_TRUE(returned.count(obs[job].id));
  ASSERT_TRUE(results.count(0));
  EXPECT_EQ(results.at(0).outcome, JobResult::Outcome::Interrupted);
  for (std::size_t job = 1; job < 10; ++job) {
    if (!results.count(job)) continue;
    EXPECT_EQ(results.at(job).outcome, JobResult::Outcome::Finished);
  }
}

TEST(Scheduler, SecondaryJobsRunAfterTheOthers) {
  FakeWorld world;
  const BackendRegistry registry = testing::fakeRegistry(world);
  Scheduler scheduler(registry, 1);
  const auto obs = obligations(4);
  const std::atomic<bool> cancel{false};
  std::vector<Job> jobs = jobsFor(obs, {9, 1, 5, 2});
  jobs[0].secondary = jobs[2].secondary = true;
  runAll(scheduler, jobs, cancel);
  std::vector<std::uint32_t> order;
  for (const auto& c : world.calls) order.push_back(c.obligation);
  EXPECT_EQ(order, (std::vector<std::uint32_t>{4, 2, 1, 3}));
}

TEST(Scheduler, FollowUpsJoinTheQueueAndContinueTheJobIndices) {
  FakeWorld world;
  const BackendRegistry registry = testing::fakeRegistry(world);
  Scheduler scheduler(registry, 2);
  const auto obs = obligations(4);
  const std::atomic<bool> cancel{false};
  std::map<std::size_t, std::uint32_t> obligationOf;  // job index -> obligation id
  SchedulerCallbacks callbacks;
  callbacks.tick = std::chrono::milliseconds(5);
  callbacks.onResult = [&](const JobResult& r) { EXPECT_EQ(r.result.status, ProofResult::Proved); };
  std::size_t added = 1;
  callbacks.followUps = [&](const JobResult& r) {
    std::vector<Job> more;
    // Job 0 (obligation 1) is followed by obligations 2 and 3; job 2 (obligation 3) by 4.
    if (r.job == 0) more = {Job{&obs[1], 0, Budget{}, 0}, Job{&obs[2], 0, Budget{}, 0}};
    if (r.job == 2) more = {Job{&obs[3], 0, Budget{}, 0}};
    for (const Job& j : more) obligationOf[added++] = j.obligation->id;
    return more;
  };
  obligationOf[0] = 1;
  scheduler.run(jobsFor(std::vector<Obligation>(obs.begin(), obs.begin() + 1)), cancel, callbacks);
  EXPECT_EQ(obligationOf, (std::map<std::size_t, std::uint32_t>{{0, 1}, {1, 2}, {2, 3}, {3, 4}}));
  std::vector<std::uint32_t> returned = world.returned;
  std::sort(returned.begin(), returned.end());
  EXPECT_EQ(returned, (std::vector<std::uint32_t>{1, 2, 3, 4}));
}

TEST(Scheduler, FollowUpsOfACancelledRunAreNotStarted) {
  FakeWorld world;
  const BackendRegistry registry = testing::fakeRegistry(world);
  Scheduler scheduler(registry, 2);
  const auto obs = obligations(2);
  std::atomic<bool> cancel{false};
  SchedulerCallbacks callbacks;
  callbacks.tick = std::chrono::milliseconds(5);
  callbacks.onResult = [&](const JobResult&) { cancel = true; };
  callbacks.followUps = [&](const JobResult&) { return std::vector<Job>{Job{&obs[1], 0, Budget{}, 0}}; };
  scheduler.run(jobsFor(std::vector<Obligation>(obs.begin(), obs.begin() + 1)), cancel, callbacks);
  EXPECT_EQ(world.returned, (std::vector<std::uint32_t>{1}));
}

TEST(Scheduler, TheWatchdogStopsABackendPastItsWallCapAsATimeout) {
  FakeWorld world;
  world.behaviour = [](const Obligation& ob, FakeBackend& backend) {
    if (ob.id == 1) return backend.waitForInterrupt();  // ignores its cap
    ProofResult r;
    r.status = ProofResult::Proved;
    return r;
  };
  const BackendRegistry registry = testing::fakeRegistry(world);
  Scheduler scheduler(registry, 2);
  const auto obs = obligations(3);
  std::vector<Job> jobs = jobsFor(obs);
  for (Job& j : jobs) j.budget.wallSeconds = 0.01;
  const std::atomic<bool> cancel{false};
  const auto results = runAll(scheduler, jobs, cancel);
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results.at(0).outcome, JobResult::Outcome::Finished);
  EXPECT_EQ(results.at(0).result.status, ProofResult::Timeout);
  EXPECT_NE(results.at(0).result.reason.find("time cap"), std::string::npos);
  EXPECT_EQ(results.at(1).result.status, ProofResult::Proved);  // answered in time: kept
  EXPECT_EQ(results.at(2).result.status, ProofResult::Proved);
}

// One job run alone by `behaviour` with the minimum budget (kMinCapSeconds) when
// `minimumBudget`, and a wall-clock cap far away; its result, and the time it took.
struct LoneRun {
  JobResult result;
  std::chrono::steady_clock::duration took;
};
LoneRun runAlone(std::function<ProofResult(const Obligation&, FakeBackend&)> behaviour, bool minimumBudget) {
  FakeWorld world;
  world.behaviour = std::move(behaviour);
  const BackendRegistry registry = testing::fakeRegistry(world);
  Scheduler scheduler(registry, 1);
  const auto obs = obligations(1);
  std::vector<Job> jobs = jobsFor(obs);
  if (minimumBudget) jobs[0].budget.rlimit = 1;
  jobs[0].budget.wallSeconds = 600;
  const std::atomic<bool> cancel{false};
  const auto start = std::chrono::steady_clock::now();
  const auto results = runAll(scheduler, jobs, cancel);
  EXPECT_EQ(results.size(), 1u);
  return {results.empty() ? JobResult{} : results.at(0), std::chrono::steady_clock::now() - start};
}

// The budget means CPU seconds of the worker: a backend that keeps computing past its CPU
// cap is stopped although its wall-clock cap is far away.
TEST(Scheduler, TheWatchdogStopsABackendPastItsCpuCap) {
  const LoneRun run =
      runAlone([](const Obligation&, FakeBackend& backend) { return backend.spinUntilInterrupt(); }, true);
  EXPECT_EQ(run.result.result.status, ProofResult::Timeout);
  EXPECT_LT(run.took, std::chrono::seconds(60));
}

// What a failure costs is bounded in wall-clock time too (less waits for a core): a
// backend that waits without computing (a forked solver, say) is stopped at its cost cap
// although its wall-clock cap is far away.
TEST(Scheduler, TheWatchdogStopsABackendPastItsCostCap) {
  const LoneRun run =
      runAlone([](const Obligation&, FakeBackend& backend) { return backend.waitForInterrupt(); }, true);
  EXPECT_EQ(run.result.result.status, ProofResult::Timeout);
  EXPECT_LT(run.took, std::chrono::seconds(60));
}

// A backend proving in attempts bounds each by CPU time (AttemptCap): the watchdog ends
// the attempt past its cap, and the backend goes on with the next within the job's caps.
TEST(Scheduler, TheWatchdogEndsAnAttemptPastItsCpuCapAndTheJobGoesOn) {
  const LoneRun run = runAlone(
      [](const Obligation&, FakeBackend& backend) {
        const Budget& budget = backend.budget();
        EXPECT_TRUE(static_cast<bool>(budget.capAttempt));
        budget.capAttempt(0.05);
        const ProofResult first = backend.spinUntilInterrupt();  // a solver that does not stop
        budget.capAttempt(0);
        EXPECT_EQ(first.reason, "interrupted");
        ProofResult second;
        second.status = ProofResult::Proved;
        return second;
      },
      false);
  EXPECT_EQ(run.result.result.status, ProofResult::Proved);  // not a job-level timeout
}

TEST(Scheduler, NoJobsNoThreads) {
  FakeWorld world;
  const BackendRegistry registry = testing::fakeRegistry(world);
  Scheduler scheduler(registry, 4);
  const std::atomic<bool> cancel{false};
  EXPECT_TRUE(runAll(scheduler, {}, cancel).empty());
  EXPECT_EQ(world.instances, 0);
}

TEST(BackendRegistry, RoutesMethodsToTheirBackends) {
  FakeWorld smt, ptl;
  BackendRegistry registry;
  registry.add({Method::Default, Method::Smt}, [&smt] { return std::make_unique<FakeBackend>(smt); });
  registry.add({Method::Ptl}, [&ptl] { return std::make_unique<FakeBackend>(ptl); });
  EXPECT_EQ(registry.entryFor(Method::Smt), 0u);
  EXPECT_EQ(registry.entryFor(Method::Ptl), 1u);
  EXPECT_FALSE(registry.entryFor(Method::Zenon));

  auto obs = obligations(4);
  obs[1].method.method = Method::Ptl;
  std::vector<Job> jobs = jobsFor(obs);
  jobs[1].backend = *registry.entryFor(Method::Ptl);
  Scheduler scheduler(registry, 2);
  const std::atomic<bool> cancel{false};
  EXPECT_EQ(runAll(scheduler, jobs, cancel).size(), 4u);
  ASSERT_EQ(ptl.calls.size(), 1u);
  EXPECT_EQ(ptl.calls[0].obligation, 2u);
  EXPECT_EQ(smt.calls.size(), 3u);
}

TEST(BackendRegistry, StandardHandlesEveryMethod) {
  const BackendRegistry registry = BackendRegistry::standard();
  for (Method m : {Method::Default, Method::Smt, Method::Zenon, Method::Isabelle, Method::Ptl}) {
    ASSERT_TRUE(registry.entryFor(m));
    EXPECT_FALSE(registry.make(*registry.entryFor(m))->encoderVersion().empty());
  }
  EXPECT_NE(registry.entryFor(Method::Ptl), registry.entryFor(Method::Default));
}

}  // namespace
}  // namespace tlapx::check
