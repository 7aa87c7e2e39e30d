// The SQLite result cache: round trips, the budget rule for failures, the keep-the-better
// upsert, WAL mode, concurrent writers, and files that are not usable caches.
#include "cache/result_cache.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>
#include <vector>

#include "../frontend/loader_test_util.hpp"

namespace tlapx::cache {
namespace {

using tlapx::testing::TempDir;

Key key(const std::string& fingerprint) { return Key{fingerprint, "default", "builtin + z3 4.12", "1"}; }

Entry entry(const std::string& status, double rlimit) {
  Entry e;
  e.status = status;
  e.decidedBy = "z3";
  e.reason = status == "proved" ? "" : "canceled";
  e.budgetKind = BudgetKind::Rlimit;
  e.budget = rlimit;
  e.resourcesUsed = 1234;
  e.seconds = 0.25;
  e.date = 1700000000;
  return e;
}

std::string contents(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(ResultCache, RoundTrip) {
  TempDir dir;
  const auto path = dir.path() / "sub" / "cache.db";
  {
    ResultCache cache(path, true);
    cache.store(key("a"), entry("proved", 4e6));
  }
  ResultCache cache(path, true);
  const auto found = cache.find(key("a"));
  ASSERT_TRUE(found);
  EXPECT_EQ(found->status, "proved");
  EXPECT_EQ(found->decidedBy, "z3");
  EXPECT_EQ(found->budgetKind, BudgetKind::Rlimit);
  EXPECT_EQ(found->budget, 4e6);
  EXPECT_EQ(found->resourcesUsed, 1234u);
  EXPECT_EQ(found->seconds, 0.25);
  EXPECT_EQ(found->date, 1700000000);
  EXPECT_FALSE(cache.find(key("b")));
  Key otherVersion = key("a");
  otherVersion.encoderVersion = "2";
  EXPECT_FALSE(cache.find(otherVersion));  // every part of the key counts
}

TEST(ResultCache, StoreWithoutDateStampsNow) {
  TempDir dir;
  ResultCache cache(dir.path() / "cache.db", true);
  Entry e = entry("proved", 1);
  e.date = 0;
  cache.store(key("a"), e);
  EXPECT_GT(cache.find(key("a"))->date, 1700000000);
}

TEST(ResultCache, ProofsAreReusedFailuresOnlyWithAtLeastTheRequestedBudget) {
  const Requested requested{4e6, 60};
  EXPECT_TRUE(reusable(entry("proved", 1), requested));
  EXPECT_TRUE(reusable(entry("resource-out", 4e6), requested));
  EXPECT_TRUE(reusable(entry("failed", 8e6), requested));
  EXPECT_FALSE(reusable(entry("resource-out", 2e6), requested));
  Entry timeout = entry("timeout", 0);
  setBudget(timeout, Requested{4e6, 30});
  EXPECT_EQ(timeout.budgetKind, BudgetKind::WallSeconds);
  EXPECT_EQ(timeout.budget, 30);
  EXPECT_FALSE(reusable(timeout, requested));
  EXPECT_TRUE(reusable(timeout, Requested{1e9, 30}));
}

TEST(ResultCache, KeepsTheBetterEntry) {
  TempDir dir;
  ResultCache cache(dir.path() / "cache.db", true);
  cache.store(key("a"), entry("resource-out", 8e6));
  cache.store(key("a"), entry("resource-out", 2e6));  // a smaller budget does not replace
  EXPECT_EQ(cache.find(key("a"))->budget, 8e6);
  cache.store(key("a"), entry("proved", 1e6));
  cache.store(key("a"), entry("timeout", 1e9));  // a failure never replaces a proof
  EXPECT_EQ(cache.find(key("a"))->status, "proved");
}

TEST(ResultCache, UsesWriteAheadLogging) {
  TempDir dir;
  const auto path = dir.path() / "cache.db";
  ResultCache cache(path, true);
  cache.store(key("a"), entry("proved", 1));
  Database raw(path.string(), SQLITE_OPEN_READONLY);
  Statement st = raw.prepare("PRAGMA journal_mode");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.text(0), "wal");
  EXPECT_TRUE(std::filesystem::exists(path.string() + "-wal"));
}

TEST(ResultCache, ConcurrentConnectionsLoseNothing) {
  TempDir dir;
  const auto path = dir.path() / "cache.db";
  constexpr int kPerWriter = 200;
  std::vector<std::jthread> writers;
  for (int w = 0; w < 2; ++w) {
    writers.emplace_back([&path, w] {
      ResultCache cache(path, true);  // both create the fresh file at once
      for (int i = 0; i < kPerWriter; ++i) {
        cache.store(key(std::to_string(w) + "-" + std::to_string(i)), entry("proved", 1));
        cache.store(key("shared-" + std::to_string(i)), entry("resource-out", w + 1.0));
      }
    });
  }
  writers.clear();  // joins
  ResultCache cache(path, true);
  EXPECT_EQ(cache.stats().entries, 3 * kPerWriter);
  for (int i = 0; i < kPerWriter; ++i) {
    ASSERT_TRUE(cache.find(key("0-" + std::to_string(i))));
    ASSERT_TRUE(cache.find(key("1-" + std::to_string(i))));
    EXPECT_EQ(cache.find(key("shared-" + std::to_string(i)))->budget, 2.0);
  }
}

TEST(ResultCache, DamagedFileIsMovedAsideAndAFreshCacheCreated) {
  TempDir dir;
  const auto path = dir.path() / "cache.db";
  const std::string garbage(8192, 'x');
  std::ofstream(path, std::ios::binary) << garbage;
  const OpenedCache opened = openCache(path, true);
  ASSERT_TRUE(opened.cache);
  ASSERT_EQ(opened.warnings.size(), 1u);
  EXPECT_NE(opened.warnings[0].find("damaged"), std::string::npos) << opened.warnings[0];
  std::vector<std::filesystem::path> aside;
  for (const auto& f : std::filesystem::directory_iterator(dir.path())) {
    if (f.path().filename().string().starts_with("cache.db.corrupt-")) aside.push_back(f.path());
  }
  ASSERT_EQ(aside.size(), 1u);
  EXPECT_EQ(contents(aside[0]), garbage);  // the user's bytes are kept
  opened.cache->store(key("a"), entry("proved", 1));
  EXPECT_TRUE(opened.cache->find(key("a")));
}

TEST(ResultCache, DamagedFileIsLeftInPlaceWhenOnlyReading) {
  TempDir dir;
  const auto path = dir.path() / "cache.db";
  std::ofstream(path, std::ios::binary) << std::string(4096, 'x');
  const OpenedCache opened = openCache(path, false);
  EXPECT_FALSE(opened.cache);
  EXPECT_EQ(opened.warnings.size(), 1u);
  EXPECT_EQ(contents(path), std::string(4096, 'x'));
}

TEST(ResultCache, ForeignDatabaseIsLeftAlone) {
  TempDir dir;
  const auto path = dir.path() / "other.db";
  {
    Database db(path.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    db.exec("CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('keep me')");
  }
  const std::string before = contents(path);
  const OpenedCache opened = openCache(path, true);
  EXPECT_FALSE(opened.cache);
  ASSERT_EQ(opened.warnings.size(), 1u);
  EXPECT_NE(opened.warnings[0].find("not written by tlapx"), std::string::npos) << opened.warnings[0];
  EXPECT_EQ(contents(path), before);
}

TEST(ResultCache, UnopenablePathMeansNoCache) {
  TempDir dir;
  const OpenedCache opened = openCache(dir.path(), true);  // a folder
  EXPECT_FALSE(opened.cache);
  EXPECT_EQ(opened.warnings.size(), 1u);
  EXPECT_TRUE(std::filesystem::is_directory(dir.path()));
}

TEST(ResultCache, MissingFileWhenOnlyReadingIsNoCacheWithoutWarning) {
  TempDir dir;
  const OpenedCache opened = openCache(dir.path() / "none.db", false);
  EXPECT_FALSE(opened.cache);
  EXPECT_TRUE(opened.warnings.empty());
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "none.db"));
  std::ofstream(dir.path() / "empty.db").flush();  // created by a run that has not set up its cache yet
  const OpenedCache empty = openCache(dir.path() / "empty.db", false);
  EXPECT_FALSE(empty.cache);
  EXPECT_TRUE(empty.warnings.empty());
  EXPECT_EQ(std::filesystem::file_size(dir.path() / "empty.db"), 0u);
}

TEST(ResultCache, StatsClearVacuum) {
  TempDir dir;
  ResultCache cache(dir.path() / "cache.db", true);
  for (int i = 0; i < 50; ++i)
    cache.store(key(std::to_string(i)), entry(i % 5 == 0 ? "timeout" : "proved", 1));
  Stats s = cache.stats();
  EXPECT_EQ(s.entries, 50);
  EXPECT_EQ(s.proved, 40);
  EXPECT_EQ(s.oldest, 1700000000);
  EXPECT_GT(s.bytes, 0u);
  cache.clear();
  EXPECT_EQ(cache.stats().entries, 0);
  cache.vacuum();
  EXPECT_EQ(std::filesystem::file_size(dir.path() / "cache.db-wal"), 0u);
  cache.store(key("x"), entry("proved", 1));
  EXPECT_TRUE(cache.find(key("x")));
}

}  // namespace
}  // namespace tlapx::cache
