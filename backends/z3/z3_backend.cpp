// The Z3 backend: moves the goal's antecedents, ASSUME/PROVE and leading \A into the
// context, infers integer-typed symbols, asserts the encoded hypotheses and the negated
// goal with the axioms they need, and runs Z3 within the budget. Each prove() call uses
// a fresh z3::context owned by the call, so results never depend on earlier obligations
// and instances share nothing.
#include "backends/z3/z3_backend.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <mutex>

#include "backends/budget.hpp"
#include "backends/solver_versions.hpp"
#include "backends/z3/result.hpp"
#include "backends/z3/translator.hpp"

namespace tlapx {

namespace {

using namespace z3enc;

// The obligation as a flat context: declarations (with optional domain), facts, and the
// symbols of the goal's leading \A, which become Skolem constants.
struct Context {
  struct Item {
    const Decl* decl = nullptr;    // declaration or Skolem constant
    const Expr* domain = nullptr;  // its domain, if any
    bool skolem = false;
    const Expr* fact = nullptr;    // or a fact
  };
  std::vector<Item> items;
  const Expr* goal = nullptr;
};

void addFacts(const Expr& e, Context& ctx) {
  if (e.kind == ExprKind::Builtin && e.op == BuiltinOp::And) {
    for (const auto& a : e.args) addFacts(*a, ctx);
  } else {
    ctx.items.push_back({nullptr, nullptr, false, &e});
  }
}

Context flatten(const Obligation& ob) {
  Context ctx;
  for (const auto& h : ob.hyps) {
    if (h.kind == ObligationHyp::Kind::Declaration && h.decl != nullptr) {
      ctx.items.push_back({h.decl, h.domain.get(), false, nullptr});
    } else if (h.fact) {
      addFacts(*h.fact, ctx);
    }
  }
  const Expr* goal = ob.goal.get();
  for (bool changed = true; changed && goal != nullptr;) {
    changed = false;
    if (goal->kind == ExprKind::Label) {
      goal = goal->args[0].get();
      changed = true;
    } else if (goal->kind == ExprKind::Builtin && goal->op == BuiltinOp::Implies) {
      addFacts(*goal->args[0], ctx);
      goal = goal->args[1].get();
      changed = true;
    } else if (goal->kind == ExprKind::Sequent) {
      for (const auto& h : goal->hyps) {
        if (h.newDecl) {
          ctx.items.push_back({h.newDecl.get(), h.newDecl->body.get(), false, nullptr});
        } else if (h.fact) {
          addFacts(*h.fact, ctx);
        }
      }
      goal = goal->args[0].get();
      changed = true;
    } else if (goal->kind == ExprKind::Quant && goal->quantOp == QuantOp::Forall &&
               std::none_of(goal->binders.begin(), goal->binders.end(),
                            [](const Binder& b) { return b.tuple; })) {
      for (const auto& b : goal->binders) {
        for (const auto& v : b.vars) ctx.items.push_back({v.get(), b.domain.get(), true, nullptr});
      }
      goal = goal->args[0].get();
      changed = true;
    }
  }
  ctx.goal = goal;
  return ctx;
}

// Whether any asserted formula contains a quantifier.
bool hasQuantifier(const z3::expr& e, std::set<unsigned>& seen) {
  if (!seen.insert(e.id()).second) return false;
  if (e.is_quantifier()) return true;
  if (!e.is_app()) return false;
  for (unsigned i = 0; i < e.num_args(); ++i) {
    if (hasQuantifier(e.arg(i), seen)) return true;
  }
  return false;
}

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
  std::string encoderVersion() const override { return kEncoderVersion; }
  void interrupt() override {
    const std::lock_guard lock(mutex_);
    interrupted_ = true;
    if (running_ != nullptr) running_->interrupt();
  }

 private:
  // Bump whenever a change of the encoding or of the solver strategy can change a result:
  // cached results of other encoder versions are then not reused.
  static constexpr const char* kEncoderVersion = "2";

  // The solver attempts, in order, each with a share of the obligation's rlimit, until one
  // decides. Two engines that each prove obligations the other misses: Z3's SMT core
  // alone (`simple`), with phase selection "always false" (Z3's default caching phase
  // makes some Paxos steps 3 to 30 times slower, or lost), and Z3's default solver with
  // its preprocessing. A short try of each first, then the rest of the rlimit for each:
  // an obligation one engine proves cheaply never waits for the other's whole budget,
  // and a failure costs two rlimits, as with one full attempt per engine. The schedule
  // only uses rlimits, never elapsed time: results do not depend on machine load.
  enum class Engine : std::uint8_t { Core, Default };
  struct Attempt {
    Engine engine;
    double share;  // of the obligation's rlimit
  };
  static constexpr std::array<Attempt, 4> kSchedule{
      {{Engine::Core, 0.1}, {Engine::Default, 0.1}, {Engine::Core, 0.9}, {Engine::Default, 0.9}}};

