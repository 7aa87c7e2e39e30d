// `--shard K/N`, `cache merge/export/import` and scripts/shard-check.sh end to end on
// tlapm's Paxos example (read in place; caches in a temporary folder): N = 1, 2, 3, 7
// shards give exactly the single-process verdicts and a merged cache that answers a
// re-check with nothing sent; each shard reports and exits on its own slice only; a shard
// killed mid-run loses only its unfinished obligations; a conflicting cache merged in
// never turns the failure into a proof. The runs check a copy of Paxos with one false
// theorem appended, with Z3 alone: every verdict is then decided by Z3's resource limit,
// whatever the machine's load (the steps Z3 proves take it under a tenth of their budget,
// and any that only cvc5 proves fail by the resource limit, or by a time cap if the load
// is heavy, but fail). The portfolio would make such steps race the wall-clock cap on a
// loaded machine (a CI run lost one); the point here is sharding.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "../frontend/loader_test_util.hpp"
#include "cache/result_cache.hpp"
#include "tlapx_process.hpp"

namespace tlapx::check {
namespace {

using testing::RunResult;
using testing::TlapxProcess;
using namespace std::chrono_literals;

const std::filesystem::path kCorpusPaxos = std::filesystem::path(TLAPX_CORPUS_DIR) / "tlapm/examples/paxos";
const std::string kScript = std::string(TLAPX_SOURCE_DIR) + "/scripts/shard-check.sh";

using Verdicts = std::map<int, std::string>;  // obligation id -> status

Verdicts verdicts(const nlohmann::json& run) {
  Verdicts out;
  for (const auto& r : run["obligations"]) out[r["id"].get<int>()] = r["status"].get<std::string>();
  return out;
}

struct Sharding : ::testing::Test {
  tlapx::testing::TempDir dir;
  static inline std::unique_ptr<tlapx::testing::TempDir> referenceDir;
  static inline nlohmann::json reference;  // one single-process check
  static inline std::filesystem::path kPaxos;  // the copy, with the failing theorem
  static inline int falseTheoremLine = 0;      // its line in the copy

  // Once for all fixtures (the temporary folder goes at exit).
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(kCorpusPaxos) || referenceDir) return;
    referenceDir = std::make_unique<tlapx::testing::TempDir>();
    kPaxos = referenceDir->path() / "Paxos.tla";
    std::filesystem::copy_file(kCorpusPaxos / "Consensus.tla", referenceDir->path() / "Consensus.tla");
    std::string text = testing::readFile((kCorpusPaxos / "Paxos.tla").string());
    const std::size_t at = text.rfind("\n====");
    falseTheoremLine = static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n')) + 2;
    text.insert(at, "\nTHEOREM ShardTestFails == 1 + 1 = 3\n  OBVIOUS\n");
    std::ofstream(kPaxos) << text;
    const RunResult r =
        testing::runTlapx({"check", kPaxos.string(), "--cache", (referenceDir->path() / "all.db").string(),
                           "-j", "2", "--solver", "z3", "--json"},
                          referenceDir->path());
    reference = nlohmann::json::parse(r.out);
  }

  void SetUp() override {
    if (!std::filesystem::exists(kCorpusPaxos)) GTEST_SKIP() << "corpus not found";
    // The appended theorem fails (and whatever Z3 alone does not prove).
    bool falseTheoremFailed = false;
    for (const auto& r : reference["obligations"])
      falseTheoremFailed = falseTheoremFailed || (r["line"] >= falseTheoremLine && r["status"] == "failed");
    ASSERT_TRUE(falseTheoremFailed) << reference.dump();
  }

