// Name resolution of modules, definitions, expressions and proofs: scopes, EXTENDS,
// define-before-use with RECURSIVE, arity checks, step names and USE/BY/DEF lists.
// INSTANCE lives in instantiate.cpp, `!`-paths in subexpression.cpp.
#include <fmt/format.h>

#include <algorithm>

#include "frontend/operators.hpp"
#include "frontend/resolver_impl.hpp"
#include "frontend/step_at.hpp"
#include "frontend/substitution.hpp"

namespace tlapx {

namespace {

constexpr std::size_t kAnyArity = static_cast<std::size_t>(-1);

void addUnique(std::vector<const Module*>& list, const Module* m) {
  if (std::find(list.begin(), list.end(), m) == list.end()) list.push_back(m);
}

bool isOperatorLike(DeclKind k) {
  return k == DeclKind::Operator || k == DeclKind::Constant || k == DeclKind::OpParam ||
         k == DeclKind::NewSymbol || k == DeclKind::Recursive || k == DeclKind::Theorem ||
         k == DeclKind::Assumption;
}

// Declarations of one class may silently coexist (SANY's "same kind").
int symbolClass(DeclKind k) {
  switch (k) {
    case DeclKind::Operator:
    case DeclKind::Function:
    case DeclKind::Recursive:
      return 0;
    case DeclKind::Theorem:
    case DeclKind::Assumption:
      return 1;
    default:
      return 2 + static_cast<int>(k);
  }
}

}  // namespace

std::string canonicalName(const std::string& name, std::size_t arity) {
  // The parser already writes operators in their canonical spelling; this only makes
  // names built elsewhere (WITH targets, tests) agree with it.
  if (arity == 1) {
    auto prefix = canonicalOperatorName(name, Fixity::Prefix);
    if (!prefix.empty()) return std::string(prefix);
  }
  for (Fixity f : {Fixity::Infix, Fixity::Prefix, Fixity::Postfix}) {
    auto canonical = canonicalOperatorName(name, f);
    if (!canonical.empty()) return std::string(canonical);
  }
  return name;
}

void Resolver::Impl::unknownModule(const std::string& name, SourceLoc loc) {
  // The module loader reports the modules it cannot find; do not repeat it.
  const std::string quoted = fmt::format("module '{}'", name);
  for (const auto& d : diags.all())
    if (d.severity == Severity::Error && d.message.find(quoted) != std::string::npos) return;
  diags.error(loc, fmt::format("unknown module '{}'", name));
}

Resolver::Resolver(Diagnostics& diags, ModuleFinder findModule)
    : impl_(std::make_unique<Impl>(diags, std::move(findModule))) {}

Resolver::~Resolver() = default;

void Resolver::resolveModule(Module& module) { impl_->resolveModule(module); }

// ------------------------------------------------------------------ scopes ---

const Symbol* Resolver::Impl::lookup(const std::string& name, std::size_t arity) const {
  const std::string key = canonicalName(name, arity);
  for (auto f = frames.rbegin(); f != frames.rend(); ++f)
    if (auto it = f->symbols.find(key); it != f->symbols.end()) return &it->second;
  return nullptr;
}

const ProofStep* Resolver::Impl::lookupStep(const std::string& name) const {
  for (auto f = frames.rbegin(); f != frames.rend(); ++f)
    if (auto it = f->steps.find(name); it != f->steps.end()) return it->second;
  return nullptr;
}

const Module* Resolver::Impl::findModule(const std::string& name) const {
  for (auto f = frames.rbegin(); f != frames.rend(); ++f)
    if (auto it = f->modules.find(name); it != f->modules.end()) return it->second;
  return findTopModule(name);
}

void Resolver::Impl::declare(const DeclPtr& d, bool local, SourceLoc loc) {
  if (!d->params.empty()) d->arity = static_cast<int>(d->params.size());
  if (d->name.empty()) return;
  declareAs(canonicalName(d->name, static_cast<std::size_t>(d->arity)), d, local, loc);
}

void Resolver::Impl::declareAs(const std::string& name, const DeclPtr& d, bool local, SourceLoc loc) {
  if (d->owner == nullptr) d->owner = current;
  Frame& f = frames.back();
  auto [it, inserted] = f.symbols.try_emplace(name, Symbol{d, local});
  if (inserted) return;
  Symbol& old = it->second;
  if (old.decl == d) {
    old.local = old.local && local;  // the same symbol reached twice
    return;
  }
  if (!f.moduleLevel) {
    old = Symbol{d, local};  // shadows an outer LET / proof symbol
    return;
  }
  // As SANY: a second definition of the same kind and arity is a warning and the first
  // one stays in force; anything else is an error.
  if (symbolClass(old.decl->kind) == symbolClass(d->kind) && old.decl->arity == d->arity) {
    diags.warning(loc, fmt::format("multiple definitions of '{}'; the first one is used", name));
    return;
  }
  diags.error(loc, fmt::format("multiple definitions of '{}'", name));
}

// ----------------------------------------------------------------- modules ---

void Resolver::Impl::resolveModule(Module& m) {
  Module* savedCurrent = current;
  const std::size_t recursiveMark = recursiveRefs.size();
  current = &m;
  if (!m.self) m.self = makeDecl(DeclKind::ModuleName, m.name, m.range);
  m.self->owner = &m;
  ModuleInfo info;
  pushFrame(true);
  for (const auto& ext : m.extends) {
    const Module* e = findModule(ext.name);
    if (e == nullptr || e == &m) {
      unknownModule(ext.name, ext.loc);
      continue;
    }
    if (modules.count(e) == 0) continue;  // on a dependency cycle (reported by the loader)
    for (const Module* t : e->extended) addUnique(m.extended, t);
    addUnique(m.extended, e);
    importModule(*e, ext.loc, false);
  }
  for (auto& u : m.units) resolveUnit(u, info);
  fixRecursiveRefs(recursiveMark);
  checkAnnouncementsDefined();
  for (auto& [name, sym] : frames.back().symbols)
    if (!sym.local && sym.decl->kind != DeclKind::Recursive) info.exports[name] = sym.decl;
  popFrame();
  modules[&m] = std::move(info);
  current = savedCurrent;
}

void Resolver::Impl::importModule(const Module& from, SourceLoc loc, bool local) {
  auto it = modules.find(&from);
  if (it == modules.end()) return;
  for (const auto& [name, decl] : it->second.exports) declareAs(name, decl, local, loc);
}

void Resolver::Impl::resolveUnit(Unit& u, ModuleInfo& info) {
  switch (u.kind) {
    case UnitKind::Constants:
    case UnitKind::Variables:
      for (const auto& d : u.decls) {
        declare(d, false, d->range.begin);
        info.own.push_back(d);
      }
      break;
    case UnitKind::Recursive:
    case UnitKind::Definition:
      for (const auto& d : u.decls) {
        resolveDefinition(d, u.local || d->local);
        if (d->kind != DeclKind::Recursive) info.own.push_back(d);
      }
      break;
    case UnitKind::Instance: {
      DeclPtr named = u.decls.empty() ? nullptr : u.decls.front();
      auto inst = u.instance ? u.instance : (named ? named->instance : nullptr);
      if (!inst) break;
      auto added = resolveInstance(inst, named, u.local || (named && named->local), u.range);
      info.own.insert(info.own.end(), added.begin(), added.end());
      break;
    }
    case UnitKind::Assumption:
    case UnitKind::Theorem:
      for (const auto& d : u.decls) {
        resolveTheoremLike(d, u.local || d->local);
        info.own.push_back(d);
      }
      break;
    case UnitKind::Use:
    case UnitKind::Hide:
      resolveUseBy(u.use);
      break;
    case UnitKind::Submodule:
      if (u.submodule) {
        u.submodule->parent = current;
        resolveModule(*u.submodule);
        frames.back().modules[u.submodule->name] = u.submodule.get();
      }
      break;
    case UnitKind::Separator:
      break;
  }
}

// ------------------------------------------------------------- definitions ---

void Resolver::Impl::resolveDefinition(const DeclPtr& d, bool local) {
  d->owner = current;
  switch (d->kind) {
    case DeclKind::Recursive:
      declare(d, local, d->range.begin);
      frames.back().announced.push_back(d);
      return;
    case DeclKind::Instance:
      if (d->instance) resolveInstance(d->instance, d->name.empty() ? nullptr : d, local, d->range);
      return;
    default:
      break;
  }
  if (!d->params.empty()) d->arity = static_cast<int>(d->params.size());
  // A definition announced by RECURSIVE replaces the announcement in the same scope.
  auto& symbols = frames.back().symbols;
  auto it = symbols.find(canonicalName(d->name, static_cast<std::size_t>(d->arity)));
  if (it != symbols.end() && it->second.decl->kind == DeclKind::Recursive &&
      it->second.decl->definition == nullptr) {
    Decl& announced = *it->second.decl;
    announced.definition = d.get();
    d->recursive = true;
    if (announced.arity != d->arity)
      diags.error(d->range.begin, fmt::format("'{}' was declared RECURSIVE with {} arguments but is defined with {}",
                                              d->name, announced.arity, d->arity));
    it->second.decl = d;
    resolveOperatorBody(*d);
    return;
  }
  if (d->kind == DeclKind::Function) {
    pushFrame();  // f[x \in S] == ... f[x - 1] ...
    declare(d, false, d->range.begin);
    resolveExpr(d->body);
    popFrame();
  } else {
    resolveOperatorBody(*d);
  }
  declare(d, local, d->range.begin);
}

void Resolver::Impl::checkAnnouncementsDefined() {
  for (const auto& d : frames.back().announced)
    if (d->definition == nullptr)
      diags.error(d->range.begin, fmt::format("RECURSIVE operator '{}' is never defined", d->name));
}

void Resolver::Impl::resolveOperatorBody(Decl& d) {
  pushFrame();
  for (const auto& p : d.params) declare(p, false, p->range.begin);
  resolveExpr(d.body);
  popFrame();
}

void Resolver::Impl::fixRecursiveRefs(std::size_t from) {
  std::size_t kept = from;
  for (std::size_t i = from; i < recursiveRefs.size(); ++i) {
    const ExprPtr& e = recursiveRefs[i];
    if (e->decl->definition != nullptr)
      e->decl = e->decl->definition;
    else
      recursiveRefs[kept++] = e;
  }
  recursiveRefs.resize(kept);
}

// ------------------------------------------------------------- expressions ---

void Resolver::Impl::resolveExpr(ExprPtr& slot, Expect expect) {
  if (!slot) return;
  Expr& e = *slot;
  switch (e.kind) {
    case ExprKind::Ident:
      resolveIdent(slot, expect);
      return;
    case ExprKind::OpApp:
      resolveOpApp(slot);
      return;
    case ExprKind::Ref:
      slot = resolveRef(e, expect);
      return;
    case ExprKind::StepRef:
      e.step = lookupStep(e.name);
      if (e.step == nullptr) {
        diags.error(e.range.begin, fmt::format("unknown proof step '{}'", e.name));
      } else if (stepsInOwnProof.count(e.step) != 0) {
        diags.error(e.range.begin, fmt::format("step '{}' is cited in its own proof", e.name));
        e.step = nullptr;
      }
      return;
    case ExprKind::ModuleRef:
      resolveModuleRef(e);
      return;
    case ExprKind::Quant:
    case ExprKind::TempQuant:
    case ExprKind::Choose:
    case ExprKind::SetFilter:
    case ExprKind::SetMap:
    case ExprKind::FuncCons:
      resolveBinders(e.binders);
      pushFrame();
      declareBinders(e.binders);
      resolveExpr(e.args.at(0));
      popFrame();
      return;
    case ExprKind::Lambda:
      pushFrame();
      for (const auto& p : e.params) declare(p, false, p->range.begin);
      resolveExpr(e.args.at(0));
      popFrame();
      return;
    case ExprKind::Let: {
      pushFrame();
      const std::size_t mark = recursiveRefs.size();
      for (const auto& d : e.letDefs) resolveDefinition(d, false);
      resolveExpr(e.args.at(0));
      checkAnnouncementsDefined();
      fixRecursiveRefs(mark);
      popFrame();
      return;
    }
    case ExprKind::Label:
      resolveLabel(e);
      return;
    case ExprKind::Sequent:
      pushFrame();
      resolveSequentInto(e);
      popFrame();
      return;
    case ExprKind::Except:
      for (auto& a : e.args) resolveExpr(a);
      for (auto& clause : e.excepts) {
        for (auto& p : clause.path)
          for (auto& i : p.index) resolveExpr(i);
        resolveExpr(clause.value);
      }
      return;
    default:
      for (auto& a : e.args) resolveExpr(a);
      return;
  }
}

namespace {

// A builtin operator such as \cup passed as an operator argument, as the LAMBDA
// `LAMBDA x1, x2 : x1 \cup x2` (null if `name` is no builtin of that arity).
ExprPtr builtinOperator(const std::string& name, int arity, SourceRange range) {
  const OperatorInfo* info = findOperatorByName(name, arity == 1 ? Fixity::Prefix : Fixity::Infix);
  if (info == nullptr || !info->builtin || arity > 2) return nullptr;
  return makeLambda(arity, range, [&](std::vector<ExprPtr> xs) { return makeBuiltin(*info->builtin, std::move(xs), range); });
}

// The arity of the operator expected at parameter position `k` of `op` (0: a value).
int paramArity(const Decl& op, std::size_t k) {
  if (k < op.params.size()) return op.params[k]->arity;
  if (op.definition != nullptr) return paramArity(*op.definition, k);
  return 0;
}

}  // namespace

bool Resolver::Impl::referenceUsable(const Decl& d, Expect expect, const std::string& name, SourceLoc loc) {
  switch (expect.kind) {
    case Expect::Kind::Value:
      if (d.kind == DeclKind::ModuleName) {
        diags.error(loc, fmt::format("module name '{}' used as an expression", name));
        return false;
      }
      if (d.kind == DeclKind::Instance) {
        diags.error(loc, fmt::format("incomplete name '{}': an INSTANCE is not an expression", name));
        return false;
      }
      if (d.arity > 0) {
        diags.error(loc, fmt::format("'{}' expects {} arguments but got 0", name, d.arity));
        return false;
      }
      if ((d.kind == DeclKind::Theorem || d.kind == DeclKind::Assumption) && d.body &&
          d.body->kind == ExprKind::Sequent) {
        diags.error(loc, fmt::format("'{}' is an ASSUME/PROVE, not an expression", name));
        return false;
      }
      return true;
    case Expect::Kind::Def:
      if (d.kind == DeclKind::Operator || d.kind == DeclKind::Function || d.kind == DeclKind::Instance ||
          d.kind == DeclKind::Theorem || d.kind == DeclKind::Assumption || d.kind == DeclKind::Recursive ||
          d.kind == DeclKind::ModuleName)
        return true;
      diags.error(loc, fmt::format("'{}' in a DEF clause is not a definition", name));
      return false;
    case Expect::Kind::Operator:
    case Expect::Kind::Fact:
      return true;
  }
  return true;
}

void Resolver::Impl::resolveIdent(ExprPtr& slot, Expect expect) {
  Expr& e = *slot;
  const Symbol* s = lookup(e.name, kAnyArity);
  if (s == nullptr && expect.kind == Expect::Kind::Operator) {
    if (auto lambda = builtinOperator(e.name, expect.arity, e.range)) {  // Op(\cup)
      slot = lambda;
      return;
    }
  }
  if (s == nullptr) {
    diags.error(e.range.begin, fmt::format("unknown operator '{}'", e.name));
    return;
  }
  referenceUsable(*s->decl, expect, e.name, e.range.begin);
  e.decl = s->decl.get();
  if (e.decl->kind == DeclKind::Recursive) recursiveRefs.push_back(slot);
}

void Resolver::Impl::resolveOpApp(const ExprPtr& slot) {
  Expr& e = *slot;
  const Symbol* s = lookup(e.name, e.args.size());
  if (s == nullptr) {
    diags.error(e.range.begin, fmt::format("unknown operator '{}'", e.name));
    for (auto& a : e.args) resolveExpr(a);
    return;
  }
  const Decl& d = *s->decl;
  e.decl = &d;
  if (d.kind == DeclKind::Recursive) recursiveRefs.push_back(slot);
  if (!isOperatorLike(d.kind)) {
    diags.error(e.range.begin, fmt::format("'{}' is not an operator and takes no arguments", e.name));
  } else if (static_cast<std::size_t>(d.arity) != e.args.size()) {
    diags.error(e.range.begin, fmt::format("'{}' expects {} arguments but got {}", e.name, d.arity, e.args.size()));
  }
  resolveArgs(d, 0, e.args, e.name);
}


void Resolver::Impl::resolveArgs(const Decl& op, std::size_t firstParam, std::vector<ExprPtr>& args,
                                 const std::string& opName) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const int arity = paramArity(op, firstParam + i);
    if (arity == 0) {
      resolveExpr(args[i]);
    } else {
      resolveExpr(args[i], Expect::op(arity));
      checkOperatorArg(args[i], arity, fmt::format("argument {} of '{}'", i + 1, opName));
    }
  }
}

