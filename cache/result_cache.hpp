// The result cache: one SQLite database of backend results keyed by obligation
// fingerprint, backend, backend version and encoder version. WAL mode and a busy timeout
// let several tlapx processes share one file; every store is its own transaction, so a
// killed process loses only the results it had not stored yet. A file that is not a
// usable cache is never deleted: a damaged one is moved aside, a foreign one left alone.
// Every entry carries its origin (which machine or shard obtained it); caches of schema 1,
// written before origins existed, are migrated in place on open (origin "").
// This layer knows nothing about obligations or backends beyond the strings of a Key.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cache/sqlite.hpp"

namespace tlapx::cache {

struct Key {
  std::string fingerprint;     // the obligation's fingerprint
  std::string backend;         // the backend the obligation was sent to ("default", "ptl")
  std::string backendVersion;  // its version (solver library versions)
  std::string encoderVersion;  // the version of tlapx's encoding for that backend
};

// Which limit bounded a run: the deterministic resource limit, or the wall-clock cap
// (a timeout).
enum class BudgetKind : std::uint8_t { Rlimit, WallSeconds };

// The budget a new run would get; both limits are in force.
struct Requested {
  double rlimit = 0;
  double wallSeconds = 0;
};

struct Entry {
  std::string status;        // "proved", or why not: "failed", "unknown", "timeout", "resource-out", "error"
  std::string decidedBy;     // who decided inside the backend ("builtin", "z3")
  std::string reason;        // why not proved
  std::string counterModel;  // a checked counter-model, when the backend found one
  BudgetKind budgetKind = BudgetKind::Rlimit;
  double budget = 0;  // the amount of that kind the run had
  std::uint64_t resourcesUsed = 0;
  double seconds = 0;
  std::int64_t date = 0;  // Unix time the result was obtained
  std::string origin;     // who obtained it ("host shard 2/4"); empty when unknown
  bool proved() const { return status == "proved"; }
};

// Whether a stored entry answers a request: a proof always; a failure only when the
// budget it had was at least the requested one (of the kind that bounded it).
bool reusable(const Entry& entry, const Requested& requested);

// A storable entry's budget: the wall-clock cap for timeouts, the resource limit otherwise.
void setBudget(Entry& entry, const Requested& limits);

struct Stats {
  std::int64_t entries = 0;
  std::int64_t proved = 0;
  std::int64_t oldest = 0;  // Unix times of the oldest and newest entries (0 when empty)
  std::int64_t newest = 0;
  std::uintmax_t bytes = 0;  // database file plus write-ahead log
};

class ResultCache {
 public:
  // Opens the cache at `path`, creating the file (and its folder) when `create` is set.
  // Throws SqliteError when the file cannot be used as a cache (see openCache for the
  // policy applied to damaged files).
  ResultCache(std::filesystem::path path, bool create);

  std::optional<Entry> find(const Key& key);
  // Keeps the better of the stored and the new entry: a proof over a failure, a failure
  // with the larger budget over one with a smaller budget.
  void store(const Key& key, const Entry& entry);
  // Stores `entry` whatever is stored under `key` (merges decide beforehand).
  void replace(const Key& key, const Entry& entry);
  // Every entry, in key order.
  void forEach(const std::function<void(const Key&, const Entry&)>& visit);

  // Groups the following writes into one transaction: all of them or none reach the file.
  // Without commit(), the destructor rolls back.
  class Transaction {
   public:
    explicit Transaction(ResultCache& cache);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

   private:
    ResultCache& cache_;
    bool open_ = true;
  };

  Stats stats();
  void clear();   // removes every entry; the file stays (other processes may use it)
  void vacuum();  // checkpoints the log and compacts the file

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  Database db_;
  Statement find_;
  Statement store_;
  Statement replace_;
};

// The outcome of opening a cache for a run: the cache, or none (the run goes on
// without), and the warnings to show the user.
struct OpenedCache {
  std::unique_ptr<ResultCache> cache;
  std::vector<std::string> warnings;
};

// Opens the cache at `path` for a run. A file that is not a database or is damaged is
// renamed to `PATH.corrupt-TIMESTAMP` (with its log) and a fresh cache created; a file
// that cannot be opened or belongs to something else is left untouched and the run goes
// on without a cache. Without `create` (reading only), a missing file means no cache and
// a damaged one is reported and left in place.
OpenedCache openCache(const std::filesystem::path& path, bool create);

}  // namespace tlapx::cache
