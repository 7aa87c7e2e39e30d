// Reports of a check run: the summary counts, the human text TLAPS users know (each
// failure at file:line:col with the obligation in TLA+ and the reason, then a final
// verdict line), the JSON document of --json and the JUnit XML of --junit. With --smoke,
// each also lists the proved obligations whose context is contradictory: in text under
// "Contradictory contexts (smoke)", in JSON as `smoke` (and counts in the summary), in
// JUnit as a testsuite "MODULE (smoke)" whose findings are failures.
#pragma once

#include <cstddef>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "check/checker.hpp"

namespace tlapx::check {

// Every obligation has exactly one of the first nine counts; `cached` and `sent` overlap.
struct Summary {
  std::size_t total = 0;
  std::size_t proved = 0;  // by a backend (not counting trivial ones)
  std::size_t trivial = 0;
  std::size_t failed = 0;
  std::size_t omitted = 0;
  std::size_t missing = 0;
  std::size_t interrupted = 0;
  std::size_t unchecked = 0;
  std::size_t otherShard = 0;  // `--shard`: left to the other shards
  std::size_t cached = 0;      // answered from the cache
  std::size_t sent = 0;        // handed to a backend in this run
  double wallMs = 0;
  // --smoke: the smoke checks of proved obligations, of which `contradictory` found FALSE
  // provable and `smokeUnchecked` have no answer (interrupted, or not in the cache).
  bool smoke = false;
  std::size_t smokeChecked = 0;
  std::size_t contradictory = 0;
  std::size_t smokeUnchecked = 0;
  std::size_t smokeCached = 0;
  std::size_t smokeSent = 0;
};

Summary summarize(const std::vector<ModuleReport>& modules, double wallMs, bool smoke);

// With `strict`, omitted and missing proofs are reported and counted as failures.
void writeText(std::ostream& out, const std::vector<ModuleReport>& modules, const Summary& summary,
               bool strict);

nlohmann::json toJson(const std::vector<ModuleReport>& modules, const Summary& summary);

// Throws std::runtime_error when the file cannot be written.
void writeJUnit(const std::filesystem::path& file, const std::vector<ModuleReport>& modules, bool strict);

}  // namespace tlapx::check
