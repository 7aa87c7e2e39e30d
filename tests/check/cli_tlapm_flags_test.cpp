// tlapm's command-line habits on `tlapx check`: --threads, --stretch, -I, --line (0: all),
// --cache-dir, --nofp, --noproving, --strict with exit codes 10/11/12 in tlapm's severity
// order, and malformed budget pragmas reported as located errors.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../frontend/loader_test_util.hpp"
#include "sample_modules.hpp"
#include "tlapx_process.hpp"

namespace tlapx::check {
namespace {

using testing::RunResult;
using tlapx::testing::TempDir;

constexpr const char* kGood = testing::kGoodModule;

// A failure, an omitted proof and a missing one: --strict must still exit 10.
constexpr const char* kMixed = R"(---- MODULE Mixed ----
EXTENDS Naturals
THEOREM Wrong == 1 + 1 = 3
  OBVIOUS
THEOREM Skipped == TRUE
  OMITTED
THEOREM NoProof == TRUE
====
)";

struct TlapmFlags : ::testing::Test {
  TempDir dir;
  RunResult run(std::vector<std::string> args) { return testing::runTlapx(args, dir.path()); }
  std::string file(const std::string& name, const std::string& text) { return dir.write(name + ".tla", text); }
  nlohmann::json json(std::vector<std::string> args) {
    args.push_back("--json");
    const RunResult r = run(args);
    try {
      return nlohmann::json::parse(r.out);
    } catch (const nlohmann::json::exception&) {
      ADD_FAILURE() << "not JSON: " << r.out << r.err;
      return {};
    }
  }
};

TEST_F(TlapmFlags, SolverNamesOneSolverAnyCaseAndRejectsOthers) {
  const std::string good = file("Good", kGood);
  const nlohmann::json report = json({"check", "--no-cache", "--solver", "CVC5", good});
  std::size_t sent = 0;
  for (const auto& o : report["obligations"]) {
    if (o["backend"] == "builtin" || o["backend"] == "" || o["backend"] == "ptl") continue;
    EXPECT_EQ(o["backend"], "cvc5") << o.dump();
    ++sent;
  }
  EXPECT_GT(sent, 0u);
  const RunResult bad = run({"check", "--solver", "yices", good});
  EXPECT_EQ(bad.exitCode, 2);
  EXPECT_NE(bad.err.find("yices not in {portfolio,z3,cvc5}"), std::string::npos) << bad.err;
}

TEST_F(TlapmFlags, ThreadsStretchAndIncludeAreAccepted) {
  dir.write("lib/Helper.tla", "---- MODULE Helper ----\nEXTENDS Naturals\nDouble(x) == x + x\n====\n");
  const std::string user = file("User", R"(---- MODULE User ----
EXTENDS Helper
THEOREM Double(2) = 4
  BY DEF Double
====
)");
  const RunResult r = run({"check", "--threads", "2", "--stretch", "2", "-I", dir.dir("lib"), user});
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_EQ(run({"check", user}).exitCode, 2);  // Helper is only found through -I
  EXPECT_EQ(run({"check", "--threads", "0", user}).exitCode, 2);
  EXPECT_EQ(run({"check", "--stretch", "-1", user}).exitCode, 2);
}

TEST_F(TlapmFlags, LineZeroSelectsEverything) {
  EXPECT_EQ(json({"check", file("Good", kGood), "--line", "0"})["summary"]["total"], 3);
}

TEST_F(TlapmFlags, StrictLineThatSelectsNoObligationExitsTwelve) {
  const std::string good = file("Good", kGood);
  RunResult r = run({"check", "--strict", "--line", "1", good});
  EXPECT_EQ(r.exitCode, 12) << r.out << r.err;
  EXPECT_NE(r.err.find("no proof obligation found for the selected target (--line 1)"), std::string::npos) << r.err;
  r = run({"check", "--line", "1", good});  // without --strict: a warning, success
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.err.find("warning: no proof obligation found"), std::string::npos) << r.err;
  EXPECT_EQ(run({"check", "--strict", "--from", "100", good}).exitCode, 12);
  EXPECT_EQ(run({"status", "--strict", "--line", "1", good}).exitCode, 12);
  EXPECT_EQ(run({"check", "--strict", "--line", "4", good}).exitCode, 0);  // One's proof
}

TEST_F(TlapmFlags, StrictSeverityOrderIsFailedThenIncompleteThenEmptyTarget) {
  const std::string mixed = file("Mixed", kMixed);
  EXPECT_EQ(run({"check", "--strict", mixed}).exitCode, 10);
  EXPECT_EQ(run({"check", "--strict", "--from", "5", mixed}).exitCode, 11);  // Skipped and NoProof only
  EXPECT_EQ(run({"check", "--strict", "--line", "7", mixed}).exitCode, 11);  // NoProof only
  EXPECT_EQ(run({"check", "--strict", "--line", "2", mixed}).exitCode, 12);  // EXTENDS: nothing
  EXPECT_EQ(run({"check", mixed}).exitCode, 10);
}