void Resolver::Impl::checkOperatorArg(const ExprPtr& arg, int arity, const std::string& what) {
  if (!arg) return;
  if (arg->kind == ExprKind::Lambda && arg->params.size() == static_cast<std::size_t>(arity)) return;
  if (arg->kind == ExprKind::Ident && (arg->decl == nullptr || arg->decl->arity == arity)) return;
  diags.error(arg->range.begin, fmt::format("{} must be an operator of arity {}", what, arity));
}

void Resolver::Impl::resolveBinders(std::vector<Binder>& binders) {
  for (auto& b : binders) resolveExpr(b.domain);
}

void Resolver::Impl::declareBinders(const std::vector<Binder>& binders) {
  for (const auto& b : binders)
    for (const auto& v : b.vars) declare(v, false, v->range.begin);
}

void Resolver::Impl::resolveLabel(Expr& e) {
  for (auto& p : e.params) {
    const Symbol* s = lookup(p->name, kAnyArity);
    if (s == nullptr || s->decl->kind != DeclKind::BoundVar) {
      diags.error(p->range.begin, fmt::format("label parameter '{}' is not a bound identifier", p->name));
      continue;
    }
    p = s->decl;
  }
  resolveExpr(e.args.at(0));
}

void Resolver::Impl::resolveSequentInto(Expr& seq) {
  for (auto& h : seq.hyps) {
    if (h.newDecl) {
      resolveExpr(h.newDecl->body);
      declare(h.newDecl, false, h.newDecl->range.begin);
    } else {
      resolveExpr(h.fact);
    }
  }
  resolveExpr(seq.args.at(0));
}

