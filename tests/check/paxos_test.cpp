// Acceptance scenarios on tlapm's Paxos example (a copy in a temporary folder; the corpus
// is never modified): a warm re-run sends nothing, editing one leaf step re-proves only
// that step, editing a definition re-proves exactly the obligations `deps --impact` names,
// a run killed with SIGKILL leaves a usable cache whose results are reused, Ctrl-C keeps
// the finished results, and two concurrent runs on one cache both finish correctly.
// Runs use --stretch 0.1 to keep them short: the scenarios are about caching, not proving;
// except the smoke run (--smoke flags no context of Paxos), which uses the real budgets.
#include <gtest/gtest.h>

#include <chrono>
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

const std::filesystem::path kExample = std::filesystem::path(TLAPX_CORPUS_DIR) / "tlapm/examples/paxos";

struct Paxos : ::testing::Test {
  tlapx::testing::TempDir dir;
  std::string paxos;
  std::filesystem::path cache;

  void SetUp() override {
    if (!std::filesystem::exists(kExample / "Paxos.tla")) GTEST_SKIP() << "corpus not found";
    for (const char* name : {"Paxos.tla", "Consensus.tla"})
      std::filesystem::copy_file(kExample / name, dir.path() / name);
    paxos = (dir.path() / "Paxos.tla").string();
    cache = dir.path() / ".tlapx" / "cache.db";
  }

  std::vector<std::string> checkArgs(const std::string& threads) const {
    return {"check", paxos, "--stretch", "0.1", "-j", threads, "--json"};
  }
  nlohmann::json check(const std::string& threads = "2") {
    const RunResult r = testing::runTlapx(checkArgs(threads), dir.path());
    EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 10) << r.exitCode << r.err;
    return nlohmann::json::parse(r.out);
  }

  // Replaces line `line` (1-based) of the copy by `edit(old line)`.
  void editLine(std::size_t line, const std::function<std::string(const std::string&)>& edit) const {
    std::istringstream in(testing::readFile(paxos));
    std::ostringstream out;
    std::string text;
    for (std::size_t n = 1; std::getline(in, text); ++n) out << (n == line ? edit(text) : text) << "\n";
    std::ofstream(paxos, std::ios::binary) << out.str();
  }
  std::size_t lineStartingWith(const std::string& prefix) const {
    std::istringstream in(testing::readFile(paxos));
    std::string text;
    for (std::size_t n = 1; std::getline(in, text); ++n) {
      if (text.starts_with(prefix)) return n;
    }
    ADD_FAILURE() << "no line starts with " << prefix;
    return 0;
  }

  std::int64_t cacheEntries() const {
    const cache::OpenedCache opened = cache::openCache(cache, false);
    return opened.cache ? opened.cache->stats().entries : 0;
  }
};

std::set<std::string> fingerprints(const nlohmann::json& run) {
  std::set<std::string> out;
  for (const auto& r : run["obligations"]) out.insert(r["fingerprint"]);
  return out;
}

// The obligations of a run handed to a backend (as opposed to cached or settled at once).
std::vector<nlohmann::json> sent(const nlohmann::json& run) {
  std::vector<nlohmann::json> out;
  for (const auto& r : run["obligations"]) {
    if (!r["cached"].get<bool>() && !r["result"].get<std::string>().empty()) out.push_back(r);
  }
  return out;
}

std::set<std::string> sentFingerprints(const nlohmann::json& run) {
  std::set<std::string> out;
  for (const auto& r : sent(run)) out.insert(r["fingerprint"]);
  return out;
}

// Fingerprints of `run` that `before` did not have.
std::set<std::string> newFingerprints(const nlohmann::json& run, const nlohmann::json& before) {
  const std::set<std::string> old = fingerprints(before);
  std::set<std::string> out;
  for (const auto& r : run["obligations"]) {
    if (r["status"] != "trivial" && !old.count(r["fingerprint"])) out.insert(r["fingerprint"]);
  }
  return out;
}

TEST_F(Paxos, ASecondRunWithNoChangeSendsNothing) {
  const nlohmann::json cold = check();
  EXPECT_EQ(cold["summary"]["total"], 277);
  EXPECT_GT(cold["summary"]["sent"], 80);
  const nlohmann::json warm = check();
  EXPECT_EQ(warm["summary"]["sent"], 0);
  EXPECT_EQ(warm["summary"]["cached"], cold["summary"]["sent"]);
  for (const char* key : {"total", "proved", "trivial", "failed"})
    EXPECT_EQ(warm["summary"][key], cold["summary"][key]);
  for (const auto& r : warm["obligations"]) {
    if (r["kind"] == "main" && r["method"] != "ptl") {
      EXPECT_TRUE(r["cached"].get<bool>()) << r["id"];
    }
  }
}