TEST_F(TlapmFlags, CacheDirHoldsTheCache) {
  const std::string good = file("Good", kGood);
  const std::string cacheDir = dir.dir("fingerprints");
  EXPECT_EQ(json({"check", good, "--cache-dir", cacheDir})["summary"]["sent"], 2);
  EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(cacheDir) / "cache.db"));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / ".tlapx"));
  EXPECT_EQ(json({"check", good, "--cache-dir", cacheDir})["summary"]["cached"], 2);
  EXPECT_EQ(run({"check", good, "--cache-dir", cacheDir, "--cache", dir.dir("x.db")}).exitCode, 2);
  EXPECT_EQ(run({"check", good, "--cache-dir", cacheDir, "--no-cache"}).exitCode, 2);
}

TEST_F(TlapmFlags, NofpProvesAgainAndOverwritesTheCache) {
  const std::string good = file("Good", kGood);
  const std::string cache = dir.dir("c.db");
  EXPECT_EQ(json({"check", good, "--cache", cache})["summary"]["sent"], 2);
  const nlohmann::json again = json({"check", good, "--cache", cache, "--nofp"});
  EXPECT_EQ(again["summary"]["sent"], 2);
  EXPECT_EQ(again["summary"]["cached"], 0);
  EXPECT_EQ(again["summary"]["proved"], 2);
  const RunResult stats = run({"cache", "stats", "--cache", cache});
  EXPECT_NE(stats.out.find("entries: 2 (2 proved"), std::string::npos) << stats.out;  // overwritten, not added
  EXPECT_EQ(json({"check", good, "--cache", cache})["summary"]["cached"], 2);
}

TEST_F(TlapmFlags, NoprovingReportsFromTheCacheOnly) {
  const std::string good = file("Good", kGood);
  const std::string cache = dir.dir("c.db");
  RunResult r = run({"check", good, "--cache", cache, "--noproving"});
  EXPECT_EQ(r.exitCode, 11) << r.out << r.err;  // nothing cached yet: unchecked
  EXPECT_NE(r.out.find("2/3 obligations not checked yet."), std::string::npos) << r.out;
  EXPECT_FALSE(std::filesystem::exists(cache));
  EXPECT_EQ(run({"check", good, "--cache", cache}).exitCode, 0);
  const nlohmann::json out = json({"check", good, "--cache", cache, "--noproving"});
  EXPECT_EQ(out["summary"]["sent"], 0);
  EXPECT_EQ(out["summary"]["cached"], 2);
  EXPECT_EQ(run({"check", good, "--noproving", "--nofp"}).exitCode, 2);
}

TEST_F(TlapmFlags, MalformedBudgetsAreLocatedErrors) {
  const std::string header = "---- MODULE Budget ----\nEXTENDS TLAPS, Integers\n";
  const std::vector<std::pair<std::string, std::string>> cases{
      {"SMTT(\"bad\")", "Invalid SMT budget"},  {"SMTT(-1)", "Invalid budget"},
      {"SMTT(0)", "Invalid budget"},            {"Z3T(\"r0\")", "Invalid SMT budget"},
      {"ZenonT(\"r5\")", "Invalid budget"},     {"SMTT(\"r5x\")", "Invalid SMT budget"}};
  for (const auto& [pragma, message] : cases) {
    const std::string f = file("Budget", header + "THEOREM 2 + 2 = 4 BY " + pragma + "\n====\n");
    const RunResult r = run({"check", "--no-cache", f});
    EXPECT_EQ(r.exitCode, 2) << pragma << r.out << r.err;
    EXPECT_NE(r.err.find(f + ":3:22: error: " + message), std::string::npos) << pragma << "\n" << r.err;
    EXPECT_EQ(r.out.find("proved"), std::string::npos) << r.out;
    EXPECT_EQ(run({"obligations", f}).exitCode, 1) << pragma;
  }
  for (const std::string pragma : {"SMTT(30)", "SMTT(\"r10\")", "Z3T(2.5)", "IsaMT(\"auto\", 10)"}) {
    const std::string f = file("Budget", header + "THEOREM 2 + 2 = 4 BY " + pragma + "\n====\n");
    const RunResult r = run({"check", "--no-cache", f});
    EXPECT_EQ(r.exitCode, 0) << pragma << r.out << r.err;
  }
}

}  // namespace
}  // namespace tlapx::check
