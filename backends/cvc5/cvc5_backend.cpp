// The cvc5 backend (see cvc5_backend.hpp): encodes the obligation with the Z3 encoding in a
// z3::context used only as a term builder, converts the assertions into a fresh cvc5
// solver per slice and checks them in a forked child. Slices cycle through cvc5
// strategies (a repeated strategy would repeat its answer: cvc5 is deterministic for a
// resource limit) and share the budget.
#include "backends/cvc5/cvc5_backend.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <string_view>
#include <utility>

#include "backends/budget.hpp"
#include "backends/cvc5/forked_run.hpp"
#include "backends/cvc5/term_conversion.hpp"
#include "backends/solver_versions.hpp"
#include "backends/z3/encoding.hpp"
#include "backends/z3/z3_backend.hpp"

namespace tlapx {

namespace {

using Options = std::vector<std::pair<std::string_view, std::string_view>>;

// cvc5's strategies, one per slice in turn, all on the encoding's patterns.
// Counterexample-guided instantiation finds witnesses for existential goals that Z3's
// E-matching misses (an obligation of LearnProofs/AddTwo.tla: 0.15 s, where enumerative
// instantiation runs out of budget); enumerative instantiation with the ground terms of
// the context, after or interleaved with E-matching, does the rest. cvc5 1.0.3 crashes
// on a few corpus obligations with cegqi-all (and on more with enum-inst with it): the
// crash only ends that slice (forked_run.hpp).
const std::array<Options, 3> kStrategies{{
    {{"cegqi-all", "true"}},
    {{"enum-inst", "true"}},
    {{"enum-inst", "true"}, {"enum-inst-interleave", "true"}},
}};

// cvc5's answer as the byte the forked child reports.
std::uint8_t answerOf(const cvc5::Result& r) {
  if (r.isUnsat()) return ProofResult::Proved;
  if (r.isSat()) return ProofResult::Failed;
  switch (r.getUnknownExplanation()) {
    case cvc5::RESOURCEOUT: return ProofResult::ResourceOut;
    case cvc5::TIMEOUT: return ProofResult::Timeout;
    default: return ProofResult::Unknown;
  }
}

const char* reasonOf(ProofResult::Status s) {
  switch (s) {
    case ProofResult::Proved: return "";
    case ProofResult::Failed: return "counter-model";
    case ProofResult::ResourceOut: return "resource limit reached";
    case ProofResult::Timeout: return "time limit reached";
    default: return "incomplete (quantifiers)";
  }
}

class Cvc5Backend final : public Backend {
 public:
  ProofResult prove(const Obligation& ob, const Budget& budget) override {
    const auto start = std::chrono::steady_clock::now();
    interrupted_ = false;
    ProofResult result = run(ob, budget);
    result.backend = "cvc5";
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const std::string note = methodNote(ob.method);
    if (!note.empty()) result.note = result.note.empty() ? note : note + "; " + result.note;
    return result;
  }
  std::string name() const override { return "cvc5"; }
  std::string version() const override { return cvc5Version(); }
  // Also the version of the Z3 encoding it converts, which is the bulk of what it solves.
  std::string encoderVersion() const override { return "1 (z3 encoding " + z3EncoderVersion() + ")"; }
  void interrupt() override { interrupted_ = true; }

