// One `tlapx check` (or `tlapx status`) of one module's obligations: selects those of a
// line region, settles trivial, omitted and missing obligations and cache hits at once,
// sends the rest to the scheduler (estimated cost: the time a cached run took, else the
// obligation's size) and stores every answer in the cache as it arrives. A cache that
// fails mid-run is dropped with a warning; the run goes on. With a shard (shard.hpp), the
// obligations of the other shards are reported as such, neither looked up nor proved. With
// `smoke`, every obligation proved by a backend (now or in the cache) is followed by its
// smoke obligation (prover/smoke.hpp) within kSmokeSeconds, through the same scheduler and
// cache.
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cache/result_cache.hpp"
#include "check/backend_registry.hpp"
#include "check/shard.hpp"
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
  OtherShard,   // `--shard K/N`: another shard's obligation
};
const char* verdictName(Verdict verdict);  // "proved", "trivial", "failed", ..., "other-shard"

// Lines [from, to] of the checked file; an obligation is inside when its own range or the
// range of its step's statement meets the region.
struct LineRegion {
  unsigned from = 0;
  unsigned to = 0;
  bool meets(const SourceRange& range) const;
};

// The budget of a smoke obligation, in nominal seconds (times --stretch).
constexpr double kSmokeSeconds = 0.2;

// What a backend (or the cache) answered.
struct Answer {
  Verdict verdict = Verdict::Unchecked;
  std::string status;        // the backend's answer ("proved", "timeout", ...); empty when none ran
  std::string backend;       // who decided ("builtin", "z3"); empty when none ran
  std::string reason;        // why not proved
  std::string counterModel;  // a checked counter-model, when the backend found one
  std::string origin;        // who obtained the answer (machine, shard); empty when unknown
  bool cached = false;       // the answer came from the cache
  double seconds = 0;        // the backend's time (the cached run's time when cached)
  double budgetSeconds = 0;  // the nominal budget, stretch included (0: no backend needed)
};

struct ObligationOutcome : Answer {
  const Obligation* obligation = nullptr;
  std::string file;
};

// The smoke check of one obligation proved by a backend: Proved means FALSE was proved
// from its context, i.e. the context is contradictory.
struct SmokeOutcome : Answer {
  std::size_t outcome = 0;   // the obligation's index in ModuleReport::outcomes
  SourceRange step;          // the step or theorem whose proof produced the obligation
  std::string theorem;       // the enclosing theorem's name; empty when unnamed
  std::string fingerprint;   // of the smoke obligation
  bool contradictory() const { return verdict == Verdict::Proved; }
};

struct ModuleReport {
  std::string module;
  std::string file;
  std::vector<ObligationOutcome> outcomes;  // in obligation order
  std::vector<SmokeOutcome> smoke;          // with `smoke`: in the order they were settled
  std::size_t sent = 0;                     // obligations handed to a backend in this run
  std::size_t smokeSent = 0;                // smoke obligations handed to a backend
};

struct CheckSettings {
  unsigned threads = 1;
  double stretch = 1.0;  // multiplies every budget
  bool prove = true;     // false: report from the cache only
  bool reuse = true;     // false (--nofp): prove again even when the cache has an answer, and overwrite it
  bool smoke = false;    // also check the contexts of proved obligations for contradictions
  std::optional<LineRegion> region;
  std::optional<Shard> shard;  // only this shard's obligations
  std::string origin;          // stored with every new result ("host shard 2/4")
};

// Counts while a run goes on, for a progress display.
struct Tally {
  std::size_t total = 0;   // not counting other shards' obligations
  std::size_t proved = 0;  // proved or trivial
  std::size_t failed = 0;
};

// Told of each obligation of a run as soon as its verdict is known: at once for trivial,
// omitted and missing obligations and cache hits, when the backend answers for the rest
// (interrupted attempts are not verdicts and are not told).
using OutcomeListener = std::function<void(const ObligationOutcome&)>;

class Checker {
 public:
  // `cache` may be null (no cache) and must outlive the checker; `warn` receives warnings.
  Checker(const BackendRegistry& registry, cache::ResultCache* cache, CheckSettings settings,
          std::function<void(const std::string&)> warn);

  ModuleReport check(const Module& module, const prover::GeneratedObligations& generated,
                     const SourceManager& sources, const std::atomic<bool>& cancel,
                     const std::function<void(const Tally&)>& progress, const OutcomeListener& settled = {});

 private:
  struct Identity {
    std::string name, version, encoderVersion;
  };
  // How an obligation is asked of a backend: its cache key and budget, and a reusable
  // cached answer when there is one.
  struct Request {
    cache::Key key;
    cache::Requested requested;
    std::optional<cache::Entry> reusable;
    double cost = 0;            // for the scheduler
    double nominalSeconds = 0;  // the budget in nominal seconds (reports)
  };
  Request request(const Obligation& ob, std::size_t entry, const Budget& budget);
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
