// Budgets from pragmas: SMTT(n) seconds, SMTT("rN") base units, stretch, defaults.
#include <gtest/gtest.h>

#include "backends/budget.hpp"

namespace tlapx {
namespace {

TEST(Budget, DefaultIsFiveNominalSeconds) {
  const Limits l = limitsFor(MethodRequest{}, Budget{});
  EXPECT_EQ(l.rlimit, static_cast<std::uint64_t>(kDefaultSeconds * kRlimitPerSecond));
  EXPECT_GE(l.wallSeconds, kMinWallSeconds);
}

TEST(Budget, TimeoutPragmaScalesTheRlimit) {
  MethodRequest m;
  m.method = Method::Smt;
  m.timeoutSeconds = 30;
  EXPECT_EQ(limitsFor(m, Budget{}).rlimit, 30 * kRlimitPerSecond);
  EXPECT_DOUBLE_EQ(limitsFor(m, Budget{}).wallSeconds, 300.0);
}

TEST(Budget, ResourcePragmaIsAMultipleOfTheBase) {
  MethodRequest m;
  m.method = Method::Smt;
  m.rlimitUnits = 5;
  EXPECT_EQ(limitsFor(m, Budget{}).rlimit, 5 * kRlimitBase);
}

TEST(Budget, StretchMultipliesBoth) {
  Budget b;
  b.stretch = 2;
  const Limits l = limitsFor(MethodRequest{}, b);
  EXPECT_EQ(l.rlimit, static_cast<std::uint64_t>(2 * kDefaultSeconds * kRlimitPerSecond));
  EXPECT_DOUBLE_EQ(l.wallSeconds, 2 * kMinWallSeconds);
}

TEST(Budget, SchedulerBudgetAndCap) {
  EXPECT_EQ(limitsFor(MethodRequest{}, Budget{1234, 7, 1.0}).rlimit, 1234u);
  EXPECT_DOUBLE_EQ(limitsFor(MethodRequest{}, Budget{1234, 7, 1.0}).wallSeconds, 7.0);
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