TEST_F(Paxos, SmokeFlagsNoContextAndAWarmRunSendsNothing) {
  // Twice the budgets: a few Paxos steps need most of theirs, and with the smoke checks
  // this run does twice the work beside the other tests of a parallel ctest.
  const std::vector<std::string> args{"check", paxos, "-j", "2", "--smoke", "--json", "--stretch", "2"};
  RunResult r = testing::runTlapx(args, dir.path());
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const nlohmann::json cold = nlohmann::json::parse(r.out);
  EXPECT_EQ(cold["summary"]["proved"], 94);
  EXPECT_GE(cold["summary"]["smoke_checked"], 90);  // every proved obligation not proving FALSE
  EXPECT_EQ(cold["summary"]["smoke_unchecked"], 0);
  EXPECT_EQ(cold["summary"]["smoke"], 0);
  EXPECT_EQ(cold["smoke"], nlohmann::json::array());
  r = testing::runTlapx(args, dir.path());
  const nlohmann::json warm = nlohmann::json::parse(r.out);
  EXPECT_EQ(warm["summary"]["sent"], 0);
  EXPECT_EQ(warm["summary"]["smoke_sent"], 0);
  EXPECT_EQ(warm["summary"]["smoke_checked"], cold["summary"]["smoke_checked"]);
}

TEST_F(Paxos, EditingOneLeafStepReprovesOnlyThatStep) {
  const nlohmann::json cold = check();
  // A leaf proof `BY ...` that proved quickly: cite TRUE as one more fact.
  std::istringstream in(testing::readFile(paxos));
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::size_t line = 0, col = 0;
  for (const auto& r : cold["obligations"]) {
    if (r["kind"] != "main" || r["status"] != "proved" || r["time_ms"].get<int>() > 500) continue;
    const std::string rest =
        lines.at(r["line"].get<std::size_t>() - 1).substr(r["col"].get<std::size_t>() - 1);
    if (rest.starts_with("BY ") && !rest.starts_with("BY ONLY")) {
      line = r["line"];
      col = r["col"];
      break;
    }
  }
  ASSERT_GT(line, 0u);
  editLine(line, [col](const std::string& text) {
    const std::string after = text.substr(col + 2);
    return text.substr(0, col + 2) + (after.starts_with("DEF") ? "TRUE " : "TRUE, ") + after;
  });
  const nlohmann::json edited = check();
  const auto resent = sent(edited);
  ASSERT_FALSE(resent.empty());
  for (const auto& r : resent) EXPECT_EQ(r["line"], line) << r["id"];
  EXPECT_EQ(sentFingerprints(edited), newFingerprints(edited, cold));
}

TEST_F(Paxos, EditingADefinitionReprovesExactlyTheObligationsThatUseIt) {
  const nlohmann::json cold = check();
  editLine(lineStartingWith("Chosen("), [](const std::string& text) { return text + " /\\ TRUE"; });
  // `deps --impact` on the edited module: the obligations whose fingerprint depends on it.
  const RunResult deps = testing::runTlapx({"deps", paxos, "--impact", "Chosen"}, dir.path());
  ASSERT_EQ(deps.exitCode, 0) << deps.err;
  std::set<std::uint32_t> impact;
  std::istringstream lines(deps.out);
  for (std::string l; std::getline(lines, l);) {
    if (l.starts_with("obligation ") && l.find(": trivial ") == std::string::npos) {
      impact.insert(static_cast<std::uint32_t>(std::stoul(l.substr(11))));
    }
  }
  ASSERT_FALSE(impact.empty());
  const nlohmann::json edited = check();
  std::set<std::uint32_t> resent;
  for (const auto& r : sent(edited)) resent.insert(r["id"].get<std::uint32_t>());
  EXPECT_EQ(resent, impact);
  EXPECT_EQ(sentFingerprints(edited), newFingerprints(edited, cold));
}

TEST_F(Paxos, AKilledRunLeavesAUsableCacheWhoseResultsAreReused) {
  std::int64_t before = 0;
  {
    TlapxProcess run(checkArgs("1"), dir.path());
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    while ((before = cacheEntries()) < 10 && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(10ms);
    }
    run.signal(SIGKILL);
    EXPECT_EQ(run.wait().exitCode, 128 + SIGKILL);
  }
  ASSERT_GE(before, 10);
  const cache::OpenedCache opened = cache::openCache(cache, true);
  ASSERT_TRUE(opened.cache);
  EXPECT_TRUE(opened.warnings.empty());
  const std::int64_t stored = opened.cache->stats().entries;
  EXPECT_GE(stored, before);
  const nlohmann::json rerun = check();
  EXPECT_GE(rerun["summary"]["cached"].get<std::int64_t>(), stored);
  EXPECT_EQ(rerun["summary"]["interrupted"], 0);
}

