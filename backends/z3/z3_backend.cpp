// The Z3 backend: asserts the encoded obligation (encoding.hpp) and runs Z3 within the
// budget, in a schedule of attempts. Each attempt encodes the obligation in a fresh
// z3::context of its own, so results never depend on earlier attempts or obligations and
// instances share nothing.
#include "backends/z3/z3_backend.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <mutex>
#include <optional>
#include <vector>

#include "backends/budget.hpp"
#include "backends/solver_versions.hpp"
#include "backends/z3/encoding.hpp"
#include "backends/z3/result.hpp"

namespace tlapx {

namespace {

using namespace z3enc;

class Z3Backend final : public Backend {
 public:
  ProofResult prove(const Obligation& ob, const Budget& budget) override {
    const auto start = std::chrono::steady_clock::now();
    ProofResult result = run(ob, budget);
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::string note = methodNote(ob.method);
    if (!note.empty()) result.note = result.note.empty() ? note : note + "; " + result.note;
    return result;
  }
  std::string name() const override { return "z3"; }
  std::string version() const override { return z3Version(); }
  std::string encoderVersion() const override { return z3EncoderVersion(); }
  void interrupt() override {
    const std::lock_guard lock(mutex_);
    interrupted_ = true;
    if (running_ != nullptr) running_->interrupt();
  }

 public:
  // Bump whenever a change of the encoding or of the solver strategy can change a result:
  // cached results of other encoder versions are then not reused.
  static constexpr const char* kEncoderVersion = "30";

 private:

  // The solver attempts, in order, each in a fresh context (so that it behaves the same
  // whatever came before) with a share of the obligation's rlimit, until one decides.
  // Two engines that each prove obligations the other misses: Z3's SMT core alone
  // (`simple`) with phase selection "always false", which on tlapm's Paxos example proves
  // the slowest steps 3 to 30 times faster than the default caching phase, and one more;
  // and Z3's default solver with its preprocessing. A short try of each first, then the
  // rest of the rlimit, most of it for the core (which proves most of what needs long
  // runs on the corpus): an obligation one engine proves cheaply never waits for the
  // other's long run, and the shares add up to one, so a failure costs one rlimit, which
  // is what the budget's nominal seconds mean. The short tries get a tenth each: the
  // default solver proves tlapm's Paxos.tla:290 with 1.9 million units in 0.25 s, and the
  // core, which spends its units there at half the calibrated rate, does not within the
  // rest of the budget. Only rlimits count toward results, never elapsed time, except the
  // caps of budget.hpp (a timeout: results then depend on load).
  enum class Engine : std::uint8_t { Core, Default };
  struct Attempt {
    Engine engine;
    double share;  // of the obligation's rlimit
  };
  static constexpr std::array<Attempt, 4> kSchedule{
      {{Engine::Core, 0.1}, {Engine::Default, 0.1}, {Engine::Core, 0.6}, {Engine::Default, 0.2}}};

  // Makes the context of the attempt in progress reachable from interrupt(); an interrupt
  // that came while no context was running cancels this one at once.
  class Running {
   public:
    Running(Z3Backend& backend, z3::context& ctx) : backend_(backend) {
      const std::lock_guard lock(backend_.mutex_);
      backend_.running_ = &ctx;
      if (backend_.interrupted_) ctx.interrupt();
    }
    ~Running() {
      const std::lock_guard lock(backend_.mutex_);
      backend_.running_ = nullptr;
    }
    Running(const Running&) = delete;
    Running& operator=(const Running&) = delete;

   private:
    Z3Backend& backend_;
  };

  bool interrupted() {
    const std::lock_guard lock(mutex_);
    return interrupted_;
  }