 private:
  ProofResult run(const Obligation& ob, const Budget& budget) {
    ProofResult result;
    if (!ob.goal) {
      result.status = ProofResult::Error;
      result.reason = "obligation without goal";
      return result;
    }
    const Limits limits = limitsFor(ob.method, budget);
    const auto wallDeadline = std::chrono::steady_clock::now() +
                              std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                  std::chrono::duration<double>(limits.wallSeconds));
    try {
      z3::context ctx;
      z3enc::Signature sig(ctx);
      const z3enc::Encoding enc = z3enc::encode(ob, z3enc::flatten(ob), sig);
      result.note = enc.note;
      double left = limits.nominalSeconds;
      std::string crash;
      bool answered = false;  // some slice did not crash
      for (std::size_t slice = 0; left > 1e-3; ++slice) {
        if (interrupted_) {
          result.status = ProofResult::Unknown;
          result.reason = "interrupted";
          break;
        }
        if (std::chrono::steady_clock::now() >= wallDeadline) {
          result.status = ProofResult::Timeout;
          result.reason = "wall-clock cap reached";
          break;
        }
        const double seconds = std::min(left, kCvc5SliceSeconds);
        left -= seconds;
        std::string reason;
        const ProofResult::Status status = check(enc, slice, seconds, wallDeadline, reason);
        // A crash of one strategy: the next may not crash; the answer is the last slice's
        // that did not crash, and the note says so if none proves it.
        if (status == ProofResult::Error) {
          crash = reason;
          if (answered) continue;
        }
        answered = answered || status != ProofResult::Error;
        result.status = status;
        result.reason = reason;
        if (status == ProofResult::Proved || status == ProofResult::Failed) break;
      }
      if (result.status != ProofResult::Proved && !crash.empty()) {
        result.note = result.note.empty() ? crash : result.note + "; " + crash;
      }
      result.rlimitUsed = static_cast<std::uint64_t>(
          std::ceil((limits.nominalSeconds - std::max(left, 0.0)) * static_cast<double>(kRlimitPerSecond)));
    } catch (const z3enc::EncodeError& e) {
      result.status = ProofResult::Error;
      result.reason = std::string("cannot encode: ") + e.what();
    } catch (const cvc5enc::ConversionError& e) {
      result.status = ProofResult::Error;
      result.reason = std::string("cannot convert for cvc5: ") + e.what();
    } catch (const cvc5::CVC5ApiException& e) {
      result.status = ProofResult::Error;
      result.reason = std::string("cvc5: ") + e.what();
    } catch (const z3::exception& e) {
      result.status = ProofResult::Error;
      result.reason = std::string("z3: ") + e.msg();
    }
    return result;
  }

  // Slice number `slice`: a fresh solver with the next strategy, `seconds` of nominal
  // budget as its resource limit and kCvc5SliceCpuFactor times that as its CPU time
  // (never past `wallDeadline`, the obligation's), solved in a forked child
  // (forked_run.hpp). Once every strategy had a slice,
  // they run again with another random seed (with the same seed and limit, a strategy
  // would give the same answer again).
  ProofResult::Status check(const z3enc::Encoding& enc, std::size_t slice, double seconds,
                            std::chrono::steady_clock::time_point wallDeadline, std::string& reason) {
    cvc5::Solver solver;
    solver.setOption("rlimit-per", std::to_string(static_cast<std::uint64_t>(
                                       std::ceil(seconds * static_cast<double>(kCvc5RlimitPerSecond)))));
    for (const auto& [name, value] : kStrategies[slice % kStrategies.size()]) {
      solver.setOption(std::string(name), std::string(value));
    }
    if (const std::size_t round = slice / kStrategies.size(); round > 0) {
      solver.setOption("seed", std::to_string(round));
      solver.setOption("sat-random-seed", std::to_string(round));
    }
    solver.setLogic("ALL");  // after the options, which the logic's defaults depend on
    cvc5enc::TermConverter converter(solver);
    for (const auto& a : enc.assertions) {
      // Building a big encoding's terms takes a while: an interrupt or the deadline stops it.
      if (interrupted_) {
        reason = "interrupted";
        return ProofResult::Unknown;
      }
      if (std::chrono::steady_clock::now() >= wallDeadline) {
        reason = "wall-clock cap reached";
        return ProofResult::Timeout;
      }
      solver.assertFormula(converter.convert(a));
    }
    const double cpuCap = std::max(kMinCapSeconds, kCvc5SliceCpuFactor * seconds);
    const cvc5enc::ForkedOutcome outcome = cvc5enc::runForked(
        [&solver] { return answerOf(solver.checkSat()); }, wallDeadline, cpuCap, interrupted_, kCvc5MemoryMegabytes);
    switch (outcome.kind) {
      case cvc5enc::ForkedOutcome::Kind::Answered: {
        const auto status = static_cast<ProofResult::Status>(outcome.answer);
        reason = reasonOf(status);
        return status;
      }
      case cvc5enc::ForkedOutcome::Kind::Interrupted: reason = "interrupted"; return ProofResult::Unknown;
      case cvc5enc::ForkedOutcome::Kind::TimedOut: reason = outcome.detail; return ProofResult::Timeout;
      case cvc5enc::ForkedOutcome::Kind::Crashed: break;
    }
    reason = "cvc5 crashed (" + outcome.detail + ")";
    return ProofResult::Error;
  }

  std::atomic<bool> interrupted_{false};
};

}  // namespace

std::unique_ptr<Backend> makeCvc5Backend() { return std::make_unique<Cvc5Backend>(); }

}  // namespace tlapx
