// Budget computation from pragmas and the scheduler's Budget (see budget.hpp).
#include "backends/budget.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tlapx {

Limits limitsFor(const MethodRequest& method, const Budget& budget) {
  const double stretch = budget.stretch > 0 ? budget.stretch : 1.0;
  const auto perSecond = static_cast<double>(kRlimitPerSecond);
  double nominal = kDefaultSeconds;
  double rlimit = nominal * perSecond;
  if (method.rlimitUnits) {
    rlimit = static_cast<double>(*method.rlimitUnits) * static_cast<double>(kRlimitBase);
    nominal = rlimit / perSecond;
  } else if (method.timeoutSeconds && *method.timeoutSeconds > 0) {
    nominal = *method.timeoutSeconds;
    rlimit = nominal * perSecond;
  } else if (budget.rlimit > 0) {
    rlimit = static_cast<double>(budget.rlimit);
    nominal = rlimit / perSecond;
  }
  Limits limits;
  // Z3 takes the rlimit as an unsigned 32-bit value.
  const double cap = static_cast<double>(std::numeric_limits<std::uint32_t>::max());
  limits.rlimit = static_cast<std::uint64_t>(std::min(cap, std::ceil(rlimit * stretch)));
  limits.nominalSeconds = nominal * stretch;
  limits.cpuSeconds = std::max(kMinCapSeconds, kCpuFactor * limits.nominalSeconds);
  limits.wallSeconds = budget.wallSeconds > 0
                           ? budget.wallSeconds * stretch
                           : std::max(kMinCapSeconds, kWallFactor * limits.nominalSeconds);
  limits.costSeconds = std::min(limits.wallSeconds, std::max(kMinCapSeconds, kCostFactor * limits.nominalSeconds));
  if (budget.wallSeconds > 0) limits.cpuSeconds = std::min(limits.cpuSeconds, limits.wallSeconds);
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
