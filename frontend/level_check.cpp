// Level computation and level checking (see level_check.hpp). Levels are computed
// exactly: an application of a definition evaluates the definition's body with the
// parameters bound to the levels of the arguments (memoised per definition and argument
// levels), and operator-valued arguments are bound to the operators themselves.
#include "frontend/level_check.hpp"

#include "frontend/ast_walk.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <unordered_set>

namespace tlapx {

const char* levelName(Level level) {
  switch (level) {
    case Level::Constant:
      return "constant";
    case Level::State:
      return "state";
    case Level::Action:
      return "action";
    case Level::Temporal:
      return "temporal";
  }
  return "?";
}

namespace {

struct Env;
using EnvPtr = std::shared_ptr<const Env>;

// What an operator parameter is bound to: a level, or (operator-valued parameters) an
// operator expression (Ident or Lambda) with the environment it was passed in.
struct Binding {
  Level level = Level::Constant;
  const Expr* op = nullptr;
  EnvPtr opEnv;
};

struct Env {
  std::unordered_map<const Decl*, Binding> map;
  EnvPtr parent;

  static const Binding* find(const EnvPtr& env, const Decl* d) {
    for (const Env* e = env.get(); e != nullptr; e = e->parent.get())
      if (auto it = e->map.find(d); it != e->map.end()) return &it->second;
    return nullptr;
  }
};

struct Outcome {
  Level level = Level::Constant;
  bool ok = true;
};

Level newSymbolLevel(NewKind k) {
  switch (k) {
    case NewKind::Constant:
      return Level::Constant;
    case NewKind::Variable:
    case NewKind::State:
      return Level::State;
    case NewKind::Action:
      return Level::Action;
    case NewKind::Temporal:
      return Level::Temporal;
  }
  return Level::Constant;
}

int paramArity(const Decl& op, std::size_t k) {
  if (k < op.params.size()) return op.params[k]->arity;
  if (op.definition != nullptr) return paramArity(*op.definition, k);
  return 0;
}

const Decl* definitionOf(const Decl* d) {
  return d != nullptr && d->kind == DeclKind::Recursive ? d->definition : d;
}

// `e` is (a label or a definition standing for) an expression of kind `want`.
bool hasForm(const Expr& e, ExprKind want, int depth = 0) {
  const Expr* x = &e;
  while (x->kind == ExprKind::Label) x = x->args.at(0).get();
  if (x->kind == want) return true;
  if ((x->kind == ExprKind::Ident || x->kind == ExprKind::OpApp) && depth < 16) {
    const Decl* d = definitionOf(x->decl);
    if (d != nullptr && d->kind == DeclKind::Operator && d->body) return hasForm(*d->body, want, depth + 1);
  }
  return false;
}

class LevelChecker {
 public:
  explicit LevelChecker(Diagnostics* diags) : diags_(diags), report_(diags != nullptr) {}

  void checkModule(const Module& m);
  Level eval(const Expr& e, const EnvPtr& env);
  Outcome applyDef(const Decl& d, const std::vector<Binding>& args, const EnvPtr& env);

 private:
  void error(SourceLoc loc, const std::string& message) {
    failed_ = true;
    if (report_) diags_->error(loc, message);
  }
  Outcome silently(const Expr& e, const EnvPtr& env);
  Level evalOr0(const ExprPtr& e, const EnvPtr& env) { return e ? eval(*e, env) : Level::Constant; }
  Level maxOfChildren(const Expr& e, const EnvPtr& env);
  Level evalReference(const Expr& e, const EnvPtr& env);
  Level applyDecl(const Decl& d, const std::vector<Binding>& args, const std::vector<ExprPtr>& argExprs,
                  const EnvPtr& env, const Expr& site);
  Level applyOperatorValue(const Binding& b, const std::vector<Binding>& args, const EnvPtr& env, const Expr& site);
  Level evalBuiltin(const Expr& e, const EnvPtr& env);
  // The level of an operator argument (Ident or LAMBDA) applied to constant arguments.
  Level operatorLevel(const Expr& op, const EnvPtr& env);
  Level evalBinding(const Expr& e, const EnvPtr& env);
  EnvPtr bindParams(const Decl& d, const std::vector<Binding>& args, const EnvPtr& parent) const;

