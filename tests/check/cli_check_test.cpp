// `tlapx check`, `status` and `cache` end to end on small modules written by the tests:
// exit codes, the text report, the JSON schema, JUnit XML, the cache on disk.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "../frontend/loader_test_util.hpp"
#include "sample_modules.hpp"
#include "tlapx_process.hpp"

namespace tlapx::check {
namespace {

using testing::RunResult;
using tlapx::testing::TempDir;

constexpr const char* kGood = testing::kGoodModule;

constexpr const char* kBad = R"(---- MODULE Bad ----
EXTENDS Naturals
THEOREM Fine == 2 + 2 = 4
  OBVIOUS
THEOREM Wrong == 1 + 1 = 3
  OBVIOUS
====
)";

constexpr const char* kIncomplete = R"(---- MODULE Incomplete ----
THEOREM Skipped == TRUE
  OMITTED
THEOREM NoProof == TRUE
====
)";

struct Cli : ::testing::Test {
  TempDir dir;
  RunResult run(std::vector<std::string> args) { return testing::runTlapx(args, dir.path()); }
  std::string file(const std::string& name, const std::string& text) {
    return dir.write(name + ".tla", text);
  }
  nlohmann::json json(std::vector<std::string> args) {
    args.push_back("--json");
    const RunResult r = run(args);
    return nlohmann::json::parse(r.out);
  }
};

TEST_F(Cli, AllProvedExitsZero) {
  const RunResult r = run({"check", file("Good", kGood)});
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("All 3 obligations proved."), std::string::npos) << r.out;
}

