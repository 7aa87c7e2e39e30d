// Budgets from pragmas: SMTT(n) seconds, SMTT("rN") base units, stretch, defaults.
#include <gtest/gtest.h>

#include "backends/budget.hpp"

namespace tlapx {
namespace {

TEST(Budget, DefaultIsFiveNominalSeconds) {
  const Limits l = limitsFor(MethodRequest{}, Budget{});
  EXPECT_EQ(l.rlimit, static_cast<std::uint64_t>(kDefaultSeconds * kRlimitPerSecond));
  EXPECT_DOUBLE_EQ(l.nominalSeconds, kDefaultSeconds);
  EXPECT_DOUBLE_EQ(l.wallSeconds, kWallFactor * kDefaultSeconds);
  EXPECT_DOUBLE_EQ(l.costSeconds, kCostFactor * kDefaultSeconds);
}

TEST(Budget, TheCapsAreAboutTheNominalTimeNotASafetyNet) {
  EXPECT_LE(kCpuFactor, 1.5);   // a failure costs at most 1.5 budgets of CPU time
  EXPECT_GE(kCpuFactor, 1.0);   // a typical obligation reaches the rlimit first
  EXPECT_LT(kCostFactor, 2.0);  // and less than 2 budgets of wall time on a machine not
  EXPECT_GE(kCostFactor, kCpuFactor);  // oversubscribed
  EXPECT_LT(kWallFactor, 2.0);  // and less than 2 on an oversubscribed one too
  EXPECT_GE(kWallFactor, kCostFactor);
}

TEST(Budget, TimeoutPragmaScalesTheRlimitAndTheCap) {
  MethodRequest m;
  m.method = Method::Smt;
  m.timeoutSeconds = 30;
  EXPECT_EQ(limitsFor(m, Budget{}).rlimit, 30 * kRlimitPerSecond);
  EXPECT_DOUBLE_EQ(limitsFor(m, Budget{}).nominalSeconds, 30.0);
  EXPECT_DOUBLE_EQ(limitsFor(m, Budget{}).wallSeconds, kWallFactor * 30);
  EXPECT_DOUBLE_EQ(limitsFor(m, Budget{}).cpuSeconds, kCpuFactor * 30);
}

TEST(Budget, ResourcePragmaIsAMultipleOfTheBase) {
  MethodRequest m;
  m.method = Method::Smt;
  m.rlimitUnits = 75;
  const Limits l = limitsFor(m, Budget{});
  EXPECT_EQ(l.rlimit, 75 * kRlimitBase);
  EXPECT_DOUBLE_EQ(l.nominalSeconds, 75.0 * kRlimitBase / kRlimitPerSecond);
  EXPECT_DOUBLE_EQ(l.wallSeconds, kWallFactor * l.nominalSeconds);
}

TEST(Budget, TinyBudgetsGetTheMinimumCap) {
  MethodRequest m;
  m.rlimitUnits = 1;
  EXPECT_DOUBLE_EQ(limitsFor(m, Budget{}).cpuSeconds, kMinCapSeconds);
  EXPECT_GE(limitsFor(m, Budget{}).wallSeconds, kMinCapSeconds);
  Budget b;
  b.stretch = 0.01;
  EXPECT_DOUBLE_EQ(limitsFor(MethodRequest{}, b).wallSeconds, kMinCapSeconds);
  EXPECT_DOUBLE_EQ(limitsFor(MethodRequest{}, b).cpuSeconds, kMinCapSeconds);
}

TEST(Budget, StretchMultipliesAll) {
  Budget b;
  b.stretch = 2;
  const Limits l = limitsFor(MethodRequest{}, b);
  EXPECT_EQ(l.rlimit, static_cast<std::uint64_t>(2 * kDefaultSeconds * kRlimitPerSecond));
  EXPECT_DOUBLE_EQ(l.nominalSeconds, 2 * kDefaultSeconds);
  EXPECT_DOUBLE_EQ(l.wallSeconds, 2 * kWallFactor * kDefaultSeconds);
}

TEST(Budget, SchedulerBudgetAndCap) {
  EXPECT_EQ(limitsFor(MethodRequest{}, Budget{1234, 7, 1.0}).rlimit, 1234u);
  EXPECT_DOUBLE_EQ(limitsFor(MethodRequest{}, Budget{1234, 7, 1.0}).wallSeconds, 7.0);
  EXPECT_DOUBLE_EQ(limitsFor(MethodRequest{}, Budget{1234, 0.05, 2.0}).wallSeconds, 0.1);
  MethodRequest m;
  m.timeoutSeconds = 1e9;
  EXPECT_EQ(limitsFor(m, Budget{}).rlimit, 0xFFFFFFFFu);  // Z3 takes 32 bits
}

TEST(Budget, UnshippedProversGetANote) {
  MethodRequest m;
  m.method = Method::Isabelle;
  m.pragma = "IsaM(\"blast\")";
  EXPECT_NE(methodNote(m).find("IsaM"), std::string::npos);
  EXPECT_EQ(methodNote(MethodRequest{}), "");
}

}  // namespace
}  // namespace tlapx
