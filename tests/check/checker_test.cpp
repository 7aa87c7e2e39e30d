// The checker with fake backends on small modules: immediate verdicts, cache hits that
// send nothing, the budget rule for cached failures, cost order from cached times, crashed
// backends, obligations no backend handles, line regions and cache-only status runs, and
// smoke checks of proved obligations (--smoke).
#include "check/checker.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "../frontend/loader_test_util.hpp"
#include "../prover/prover_test_util.hpp"
#include "fake_backend.hpp"

namespace tlapx::check {
namespace {

using testing::FakeBackend;
using testing::FakeWorld;

constexpr const char* kModule = R"(EXTENDS Naturals, TLAPS
THEOREM One == 1 = 1
  OBVIOUS
THEOREM Two == 2 = 2
  BY One
THEOREM Three == 3 = 3
  OMITTED
THEOREM Four == 4 = 4
THEOREM Five == 5 = 5
  BY Zenon
THEOREM Six == []TRUE
  BY PTL)";

// Two and Three have one context, One another.
constexpr const char* kSmokeModule = R"(EXTENDS Naturals
CONSTANTS a, b
THEOREM One == ASSUME a = 1 PROVE a = 1
  OBVIOUS
THEOREM Two == ASSUME b = 2 PROVE b = 2
  OBVIOUS
THEOREM Three == ASSUME b = 2 PROVE b # 3
  OBVIOUS)";

struct Fixture {
  explicit Fixture(const char* module = kModule) : g(prover::testing::generate(module)) {}
  prover::testing::Generated g;
  tlapx::testing::TempDir dir;
  cache::ResultCache cache{dir.path() / "cache.db", true};
  FakeWorld world;
  BackendRegistry registry = testing::fakeRegistry(world);
  std::vector<std::string> warnings;

  ModuleReport run(CheckSettings settings = {}, cache::ResultCache* c = nullptr) {
    Checker checker(registry, c != nullptr ? c : &cache, settings,
                    [this](const std::string& w) { warnings.push_back(w); });
    const std::atomic<bool> cancel{false};
    return checker.check(*g.module, g.result, g.frontend->sources(), cancel, [](const Tally&) {});
  }
  std::size_t calls() {
    const std::lock_guard lock(world.mutex);
    return world.calls.size();
  }
};

std::map<std::uint32_t, Verdict> verdicts(const ModuleReport& r) {
  std::map<std::uint32_t, Verdict> out;
  for (const auto& o : r.outcomes) out[o.obligation->id] = o.verdict;
  return out;
}

std::size_t count(const ModuleReport& r, Verdict v) {
  std::size_t n = 0;
  for (const auto& o : r.outcomes) n += o.verdict == v ? 1 : 0;
  return n;
}

TEST(Checker, ASecondRunSendsNothing) {
  Fixture f;
  const ModuleReport first = f.run();
  EXPECT_EQ(first.sent, 4u);  // One, Two, Five and the PTL step; not the trivial, omitted or missing ones
  EXPECT_EQ(f.calls(), 4u);
  EXPECT_EQ(count(first, Verdict::Proved), 4u);
  EXPECT_EQ(count(first, Verdict::Trivial), f.g.count(ObligationKind::Trivial));
  EXPECT_EQ(count(first, Verdict::Omitted), 1u);
  EXPECT_EQ(count(first, Verdict::Missing), 1u);

  const ModuleReport second = f.run();
  EXPECT_EQ(second.sent, 0u);
  EXPECT_EQ(f.calls(), 4u);
  EXPECT_EQ(verdicts(second), verdicts(first));
  for (const auto& o : second.outcomes) EXPECT_EQ(o.cached, o.verdict == Verdict::Proved);
  EXPECT_TRUE(f.warnings.empty());
}

