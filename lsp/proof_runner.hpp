// The proving side of the server: one thread that runs one check at a time through the
// same Checker, scheduler (its worker pool of `threads`) and result cache as `tlapx check`,
// so results land in the cache the CLI reads. Runs are queued; cancelling one (its flag)
// stops it within a scheduler tick, and a cancelled run that has not started never starts.
// Callbacks are made on the runner's thread.
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "cache/result_cache.hpp"
#include "check/backend_registry.hpp"
#include "check/checker.hpp"
#include "lsp/analysis.hpp"

namespace tlapx::lsp {

struct ProofRun {
  std::shared_ptr<const Analysis> analysis;  // kept alive while the run uses its obligations
  std::optional<check::LineRegion> region;   // none: the whole module
  std::shared_ptr<std::atomic<bool>> cancel;
  check::OutcomeListener settled;                    // each verdict as it is known
  std::function<void(const check::Tally&)> progress;  // after each answer and every tick
  std::function<void(bool cancelled)> finished;       // last call of the run
};

struct RunnerSettings {
  unsigned threads = 1;
  double stretch = 1.0;
};

class ProofRunner {
 public:
  ProofRunner(RunnerSettings settings, std::function<void(const std::string&)> warn);
  ~ProofRunner();  // cancels every run and joins the thread
  ProofRunner(const ProofRunner&) = delete;
  ProofRunner& operator=(const ProofRunner&) = delete;

  void submit(ProofRun run);

 private:
  void loop(const std::stop_token& stop);
  void execute(const ProofRun& run);
  cache::ResultCache* cacheFor(const std::string& file);

  RunnerSettings settings_;
  std::function<void(const std::string&)> warn_;
  const check::BackendRegistry registry_ = check::BackendRegistry::standard();
  std::map<std::filesystem::path, std::unique_ptr<cache::ResultCache>> caches_;  // runner thread only

  std::mutex mutex_;
  std::condition_variable_any queued_;
  std::deque<ProofRun> queue_;
  std::shared_ptr<std::atomic<bool>> current_;  // the cancel flag of the run in progress
  std::jthread thread_;                         // last member: starts after the others exist
};

}  // namespace tlapx::lsp
