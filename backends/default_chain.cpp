// The default chain behind every pragma tlapx handles with its own provers: the built-in
// structural check, then the SMT portfolio, Z3 and cvc5 (see backend.hpp); temporal
// obligations are tried with the PTL backend first, as TLAPS users expect. On a big
// context the solvers first see only its relevant part (relevance.hpp), then all of it.
#include <algorithm>
#include <array>
#include <atomic>
#include <ctime>
#include <chrono>
#include <optional>
#include <span>
#include <utility>

#include "backends/backend.hpp"
#include "backends/budget.hpp"
#include "backends/builtin.hpp"
#include "backends/countermodel/search.hpp"
#include "backends/cvc5/cvc5_backend.hpp"
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

using Clock = std::chrono::steady_clock;

// The reason of a failure whose solver model the counter-model search could not confirm.
constexpr const char* kUncheckedModel = "the solver found a model of its encoding, not a checked counter-model";

// The counter-model search gets what is left of the cost cap, and at least this share of
// the nominal budget plus kMinSearchSeconds.
constexpr double kSearchReserve = 0.1;
constexpr double kMinSearchSeconds = 0.1;

// The CPU time the calling thread has spent, in seconds.
double threadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

class DefaultChain final : public Backend {
 public:
  explicit DefaultChain(SolverChoice choice) {
    if (choice != SolverChoice::Cvc5) z3_ = makeZ3Backend();
    if (choice != SolverChoice::Z3) cvc5_ = makeCvc5Backend();
  }

  ProofResult prove(const Obligation& ob, const Budget& budget) override {
    interrupted_ = false;
    const auto start = Clock::now();
    const double cpuStart = threadCpuSeconds();
    const Limits limits = limitsFor(ob.method, budget);
    const auto elapsed = [&start] { return std::chrono::duration<double>(Clock::now() - start).count(); };
    if (isTemporalObligation(ob)) {
      ProofResult r = ptl_->prove(ob, budget);
      if (r.status == ProofResult::Proved) return r;
    }
    if (std::optional<ProofResult> r = proveBuiltin(ob)) {
      r->note = r->note + (methodNote(ob.method).empty() ? "" : "; " + methodNote(ob.method));
      return *r;
    }
    ProofResult r = proveWithSolvers(ob, budget, limits.wallSeconds - elapsed(), cpuStart);
    // A false goal no solver refuted (quantifiers, budget): a checked counter-model still
    // tells the user why, without changing the status; in what is left of the cost cap,
    // or at least a small reserve (the solvers often use all of it).
    const double left =
        std::max(limits.costSeconds - elapsed(), kSearchReserve * limits.nominalSeconds + kMinSearchSeconds);
    if (r.status != ProofResult::Proved && r.counterModel.empty() && !interrupted_) {
      countermodel::SearchLimits search;
      search.seconds = std::min(search.seconds, left);
      r.counterModel = countermodel::findCounterModel(ob, {}, search);
    }
    // A solver's model satisfies the encoding, which leaves parts of some obligations
    // opaque (temporal operators, ...): only a checked counter-model refutes the goal.
    if (r.status == ProofResult::Failed && r.counterModel.empty()) r.reason = kUncheckedModel;
    r.seconds = elapsed();  // all of it: PTL, the solvers and the search
    return r;
  }

  std::string name() const override { return "default"; }
  std::string version() const override {
    std::string v = "builtin";
    if (z3_) v += " + z3 " + z3_->version();
    if (cvc5_) v += " + cvc5 " + cvc5_->version();
    return v + " + ptl " + ptl_->version();
  }
  std::string encoderVersion() const override {
    std::string v = "builtin " + std::string(kBuiltinVersion) + ", relevance 1, portfolio 5";
    if (z3_) v += ", z3 " + z3_->encoderVersion();
    if (cvc5_) v += ", cvc5 " + cvc5_->encoderVersion();
    return v + ", ptl " + ptl_->encoderVersion();
  }
  void interrupt() override {
    interrupted_ = true;
    interruptAttempt();
    ptl_->interrupt();
  }
  // The solver attempt in progress ends; the next one starts (each solver's prove()
  // clears its interruption when it starts).
  void interruptAttempt() override {
    if (z3_) z3_->interrupt();
    if (cvc5_) cvc5_->interrupt();
  }

