// The box-closure test behind holdsAlways (see time_flag.hpp).
#include "prover/time_flag.hpp"

#include <algorithm>

#include "frontend/level_check.hpp"

namespace tlapx::prover {

bool boxClosed(const Expr& e, bool positive) {
  if (expressionLevel(e) == Level::Constant) return true;
  switch (e.kind) {
    case ExprKind::Builtin:
      switch (e.op) {
        case BuiltinOp::Always:
          return positive || boxClosed(*e.args[0], positive);
        case BuiltinOp::Eventually:
          return !positive || boxClosed(*e.args[0], positive);
        case BuiltinOp::LeadsTo:  // [](P => <>Q)
          return positive;
        case BuiltinOp::Prime:
          return boxClosed(*e.args[0], positive);
        case BuiltinOp::Not:
          return boxClosed(*e.args[0], !positive);
        case BuiltinOp::And:
        case BuiltinOp::Or:
          return std::all_of(e.args.begin(), e.args.end(),
                             [&](const ExprPtr& a) { return boxClosed(*a, positive); });
        case BuiltinOp::Implies:
          return boxClosed(*e.args[0], !positive) && boxClosed(*e.args[1], positive);
        case BuiltinOp::Equiv:
          return boxClosed(*e.args[0], true) && boxClosed(*e.args[0], false) &&
                 boxClosed(*e.args[1], true) && boxClosed(*e.args[1], false);
        default:
          return false;
      }
    case ExprKind::Fairness:  // WF/SF are [] / <> formulas
      return positive;
    case ExprKind::Sequent:  // ASSUME H PROVE G is H => G over its NEW symbols
      return std::all_of(e.hyps.begin(), e.hyps.end(),
                         [&](const SequentHyp& h) {
                           if (h.newDecl)
                             return h.newDecl->newKind == NewKind::Constant &&
                                    (!h.newDecl->body || boxClosed(*h.newDecl->body, !positive));
                           return !h.fact || boxClosed(*h.fact, !positive);
                         }) &&
             boxClosed(*e.args[0], positive);
    case ExprKind::Label:
      return boxClosed(*e.args[0], positive);
    default:
      return false;
  }
}

}  // namespace tlapx::prover