void Resolver::Impl::resolveModuleRef(Expr& e) {
  const Module* m = findModule(e.text);
  if (m == nullptr) {
    unknownModule(e.text, e.range.begin);
    return;
  }
  e.decl = m->self.get();
}

// ------------------------------------------------------------------ proofs ---

void Resolver::Impl::resolveTheoremLike(const DeclPtr& d, bool local) {
  d->owner = current;
  pushFrame();  // the NEW symbols of an ASSUME/PROVE, visible in the proof
  if (d->body && d->body->kind == ExprKind::Sequent)
    resolveSequentInto(*d->body);
  else
    resolveExpr(d->body);
  // The theorem's name is visible in its own proof (e.g. `Thm!2` in a step).
  Frame statement = std::move(frames.back());
  frames.pop_back();
  declare(d, local, d->range.begin);
  frames.push_back(std::move(statement));
  theoremsInProof.push_back(d.get());
  if (d->proof) resolveProof(*d->proof);
  theoremsInProof.pop_back();
  popFrame();
}

void Resolver::Impl::resolveProof(Proof& p) {
  switch (p.kind) {
    case ProofKind::Obvious:
    case ProofKind::Omitted:
      return;
    case ProofKind::By:
      resolveUseBy(p.by);
      return;
    case ProofKind::Steps:
      pushFrame();
      resolveSteps(p.steps);
      popFrame();
      // A structured proof proves its goal only through its QED step (tlapm rejects it).
      if (p.steps.empty() || p.steps.back()->kind != StepKind::Qed)
        diags.error(p.steps.empty() ? p.range.begin : p.steps.back()->range.begin,
                    "structured proof does not end with a QED step");
      return;
  }
}

