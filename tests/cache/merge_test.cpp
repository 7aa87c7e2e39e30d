// Cache merging and the portable file: the preference order (a proof over any failure, the
// larger budget among failures), merges in any order giving the same content, a merge never
// inventing a proof, schema-1 caches migrated with their entries, export/import round trips
// (plain and gzip), and corrupt portable files rejected with the cache untouched.
#include "cache/merge.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "../frontend/loader_test_util.hpp"
#include "cache/portable_file.hpp"
#include "cache/result_cache.hpp"

namespace tlapx::cache {
namespace {

using tlapx::testing::TempDir;

Key key(const std::string& fingerprint) { return Key{fingerprint, "default", "builtin + z3 4.12", "1"}; }

Entry entry(const std::string& status, double budget, BudgetKind kind = BudgetKind::Rlimit,
            const std::string& origin = "a") {
  Entry e;
  e.status = status;
  e.decidedBy = "z3";
  e.reason = status == "proved" ? "" : "canceled";
  e.budgetKind = kind;
  e.budget = budget;
  e.resourcesUsed = 1234;
  e.seconds = 0.25;
  e.date = 1700000000;
  e.origin = origin;
  return e;
}

// The whole content of a cache, one line per entry in key order.
std::string dump(ResultCache& cache) {
  std::string text;
  cache.forEach([&text](const Key& k, const Entry& e) {
    text += k.fingerprint + "|" + k.backend + "|" + k.backendVersion + "|" + k.encoderVersion + "|" +
            e.status + "|" + e.decidedBy + "|" + e.reason + "|" + e.counterModel + "|" +
            std::to_string(static_cast<int>(e.budgetKind)) + "|" + std::to_string(e.budget) + "|" +
            std::to_string(e.resourcesUsed) + "|" + std::to_string(e.seconds) + "|" + std::to_string(e.date) +
            "|" + e.origin + "\n";
  });
  return text;
}

TEST(Merge, AProofIsPreferredToAnyFailure) {
  EXPECT_TRUE(preferred(entry("proved", 1), entry("failed", 1e9)));
  EXPECT_FALSE(preferred(entry("timeout", 1e9, BudgetKind::WallSeconds), entry("proved", 1)));
}

TEST(Merge, AmongFailuresTheLargerBudgetIsPreferred) {
  EXPECT_TRUE(preferred(entry("resource-out", 5e7), entry("resource-out", 5e6)));
  EXPECT_FALSE(preferred(entry("resource-out", 5e6), entry("failed", 5e7)));
}

TEST(Merge, TheOrderIsTotal) {
  const Entry a = entry("proved", 1, BudgetKind::Rlimit, "host-a");
  const Entry b = entry("proved", 1, BudgetKind::Rlimit, "host-b");
  EXPECT_NE(preferred(a, b), preferred(b, a));
  EXPECT_FALSE(preferred(a, a));
}

TEST(Merge, KeepsTheProofAndTheLargerBudgetFailure) {
  TempDir dir;
  ResultCache into(dir.path() / "into.db", true);
  ResultCache from(dir.path() / "from.db", true);
  into.store(key("p"), entry("failed", 5e7));
  from.store(key("p"), entry("proved", 5e6));  // a proof with a smaller budget still wins
  into.store(key("f"), entry("resource-out", 5e6));
  from.store(key("f"), entry("resource-out", 5e7));
  into.store(key("g"), entry("resource-out", 5e7));
  from.store(key("g"), entry("resource-out", 5e6));
  from.store(key("new"), entry("proved", 5e7));
  const MergeCounts counts = merge(into, from);
  EXPECT_EQ(counts.read, 4u);
  EXPECT_EQ(counts.added, 1u);
  EXPECT_EQ(counts.replaced, 2u);
  EXPECT_TRUE(into.find(key("p"))->proved());
  EXPECT_EQ(into.find(key("f"))->budget, 5e7);
  EXPECT_EQ(into.find(key("g"))->budget, 5e7);
  EXPECT_TRUE(into.find(key("new"))->proved());
}

// Random caches over a few keys: every merge order gives the same content, each merged
// entry is one some input held, and a key is proved exactly when some input proved it.
TEST(Merge, AnyOrderGivesTheSameContentAndNoInventedProof) {
  TempDir dir;
  std::mt19937 random(15);
  const std::vector<std::string> statuses{"proved", "failed", "timeout", "resource-out", "unknown"};
  constexpr int kInputs = 3;
  std::map<std::string, std::vector<Entry>> offered;  // fingerprint -> every input's entry
  for (int i = 0; i < kInputs; ++i) {
    ResultCache input(dir.path() / ("in" + std::to_string(i) + ".db"), true);
    for (int k = 0; k < 30; ++k) {
      if (random() % 3 == 0) continue;
      const std::string& status = statuses[random() % statuses.size()];
      Entry e = entry(status, static_cast<double>(1 + random() % 3) * 1e6,
                      status == "timeout" ? BudgetKind::WallSeconds : BudgetKind::Rlimit,
                      "machine " + std::to_string(i));
      e.date = 1700000000 + static_cast<std::int64_t>(random() % 2);
      input.store(key("k" + std::to_string(k)), e);
      offered["k" + std::to_string(k)].push_back(*input.find(key("k" + std::to_string(k))));
    }
  }
  std::vector<int> order{0, 1, 2};
  std::string first;
  int permutation = 0;
  do {
    ResultCache out(dir.path() / ("out" + std::to_string(permutation++) + ".db"), true);
    for (int i : order) {
      ResultCache input(dir.path() / ("in" + std::to_string(i) + ".db"), false);
      merge(out, input);
    }
    const std::string content = dump(out);
    if (first.empty()) {
      first = content;
      out.forEach([&offered](const Key& k, const Entry& e) {
        const auto& candidates = offered.at(k.fingerprint);
        const bool someProof =
            std::any_of(candidates.begin(), candidates.end(), [](const Entry& c) { return c.proved(); });
        EXPECT_EQ(e.proved(), someProof) << k.fingerprint;
        EXPECT_TRUE(std::any_of(candidates.begin(), candidates.end(), [&e](const Entry& c) {
          return c.status == e.status && c.origin == e.origin && c.budget == e.budget && c.date == e.date;
        })) << k.fingerprint;
      });
    }
    EXPECT_EQ(content, first);
  } while (std::next_permutation(order.begin(), order.end()));
  EXPECT_FALSE(first.empty());
}

TEST(Merge, MergingACacheIntoItselfChangesNothing) {
  TempDir dir;
  ResultCache cache(dir.path() / "c.db", true);
  cache.store(key("a"), entry("proved", 1));
  ResultCache again(dir.path() / "c.db", false);
  EXPECT_EQ(merge(cache, again).replaced, 0u);
  EXPECT_EQ(cache.stats().entries, 1);
}

TEST(Schema, AVersionOneCacheIsMigratedWithItsEntries) {
  TempDir dir;
  const auto path = dir.path() / "old.db";
  {
    Database db(path.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    db.exec(
        "CREATE TABLE results (fingerprint TEXT NOT NULL, backend TEXT NOT NULL, backend_version TEXT NOT "
        "NULL,"
        " encoder_version TEXT NOT NULL, status TEXT NOT NULL, decided_by TEXT NOT NULL, reason TEXT NOT "
        "NULL,"
        " counter_model TEXT NOT NULL, budget_kind TEXT NOT NULL, budget REAL NOT NULL,"
        " resources_used INTEGER NOT NULL, seconds REAL NOT NULL, date INTEGER NOT NULL,"
        " PRIMARY KEY (fingerprint, backend, backend_version, encoder_version)) WITHOUT ROWID;"
        "INSERT INTO results VALUES ('fp', 'default', 'builtin + z3 4.12', '1', 'proved', 'z3', '', '',"
        " 'rlimit', 5e7, 10, 0.5, 1700000000);"
        "PRAGMA application_id=1953263736; PRAGMA user_version=1;");
  }
  ResultCache cache(path, false);
  const auto found = cache.find(key("fp"));
  ASSERT_TRUE(found);
  EXPECT_TRUE(found->proved());
  EXPECT_EQ(found->origin, "");
  EXPECT_EQ(found->seconds, 0.5);
  cache.store(key("new"), entry("proved", 1, BudgetKind::Rlimit, "host"));
  EXPECT_EQ(cache.find(key("new"))->origin, "host");
  ResultCache reopened(path, false);  // the migration happens once
  EXPECT_EQ(reopened.stats().entries, 2);
}

struct Portable : ::testing::Test {
  TempDir dir;
  std::unique_ptr<ResultCache> source;
  void SetUp() override {
    source = std::make_unique<ResultCache>(dir.path() / "source.db", true);
    source->store(key("a"), entry("proved", 5e7, BudgetKind::Rlimit, "host shard 1/2"));
    Entry failure = entry("failed", 5e7);
    failure.counterModel = "x = 1\n\"quoted\" \\ line";
    failure.reason = "counter-model found";
    source->store(key("b"), failure);
    source->store(key("c"), entry("timeout", 300, BudgetKind::WallSeconds));
  }
  std::string read(const std::filesystem::path& file) const {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  void write(const std::filesystem::path& file, const std::string& text) const {
    std::ofstream(file, std::ios::binary) << text;
  }
};

TEST_F(Portable, RoundTripsPlainAndCompressed) {
  for (const char* name : {"export.jsonl", "export.jsonl.gz"}) {
    const auto file = dir.path() / name;
    EXPECT_EQ(exportCache(*source, file), 3u);
    ResultCache target(dir.path() / (std::string(name) + ".db"), true);
    const MergeCounts counts = importCache(target, file);
    EXPECT_EQ(counts.added, 3u);
    EXPECT_EQ(dump(target), dump(*source)) << name;
  }
  EXPECT_EQ(read(dir.path() / "export.jsonl.gz").substr(0, 2), "\x1f\x8b");
  EXPECT_EQ(read(dir.path() / "export.jsonl").substr(0, 1), "{");
}

TEST_F(Portable, ImportMergesByThePreferenceOrder) {
  const auto file = dir.path() / "export.jsonl";
  exportCache(*source, file);
  ResultCache target(dir.path() / "target.db", true);
  target.store(key("b"), entry("proved", 1, BudgetKind::Rlimit, "elsewhere"));
  importCache(target, file);
  EXPECT_EQ(target.find(key("b"))->origin, "elsewhere");  // the proof stays
  EXPECT_TRUE(target.find(key("b"))->proved());
}

TEST_F(Portable, CorruptFilesAreRejectedAndTheCacheIsUntouched) {
  const auto good = dir.path() / "good.jsonl";
  exportCache(*source, good);
  const std::string text = read(good);
  const std::string truncated = text.substr(0, text.rfind("{\"end\""));  // a complete line cut off
  exportCache(*source, dir.path() / "good.jsonl.gz");
  const std::string gz = read(dir.path() / "good.jsonl.gz");
  std::string proofLine = text.substr(text.find('\n') + 1);
  proofLine = proofLine.substr(0, proofLine.find('\n') + 1);
  const std::map<std::string, std::string> corrupt{
      {"truncated.jsonl", truncated},
      {"cut.jsonl", text.substr(0, text.size() / 2)},
      {"garbage.jsonl", "\x01\x02 not json\n"},
      {"empty.jsonl", ""},
      {"foreign.jsonl", "{\"format\":\"something\",\"version\":1}\n{\"end\":true,\"entries\":0}\n"},
      {"newer.jsonl", "{\"format\":\"tlapx-cache\",\"version\":99}\n{\"end\":true,\"entries\":0}\n"},
      {"extra.jsonl", text + proofLine},
      {"badfield.jsonl", text.substr(0, text.find('\n') + 1) + "{\"fingerprint\":\"x\",\"status\":1}\n" +
                             "{\"end\":true,\"entries\":1}\n"},
      {"cut.jsonl.gz", gz.substr(0, gz.size() - 12)},
      {"flipped.jsonl.gz", gz.substr(0, 20) + std::string(8, '\xff') + gz.substr(28)},
  };
  ResultCache target(dir.path() / "target.db", true);
  target.store(key("kept"), entry("proved", 1));
  const std::string before = dump(target);
  for (const auto& [name, content] : corrupt) {
    const auto file = dir.path() / name;
    write(file, content);
    try {
      importCache(target, file);
      ADD_FAILURE() << name << " was accepted";
    } catch (const PortableFileError& e) {
      EXPECT_NE(std::string(e.what()).find(file.string()), std::string::npos) << e.what();
    }
    EXPECT_EQ(dump(target), before) << name;
  }
}

TEST_F(Portable, ExportReplacesAFileOnlyWhenComplete) {
  const auto file = dir.path() / "missing-folder" / "export.jsonl";
  EXPECT_THROW(exportCache(*source, file), PortableFileError);
  EXPECT_FALSE(std::filesystem::exists(file));
}

}  // namespace
}  // namespace tlapx::cache
