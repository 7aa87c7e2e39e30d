// The default chain behind every pragma tlapx handles with its own provers: the built-in
// structural check, then Z3 (see backend.hpp); temporal obligations are tried with the
// PTL backend first, as TLAPS users expect.
#include <optional>

#include "backends/backend.hpp"
#include "backends/budget.hpp"
#include "backends/builtin.hpp"
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
    return z3_->prove(ob, budget);
  }
  std::string name() const override { return "default"; }
  std::string version() const override {
    return "builtin + z3 " + z3_->version() + " + ptl " + ptl_->version();
  }
  std::string encoderVersion() const override {
    return "builtin " + std::string(kBuiltinVersion) + ", z3 " + z3_->encoderVersion() + ", ptl " +
           ptl_->encoderVersion();
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
