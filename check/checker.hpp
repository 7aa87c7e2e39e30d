// One `tlapx check` (or `tlapx status`) of one module's obligations: selects those of a
// line region, settles trivial, omitted and missing obligations and cache hits at once,
// sends the rest to the scheduler (estimated cost: the time a cached run took, else the
// obligation's size) and stores every answer in the cache as it arrives. A cache that
// fails mid-run is dropped with a warning; the run goes on.
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cache/result_cache.hpp"
#include "check/backend_registry.hpp"
#include "frontend/source.hpp"
#include "prover/obligation_sink.hpp"

namespace tlapx::check {

// What a run says about one obligation.
enum class Verdict : std::uint8_t {
  Proved,       // by a backend, now or in the cache
  Trivial,      // true by construction, no backend needed
  Failed,       // a backend did not prove it (or no backend can)
  Omitted,      // OMITTED proof
  Missing,      // no proof
  Interrupted,  // the run was cancelled before it had an answer
  Unchecked,    // `tlapx status`: no usable result in the cache
};
const char* verdictName(Verdict verdict);  // "proved", "trivial", "failed", ...

// Lines [from, to] of the checked file; an obligation is inside when its own range or the
// range of its step's statement meets the region.
struct LineRegion {
  unsigned from = 0;
  unsigned to = 0;
  bool meets(const SourceRange& range) const;
};

struct ObligationOutcome {
  const Obligation* obligation = nullptr;
  std::string file;
  Verdict verdict = Verdict::Unchecked;
  std::string status;        // the backend's answer ("proved", "timeout", ...); empty when none ran
  std::string backend;       // who decided ("builtin", "z3"); empty when none ran
  std::string reason;        // why not proved
  std::string counterModel;  // a checked counter-model, when the backend found one
  bool cached = false;       // the answer came from the cache
  double seconds = 0;        // the backend's time (the cached run's time when cached)
  double budgetSeconds = 0;  // the nominal budget, stretch included (0: no backend needed)
};

struct ModuleReport {
  std::string module;
  std::string file;
  std::vector<ObligationOutcome> outcomes;  // in obligation order
  std::size_t sent = 0;                     // obligations handed to a backend in this run
};

struct CheckSettings {
  unsigned threads = 1;
  double stretch = 1.0;  // multiplies every budget
  bool prove = true;     // false: report from the cache only
  std::optional<LineRegion> region;
};

// Counts while a run goes on, for a progress display.
struct Tally {
  std::size_t total = 0;
  std::size_t proved = 0;  // proved or trivial
  std::size_t failed = 0;
};

class Checker {
 public:
  // `cache` may be null (no cache) and must outlive the checker; `warn` receives warnings.
  Checker(const BackendRegistry& registry, cache::ResultCache* cache, CheckSettings settings,
          std::function<void(const std::string&)> warn);

  ModuleReport check(const Module& module, const prover::GeneratedObligations& generated,
                     const SourceManager& sources, const std::atomic<bool>& cancel,
                     const std::function<void(const Tally&)>& progress);

 private:
  struct Identity {
    std::string name, version, encoderVersion;
  };
  const Identity& identity(std::size_t entry);
  std::optional<cache::Entry> lookup(const cache::Key& key);
  void store(const cache::Key& key, const cache::Entry& entry);
  void dropCache(const cache::SqliteError& error);

  const BackendRegistry& registry_;
  cache::ResultCache* cache_;
  CheckSettings settings_;
  std::function<void(const std::string&)> warn_;
  std::vector<std::optional<Identity>> identities_;  // per registry entry, from a probe instance
};

}  // namespace tlapx::check
