// Budgets: how a proof's pragma (SMT, SMTT(n), SMTT("rN"), Z3T(n), Zenon, ...) and the
// scheduler's Budget become a deterministic Z3 resource limit and a wall-clock cap.
#pragma once

#include <cstdint>
#include <string>

#include "backends/backend.hpp"

namespace tlapx {

// Z3 resource units per nominal second: SMTT(n) allows n * kRlimitPerSecond units, so a
// result depends only on the obligation, never on machine load. Calibrated on Z3 4.8.12
// with quantifier-heavy obligations: a fast unloaded core spends about this many units
// per second, so the default (kDefaultSeconds) matches tlapm's 5 s Z3 timeout there.
constexpr std::uint64_t kRlimitPerSecond = 10'000'000;
// SMTT("rN") / Z3T("rN"): N times this fixed base resource count.
constexpr std::uint64_t kRlimitBase = 1'000'000;
// tlapm's default SMT timeout, in nominal seconds.
constexpr double kDefaultSeconds = 5.0;
// The wall-clock cap is only a safety net: it allows this many times the nominal time,
// and at least kMinWallSeconds, so that loaded machines still reach the rlimit first.
constexpr double kWallFactor = 10.0;
constexpr double kMinWallSeconds = 300.0;

struct Limits {
  std::uint64_t rlimit = 0;
  double wallSeconds = 0;
};

Limits limitsFor(const MethodRequest& method, const Budget& budget);

// A note for pragmas naming provers tlapx does not ship (empty otherwise).
std::string methodNote(const MethodRequest& method);

}  // namespace tlapx
