// `tlapx check` end to end on false theorems: the text and JSON reports carry the checked
// counter-model in TLA+ syntax, and a false theorem without one says nothing more.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../frontend/loader_test_util.hpp"
#include "tlapx_process.hpp"

namespace tlapx::check {
namespace {

constexpr const char* kFalse = R"(---- MODULE Refuted ----
EXTENDS Naturals
VARIABLE v
THEOREM InRange == ASSUME NEW x \in 1..3 PROVE x # 2
  OBVIOUS
THEOREM Step == v \in Nat /\ v' = v + 1 => v' = v
  OBVIOUS
====
)";

// Z3 spends its whole budget on Step before giving up: a small one keeps the tests fast.
struct CliCounterModel : ::testing::Test {
  tlapx::testing::TempDir dir;
  std::string module = dir.write("Refuted.tla", kFalse);
};

TEST_F(CliCounterModel, TheTextReportShowsIt) {
  const testing::RunResult r = testing::runTlapx({"check", "--no-cache", "--stretch", "0.05", module}, dir.path());
  EXPECT_EQ(r.exitCode, 10) << r.out << r.err;
  EXPECT_NE(r.out.find("  counter-model:\n  x = 2\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  counter-model:\n  v = 0\n  v' = 1\n"), std::string::npos) << r.out;
}

TEST_F(CliCounterModel, TheJsonReportCarriesIt) {
  const testing::RunResult r = testing::runTlapx({"check", "--no-cache", "--stretch", "0.05", "--json", module}, dir.path());
  const auto json = nlohmann::json::parse(r.out);
  std::vector<std::string> models;
  for (const auto& o : json.at("obligations")) {
    if (o.contains("counter_model")) models.push_back(o.at("counter_model").get<std::string>());
  }
  EXPECT_EQ(models, (std::vector<std::string>{"x = 2\n", "v = 0\nv' = 1\n"})) << r.out;
}

// A solver's model of an encoding that leaves the temporal operators opaque is no
// counter-model of the theorem, and the report does not call it one.
TEST_F(CliCounterModel, AModelOfAnAbstractionIsNotCalledACounterModel) {
  const std::string temporal = dir.write("Abstract.tla", R"(---- MODULE Abstract ----
VARIABLE v
THEOREM Boxes == [](v = 1) => [](v = 2)
  OBVIOUS
====
)");
  const testing::RunResult r =
      testing::runTlapx({"check", "--no-cache", "--stretch", "0.05", "--json", temporal}, dir.path());
  const auto json = nlohmann::json::parse(r.out);
  ASSERT_EQ(json.at("obligations").size(), 1u) << r.out;
  const auto& o = json.at("obligations").at(0);
  EXPECT_EQ(o.at("status"), "failed");
  EXPECT_FALSE(o.contains("counter_model")) << r.out;
  EXPECT_NE(o.at("reason").get<std::string>().find("not a checked counter-model"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace tlapx::check
