// The default chain behind every pragma tlapx handles with its own provers: the built-in
// structural check, then Z3 (see backend.hpp); temporal obligations are tried with the
// PTL backend first, as TLAPS users expect. Z3 first sees only the relevant part of a big
// context (relevance.hpp) with a share of the budget, then the whole context.
#include <optional>

#include "backends/backend.hpp"
#include "backends/budget.hpp"
#include "backends/builtin.hpp"
#include "backends/relevance.hpp"
#include "backends/ptl/ptl_backend.hpp"
#include "backends/z3/z3_backend.hpp"

namespace tlapx {

const char* statusName(ProofResult::Status status) {
  switch (status) {
    case ProofResult::Proved: return "proved";
    case ProofResult::Failed: return "failed";
    case ProofResult::Unknown: return "unknown";
    case ProofResult::Timeout: return "timeout";
    case ProofResult::ResourceOut: return "resource-out";
    case ProofResult::Error: return "error";
  }
  return "?";
}

namespace {

class DefaultChain final : public Backend {
 public:
  ProofResult prove(const Obligation& ob, const Budget& budget) override {
    if (isTemporalObligation(ob)) {
      ProofResult r = ptl_->prove(ob, budget);
      if (r.status == ProofResult::Proved) return r;
    }
    if (std::optional<ProofResult> r = proveBuiltin(ob)) {
      r->note = r->note + (methodNote(ob.method).empty() ? "" : "; " + methodNote(ob.method));
      return *r;
    }
    return proveWithZ3(ob, budget);
  }
  // Big contexts (whole invariants in every step): after a short try with everything, Z3
  // tries the relevant part with a share of the budget, then everything again with the
  // rest: the shares add up to one, so a failure costs one budget (budget.hpp).
  // Small contexts go straight to Z3.
  static constexpr std::size_t kBigContext = 16;  // conjuncts among the facts
  static constexpr double kShortShare = 0.1;
  static constexpr double kRelevantShare = 0.25;
  static constexpr double kFullShare = 1 - kShortShare - kRelevantShare;

  ProofResult proveWithZ3(const Obligation& ob, const Budget& budget) {
    const std::optional<Obligation> part = relevantPart(ob);
    if (!part || factConjuncts(ob) < kBigContext) return z3_->prove(ob, budget);
    double seconds = 0;
    std::uint64_t used = 0;
    auto attempt = [&](const Obligation& o, double share) {
      Budget b = budget;
      b.stretch *= share;
      ProofResult r = z3_->prove(o, b);
      seconds += r.seconds;
      used += r.rlimitUsed;
      r.seconds = seconds;
      r.rlimitUsed = used;
      return r;
    };
    ProofResult r = attempt(ob, kShortShare);
    if (r.status == ProofResult::Proved) return r;
    r = attempt(*part, kRelevantShare);
    if (r.status == ProofResult::Proved) {
      r.note = r.note.empty() ? "proved from the relevant hypotheses" : r.note + "; proved from the relevant hypotheses";
      return r;
    }
    return attempt(ob, kFullShare);
  }

  std::string name() const override { return "default"; }
  std::string version() const override {
    return "builtin + z3 " + z3_->version() + " + ptl " + ptl_->version();
  }
  std::string encoderVersion() const override {
    return "builtin " + std::string(kBuiltinVersion) + ", relevance 1, z3 " + z3_->encoderVersion() +
           ", ptl " + ptl_->encoderVersion();
  }
  void interrupt() override {
    z3_->interrupt();
    ptl_->interrupt();
  }

 private:
  std::unique_ptr<Backend> z3_ = makeZ3Backend();
  std::unique_ptr<Backend> ptl_ = makePtlBackend();
};

}  // namespace

std::unique_ptr<Backend> makeDefaultBackend() { return std::make_unique<DefaultChain>(); }

}  // namespace tlapx
