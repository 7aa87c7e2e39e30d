// The `--shard K/N` partition (check/shard.hpp): parsing, every obligation in exactly one
// shard, obligations without a backend in shard 1 only, slices that do not move when other
// obligations change, and a roughly even spread.
#include "check/shard.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace tlapx::check {
namespace {

Obligation obligation(const std::string& fingerprint, ObligationKind kind = ObligationKind::Main) {
  Obligation ob;
  ob.kind = kind;
  ob.fingerprint = fingerprint;
  return ob;
}

std::string fingerprint(int i) { return "fingerprint-" + std::to_string(i * 7919); }

TEST(Shard, Parses) {
  const auto shard = Shard::parse("2/7");
  ASSERT_TRUE(shard);
  EXPECT_EQ(shard->index, 2u);
  EXPECT_EQ(shard->count, 7u);
  EXPECT_EQ(shard->text(), "2/7");
  for (const char* bad : {"", "2", "0/3", "4/3", "1/0", "a/3", "1/3x", "-1/3", "1//3", " 1/3"})
    EXPECT_FALSE(Shard::parse(bad)) << bad;
}

TEST(Shard, EveryObligationBelongsToExactlyOneShard) {
  for (unsigned n : {1u, 2u, 3u, 7u}) {
    for (int i = 0; i < 200; ++i) {
      for (const ObligationKind kind :
           {ObligationKind::Main, ObligationKind::Support, ObligationKind::Trivial, ObligationKind::Omitted,
            ObligationKind::Missing}) {
        const Obligation ob = obligation(fingerprint(i), kind);
        unsigned owners = 0;
        for (unsigned k = 1; k <= n; ++k) owners += Shard{k, n}.owns(ob) ? 1 : 0;
        EXPECT_EQ(owners, 1u) << n << " " << i;
      }
    }
  }
}

TEST(Shard, ObligationsWithoutABackendBelongToShardOne) {
  for (const ObligationKind kind :
       {ObligationKind::Trivial, ObligationKind::Omitted, ObligationKind::Missing}) {
    EXPECT_TRUE((Shard{1, 3}.owns(obligation("x", kind))));
    EXPECT_FALSE((Shard{2, 3}.owns(obligation("x", kind))));
  }
}

TEST(Shard, ASliceDependsOnTheFingerprintOnly) {
  // The same fingerprint lands on the same shard whatever else is checked, so changing one
  // proof moves no other obligation; a Support obligation with a Main's fingerprint too.
  const Shard shard{1, 4};
  std::map<std::string, unsigned> before;
  for (int i = 0; i < 100; ++i) before[fingerprint(i)] = shard.shardOf(fingerprint(i));
  for (int i = 0; i < 100; ++i) {
    EXPECT_EQ((Shard{3, 4}.shardOf(fingerprint(i))), before[fingerprint(i)]);
    const Shard owner{before[fingerprint(i)], 4};
    EXPECT_TRUE(owner.owns(obligation(fingerprint(i), ObligationKind::Support)));
  }
}

TEST(Shard, SpreadsObligationsEvenly) {
  for (unsigned n : {2u, 3u, 7u}) {
    std::vector<int> sizes(n + 1, 0);
    constexpr int kObligations = 7000;
    for (int i = 0; i < kObligations; ++i) ++sizes[Shard{1, n}.shardOf(fingerprint(i))];
    for (unsigned k = 1; k <= n; ++k) {
      EXPECT_GT(sizes[k], kObligations / static_cast<int>(n) * 8 / 10) << k << "/" << n;
      EXPECT_LT(sizes[k], kObligations / static_cast<int>(n) * 12 / 10) << k << "/" << n;
    }
  }
}

}  // namespace
}  // namespace tlapx::check
