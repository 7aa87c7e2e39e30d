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
// The caps of one obligation, each this many times the nominal time (stretch included)
// and at least kMinCapSeconds (tiny budgets still pay for encoding), all enforced by the
// scheduler's watchdog:
//  * CPU time of the worker thread (kCpuFactor): what the budget means, a bound that does
//    not move with the load of other processes, so results stay as deterministic as the
//    rlimit makes them. Above 1 because Z3 notices a cancellation only between steps.
//  * cost (kCostFactor): wall-clock time minus the time the worker waited for a core that
//    other processes had. A hard bound on what a failed obligation costs on a machine that
//    is not oversubscribed: every attempt, forked cvc5 children whose CPU the worker's
//    clock does not see, the counter-model search.
//  * wall-clock time (kWallFactor): the bound on an oversubscribed machine, also the
//    backends' own deadlines (cvc5's forked children): below 2 budgets whatever the load, at
//    the price of results that then depend on load.
constexpr double kCpuFactor = 1.3;
constexpr double kCostFactor = 1.5;
constexpr double kWallFactor = 1.9;
constexpr double kMinCapSeconds = 0.5;

struct Limits {
  std::uint64_t rlimit = 0;
  double cpuSeconds = 0;      // CPU-time cap of the worker (see kCpuFactor)
  double costSeconds = 0;     // wall-clock cap less waits for a core (see kCostFactor)
  double wallSeconds = 0;     // wall-clock cap (see kWallFactor)
  double nominalSeconds = 0;  // what the budget means in seconds, stretch included
};

Limits limitsFor(const MethodRequest& method, const Budget& budget);

// A note for pragmas naming provers tlapx does not ship (empty otherwise).
std::string methodNote(const MethodRequest& method);

}  // namespace tlapx
