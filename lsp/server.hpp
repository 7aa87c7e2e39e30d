// The tlapx language server: the LSP lifecycle, full-text document sync, and the four
// `tlaplus.tlaps.*.lsp` commands of vscode-tlaplus's TLAPS mode. On every open and change
// a document is analysed at once and its markers pushed, obligations already in the
// result cache shown proved/failed without proving anything; check-step proves the
// obligations of a range on the ProofRunner and streams markers (at most every 0.5 s)
// and work-done progress; an edit or a progress cancel stops the run.
// Requests are handled on the reading thread; the runner's callbacks take the same lock.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cache/result_cache.hpp"
#include "check/backend_registry.hpp"
#include "check/checker.hpp"
#include "lsp/analysis.hpp"
#include "lsp/proof_runner.hpp"
#include "lsp/transport.hpp"

namespace tlapx::lsp {

struct ServerOptions {
  std::string version;  // tlapx's, for serverInfo and the bundled modules' folder
  RunnerSettings runner;
};

class Server {
 public:
  Server(Transport& transport, ServerOptions options);

  // Serves until `exit` or the end of the input; returns the process exit code.
  int run();

 private:
  // A check-step run: what it proves and what to restore if it is cancelled.
  struct Run {
    std::string token;
    std::shared_ptr<Analysis> analysis;
    std::vector<std::size_t> selected;   // obligation indices
    std::vector<ObligationState> before; // parallel to `selected`
    std::vector<bool> answered;          // parallel to `selected`
    std::size_t done = 0;
    std::shared_ptr<std::atomic<bool>> cancel;
    std::chrono::steady_clock::time_point lastFlush;
  };
  // The status-only checker reading one cache file (reading thread only).
  struct CacheReader {
    std::unique_ptr<cache::ResultCache> cache;
    std::unique_ptr<check::Checker> checker;
  };

  void handle(const nlohmann::json& message);
  nlohmann::json request(const std::string& method, const nlohmann::json& params);
  void notification(const std::string& method, const nlohmann::json& params);
  nlohmann::json initialize(const nlohmann::json& params);
  nlohmann::json executeCommand(const nlohmann::json& params);

  // Documents (lock held).
  void analyse(const std::string& uri, int version, std::string text);
  void readCache(Analysis& analysis);
  void publish(const Analysis& analysis);
  std::shared_ptr<Analysis> document(const std::string& uri) const;  // throws an RPC error if not open
  bool isCurrent(const Analysis& analysis) const;  // the latest version of an open document
  void cancelRuns(const std::string& uri);  // empty: every run

  // Commands (lock held).
  void checkStep(const nlohmann::json& args);
  void setCurrentStep(const nlohmann::json& args);
  void sendCurrentStep(const Analysis& analysis);

  // Run callbacks (runner thread; they take the lock).
  void settled(Run& run, const check::ObligationOutcome& outcome);
  void ticked(Run& run);
  void finished(Run& run, bool cancelled);
  void sendProgress(const Run& run, const char* kind);

  void notify(const std::string& method, nlohmann::json params);
  void log(const std::string& line) { transport_.log(line); }

  Transport& transport_;
  ServerOptions options_;
  std::vector<std::string> includeDirs_;  // module search paths from the editor
  std::optional<std::filesystem::path> bundledModules_;
  const check::BackendRegistry registry_ = check::BackendRegistry::standard();
  bool shutdown_ = false;
  int nextOutgoingId_ = 0;
  int nextRun_ = 0;

  std::mutex mutex_;  // guards the documents, their states, runs and the current step
  std::map<std::string, std::shared_ptr<Analysis>> documents_;  // by URI
  std::map<std::string, std::shared_ptr<Run>> runs_;            // by progress token
  std::map<std::filesystem::path, CacheReader> cacheReaders_;
  struct CurrentStep {
    std::string uri;
    std::uint32_t line = 0;  // 1-based
  };
  std::optional<CurrentStep> currentStep_;

  ProofRunner runner_;  // last member: destroyed (runs cancelled, thread joined) first
};

}  // namespace tlapx::lsp
