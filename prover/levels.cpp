// Level computation and box-closure test for the obligation generator (see levels.hpp).
#include "prover/levels.hpp"

#include <algorithm>

namespace tlapx::prover {

namespace {

Level maxLevel(Level a, Level b) { return static_cast<Level>(std::max(static_cast<int>(a), static_cast<int>(b))); }

Level newSymbolLevel(NewKind kind) {
  switch (kind) {
    case NewKind::Constant: return Level::Constant;
    case NewKind::Variable:
    case NewKind::State: return Level::State;
    case NewKind::Action: return Level::Action;
    case NewKind::Temporal: return Level::Temporal;
  }
  return Level::Constant;
}

}  // namespace

Level LevelOracle::ofDecl(const Decl& d) {
  switch (d.kind) {
    case DeclKind::Variable: return Level::State;
    case DeclKind::NewSymbol: return newSymbolLevel(d.newKind);
    case DeclKind::Operator:
    case DeclKind::Function:
    case DeclKind::Theorem:
    case DeclKind::Assumption: {
      if (auto it = declLevels_.find(&d); it != declLevels_.end()) return it->second;
      declLevels_[&d] = Level::Constant;  // recursion guard: recursive uses add nothing
      const Level level = d.body ? of(*d.body) : Level::Constant;
      declLevels_[&d] = level;
      return level;
    }
    case DeclKind::Recursive:
      return d.definition != nullptr ? ofDecl(*d.definition) : Level::Constant;
    default: return Level::Constant;
  }
}

Level LevelOracle::of(const Expr& e) {
  Level level = Level::Constant;
  auto join = [&](const ExprPtr& sub) {
    if (sub) level = maxLevel(level, of(*sub));
  };
  switch (e.kind) {
    case ExprKind::Ident:
    case ExprKind::OpApp:
      if (e.decl != nullptr) level = ofDecl(*e.decl);
      break;
    case ExprKind::StepRef:
      if (e.step != nullptr && e.step->expr) level = of(*e.step->expr);
      return level;
    case ExprKind::Builtin:
      switch (e.op) {
        case BuiltinOp::Prime:
        case BuiltinOp::Unchanged:
        case BuiltinOp::Cdot:
          for (const auto& a : e.args) join(a);
          return level == Level::Constant ? Level::Constant : maxLevel(level, Level::Action);
        case BuiltinOp::Enabled:
          for (const auto& a : e.args) join(a);
          return level == Level::Constant ? Level::Constant : Level::State;
        case BuiltinOp::Always:
        case BuiltinOp::Eventually:
        case BuiltinOp::LeadsTo:
        case BuiltinOp::WhilePlus:
          return Level::Temporal;
        default: break;
      }
      break;
    case ExprKind::TempQuant:
    case ExprKind::Fairness:
      return Level::Temporal;
    case ExprKind::BoxAction:
    case ExprKind::AngleAction:
      return Level::Action;
    default: break;
  }
  for (const auto& a : e.args) join(a);
  for (const auto& b : e.binders) join(b.domain);
  for (const auto& c : e.excepts) {
    for (const auto& p : c.path)
      for (const auto& i : p.index) join(i);
    join(c.value);
  }
  for (const auto& h : e.hyps) {
    join(h.fact);
    if (h.newDecl) level = maxLevel(level, newSymbolLevel(h.newDecl->newKind));
  }
  return level;
}

bool LevelOracle::boxClosed(const Expr& e, bool positive) {
  if (of(e) == Level::Constant) return true;
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
    case ExprKind::Sequent:
      return boxClosed(*e.args[0], positive);
    case ExprKind::Label:
      return boxClosed(*e.args[0], positive);
    default:
      return false;
  }
}

}  // namespace tlapx::prover