TEST(Checker, CachedFailuresAreReusedOnlyWithinTheirBudget) {
  Fixture f;
  f.world.behaviour = [](const Obligation&, FakeBackend&) {
    ProofResult r;
    r.status = ProofResult::ResourceOut;
    r.backend = "fake";
    r.reason = "canceled";
    return r;
  };
  CheckSettings settings;
  EXPECT_EQ(f.run(settings).sent, 4u);
  const ModuleReport again = f.run(settings);
  EXPECT_EQ(again.sent, 0u);
  EXPECT_EQ(count(again, Verdict::Failed), 4u);
  settings.stretch = 0.5;  // a smaller budget: the failures answer it
  EXPECT_EQ(f.run(settings).sent, 0u);
  settings.stretch = 2;  // a larger budget: try again
  EXPECT_EQ(f.run(settings).sent, 4u);
}

TEST(Checker, ObligationsWithCachedTimesRunLongestFirst) {
  Fixture f;
  f.world.behaviour = [](const Obligation& ob, FakeBackend&) {
    ProofResult r;
    r.status = ProofResult::ResourceOut;
    r.seconds = ob.id == 1 ? 0.1 : static_cast<double>(ob.id);  // the first obligation is cheap
    return r;
  };
  CheckSettings settings;
  f.run(settings);
  std::vector<std::uint32_t> first;
  for (const auto& c : f.world.calls) first.push_back(c.obligation);
  f.world.calls.clear();
  settings.stretch = 2;
  f.run(settings);
  std::vector<std::uint32_t> second;
  for (const auto& c : f.world.calls) second.push_back(c.obligation);
  std::vector<std::uint32_t> expected = first;
  std::sort(expected.begin(), expected.end(),
            [](auto a, auto b) { return (a == 1 ? 0 : a) > (b == 1 ? 0 : b); });
  EXPECT_EQ(second, expected);
}

TEST(Checker, CrashedBackendsFailAndAreNotCached) {
  Fixture f;
  f.world.behaviour = [](const Obligation&, FakeBackend&) -> ProofResult {
    throw std::runtime_error("boom");
  };
  const ModuleReport first = f.run();
  EXPECT_EQ(count(first, Verdict::Failed), 4u);
  for (const auto& o : first.outcomes) {
    if (o.verdict == Verdict::Failed) {
      EXPECT_EQ(o.status, "error");
    }
  }
  EXPECT_EQ(f.run().sent, 4u);
}

TEST(Checker, ObligationsNoBackendHandlesFailWithoutBeingSent) {
  Fixture f;
  BackendRegistry noPtl;
  noPtl.add({Method::Default, Method::Smt, Method::Zenon, Method::Isabelle},
            [&f] { return std::make_unique<FakeBackend>(f.world); });
  f.registry = std::move(noPtl);
  const ModuleReport r = f.run();
  EXPECT_EQ(r.sent, 3u);
  std::size_t noBackend = 0;
  for (const auto& o : r.outcomes) {
    if (o.obligation->method.method != Method::Ptl || o.obligation->kind != ObligationKind::Main) continue;
    ++noBackend;
    EXPECT_EQ(o.verdict, Verdict::Failed);
    EXPECT_NE(o.reason.find("no backend for ptl"), std::string::npos) << o.reason;
  }
  EXPECT_EQ(noBackend, 1u);
}

TEST(Checker, ARegionSelectsTheObligationsOfItsLines) {
  Fixture f;
  CheckSettings settings;
  settings.region = LineRegion{5, 6};  // THEOREM Two and its proof (lines 1, 2: header, EXTENDS)
  const ModuleReport r = f.run(settings);
  ASSERT_FALSE(r.outcomes.empty());
  for (const auto& o : r.outcomes) {
    EXPECT_GE(o.obligation->range.begin.line, 5u);
    EXPECT_LE(o.obligation->range.begin.line, 6u);
  }
  EXPECT_EQ(r.sent, 1u);
}

TEST(Checker, StatusRunsOnlyRead) {
  Fixture f;
  CheckSettings status;
  status.prove = false;
  ModuleReport r = f.run(status);
  EXPECT_EQ(f.calls(), 0u);
  EXPECT_EQ(count(r, Verdict::Unchecked), 4u);
  f.run();
  r = f.run(status);
  EXPECT_EQ(count(r, Verdict::Unchecked), 0u);
  EXPECT_EQ(count(r, Verdict::Proved), 4u);
}

