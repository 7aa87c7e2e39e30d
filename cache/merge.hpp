// Merging result caches made by different machines, shards and tlapx versions. Entries
// under the same key are ranked by one total order (`preferred`), so merging any set of
// caches in any order gives the same content, and a merge only ever copies an entry some
// input holds: a proof is kept over any failure, a failure never becomes a proof, and
// among failures of one budget kind the one with the larger budget wins.
#pragma once

#include <cstddef>

#include "cache/result_cache.hpp"

namespace tlapx::cache {

// Whether `a` should replace `b` under one key: a proof over a failure; among failures, a
// resource-limit one over a timeout, then the larger budget; then the earlier result (a
// proof's first finder), then the remaining fields, so that only equal entries tie.
bool preferred(const Entry& a, const Entry& b);

struct MergeCounts {
  std::size_t read = 0;      // entries offered
  std::size_t added = 0;     // keys new to the target
  std::size_t replaced = 0;  // keys whose entry the offered one replaced
};

// Stores `entry` under `key` unless the stored one is preferred or equal.
void offer(ResultCache& into, const Key& key, const Entry& entry, MergeCounts& counts);

// Offers every entry of `from` to `into`, in one transaction (all or nothing).
MergeCounts merge(ResultCache& into, ResultCache& from);

}  // namespace tlapx::cache
