// `--shard K/N`: which obligations shard K of N proves. An obligation that needs a backend
// belongs to shard 1 + (FNV-1a hash of its fingerprint mod N): a shard's slice depends on
// nothing but the fingerprints, so editing one proof moves no other obligation, and equal
// fingerprints (which share one cache entry) land on the same shard. Obligations that need
// no backend (trivial, omitted, missing) belong to shard 1 only, so the shards' reports
// together count every obligation exactly once. Balance is statistical (the hash spreads
// obligations evenly by count, not by cost).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "prover/obligation.hpp"

namespace tlapx::check {

struct Shard {
  unsigned index = 1;  // K, 1-based
  unsigned count = 1;  // N

  // Parses "K/N" with 1 <= K <= N; nullopt otherwise.
  static std::optional<Shard> parse(std::string_view text);

  bool owns(const Obligation& ob) const;
  // The shard (1..N) of an obligation that needs a backend.
  unsigned shardOf(std::string_view fingerprint) const;
  std::string text() const;  // "K/N"
};

}  // namespace tlapx::check