TEST_F(Cli, AFailureExitsTenAndShowsTheObligation) {
  const std::string bad = file("Bad", kBad);
  const RunResult r = run({"check", bad});
  EXPECT_EQ(r.exitCode, 10) << r.out << r.err;
  EXPECT_NE(r.out.find(bad + ":6:3: error: obligation"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\n  1 + 1 = 3\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1/2 obligations failed."), std::string::npos) << r.out;
}

TEST_F(Cli, OmittedOrMissingProofsExitElevenAndAreErrorsWhenStrict) {
  const std::string incomplete = file("Incomplete", kIncomplete);
  RunResult r = run({"check", incomplete});
  EXPECT_EQ(r.exitCode, 11) << r.out << r.err;
  EXPECT_NE(r.out.find("warning: obligation"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2/2 obligations omitted or missing"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("All"), std::string::npos) << r.out;  // never "proved"
  r = run({"check", incomplete, "--strict"});
  EXPECT_EQ(r.exitCode, 11) << r.out << r.err;  // tlapm's --strict code for an incomplete proof
  EXPECT_NE(r.out.find("error: obligation"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("error: 2/2 obligations omitted or missing"), std::string::npos) << r.out;
}

TEST_F(Cli, UsageAndParseErrorsExitTwo) {
  EXPECT_EQ(run({"check", file("Broken", "---- MODULE Broken ----\nTHEOREM ==\n====\n")}).exitCode, 2);
  EXPECT_EQ(run({"check", (dir.path() / "Absent.tla").string()}).exitCode, 2);
  EXPECT_EQ(run({"check", file("Good", kGood), "--no-such-flag"}).exitCode, 2);
  EXPECT_EQ(run({"check", file("Good", kGood), "--line", "3", "--from", "2"}).exitCode, 2);
}

TEST_F(Cli, JsonHasTheSummaryAndOneRecordPerObligation) {
  const nlohmann::json out = json({"check", file("Bad", kBad), "--threads", "2"});
  const auto& s = out.at("summary");
  for (const char* key :
       {"total", "proved", "trivial", "failed", "omitted", "missing", "cached", "wall_ms"}) {
    EXPECT_TRUE(s.contains(key)) << key;
  }
  EXPECT_EQ(s["total"], 2);
  EXPECT_EQ(s["proved"], 1);
  EXPECT_EQ(s["failed"], 1);
  EXPECT_EQ(s["cached"], 0);
  ASSERT_EQ(out["obligations"].size(), 2u);
  for (const auto& record : out["obligations"]) {
    for (const char* key :
         {"id", "file", "line", "col", "kind", "status", "backend", "cached", "time_ms", "fingerprint"}) {
      EXPECT_TRUE(record.contains(key)) << key;
    }
  }
  EXPECT_EQ(out["obligations"][1]["status"], "failed");
  EXPECT_EQ(out["obligations"][1]["line"], 6);
  EXPECT_TRUE(out["obligations"][1].contains("text"));
  EXPECT_EQ(out["obligations"][1]["budget_ms"], 5000);  // the default budget, nominal seconds
  const nlohmann::json stretched = json({"check", file("Bad", kBad), "--stretch", "2", "--no-cache"});
  EXPECT_EQ(stretched["obligations"][1]["budget_ms"], 10000);
}

TEST_F(Cli, JUnitHasASuitePerModuleAndACasePerObligation) {
  const std::string xml = (dir.path() / "report.xml").string();
  const RunResult r =
      run({"check", file("Good", kGood), file("Bad", kBad), file("Incomplete", kIncomplete), "--junit", xml});
  EXPECT_EQ(r.exitCode, 10) << r.out << r.err;
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_file(xml.c_str()));
  const pugi::xml_node suites = doc.child("testsuites");
  EXPECT_EQ(suites.attribute("tests").as_int(), 7);
  EXPECT_EQ(suites.attribute("failures").as_int(), 1);
  EXPECT_EQ(suites.attribute("skipped").as_int(), 2);
  std::map<std::string, pugi::xml_node> byName;
  for (pugi::xml_node suite : suites.children("testsuite")) byName[suite.attribute("name").value()] = suite;
  ASSERT_EQ(byName.size(), 3u);
  EXPECT_EQ(byName["Good"].attribute("tests").as_int(), 3);
  EXPECT_EQ(byName["Good"].attribute("failures").as_int(), 0);
  EXPECT_EQ(byName["Bad"].attribute("failures").as_int(), 1);
  const pugi::xml_node failure =
      byName["Bad"].find_child([](pugi::xml_node c) { return c.child("failure"); });
  EXPECT_NE(std::string(failure.child("failure").text().get()).find("1 + 1 = 3"), std::string::npos);
  EXPECT_EQ(std::distance(byName["Incomplete"].children("testcase").begin(),
                          byName["Incomplete"].children("testcase").end()),
            2);
}

TEST_F(Cli, ASecondRunAnswersFromTheCacheAndStatusReadsIt) {
  const std::string good = file("Good", kGood);
  RunResult r = run({"status", good});
  EXPECT_EQ(r.exitCode, 11) << r.out << r.err;
  EXPECT_NE(r.out.find("2/3 obligations not checked yet."), std::string::npos) << r.out;
  EXPECT_FALSE(std::filesystem::exists(dir.path() / ".tlapx" / "cache.db"));  // status creates nothing

  EXPECT_EQ(json({"check", good})["summary"]["sent"], 2);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / ".tlapx" / "cache.db"));
  const nlohmann::json again = json({"check", good});
  EXPECT_EQ(again["summary"]["sent"], 0);
  EXPECT_EQ(again["summary"]["cached"], 2);
  EXPECT_EQ(again["summary"]["proved"], 2);
  r = run({"status", good});
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
}

TEST_F(Cli, NoCacheAndExplicitCachePaths) {
  const std::string good = file("Good", kGood);
  EXPECT_EQ(run({"check", good, "--no-cache"}).exitCode, 0);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / ".tlapx"));
  const std::string cache = (dir.path() / "elsewhere" / "results.db").string();
  EXPECT_EQ(run({"check", good, "--cache", cache}).exitCode, 0);
  EXPECT_EQ(json({"check", good, "--cache", cache})["summary"]["sent"], 0);

  RunResult r = run({"cache", "stats", "--cache", cache});
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("entries: 2 (2 proved, 0 not proved)"), std::string::npos) << r.out;
  EXPECT_EQ(run({"cache", "vacuum", "--cache", cache}).exitCode, 0);
  r = run({"cache", "clear", "--cache", cache});
  EXPECT_NE(r.out.find("removed 2 entries"), std::string::npos) << r.out;
  EXPECT_EQ(json({"check", good, "--cache", cache})["summary"]["sent"], 2);
  EXPECT_EQ(run({"cache", "frobnicate", "--cache", cache}).exitCode, 2);
}

TEST_F(Cli, ADamagedCacheIsMovedAsideWithAWarning) {
  const std::string good = file("Good", kGood);
  std::filesystem::create_directories(dir.path() / ".tlapx");
  std::ofstream(dir.path() / ".tlapx" / "cache.db") << std::string(5000, '?');
  const RunResult r = run({"check", good});
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_NE(r.err.find("is damaged"), std::string::npos) << r.err;
  bool aside = false;
  for (const auto& f : std::filesystem::directory_iterator(dir.path() / ".tlapx")) {
    aside = aside || f.path().filename().string().starts_with("cache.db.corrupt-");
  }
  EXPECT_TRUE(aside);
  EXPECT_EQ(json({"check", good})["summary"]["sent"], 0);  // the fresh cache works
}

TEST_F(Cli, LineRestrictsToOneProof) {
  const nlohmann::json out = json({"check", file("Good", kGood), "--line", "6"});
  ASSERT_EQ(out["obligations"].size(), 2u);  // theorem Two's proof: the main goal and the cited One
  for (const auto& record : out["obligations"]) EXPECT_EQ(record["line"], 6);
  EXPECT_EQ(json({"check", file("Good", kGood), "--from", "1", "--to", "4"})["obligations"].size(), 1u);
}

}  // namespace
}  // namespace tlapx::check
