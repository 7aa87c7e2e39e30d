// The PTL backend (see ptl_backend.hpp): budget mapping and results. The obligation is
// proved exactly when its abstraction's negation is unsatisfiable; a satisfiable one is
// "failed" (a counter-model of the abstraction, which may be too coarse); running out of
// BDD nodes or time is resource-out / timeout, never a proof.
#include "backends/ptl/ptl_backend.hpp"

#include <algorithm>
#include <chrono>

#include "backends/budget.hpp"
#include "backends/ptl/abstraction.hpp"
#include "backends/ptl/bdd.hpp"
#include "backends/ptl/tableau.hpp"
#include "frontend/level_check.hpp"

namespace tlapx {

namespace {

// The deterministic budget: BDD nodes created, about 500k per nominal second (measured),
// so the default 5 nominal seconds allow 2.5M nodes (about 75 MB), within fixed bounds.
constexpr std::uint64_t kNodesPerSecond = 500'000;
constexpr std::uint64_t kUnitsPerNode = kRlimitPerSecond / kNodesPerSecond;
constexpr std::uint64_t kMinNodes = 100'000;
constexpr std::uint64_t kMaxNodes = 8'000'000;

class PtlBackend final : public Backend {
 public:
  ProofResult prove(const Obligation& ob, const Budget& budget) override {
    const auto start = std::chrono::steady_clock::now();
    ProofResult result;
    result.backend = name();
    const Limits limits = limitsFor(ob.method, budget);
    const std::uint64_t nodes = std::clamp(limits.rlimit / kUnitsPerNode, kMinNodes, kMaxNodes);
    const auto deadline = start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                      std::chrono::duration<double>(limits.wallSeconds));
    ptl::Bdd bdd(nodes, deadline);
    if (!ob.goal) {
      result.status = ProofResult::Error;
      result.reason = "obligation without a goal";
    } else {
      try {
        const ptl::Abstraction abstraction = ptl::abstractObligation(ob);
        const std::string atoms = std::to_string(abstraction.atoms.size()) + " atoms";
        if (ptl::satisfiable(abstraction.problem, bdd)) {
          result.status = ProofResult::Failed;
          result.reason = "the propositional temporal abstraction (" + atoms + ") is not valid";
        } else {
          result.status = ProofResult::Proved;
          result.note = atoms;
        }
      } catch (const ptl::BddLimitExceeded& e) {
        result.status = e.timeout ? ProofResult::Timeout : ProofResult::ResourceOut;
        result.reason = e.what();
      }
    }
    result.rlimitUsed = bdd.nodeCount() * kUnitsPerNode;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
  }
  std::string name() const override { return "ptl"; }
  std::string version() const override { return "1 (symbolic LTL tableau)"; }
  // Bump whenever a change of the abstraction (abstraction.hpp) can change a result.
  std::string encoderVersion() const override { return "3"; }
};

}  // namespace

std::unique_ptr<Backend> makePtlBackend() { return std::make_unique<PtlBackend>(); }

bool isTemporalObligation(const Obligation& obligation) {
  auto temporal = [](const ExprPtr& e) { return e && expressionLevel(*e) == Level::Temporal; };
  for (const auto& h : obligation.hyps)
    if (h.kind == ObligationHyp::Kind::Fact && temporal(h.fact)) return true;
  return temporal(obligation.goal);
}

}  // namespace tlapx
