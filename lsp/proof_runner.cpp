// The runner thread and one run through check::Checker (see proof_runner.hpp).
#include "lsp/proof_runner.hpp"

#include "check/cache_location.hpp"

namespace tlapx::lsp {

ProofRunner::ProofRunner(RunnerSettings settings, std::function<void(const std::string&)> warn)
    : settings_(settings), warn_(std::move(warn)), thread_([this](const std::stop_token& stop) { loop(stop); }) {}

ProofRunner::~ProofRunner() {
  {
    const std::lock_guard lock(mutex_);
    for (ProofRun& run : queue_) *run.cancel = true;
    if (current_) *current_ = true;
  }
  thread_.request_stop();
  queued_.notify_all();
  thread_.join();
}

void ProofRunner::submit(ProofRun run) {
  {
    const std::lock_guard lock(mutex_);
    queue_.push_back(std::move(run));
  }
  queued_.notify_all();
}

void ProofRunner::loop(const std::stop_token& stop) {
  while (true) {
    ProofRun run;
    {
      std::unique_lock lock(mutex_);
      queued_.wait(lock, stop, [this] { return !queue_.empty(); });
      if (queue_.empty()) return;  // stop requested with nothing left to report
      run = std::move(queue_.front());
      queue_.pop_front();
      current_ = run.cancel;
    }
    if (!*run.cancel) execute(run);
    run.finished(run.cancel->load());
    const std::lock_guard lock(mutex_);
    current_.reset();
  }
}

cache::ResultCache* ProofRunner::cacheFor(const std::string& file) {
  const std::filesystem::path path = check::defaultCachePath(file);
  auto [it, added] = caches_.try_emplace(path);
  if (added || !it->second) {
    cache::OpenedCache opened = cache::openCache(path, true);
    for (const std::string& w : opened.warnings) warn_(w);
    it->second = std::move(opened.cache);
  }
  return it->second.get();
}

void ProofRunner::execute(const ProofRun& run) {
  const Analysis& analysis = *run.analysis;
  check::CheckSettings settings;
  settings.threads = settings_.threads;
  settings.stretch = settings_.stretch;
  settings.region = run.region;
  check::Checker checker(registry_, cacheFor(analysis.path()), settings, warn_);
  checker.check(*analysis.root(), analysis.generated(), analysis.frontend().sources(), *run.cancel, run.progress,
                run.settled);
}

}  // namespace tlapx::lsp