  RunResult run(const std::vector<std::string>& args) { return testing::runTlapx(args, dir.path()); }
  nlohmann::json json(const std::vector<std::string>& args) {
    const RunResult r = run(args);
    EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 10) << r.exitCode << r.err;
    return nlohmann::json::parse(r.out);
  }
  std::string path(const std::string& name) const { return (dir.path() / name).string(); }
  // A cache holding the reference run's results (a copy made by `cache merge`).
  std::string referenceCopy(const std::string& name) {
    const RunResult r = run({"cache", "merge", path(name), (referenceDir->path() / "all.db").string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return path(name);
  }

  // scripts/shard-check.sh: exit code and the JSON status report of the merged cache.
  std::pair<int, nlohmann::json> shardCheck(unsigned shards, const std::string& cache) {
    const std::string out = path("script.out");
    const std::string command = "TLAPX='" + std::string(TLAPX_BINARY) + "' bash '" + kScript +
                                "' --sequential -j 2 --solver z3 --json --cache '" + cache + "' " +
                                std::to_string(shards) + " '" + kPaxos.string() + "' >'" + out + "' 2>'" +
                                out + ".err'";
    const int status = std::system(command.c_str());
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    EXPECT_TRUE(code == 0 || code == 10) << code << testing::readFile(out + ".err");
    return {code, nlohmann::json::parse(testing::readFile(out))};
  }
};

struct ShardCount : Sharding, ::testing::WithParamInterface<unsigned> {};

TEST_P(ShardCount, GivesTheSingleProcessResult) {
  const unsigned shards = GetParam();
  const std::string cache = path("merged.db");
  const auto [code, status] = shardCheck(shards, cache);
  EXPECT_EQ(code, 10);  // the failing obligation
  EXPECT_EQ(verdicts(status), verdicts(reference));
  for (const char* count : {"total", "proved", "trivial", "failed"})
    EXPECT_EQ(status["summary"][count], reference["summary"][count]) << count;
  // The merged cache answers a re-check with nothing sent.
  const nlohmann::json again =
      json({"check", kPaxos.string(), "--cache", cache, "--solver", "z3", "--json"});
  EXPECT_EQ(again["summary"]["sent"], 0);
  EXPECT_EQ(verdicts(again), verdicts(reference));
  // Every proof says which shard obtained it.
  std::set<std::string> origins;
  for (const auto& r : status["obligations"])
    if (r["status"] == "proved") origins.insert(r["origin"].get<std::string>());
  EXPECT_EQ(origins.size(), shards);
  for (const auto& origin : origins) EXPECT_NE(origin.find("/" + std::to_string(shards)), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Paxos, ShardCount, ::testing::Values(1u, 2u, 3u, 7u));

// From a cache holding every result (nothing to prove): the point is the reports.
TEST_F(Sharding, EachShardReportsAndExitsOnItsSliceOnly) {
  constexpr unsigned kShards = 3;
  const std::string cache = referenceCopy("shard.db");
  std::map<int, int> owners;  // obligation id -> how many shards reported it as theirs
  unsigned failedInShards = 0;
  std::size_t otherShard = 0;
  for (unsigned k = 1; k <= kShards; ++k) {
    const RunResult r = run({"check", kPaxos.string(), "--shard", std::to_string(k) + "/3", "--cache", cache,
                             "-j", "2", "--solver", "z3", "--json"});
    const nlohmann::json report = nlohmann::json::parse(r.out);
    const unsigned failed = report["summary"]["failed"].get<unsigned>();
    EXPECT_EQ(r.exitCode, failed > 0 ? 10 : 0) << k << r.err;
    failedInShards += failed;
    otherShard += report["summary"]["other_shard"].get<std::size_t>();
    EXPECT_EQ(report["summary"]["unchecked"], 0);
    EXPECT_EQ(report["summary"]["sent"], 0);
    for (const auto& o : report["obligations"]) {
      if (o["status"] == "other-shard") continue;
      ++owners[o["id"].get<int>()];
      EXPECT_EQ(o["status"], verdicts(reference).at(o["id"].get<int>())) << o["id"];
      if (o["status"] == "trivial") {
        EXPECT_EQ(k, 1u);  // counted once, in shard 1
      }
    }
  }
  EXPECT_EQ(failedInShards, reference["summary"]["failed"].get<unsigned>());
  EXPECT_EQ(owners.size(), reference["obligations"].size());
  for (const auto& [id, count] : owners) EXPECT_EQ(count, 1) << id;
  EXPECT_EQ(otherShard, (kShards - 1) * reference["obligations"].size());
}

TEST_F(Sharding, AKilledShardLosesOnlyItsUnfinishedObligations) {
  const std::string cache = path("killed.db");
  const std::vector<std::string> args{"check",     kPaxos.string(), "--shard", "1/2", "--cache", cache,
                                                "-j",      "1",   "--solver", "z3", "--json"};
  {
    TlapxProcess shard(args, dir.path());
    const auto giveUp = std::chrono::steady_clock::now() + 60s;
    for (;;) {
      const cache::OpenedCache opened = cache::openCache(cache, false);
      if ((opened.cache && opened.cache->stats().entries > 0) || std::chrono::steady_clock::now() > giveUp)
        break;
      std::this_thread::sleep_for(5ms);
    }
    shard.signal(SIGKILL);
    EXPECT_EQ(shard.wait().exitCode, 128 + SIGKILL);
  }
  std::set<std::string> stored;
  {
    cache::ResultCache opened(cache, false);
    opened.forEach([&stored](const cache::Key& key, const cache::Entry&) { stored.insert(key.fingerprint); });
  }
  ASSERT_FALSE(stored.empty());
  const nlohmann::json rerun = json(args);
  std::size_t owned = 0, reused = 0;
  for (const auto& o : rerun["obligations"]) {
    if (o["status"] == "other-shard" || o["result"].get<std::string>().empty()) continue;
    ++owned;
    const bool wasStored = stored.count(o["fingerprint"].get<std::string>()) > 0;
    EXPECT_EQ(o["cached"].get<bool>(), wasStored) << o["id"];  // every finished result is reused
    reused += wasStored ? 1 : 0;
    EXPECT_EQ(o["status"], verdicts(reference).at(o["id"].get<int>())) << o["id"];
  }
  EXPECT_LT(reused, owned) << "the shard was not killed mid-run";
  EXPECT_EQ(rerun["summary"]["sent"].get<std::size_t>(), owned - reused);
}

TEST_F(Sharding, AConflictingCacheNeverTurnsTheFailureIntoAProof) {
  const std::string merged = referenceCopy("merged.db");
  // Another machine's cache: every result turned into a failure with a larger budget,
  // carried as a portable file.
  const std::string exported = path("other.jsonl.gz");
  ASSERT_EQ(run({"cache", "export", exported, "--cache", merged}).exitCode, 0);
  ASSERT_EQ(run({"cache", "export", path("other.jsonl"), "--cache", merged}).exitCode, 0);
  std::istringstream in(testing::readFile(path("other.jsonl")));
  std::ostringstream conflicting;
  for (std::string line; std::getline(in, line);) {
    nlohmann::json j = nlohmann::json::parse(line);
    if (j.contains("status")) {
      j["status"] = "resource-out";
      j["budget"] = j["budget"].get<double>() * 10;
      j["origin"] = "other machine";
    }
    conflicting << j.dump() << "\n";
  }
  std::ofstream(path("conflicting.jsonl")) << conflicting.str();
  ASSERT_EQ(run({"cache", "import", path("conflicting.jsonl"), "--cache", path("other.db")}).exitCode, 0);
  const RunResult merge = run({"cache", "merge", merged, path("other.db")});
  ASSERT_EQ(merge.exitCode, 0) << merge.err;
  const nlohmann::json status =
      json({"status", kPaxos.string(), "--cache", merged, "--solver", "z3", "--json"});
  EXPECT_EQ(verdicts(status), verdicts(reference));  // proofs kept, the failure still a failure
  // The same holds for a compressed export imported into a fresh cache.
  ASSERT_EQ(run({"cache", "import", exported, "--cache", path("fresh.db")}).exitCode, 0);
  EXPECT_EQ(
      verdicts(json({"status", kPaxos.string(), "--cache", path("fresh.db"), "--solver", "z3", "--json"})),
      verdicts(reference));
}

TEST_F(Sharding, MergeRefusesAnInputThatIsNotACacheAndKeepsTheOutput) {
  const std::string out = path("out.db");
  ASSERT_EQ(run({"cache", "import", "/dev/null", "--cache", out}).exitCode, 2);  // not an export
  std::ofstream(path("junk.db")) << "not a database";
  const RunResult r = run({"cache", "merge", out, path("junk.db")});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("junk.db"), std::string::npos) << r.err;
  EXPECT_EQ(testing::readFile(path("junk.db")), "not a database");
}

}  // namespace
}  // namespace tlapx::check
