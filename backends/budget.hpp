// Budgets: how a proof's pragma (SMT, SMTT(n), SMTT("rN"), Z3T(n), Zenon, ...) and the
// scheduler's Budget become a deterministic Z3 resource limit and a wall-clock cap.
#pragma once

#include <cstdint>
#include <string>

#include "backends/backend.hpp"

namespace tlapx {

// Z3 resource units per nominal second: SMTT(n) allows n * kRlimitPerSecond units, so a
// result depends only on the obligation, never on machine load. Calibrated on Z3 4.8.12
// with the failing obligations of the corpus's large proofs (byzpaxos, ewd998, ...: 4 to
// 40 hypotheses, quantified invariants): one core spends 3.4 to 12 million units per CPU
// second there, median 7.6 million, so a budget of n nominal seconds takes about n CPU
// seconds on a typical obligation (bench/budget_ratio.sh measures it).
constexpr std::uint64_t kRlimitPerSecond = 7'500'000;
// SMTT("rN") / Z3T("rN"): N times this fixed base resource count.
constexpr std::uint64_t kRlimitBase = 1'000'000;
// tlapm's default SMT timeout, in nominal seconds.
constexpr double kDefaultSeconds = 5.0;
// The wall-clock cap: this many times the nominal time (stretch included), at least
// kMinWallSeconds (tiny budgets still pay for encoding). On an unloaded machine the rlimit
// comes first and results are deterministic; on a loaded one the cap bounds what a failure
// costs. Below 1.5 because Z3 notices a cancellation only between steps (up to a second
// late on large contexts under load) and the default chain splits a budget in three.
constexpr double kWallFactor = 1.4;
constexpr double kMinWallSeconds = 0.5;

struct Limits {
  std::uint64_t rlimit = 0;
  double wallSeconds = 0;
  double nominalSeconds = 0;  // what the budget means in seconds, stretch included
};

Limits limitsFor(const MethodRequest& method, const Budget& budget);

// A note for pragmas naming provers tlapx does not ship (empty otherwise).
std::string methodNote(const MethodRequest& method);

}  // namespace tlapx