  // Makes the context of the prove() in progress reachable from interrupt().
  class Running {
   public:
    Running(Z3Backend& backend, z3::context& ctx) : backend_(backend) {
      const std::lock_guard lock(backend_.mutex_);
      backend_.running_ = &ctx;
      backend_.interrupted_ = false;
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
    try {
      z3::context ctx;
      const Running running(*this, ctx);
      Signature sig(ctx);
      Context flat = flatten(ob);
      std::vector<const Expr*> facts;
      std::vector<std::pair<const Decl*, const Expr*>> decls;
      for (const auto& item : flat.items) {
        if (item.fact != nullptr) facts.push_back(item.fact);
        if (item.decl != nullptr) decls.emplace_back(item.decl, item.domain);
      }
      Translator tr(sig, inferIntDecls(facts, decls),
                    std::set<const Decl*>(ob.opaque.begin(), ob.opaque.end()));
      std::size_t dropped = 0;
      std::string firstDropped;
      Exprs assertions;
      for (const auto& item : flat.items) {
        try {
          if (item.skolem) tr.skolemize(item.decl);
          if (item.decl != nullptr && item.domain != nullptr) {
            assertions.push_back(tr.membership(tr.declValue(item.decl), *item.domain, Pol::Pos));
          } else if (item.fact != nullptr) {
            assertions.push_back(tr.formula(*item.fact, Pol::Pos));
          }
        } catch (const EncodeError& e) {
          ++dropped;  // dropping a hypothesis is sound
          firstDropped = firstDropped.empty() ? e.what() : firstDropped;
        }
      }
      assertions.push_back(!tr.formula(*flat.goal, Pol::Neg));
      for (const auto& a : sig.neededAxioms(assertions)) assertions.push_back(a);
      if (dropped > 0) {
        result.note = std::to_string(dropped) + " hypotheses not encodable, left out (" + firstDropped + ")";
      }

      const Limits limits = limitsFor(ob.method, budget);
      std::set<unsigned> seen;
      bool ground = !tr.quantified();
      for (std::size_t i = 0; ground && i < assertions.size(); ++i) {
        ground = !hasQuantifier(assertions[i], seen);
      }
      const auto start = std::chrono::steady_clock::now();
      ProofResult r;
      std::uint64_t used = 0;
      for (std::size_t attempt = 0; attempt < kSchedule.size(); ++attempt) {
        if (interrupted()) {
          r.status = ProofResult::Unknown;
          r.reason = "interrupted";
          break;
        }
        const Attempt& next = kSchedule[attempt];
        z3::solver solver = next.engine == Engine::Core ? z3::solver(ctx, z3::solver::simple()) : z3::solver(ctx);
        for (const auto& a : assertions) solver.add(a);
        const double elapsed =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const auto rlimit = static_cast<std::uint64_t>(std::ceil(next.share * static_cast<double>(limits.rlimit)));
        z3::params params(ctx);
        params.set("rlimit", static_cast<unsigned>(rlimit));
        params.set("ctrl_c", false);  // Z3's own SIGINT handler is process-wide: not thread-safe
        params.set("timeout", static_cast<unsigned>(std::max(1.0, limits.wallSeconds - elapsed) * 1000));
        if (next.engine == Engine::Core) params.set("phase_selection", 0u);
        solver.set(params);
        if (const char* dump = std::getenv("TLAPX_Z3_DUMP"); dump != nullptr && attempt == 0) {
          std::ofstream(std::string(dump) + "/ob" + std::to_string(ob.id) + ".smt2") << solver.to_smt2();
        }
        r = interpret(solver, solver.check(), ground, rlimit, used);
        used = r.rlimitUsed;  // the context's cumulative count
        if (r.status != ProofResult::ResourceOut && r.status != ProofResult::Unknown) break;
      }
      r.rlimitUsed = used;
      r.note = result.note;
      return r;
    } catch (const EncodeError& e) {
      result.status = ProofResult::Error;
      result.reason = std::string("cannot encode: ") + e.what();
    } catch (const z3::exception& e) {
      result.status = ProofResult::Error;
      result.reason = std::string("z3: ") + e.msg();
    }
    return result;
  }

  std::mutex mutex_;
  z3::context* running_ = nullptr;  // guarded by mutex_
  bool interrupted_ = false;        // guarded by mutex_
};

}  // namespace

std::unique_ptr<Backend> makeZ3Backend() { return std::make_unique<Z3Backend>(); }

}  // namespace tlapx