  ProofResult run(const Obligation& ob, const Budget& budget) {
    ProofResult result;
    result.backend = "z3";
    if (!ob.goal) {
      result.status = ProofResult::Error;
      result.reason = "obligation without goal";
      return result;
    }
    const Context flat = flatten(ob);
    const Limits limits = limitsFor(ob.method, budget);
    const auto deadline = std::chrono::steady_clock::now() +
                          std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                              std::chrono::duration<double>(limits.wallSeconds));
    std::uint64_t used = 0;  // over all attempts
    std::vector<bool> provedConjuncts;  // of a conjunctive goal, by earlier attempts
    {
      const std::lock_guard lock(mutex_);
      interrupted_ = false;
    }
    try {
      for (std::size_t attempt = 0; attempt < kSchedule.size(); ++attempt) {
        if (interrupted()) {
          result.status = ProofResult::Unknown;
          result.reason = "interrupted";
          break;
        }
        const Attempt& next = kSchedule[attempt];
        z3::context ctx;
        const Running running(*this, ctx);
        Signature sig(ctx);
        const Encoding enc = encode(ob, flat, sig);
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
          result.status = ProofResult::Timeout;
          result.reason = "wall-clock cap reached";
          break;
        }
        const auto rlimit =
            static_cast<std::uint64_t>(std::ceil(next.share * static_cast<double>(limits.rlimit)));
        if (provedConjuncts.size() != enc.negatedConjuncts.size()) {
          provedConjuncts.assign(enc.negatedConjuncts.size(), false);
        }
        result = runAttempt(ob, ctx, enc, next, rlimit, provedConjuncts, attempt == 0);
        used += result.rlimitUsed;
        result.note = enc.note;
        if (result.status != ProofResult::ResourceOut && result.status != ProofResult::Unknown) break;
      }
    } catch (const EncodeError& e) {
      result.status = ProofResult::Error;
      result.reason = std::string("cannot encode: ") + e.what();
    } catch (const z3::exception& e) {
      result.status = ProofResult::Error;
      result.reason = std::string("z3: ") + e.msg();
    }
    result.rlimitUsed = used;
    return result;
  }

  // One attempt: the encoding's assertions in a solver of the attempt's engine, within
  // `rlimit`. A conjunctive goal is proved conjunct by conjunct, each in a solver of its
  // own (the engine's preprocessing sees one goal), sharing the rlimit; conjuncts proved
  // (also by earlier attempts, marked in `proved`) are not tried again. A model for one
  // conjunct's negation is one of the goal's.
  static ProofResult runAttempt(const Obligation& ob, z3::context& ctx, const Encoding& enc,
                                const Attempt& attempt, std::uint64_t rlimit,
                                std::vector<bool>& proved, bool dump) {
    auto check = [&](std::optional<std::size_t> conjunct) {
      z3::solver solver = attempt.engine == Engine::Core ? z3::solver(ctx, z3::solver::simple())
                                                         : z3::solver(ctx);
      for (std::size_t i = 0; i < enc.assertions.size(); ++i) {
        solver.add(conjunct && i == enc.negatedGoal ? enc.negatedConjuncts[*conjunct] : enc.assertions[i]);
      }
      const std::uint64_t spent = rlimitCount(solver);  // the context's, by earlier conjuncts
      z3::params params(ctx);
      params.set("rlimit", static_cast<unsigned>(rlimit > spent ? rlimit - spent : 1));
      params.set("ctrl_c", false);  // Z3's own SIGINT handler is process-wide: not thread-safe
      // No Z3 `timeout`: the wall-clock cap inside an attempt is the scheduler's watchdog
      // (interrupt()). Z3's timers run on threads that its fork handler waits for, and
      // which two threads forking at once (the cvc5 backend) wait for forever.
      if (attempt.engine == Engine::Core) params.set("phase_selection", 0u);
      solver.set(params);
      if (const char* dir = std::getenv("TLAPX_Z3_DUMP"); dir != nullptr && dump) {
        const std::string part = conjunct ? "." + std::to_string(*conjunct + 1) : "";
        std::ofstream(std::string(dir) + "/ob" + std::to_string(ob.id) + part + ".smt2") << solver.to_smt2();
      }
      return interpret(ob, solver, solver.check(), enc.ground, rlimit);
    };
    if (enc.negatedConjuncts.empty()) return check(std::nullopt);
    ProofResult result;
    for (std::size_t i = 0; i < enc.negatedConjuncts.size(); ++i) {
      if (proved[i]) continue;
      result = check(i);
      if (result.status != ProofResult::Proved) return result;
      proved[i] = true;
    }
    result.status = ProofResult::Proved;  // every conjunct, in this attempt or before
    return result;
  }

  std::mutex mutex_;
  z3::context* running_ = nullptr;  // guarded by mutex_
  bool interrupted_ = false;        // guarded by mutex_
};

}  // namespace

std::string z3EncoderVersion() { return Z3Backend::kEncoderVersion; }

std::unique_ptr<Backend> makeZ3Backend() {
  static std::once_flag capped;
  std::call_once(capped, [] {
    z3::set_param("memory_high_watermark", static_cast<int>(kZ3MemoryMegabytes << 20));
  });
  return std::make_unique<Z3Backend>();
}

}  // namespace tlapx