void Resolver::Impl::resolveSteps(const std::vector<StepPtr>& steps) {
  ExprPtr chainOperand;  // the right operand of the last assertion, for a later `@`
  for (const auto& s : steps) {
    resolveStep(*s);
    if (s->kind != StepKind::Assert || !s->expr || s->expr->kind == ExprKind::Sequent) continue;
    if (chainOperand) replaceStepAt(s->expr, chainOperand);
    chainOperand = chainRightOperand(s->expr);
  }
}

void Resolver::Impl::resolveStep(ProofStep& s) {
  // Symbols a step introduces for the steps after it (not for its own proof).
  std::vector<DeclPtr> introduced;
  pushFrame();  // the step's own scope: its assertion's NEW symbols and its proof
  switch (s.kind) {
    case StepKind::Assert:
    case StepKind::Suffices:
      if (s.expr && s.expr->kind == ExprKind::Sequent) {
        resolveSequentInto(*s.expr);
        if (s.kind == StepKind::Suffices)
          for (const auto& h : s.expr->hyps)
            if (h.newDecl) introduced.push_back(h.newDecl);
      } else {
        resolveExpr(s.expr);
      }
      break;
    case StepKind::Case:
    case StepKind::Have:
      resolveExpr(s.expr);
      break;
    case StepKind::Pick:
      resolveBinders(s.binders);
      pushFrame();
      declareBinders(s.binders);
      resolveExpr(s.expr);
      popFrame();
      for (const auto& b : s.binders) introduced.insert(introduced.end(), b.vars.begin(), b.vars.end());
      break;
    case StepKind::Take:
      resolveBinders(s.binders);
      for (const auto& b : s.binders) introduced.insert(introduced.end(), b.vars.begin(), b.vars.end());
      break;
    case StepKind::Witness:
      for (auto& x : s.exprs) resolveExpr(x);
      break;
    case StepKind::Define:
      popFrame();  // definitions go to the enclosing proof's scope
      for (const auto& d : s.defs) resolveDefinition(d, false);
      pushFrame();
      break;
    case StepKind::Use:
    case StepKind::Hide:
      resolveUseBy(s.use);
      break;
    case StepKind::Instance:
      popFrame();
      if (s.instanceDecl && s.instanceDecl->instance)
        resolveInstance(s.instanceDecl->instance, s.instanceDecl->name.empty() ? nullptr : s.instanceDecl, false,
                        s.range);
      pushFrame();
      break;
    case StepKind::Qed:
      break;
  }
  if (!s.name.empty()) frames.back().steps[s.name] = &s;  // visible in its own proof
  const bool denotesAssumptions =
      s.kind == StepKind::Assert || s.kind == StepKind::Case || s.kind == StepKind::Suffices;
  if (!denotesAssumptions) stepsInOwnProof.insert(&s);
  if (s.proof) resolveProof(*s.proof);
  stepsInOwnProof.erase(&s);
  popFrame();
  for (const auto& d : introduced) declare(d, false, d->range.begin);
  if (!s.name.empty()) frames.back().steps[s.name] = &s;
}

void Resolver::Impl::resolveUseBy(UseBy& u) {
  for (auto& f : u.facts) {
    resolveExpr(f, Expect::fact());
    if (f && f->kind == ExprKind::Ident && f->decl != nullptr &&
        std::find(theoremsInProof.begin(), theoremsInProof.end(), f->decl) != theoremsInProof.end())
      diags.error(f->range.begin, fmt::format("theorem '{}' is cited in its own proof", f->name));
  }
  for (auto& d : u.defs) resolveExpr(d, Expect::def());
}

}  // namespace tlapx
