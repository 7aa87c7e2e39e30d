// The backend interface the scheduler drives: one Backend instance per worker thread
// proves one obligation at a time within a budget and says how it went.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "prover/obligation.hpp"

namespace tlapx {

// Lets a backend that proves in several attempts bound each one by the CPU time of the
// calling thread: after capAttempt(s), the scheduler's watchdog calls interruptAttempt()
// once the thread has spent s more seconds of CPU; capAttempt(0) lifts the bound.
using AttemptCap = std::function<void(double cpuSeconds)>;

// How much a backend may spend on one obligation. `rlimit` is the deterministic budget
// (Z3 resource units; 0 = the backend's default); `wallSeconds` is a safety cap
// (0 = the backend's default). `stretch` multiplies both (like tlapm --stretch).
// `capAttempt` is set by the scheduler (empty elsewhere).
struct Budget {
  Budget() = default;
  Budget(std::uint64_t units, double wall, double factor) : rlimit(units), wallSeconds(wall), stretch(factor) {}

  std::uint64_t rlimit = 0;
  double wallSeconds = 0;
  double stretch = 1.0;
  AttemptCap capAttempt;
};

struct ProofResult {
  enum Status : std::uint8_t {
    Proved,
    Failed,       // refuted: the solver found a counter-model of the encoded formula
    Unknown,      // the solver gave up (incomplete quantifier reasoning, ...)
    Timeout,      // wall-clock cap reached
    ResourceOut,  // deterministic rlimit exhausted
    Error,        // the obligation could not be encoded or the solver failed
  };
  Status status = Unknown;
  std::string backend;       // who decided: "z3", "builtin"
  std::string reason;        // why not proved (solver's reason_unknown, error text)
  std::string counterModel;  // only for ground, checked counter-models; else empty
  double seconds = 0;
  std::uint64_t rlimitUsed = 0;
  std::string note;          // e.g. "Zenon pragma: proved with the default chain"
};

const char* statusName(ProofResult::Status status);

class Backend {
 public:
  virtual ~Backend() = default;
  virtual ProofResult prove(const Obligation& obligation, const Budget& budget) = 0;
  virtual std::string name() const = 0;
  virtual std::string version() const = 0;
  // The version of tlapx's own encoding for this backend; bump it whenever a change can
  // change a result. The result cache keys on name, version and encoder version.
  virtual std::string encoderVersion() const = 0;
  // Called from another thread: the prove() in progress, if any, should return promptly
  // (its result is then discarded). Backends that cannot stop early may ignore it.
  virtual void interrupt() {}
  // Called from another thread when the attempt in progress has spent its CPU time (see
  // AttemptCap): that attempt should end, the prove() may go on with the next one.
  virtual void interruptAttempt() { interrupt(); }
};

// The SMT solvers of the default chain: both as a portfolio (the default), or one of them
// (`tlapx check --solver`).
enum class SolverChoice : std::uint8_t { Portfolio, Z3, Cvc5 };

// The default chain used for SMT, Zenon, Isabelle and unannotated obligations: PTL for
// temporal obligations (kept only if it proves them), the built-in structural check, then
// the SMT solvers. One instance per thread. PTL obligations go to makePtlBackend()
// (ptl/ptl_backend.hpp).
std::unique_ptr<Backend> makeDefaultBackend(SolverChoice solvers = SolverChoice::Portfolio);

}  // namespace tlapx
