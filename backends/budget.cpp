// Budget computation from pragmas and the scheduler's Budget (see budget.hpp).
#include "backends/budget.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tlapx {

Limits limitsFor(const MethodRequest& method, const Budget& budget) {
  const double stretch = budget.stretch > 0 ? budget.stretch : 1.0;
  double nominal = kDefaultSeconds;
  if (method.timeoutSeconds && *method.timeoutSeconds > 0) nominal = *method.timeoutSeconds;
  double rlimit = static_cast<double>(budget.rlimit);
  if (method.rlimitUnits) {
    rlimit = static_cast<double>(*method.rlimitUnits) * static_cast<double>(kRlimitBase);
  } else if (rlimit == 0 || method.timeoutSeconds) {
    rlimit = nominal * static_cast<double>(kRlimitPerSecond);
  }
  Limits limits;
  // Z3 takes the rlimit as an unsigned 32-bit value.
  const double cap = static_cast<double>(std::numeric_limits<std::uint32_t>::max());
  limits.rlimit = static_cast<std::uint64_t>(std::min(cap, std::ceil(rlimit * stretch)));
  double wall = budget.wallSeconds > 0 ? budget.wallSeconds
                                       : std::max(kMinWallSeconds, kWallFactor * nominal);
  limits.wallSeconds = wall * stretch;
  return limits;
}

std::string methodNote(const MethodRequest& method) {
  switch (method.method) {
    case Method::Zenon:
    case Method::Isabelle:
      return method.pragma + ": tlapx ships no such prover; used the default chain (builtin, Z3)";
    default: return "";
  }
}

}  // namespace tlapx
