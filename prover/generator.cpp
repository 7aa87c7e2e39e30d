// Module-level traversal for obligation generation: declarations, assumptions, theorems,
// module-level USE/HIDE, extended modules and submodules (see generator.hpp).
#include "prover/generator.hpp"

#include "prover/context.hpp"
#include "prover/levels.hpp"
#include "prover/step_rules.hpp"

namespace tlapx::prover {

namespace {

class ModuleWalker {
 public:
  ModuleWalker() : sink_(levels_), rules_(sink_, levels_) {}

  GeneratedObligations run(const Module& root) {
    Context context;
    sink_.setMuted(true);
    for (const Module* m : root.extended) walk(*m, context);
    sink_.setMuted(false);
    walk(root, context);
    return sink_.take();
  }

 private:
  void walk(const Module& module, Context& context) {
    for (const auto& unit : module.units) {
      switch (unit.kind) {
        case UnitKind::Constants:
        case UnitKind::Variables:
          for (const auto& d : unit.decls) context.declare(d.get());
          break;
        case UnitKind::Assumption:
          // Assumptions (named or not) are usable only when cited by name.
          for (const auto& d : unit.decls) context.addFact(d->body, false, true, d.get());
          break;
        case UnitKind::Theorem:
          for (const auto& d : unit.decls) {
            sink_.setOrigin(&module, d.get());
            theorem(*d, context);
            context.addFact(d->body, false, true, d.get());
          }
          break;
        case UnitKind::Use:
          sink_.setOrigin(&module, nullptr);
          rules_.use(unit.use, context, unit.range);
          break;
        case UnitKind::Hide:
          rules_.hide(unit.use, context);
          break;
        case UnitKind::Submodule:
          if (unit.submodule) {
            Context inner = context;
            walk(*unit.submodule, inner);
          }
          break;
        case UnitKind::Recursive:
        case UnitKind::Definition:
        case UnitKind::Instance:
        case UnitKind::Separator:
          break;  // definitions are hidden until used; standard ones are usable by default
      }
    }
  }

  // THEOREM [N ==] ASSUME H PROVE G: the proof proves G with H usable.
  void theorem(const Decl& thm, const Context& moduleContext) {
    if (!thm.body) return;
    Context context = moduleContext;
    if (thm.body->kind == ExprKind::Sequent) {
      rules_.assume(thm.body->hyps, context, true);
      context.goal = thm.body->args[0];
    } else {
      context.goal = thm.body;
    }
    rules_.prove(thm.proof.get(), context, thm.range);
  }

  LevelOracle levels_;
  ObligationSink sink_;
  StepRules rules_;
};

}  // namespace

GeneratedObligations generateObligations(const Module& root) { return ModuleWalker().run(root); }

}  // namespace tlapx::prover