TEST_F(Paxos, CtrlCStopsPromptlyAndKeepsEveryFinishedResult) {
  // The full budget: the longest obligations (started first) take many seconds, so when
  // the first result is in, Ctrl-C still finds work in progress.
  TlapxProcess run({"check", paxos, "-j", "2", "--json"}, dir.path());
  const auto deadline = std::chrono::steady_clock::now() + 120s;
  while (cacheEntries() < 1 && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(10ms);
  const auto interrupted = std::chrono::steady_clock::now();
  run.signal(SIGINT);
  const RunResult r = run.wait();
  EXPECT_LT(std::chrono::steady_clock::now() - interrupted, 5s);
  ASSERT_EQ(r.exitCode, 130) << r.err;
  const nlohmann::json out = nlohmann::json::parse(r.out);
  EXPECT_GT(out["summary"]["interrupted"], 0);
  std::set<std::string> answered;
  for (const auto& s : sent(out)) {
    if (s["status"] != "interrupted") answered.insert(s["fingerprint"]);
  }
  EXPECT_EQ(cacheEntries(), static_cast<std::int64_t>(answered.size()));
  const RunResult status = testing::runTlapx({"status", paxos, "--json"}, dir.path());
  ASSERT_TRUE(status.exitCode == 10 || status.exitCode == 11) << status.exitCode << status.err;
  const nlohmann::json report = nlohmann::json::parse(status.out);
  std::set<std::string> known;
  for (const auto& s : report["obligations"]) {
    if (s["cached"].get<bool>()) known.insert(s["fingerprint"]);
  }
  EXPECT_EQ(known, answered);
}

// SIGTERM asks for the same orderly stop as Ctrl-C; a signal delivered twice at once (as
// `timeout` does, to the process and its group) is one request: the report still comes.
TEST_F(Paxos, SigtermAndADoubleSignalStillPrintTheReport) {
  for (const int sig : {SIGTERM, SIGINT}) {
    TlapxProcess run({"check", paxos, "-j", "2", "--no-cache", "--json"}, dir.path());
    std::this_thread::sleep_for(500ms);
    const auto interrupted = std::chrono::steady_clock::now();
    run.signal(sig);
    run.signal(sig);
    const RunResult r = run.wait();
    EXPECT_LT(std::chrono::steady_clock::now() - interrupted, 2s) << sig;
    ASSERT_TRUE(r.exitCode == 130 || r.exitCode == 0) << sig << r.err;  // 0: it was done already
    const nlohmann::json out = nlohmann::json::parse(r.out);
    EXPECT_EQ(out["summary"]["total"], 277) << sig;
  }
}

TEST_F(Paxos, TwoConcurrentRunsOnOneCacheBothFinish) {
  TlapxProcess first(checkArgs("1"), dir.path());
  TlapxProcess second(checkArgs("1"), dir.path());
  const RunResult a = first.wait();
  const RunResult b = second.wait();
  ASSERT_TRUE(a.exitCode == 0 || a.exitCode == 10) << a.err;
  EXPECT_EQ(a.exitCode, b.exitCode) << b.err;
  const nlohmann::json ja = nlohmann::json::parse(a.out), jb = nlohmann::json::parse(b.out);
  // Proved and failed counts may differ: a wall-clock timeout depends on load.
  for (const char* key : {"total", "trivial"}) EXPECT_EQ(ja["summary"][key], jb["summary"][key]);
  EXPECT_EQ(ja["summary"]["proved"].get<int>() + ja["summary"]["failed"].get<int>(),
            jb["summary"]["proved"].get<int>() + jb["summary"]["failed"].get<int>());
  EXPECT_TRUE(a.err.empty()) << a.err;
  EXPECT_TRUE(b.err.empty()) << b.err;
  const nlohmann::json third = check();
  EXPECT_EQ(third["summary"]["sent"], 0);  // nothing lost
  cache::Database db(cache.string(), SQLITE_OPEN_READONLY);
  cache::Statement integrity = db.prepare("PRAGMA integrity_check");
  ASSERT_TRUE(integrity.step());
  EXPECT_EQ(integrity.text(0), "ok");
}

}  // namespace
}  // namespace tlapx::check