TEST(Checker, WithoutACacheEverythingIsSentEachTime) {
  Fixture f;
  Checker checker(f.registry, nullptr, CheckSettings{}, [](const std::string&) {});
  const std::atomic<bool> cancel{false};
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(
        checker.check(*f.g.module, f.g.result, f.g.frontend->sources(), cancel, [](const Tally&) {}).sent,
        4u);
  }
}

// Whether `ob` asks for FALSE (a smoke obligation), through ASSUME/PROVE or directly.
bool provesFalse(const Obligation& ob) {
  const Expr* goal = ob.goal.get();
  while (goal->kind == ExprKind::Sequent) goal = goal->args[0].get();
  return goal->kind == ExprKind::Builtin && goal->op == BuiltinOp::False;
}

// Proves every obligation but smoke ones; of these only the one of obligation `contradictory`.
void proveAllButSmokeOf(FakeWorld& world, std::uint32_t contradictory) {
  world.behaviour = [contradictory](const Obligation& ob, FakeBackend&) {
    ProofResult r;
    r.backend = "fake";
    r.status = !provesFalse(ob) || ob.id == contradictory ? ProofResult::Proved : ProofResult::ResourceOut;
    return r;
  };
}

std::set<std::uint32_t> contradictoryIds(const ModuleReport& r) {
  std::set<std::uint32_t> out;
  for (const auto& k : r.smoke) {
    if (k.contradictory()) out.insert(r.outcomes[k.outcome].obligation->id);
  }
  return out;
}

TEST(Checker, SmokeChecksFollowEveryProofAreSharedAndCached) {
  Fixture f(kSmokeModule);
  const auto main = f.g.of(ObligationKind::Main);
  ASSERT_EQ(main.size(), 3u);
  const std::uint32_t two = main[1]->id, three = main[2]->id;
  proveAllButSmokeOf(f.world, two);
  CheckSettings settings;
  settings.smoke = true;
  const ModuleReport first = f.run(settings);
  EXPECT_EQ(first.sent, 3u);
  EXPECT_EQ(first.smokeSent, 2u);  // Two and Three share one
  EXPECT_EQ(f.calls(), 5u);
  ASSERT_EQ(first.smoke.size(), 3u);
  for (const auto& k : first.smoke) {
    EXPECT_EQ(first.outcomes[k.outcome].verdict, Verdict::Proved);
    EXPECT_FALSE(k.cached);
  }
  EXPECT_EQ(contradictoryIds(first), (std::set<std::uint32_t>{two, three}));
  const SmokeOutcome& found = *std::find_if(first.smoke.begin(), first.smoke.end(),
                                            [](const SmokeOutcome& k) { return k.contradictory(); });
  EXPECT_EQ(found.theorem, "Two");
  EXPECT_EQ(found.step.begin.line, 6u);

  const ModuleReport second = f.run(settings);
  EXPECT_EQ(second.sent + second.smokeSent, 0u);
  EXPECT_EQ(f.calls(), 5u);
  EXPECT_EQ(contradictoryIds(second), (std::set<std::uint32_t>{two, three}));
  for (const auto& k : second.smoke) EXPECT_TRUE(k.cached);

  CheckSettings status = settings;
  status.prove = false;
  EXPECT_EQ(contradictoryIds(f.run(status)), (std::set<std::uint32_t>{two, three}));
  EXPECT_EQ(f.calls(), 5u);
}

TEST(Checker, NoSmokeChecksWithoutTheFlagOrForFailures) {
  Fixture f;
  proveAllButSmokeOf(f.world, 1);
  const ModuleReport plain = f.run();
  EXPECT_TRUE(plain.smoke.empty());
  EXPECT_EQ(plain.smokeSent, 0u);
  EXPECT_EQ(f.calls(), 4u);

  Fixture failing;
  failing.world.behaviour = [](const Obligation&, FakeBackend&) {
    ProofResult r;
    r.status = ProofResult::ResourceOut;
    return r;
  };
  CheckSettings settings;
  settings.smoke = true;
  const ModuleReport r = failing.run(settings);
  EXPECT_TRUE(r.smoke.empty());
  EXPECT_EQ(failing.calls(), 4u);
}

}  // namespace
}  // namespace tlapx::check