 private:
  // The portfolio: the first solver (Z3, or the one the pragma names) gets most of one
  // budget, and what it does not prove goes to the second with the rest; the shares add
  // up to one, so a failure costs one budget (budget.hpp). Big contexts (whole invariants
  // in every step) first get a short try with everything, then the relevant part of the
  // context (relevance.hpp), then everything again. With one solver, its shares grow to
  // fill the budget. Measured on the corpus (bench/corpus.sh, README "SMT solvers"):
  // Z3 proves nearly everything cvc5 does, and cvc5 proves what it proves quickly, so
  // cvc5 comes second with a fifth of the budget rather than racing Z3 from the start.
  // (Splitting Z3's share in two, to give cvc5 an early short try, changes which of Z3's
  // own attempts gets enough units: tlapm's Paxos.tla:290 then fails.)
  static constexpr std::size_t kBigContext = 16;  // conjuncts among the facts
  enum class Part : std::uint8_t { Whole, Relevant };
  struct Attempt {
    bool first;  // the first solver, or the second
    Part part;
    double share;
  };
  static constexpr std::array<Attempt, 2> kSmallPlan{{{true, Part::Whole, 0.8}, {false, Part::Whole, 0.2}}};
  static constexpr std::array<Attempt, 5> kBigPlan{{{true, Part::Whole, 0.08},
                                                    {true, Part::Relevant, 0.2},
                                                    {true, Part::Whole, 0.52},
                                                    {false, Part::Relevant, 0.1},
                                                    {false, Part::Whole, 0.1}}};

  // `wallCap`: the seconds left of the obligation's wall-clock cap; `cpuStart`: the
  // thread's CPU time when the obligation started.
  ProofResult proveWithSolvers(const Obligation& ob, const Budget& budget, double wallCap, double cpuStart) {
    Backend* first = z3_ ? z3_.get() : cvc5_.get();
    Backend* second = z3_ && cvc5_ ? cvc5_.get() : nullptr;
    if (second != nullptr && ob.method.solver == SmtSolver::Cvc5) std::swap(first, second);
    const std::optional<Obligation> part = relevantPart(ob);
    const bool big = part && factConjuncts(ob) >= kBigContext;
    const std::span<const Attempt> plan = big ? std::span<const Attempt>(kBigPlan) : kSmallPlan;
    double total = 0;  // the shares of the solvers there are
    for (const Attempt& a : plan) total += (a.first || second != nullptr) ? a.share : 0;
    double seconds = 0;
    std::uint64_t used = 0;
    const Limits whole = limitsFor(ob.method, budget);  // the obligation's
    double sharesLeft = total;  // of this attempt and the later ones
    // Each attempt's resource limit is its share; its wall-clock cap is what is left of the
    // obligation's, so that on a loaded machine an attempt is not cut by a cap meant for
    // the whole budget scaled down (results then follow the resource limits, not the load).
    ProofResult r;
    for (const Attempt& a : plan) {
      Backend* solver = a.first ? first : second;
      if (solver == nullptr) continue;
      if (interrupted_) break;  // the watchdog or the user: no further attempt
      Budget b = budget;
      b.stretch *= a.share / total;
      const double wallLeft = wallCap - seconds;
      if (wallLeft <= 0) break;
      b.wallSeconds = wallLeft / b.stretch;  // limitsFor multiplies it by the stretch
      // Its CPU time too: at least its share of the CPU cap, and at most what the later
      // attempts' nominal shares leave of the obligation's. Where a solver spends its
      // resource units more slowly than calibrated (budget.hpp), the next attempt still gets
      // its turn; and an attempt that its resource limit would let prove the goal is not cut
      // because a busy machine (the other core's work in the same caches) slows the units
      // down: its result follows its resource limit, not the load.
      sharesLeft -= a.share;
      const double laterSeconds = whole.nominalSeconds * sharesLeft / total;
      const double attemptCap = std::max(limitsFor(ob.method, b).cpuSeconds,
                                         whole.cpuSeconds - laterSeconds - (threadCpuSeconds() - cpuStart));
      if (budget.capAttempt) budget.capAttempt(attemptCap);
      r = solver->prove(a.part == Part::Relevant ? *part : ob, b);
      if (budget.capAttempt) budget.capAttempt(0);
      if (r.reason == "interrupted" && !interrupted_) {
        r.status = ProofResult::Timeout;
        r.reason = "CPU-time cap of the attempt reached";
      }
      seconds += r.seconds;
      used += r.rlimitUsed;
      r.seconds = seconds;
      r.rlimitUsed = used;
      if (r.status == ProofResult::Proved) {
        if (a.part == Part::Relevant) {
          r.note = r.note.empty() ? "proved from the relevant hypotheses" : r.note + "; proved from the relevant hypotheses";
        }
        return r;
      }
      // A counter-model of the whole encoding: no solver can prove it.
      if (r.status == ProofResult::Failed && a.part == Part::Whole) return r;
    }
    return r;
  }

  std::unique_ptr<Backend> z3_;
  std::unique_ptr<Backend> cvc5_;
  std::unique_ptr<Backend> ptl_ = makePtlBackend();
  std::atomic<bool> interrupted_{false};
};

}  // namespace

std::unique_ptr<Backend> makeDefaultBackend(SolverChoice solvers) {
  return std::make_unique<DefaultChain>(solvers);
}

}  // namespace tlapx