  void checkDefinition(Decl& d, const EnvPtr& env);
  void recordLevels(Decl& d, const EnvPtr& env);
  void checkInstance(const Instance& inst, const EnvPtr& env);
  void checkProof(const Proof& p);
  void checkFacts(const UseBy& u);

  Diagnostics* diags_;
  bool report_;
  bool failed_ = false;

  struct Memo {
    Outcome outcome;
    bool done = false;
  };
  std::unordered_map<const Decl*, std::unordered_map<std::uint32_t, Memo>> memo_;
  std::unordered_map<const Decl*, int> active_;        // non-memoised applications in progress
  std::unordered_set<const Decl*> letDecls_;           // may depend on the enclosing parameters
  std::unordered_set<const Decl*> temporalVars_;       // bound by \EE / \AA
  // A parameter of a parameterised INSTANCE used in the substitution for a CONSTANT
  // (at most constant level) or a VARIABLE (at most state level) of the instantiated module.
  std::unordered_map<const Decl*, Level> instanceParamLimit_;
};

Outcome LevelChecker::silently(const Expr& e, const EnvPtr& env) {
  const bool savedReport = report_;
  const bool savedFailed = failed_;
  report_ = false;
  failed_ = false;
  const Level l = eval(e, env);
  const Outcome o{l, !failed_};
  report_ = savedReport;
  failed_ = savedFailed;
  return o;
}

Level LevelChecker::maxOfChildren(const Expr& e, const EnvPtr& env) {
  Level l = Level::Constant;
  for (const auto& a : e.args) l = std::max(l, evalOr0(a, env));
  return l;
}

EnvPtr LevelChecker::bindParams(const Decl& d, const std::vector<Binding>& args, const EnvPtr& parent) const {
  auto env = std::make_shared<Env>();
  env->parent = parent;
  for (std::size_t i = 0; i < d.params.size() && i < args.size(); ++i) env->map[d.params[i].get()] = args[i];
  return env;
}

Outcome LevelChecker::applyDef(const Decl& d, const std::vector<Binding>& args, const EnvPtr& env) {
  if (d.primitive) {  // a placeholder body: every argument counts
    Outcome o;
    for (const auto& a : args) o.level = std::max(o.level, a.level);
    return o;
  }
  if (!d.body) return {};
  const bool local = letDecls_.count(&d) != 0;
  bool memoizable = !local && args.size() <= 16;
  std::uint32_t key = 0;
  for (const auto& a : args) {
    memoizable = memoizable && a.op == nullptr;
    key = key * 4 + static_cast<std::uint32_t>(a.level);
  }
  const EnvPtr bodyEnv = bindParams(d, args, local ? env : nullptr);
  if (!memoizable) {
    if (active_[&d] > 0) return {};  // recursion through operator arguments: approximate
    ++active_[&d];
    const Outcome o = silently(*d.body, bodyEnv);
    --active_[&d];
    return o;
  }
  Memo& m = memo_[&d][key];
  if (m.done) return m.outcome;
  if (active_[&d] > 0) return m.outcome;  // recursive definition: current approximation
  ++active_[&d];
  for (int round = 0; round < 4; ++round) {  // least fixpoint for recursive definitions
    const Outcome o = silently(*d.body, bodyEnv);
    const bool stable = o.level == m.outcome.level;
    m.outcome = o;
    if (stable) break;
  }
  --active_[&d];
  m.done = true;
  return m.outcome;
}

Level LevelChecker::eval(const Expr& e, const EnvPtr& env) {
  switch (e.kind) {
    case ExprKind::Ident:
    case ExprKind::OpApp:
      return evalReference(e, env);
    case ExprKind::Builtin:
      return evalBuiltin(e, env);
    case ExprKind::Quant:
    case ExprKind::Choose:
    case ExprKind::SetFilter:
    case ExprKind::SetMap:
    case ExprKind::FuncCons:
    case ExprKind::TempQuant:
      return evalBinding(e, env);
    case ExprKind::Lambda:
      return evalOr0(e.args.at(0), env);
    case ExprKind::Let: {
      for (const auto& d : e.letDefs) {
        letDecls_.insert(d.get());
        if (d->kind == DeclKind::Instance && d->instance)
          for (const auto& c : d->instance->copies) letDecls_.insert(c.get());
        if (report_) checkDefinition(*d, env);
      }
      return evalOr0(e.args.at(0), env);
    }
    case ExprKind::Sequent: {
      Level l = evalOr0(e.args.at(0), env);
      for (const auto& h : e.hyps) {
        if (h.newDecl) l = std::max(l, evalOr0(h.newDecl->body, env));
        l = std::max(l, evalOr0(h.fact, env));
      }
      return l;
    }
    case ExprKind::Except: {
      Level l = maxOfChildren(e, env);
      for (const auto& clause : e.excepts) {
        for (const auto& p : clause.path)
          for (const auto& i : p.index) l = std::max(l, evalOr0(i, env));
        l = std::max(l, evalOr0(clause.value, env));
      }
      return l;
    }
    case ExprKind::BoxAction:
    case ExprKind::AngleAction: {
      const Level a = evalOr0(e.args.at(0), env);
      const Level v = evalOr0(e.args.at(1), env);
      const char* form = e.kind == ExprKind::BoxAction ? "[A]_v" : "<<A>>_v";
      if (a > Level::Action)
        error(e.args[0]->range.begin, fmt::format("the action of {} has temporal level", form));
      if (v > Level::State)
        error(e.args[1]->range.begin, fmt::format("the subscript of {} has {} level; it must be at most a state "
                                                  "function",
                                                  form, levelName(v)));
      return Level::Action;
    }
    case ExprKind::Fairness: {
      const Level v = evalOr0(e.args.at(0), env);
      const Level a = evalOr0(e.args.at(1), env);
      const char* form = e.fairnessStrong ? "SF" : "WF";
      if (v > Level::State)
        error(e.args[0]->range.begin, fmt::format("the subscript of {} has {} level; it must be at most a state "
                                                  "function",
                                                  form, levelName(v)));
      if (a > Level::Action) error(e.args[1]->range.begin, fmt::format("the action of {} has temporal level", form));
      return Level::Temporal;
    }
    case ExprKind::Label:
      return evalOr0(e.args.at(0), env);
    case ExprKind::Number:
    case ExprKind::String:
    case ExprKind::StepRef:
    case ExprKind::ExceptAt:
    case ExprKind::ModuleRef:
    case ExprKind::Ref:
      return Level::Constant;
    default:
      return maxOfChildren(e, env);
  }
}

Level LevelChecker::evalBinding(const Expr& e, const EnvPtr& env) {
  Level l = Level::Constant;
  for (const auto& b : e.binders) {
    l = std::max(l, evalOr0(b.domain, env));
    if (e.kind == ExprKind::TempQuant)
      for (const auto& v : b.vars) temporalVars_.insert(v.get());
  }
  l = std::max(l, evalOr0(e.args.at(0), env));
  return e.kind == ExprKind::TempQuant ? Level::Temporal : l;
}

Level LevelChecker::evalBuiltin(const Expr& e, const EnvPtr& env) {
  auto operand = [&](std::size_t i) { return i < e.args.size() ? evalOr0(e.args[i], env) : Level::Constant; };
  auto at = [&](std::size_t i) { return i < e.args.size() && e.args[i] ? e.args[i]->range.begin : e.range.begin; };
  switch (e.op) {
    case BuiltinOp::Prime: {
      const Level l = operand(0);
      if (l >= Level::Action)
        error(e.range.begin, fmt::format("priming an expression of {} level", levelName(l)));
      return l == Level::Constant ? Level::Constant : Level::Action;
    }
    case BuiltinOp::Unchanged: {
      const Level l = operand(0);
      if (l > Level::State)
        error(at(0), fmt::format("UNCHANGED applied to an expression of {} level", levelName(l)));
      return l == Level::Constant ? Level::Constant : Level::Action;
    }
    case BuiltinOp::Enabled: {
      const Level l = operand(0);
      if (l > Level::Action) error(at(0), "ENABLED applied to a temporal formula");
      return std::min(l, Level::State);
    }
    case BuiltinOp::Cdot: {
      const Level l = std::max(operand(0), operand(1));
      if (l > Level::Action) error(e.range.begin, "\\cdot applied to a temporal formula");
      return l == Level::Constant ? Level::Constant : Level::Action;
    }
    case BuiltinOp::Always:
    case BuiltinOp::Eventually: {
      const Level l = operand(0);
      const bool box = e.op == BuiltinOp::Always;
      if (l == Level::Action && !(e.args.at(0) && hasForm(*e.args[0], box ? ExprKind::BoxAction : ExprKind::AngleAction)))
        error(at(0), box ? "[] applied to an action-level formula that is not of the form [A]_v"
                         : "<> applied to an action-level formula that is not of the form <<A>>_v");
      return l == Level::Constant ? Level::Constant : Level::Temporal;
    }
    case BuiltinOp::LeadsTo:
    case BuiltinOp::WhilePlus: {
      const Level l = std::max(operand(0), operand(1));
      for (std::size_t i = 0; i < 2; ++i)
        if (operand(i) == Level::Action)
          error(at(i), fmt::format("{} applied to an action-level formula",
                                   e.op == BuiltinOp::LeadsTo ? "~>" : "-+->"));
      return l == Level::Constant ? Level::Constant : Level::Temporal;
    }
    default:
      return maxOfChildren(e, env);
  }
}

Level LevelChecker::evalReference(const Expr& e, const EnvPtr& env) {
  const Decl* d = definitionOf(e.decl);
  if (d == nullptr) return maxOfChildren(e, env);
  std::vector<Binding> args;
  for (std::size_t i = 0; i < e.args.size(); ++i) {
    const Expr* a = e.args[i].get();
    if (a != nullptr && paramArity(*d, i) > 0) {
      if (a->kind == ExprKind::Lambda && report_) {
        // check the LAMBDA's body once, with its parameters at constant level
        std::vector<Binding> constants(a->params.size());
        auto lambdaEnv = std::make_shared<Env>();
        lambdaEnv->parent = env;
        for (std::size_t k = 0; k < a->params.size(); ++k) lambdaEnv->map[a->params[k].get()] = constants[k];
        evalOr0(a->args.at(0), lambdaEnv);
      }
      args.push_back(Binding{Level::Constant, a, env});
    } else {
      args.push_back(Binding{a ? eval(*a, env) : Level::Constant, nullptr, nullptr});
    }
  }
  return applyDecl(*d, args, e.args, env, e);
}

Level LevelChecker::applyDecl(const Decl& d, const std::vector<Binding>& given, const std::vector<ExprPtr>& argExprs,
                              const EnvPtr& env, const Expr& site) {
  auto argLoc = [&](std::size_t i) {
    return i < argExprs.size() && argExprs[i] ? argExprs[i]->range.begin : site.range.begin;
  };
  std::vector<Binding> args = given;
  if (d.origin != nullptr) {  // an instantiated copy: its leading arguments are the instance's
    for (std::size_t i = 0; i < args.size() && i < d.params.size(); ++i) {
      auto it = instanceParamLimit_.find(d.params[i].get());
      if (it == instanceParamLimit_.end() || args[i].level <= it->second) continue;
      error(argLoc(i), fmt::format("argument {} of '{}' has {} level, but it is substituted for a {} of the "
                                   "instantiated module, which allows at most {} level",
                                   i + 1, d.name, levelName(args[i].level),
                                   it->second == Level::Constant ? "CONSTANT" : "VARIABLE", levelName(it->second)));
      args[i].level = it->second;  // reported once: the rest of the check takes the allowed level
    }
  }
  Level maxArg = Level::Constant;
  for (const auto& a : args) maxArg = std::max(maxArg, a.level);
  switch (d.kind) {
    case DeclKind::Variable:
      return Level::State;
    case DeclKind::Constant:
      return maxArg;
    case DeclKind::NewSymbol:
      return std::max(newSymbolLevel(d.newKind), maxArg);
    case DeclKind::BoundVar:
      return temporalVars_.count(&d) != 0 ? Level::State : Level::Constant;
    case DeclKind::OpParam: {
      const Binding* b = Env::find(env, &d);
      if (b == nullptr) return maxArg;
      if (b->op != nullptr) return applyOperatorValue(*b, args, env, site);
      return std::max(b->level, maxArg);
    }
    case DeclKind::Operator:
    case DeclKind::Function:
    case DeclKind::Theorem:
    case DeclKind::Assumption: {
      const Outcome o = applyDef(d, args, env);
      if (o.ok) return o.level;
      // The definition is checked where it is written; here blame the arguments.
      std::vector<Binding> base = args;
      for (auto& b : base) b.level = Level::Constant;
      if (!applyDef(d, base, env).ok) return o.level;
      for (std::size_t i = 0; i < args.size(); ++i) {
        std::vector<Binding> one = base;
        one[i] = args[i];
        if (!applyDef(d, one, env).ok) {
          error(argLoc(i), fmt::format("argument {} of '{}' has {} level, which is too high for this operator",
                                       i + 1, d.name, levelName(args[i].level)));
          return o.level;
        }
      }
      error(site.range.begin, fmt::format("the arguments of '{}' have too high a level together", d.name));
      return o.level;
    }
    default:
      return maxArg;
  }
}

Level LevelChecker::applyOperatorValue(const Binding& b, const std::vector<Binding>& args, const EnvPtr& env,
                                       const Expr& site) {
  const Expr& op = *b.op;
  if (op.kind == ExprKind::Lambda) {
    auto lambdaEnv = std::make_shared<Env>();
    lambdaEnv->parent = b.opEnv;
    for (std::size_t k = 0; k < op.params.size() && k < args.size(); ++k) lambdaEnv->map[op.params[k].get()] = args[k];
    return silently(*op.args.at(0), lambdaEnv).level;
  }
  const Decl* d = definitionOf(op.decl);
  if (d == nullptr) return Level::Constant;
  if (d->kind == DeclKind::OpParam) {  // a parameter passed on: look it up where it was passed
    const Binding* outer = Env::find(b.opEnv, d);
    if (outer == nullptr || outer->op == nullptr || outer->op == b.op) return Level::Constant;
    return applyOperatorValue(*outer, args, env, site);
  }
  return applyDecl(*d, args, {}, b.opEnv ? b.opEnv : env, site);
}

Level LevelChecker::operatorLevel(const Expr& op, const EnvPtr& env) {
  const Binding b{Level::Constant, &op, env};
  const std::size_t arity = op.kind == ExprKind::Lambda ? op.params.size()
                            : op.decl != nullptr ? static_cast<std::size_t>(op.decl->arity)
                                                 : 0;
  return applyOperatorValue(b, std::vector<Binding>(arity), env, op);
}

// ------------------------------------------------------------------ modules ---

void LevelChecker::recordLevels(Decl& d, const EnvPtr& env) {
  if (d.primitive) {
    d.level = Level::Constant;
    d.paramContributes.assign(d.params.size(), true);
    return;
  }
  if (!d.body) return;
  std::vector<Binding> constants(d.params.size());
  const Level base = silently(*d.body, bindParams(d, constants, env)).level;
  d.level = base;
  d.paramContributes.assign(d.params.size(), false);
  for (std::size_t i = 0; i < d.params.size(); ++i) {
    if (d.params[i]->arity > 0) {
      d.paramContributes[i] = true;
      continue;
    }
    std::vector<Binding> probe = constants;
    probe[i].level = Level::State;
    d.paramContributes[i] = silently(*d.body, bindParams(d, probe, env)).level > base;
  }
}

void LevelChecker::checkDefinition(Decl& d, const EnvPtr& env) {
  switch (d.kind) {
    case DeclKind::Operator:
    case DeclKind::Function: {
      if (!d.body) return;
      std::vector<Binding> constants(d.params.size());
      eval(*d.body, bindParams(d, constants, env));
      recordLevels(d, env);
      return;
    }
    case DeclKind::Instance:
      if (d.instance) checkInstance(*d.instance, env);
      return;
    default:
      return;
  }
}

void LevelChecker::checkInstance(const Instance& inst, const EnvPtr& env) {
  for (const auto& s : inst.fullSubstitution) {
    if (!s.value || s.target == nullptr) continue;
    if (s.target->arity == 0) {
      std::unordered_set<const Decl*> refs;
      collectReferencedDecls(*s.value, refs);
      const Level bound = s.target->kind == DeclKind::Constant ? Level::Constant : Level::State;
      for (const Decl* r : refs) {
        if (r->kind != DeclKind::OpParam) continue;
        auto [it, added] = instanceParamLimit_.try_emplace(r, bound);
        if (!added) it->second = std::min(it->second, bound);
      }
    }
    const Level l = s.target->arity > 0 ? operatorLevel(*s.value, env) : eval(*s.value, env);
    const Level limit = s.target->kind == DeclKind::Constant ? Level::Constant : Level::State;
    if (l > limit)
      error(s.value->range.begin,
            fmt::format("INSTANCE of '{}': the substitution for {} '{}' has {} level, but at most {} level is allowed",
                        inst.moduleName, s.target->kind == DeclKind::Constant ? "CONSTANT" : "VARIABLE",
                        s.target->name, levelName(l), levelName(limit)));
  }
  for (const auto& c : inst.copies) {
    if (c->kind == DeclKind::Instance && c->instance) {
      for (const auto& nested : c->instance->copies) recordLevels(*nested, env);
    } else {
      recordLevels(*c, env);
    }
  }
}

void LevelChecker::checkFacts(const UseBy& u) {
  for (const auto& f : u.facts) evalOr0(f, nullptr);
}

void LevelChecker::checkProof(const Proof& p) {
  if (p.kind == ProofKind::By) checkFacts(p.by);
  for (const auto& s : p.steps) {
    evalOr0(s->expr, nullptr);
    for (const auto& b : s->binders) evalOr0(b.domain, nullptr);
    for (const auto& x : s->exprs) evalOr0(x, nullptr);
    for (const auto& d : s->defs) checkDefinition(*d, nullptr);
    if (s->kind == StepKind::Use || s->kind == StepKind::Hide) checkFacts(s->use);
    if (s->instanceDecl && s->instanceDecl->instance) checkInstance(*s->instanceDecl->instance, nullptr);
    if (s->proof) checkProof(*s->proof);
  }
}

void LevelChecker::checkModule(const Module& m) {
  for (const auto& u : m.units) {
    switch (u.kind) {
      case UnitKind::Constants:
      case UnitKind::Variables:
        for (const auto& d : u.decls) {
          d->level = u.kind == UnitKind::Variables ? Level::State : Level::Constant;
          d->paramContributes.assign(static_cast<std::size_t>(d->arity), false);
        }
        break;
      case UnitKind::Definition:
        for (const auto& d : u.decls) checkDefinition(*d, nullptr);
        break;
      case UnitKind::Instance:
        if (u.instance) checkInstance(*u.instance, nullptr);
        break;
      case UnitKind::Assumption:
        for (const auto& d : u.decls) {
          if (!d->body) continue;
          const Level l = eval(*d->body, nullptr);
          d->level = l;
          if (l > Level::Constant)
            error(d->body->range.begin,
                  fmt::format("an ASSUME must be a constant-level formula, but this one has {} level", levelName(l)));
        }
        break;
      case UnitKind::Theorem:
        for (const auto& d : u.decls) {
          if (d->body) d->level = eval(*d->body, nullptr);
          if (d->proof) checkProof(*d->proof);
        }
        break;
      case UnitKind::Use:
      case UnitKind::Hide:
        checkFacts(u.use);
        break;
      case UnitKind::Submodule:
        if (u.submodule) checkModule(*u.submodule);
        break;
      case UnitKind::Recursive:
      case UnitKind::Separator:
        break;
    }
  }
}

}  // namespace

void checkLevels(const Module& module, Diagnostics& diags) { LevelChecker(&diags).checkModule(module); }

Level applicationLevel(const Decl& op, const std::vector<Level>& argLevels) {
  std::vector<Binding> args;
  for (const Level l : argLevels) args.push_back(Binding{l, nullptr, nullptr});
  return LevelChecker(nullptr).applyDef(*definitionOf(&op), args, nullptr).level;
}

Level expressionLevel(const Expr& e) { return LevelChecker(nullptr).eval(e, nullptr); }

}  // namespace tlapx
