// `tlapx check --smoke` end to end with the real backends: a module with two
// contradictory axioms gets exactly the obligations whose context holds both flagged, in
// the text report (its own heading and a warning line, exit code unchanged), in --json
// (`smoke` and the summary counts) and in --junit (a "MODULE (smoke)" testsuite); a warm
// re-run sends nothing.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <set>

#include "../frontend/loader_test_util.hpp"
#include "tlapx_process.hpp"

namespace tlapx::check {
namespace {

using testing::RunResult;
using tlapx::testing::TempDir;

// Obligations whose context holds A1 and A2: Uses (line 7) and the QED of Steps (line 15).
// Honest, OnlyOne, <1>1 and <1>2 have consistent contexts.
constexpr const char* kAxioms = R"(---- MODULE Axioms ----
EXTENDS Naturals
CONSTANT c
AXIOM A1 == c = 1
AXIOM A2 == c = 2
THEOREM Uses == c + 1 = 7
  BY A1, A2
THEOREM Honest == c = c
  OBVIOUS
THEOREM OnlyOne == c + 1 = 2
  BY A1
THEOREM Steps == c = 5
<1>1. c = 1 BY A1
<1>2. c = 2 BY A2
<1>3. QED BY <1>1, <1>2
====
)";

struct Smoke : ::testing::Test {
  TempDir dir;
  std::string axioms = dir.write("Axioms.tla", kAxioms);
  RunResult run(std::vector<std::string> args) { return testing::runTlapx(args, dir.path()); }
};

std::set<unsigned> flaggedLines(const nlohmann::json& out) {
  std::set<unsigned> lines;
  for (const auto& s : out["smoke"]) lines.insert(s["line"].get<unsigned>());
  return lines;
}

TEST_F(Smoke, TextListsTheContradictoryContextsUnderTheirOwnHeadingAndExitsZero) {
  const RunResult r = run({"check", axioms, "--smoke", "--strict"});
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
  const std::size_t heading = r.out.find("Contradictory contexts (smoke)");
  ASSERT_NE(heading, std::string::npos) << r.out;
  const std::string listed = r.out.substr(heading, r.out.find("\n\n", heading) - heading);
  EXPECT_NE(listed.find(axioms + ":7:3: warning: obligation"), std::string::npos) << listed;
  EXPECT_NE(listed.find(axioms + ":15:"), std::string::npos) << listed;
  EXPECT_NE(listed.find("theorem Uses"), std::string::npos) << listed;
  EXPECT_NE(listed.find("theorem Steps"), std::string::npos) << listed;
  for (const char* line : {":9:", ":11:", ":13:", ":14:"}) {
    EXPECT_EQ(listed.find(axioms + line), std::string::npos) << line << "\n" << listed;
  }
  EXPECT_NE(r.out.find("smoke: 6 contexts checked, 2 contradictory"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("All 13 obligations proved."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Warning: 2/6 proved obligations have a contradictory context"), std::string::npos)
      << r.out;
}

TEST_F(Smoke, JsonCarriesTheFindingsAndAWarmRunSendsNothing) {
  const RunResult cold = run({"check", axioms, "--smoke", "--json"});
  EXPECT_EQ(cold.exitCode, 0) << cold.err;
  EXPECT_NE(cold.err.find("2 proved obligations have a contradictory context"), std::string::npos) << cold.err;
  const nlohmann::json out = nlohmann::json::parse(cold.out);
  EXPECT_EQ(out["summary"]["smoke"], 2);
  EXPECT_EQ(out["summary"]["smoke_checked"], 6);
  // One per distinct context: {c = 1, c = 2} (Uses, QED), {} (Honest), {c = 1} (OnlyOne,
  // <1>1), {c = 2} (<1>2).
  EXPECT_EQ(out["summary"]["smoke_sent"], 4);
  EXPECT_EQ(flaggedLines(out), (std::set<unsigned>{7, 15}));
  std::set<std::string> theorems;
  for (const auto& s : out["smoke"]) {
    for (const char* key : {"id", "file", "line", "col", "step_line", "step_col", "theorem", "backend",
                            "cached", "time_ms", "fingerprint"}) {
      EXPECT_TRUE(s.contains(key)) << key;
    }
    theorems.insert(s["theorem"].get<std::string>());
  }
  EXPECT_EQ(theorems, (std::set<std::string>{"Uses", "Steps"}));

  const nlohmann::json warm = nlohmann::json::parse(run({"check", axioms, "--smoke", "--json"}).out);
  EXPECT_EQ(warm["summary"]["sent"], 0);
  EXPECT_EQ(warm["summary"]["smoke_sent"], 0);
  EXPECT_EQ(warm["summary"]["smoke_cached"], 6);
  EXPECT_EQ(flaggedLines(warm), (std::set<unsigned>{7, 15}));
  for (const auto& s : warm["smoke"]) EXPECT_TRUE(s["cached"].get<bool>());
}

TEST_F(Smoke, JUnitHasASmokeSuiteWhoseFindingsAreFailures) {
  const std::string xml = (dir.path() / "report.xml").string();
  const RunResult r = run({"check", axioms, "--smoke", "--junit", xml});
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_file(xml.c_str()));
  std::map<std::string, pugi::xml_node> byName;
  for (pugi::xml_node suite : doc.child("testsuites").children("testsuite"))
    byName[suite.attribute("name").value()] = suite;
  ASSERT_TRUE(byName.count("Axioms (smoke)")) << r.out;
  EXPECT_EQ(byName["Axioms"].attribute("failures").as_int(), 0);
  const pugi::xml_node smoke = byName["Axioms (smoke)"];
  EXPECT_EQ(smoke.attribute("tests").as_int(), 6);
  EXPECT_EQ(smoke.attribute("failures").as_int(), 2);
  std::set<unsigned> lines;
  for (pugi::xml_node test : smoke.children("testcase")) {
    const pugi::xml_node failure = test.child("failure");
    if (!failure) continue;
    EXPECT_STREQ(failure.attribute("type").value(), "contradictory-context");
    lines.insert(test.attribute("line").as_uint());
  }
  EXPECT_EQ(lines, (std::set<unsigned>{7, 15}));
  EXPECT_EQ(doc.child("testsuites").attribute("failures").as_int(), 2);
}

TEST_F(Smoke, NothingAboutSmokeWithoutTheFlag) {
  const RunResult r = run({"check", axioms, "--json"});
  EXPECT_EQ(r.exitCode, 0) << r.err;
  const nlohmann::json out = nlohmann::json::parse(r.out);
  EXPECT_FALSE(out.contains("smoke"));
  EXPECT_FALSE(out["summary"].contains("smoke"));
  EXPECT_EQ(run({"check", axioms}).out.find("smoke"), std::string::npos);
}

}  // namespace
}  // namespace tlapx::check
