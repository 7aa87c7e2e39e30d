// INSTANCE: explicit and implicit substitutions, the instantiated copies of the
// definitions, theorems and assumptions that depend on a substituted parameter, and
// name lookup through (nested, parameterised) instances.
#include <fmt/format.h>

#include <functional>
#include <optional>

#include "frontend/ast_walk.hpp"
#include "frontend/instance_enabled.hpp"
#include "frontend/resolver_impl.hpp"
#include "frontend/substitution.hpp"

namespace tlapx {

namespace {

constexpr std::size_t kAnyArity = static_cast<std::size_t>(-1);

bool isParameter(const Decl& d) { return d.kind == DeclKind::Constant || d.kind == DeclKind::Variable; }

ExprPtr identOf(const Decl& d, SourceRange range) {
  auto e = makeExpr(ExprKind::Ident, range);
  e->name = d.name;
  e->decl = &d;
  return e;
}

}  // namespace

std::size_t instanceParamCount(const Decl& d) {
  const Decl* root = &d;
  while (root->origin != nullptr) root = root->origin;
  return static_cast<std::size_t>(d.arity - root->arity);
}

std::vector<DeclPtr> Resolver::Impl::universe(const Module& m) {
  std::vector<DeclPtr> out;
  for (const Module* e : m.extended) {
    const auto& own = modules[e].own;
    out.insert(out.end(), own.begin(), own.end());
  }
  const auto& own = modules[&m].own;
  out.insert(out.end(), own.begin(), own.end());
  return out;
}

const std::vector<const Decl*>& Resolver::Impl::references(const Decl& d) {
  auto [it, inserted] = refsCache.try_emplace(&d);
  if (!inserted) return it->second;
  std::unordered_set<const Decl*> refs;
  if (d.body) collectReferencedDecls(*d.body, refs);
  if (d.instance) {
    for (const auto& s : d.instance->fullSubstitution)
      if (s.value) collectReferencedDecls(*s.value, refs);
    for (const auto& c : d.instance->copies) refs.insert(c.get());
  }
  it->second.assign(refs.begin(), refs.end());
  return it->second;
}

DeclPtr Resolver::Impl::lookupInInstance(const Decl& inst, const std::string& name) {
  if (!inst.instance || inst.instance->module == nullptr) return nullptr;
  DeclPtr base;
  if (inst.origin != nullptr && inst.origin->kind == DeclKind::Instance) {
    base = lookupInInstance(*inst.origin, name);  // a copy of a nested instance
  } else {
    const auto& exports = modules[inst.instance->module].exports;
    auto it = exports.find(canonicalName(name, kAnyArity));
    if (it != exports.end()) base = it->second;
  }
  if (!base || isParameter(*base)) return nullptr;
  for (const auto& c : inst.instance->copies)
    if (c->origin == base.get()) return c;
  return base;
}

namespace {

using References = std::function<const std::vector<const Decl*>&(const Decl&)>;

// Fresh variables standing for the primed variables of `universe` inside ENABLED, named
// so that they cannot clash with a TLA+ identifier.
std::unordered_map<const Decl*, DeclPtr> makeStandIns(const std::vector<DeclPtr>& universe, Instance& inst,
                                                      const std::string& instanceName, const Module* owner) {
  std::unordered_map<const Decl*, DeclPtr> standIns;
  inst.nextStateStandIns.clear();
  for (const auto& d : universe) {
    if (d->kind != DeclKind::Variable) continue;
    auto w = makeDecl(DeclKind::Variable, fmt::format("{}'<{}>", d->name, instanceName), inst.range);
    w->owner = owner;
    w->level = Level::State;
    standIns[d.get()] = w;
    inst.nextStateStandIns.push_back(std::move(w));
  }
  return standIns;
}

// The copies of the declarations of `universe` that depend on a substituted parameter,
// in order. Parameterised instances prepend `leadParams` to every copy's parameters.
// When the substitution is not a renaming of variables, ENABLED is instantiated by its
// meaning (instance_enabled.hpp); a copy for which that fails gets no body.
std::vector<DeclPtr> makeCopies(const std::vector<DeclPtr>& universe, Instance& inst,
                                const std::vector<DeclPtr>& leadParams, const Module* owner,
                                const std::string& instanceName, const References& references) {
  Substituter sub;
  std::vector<const Decl*> work;
  for (const auto& s : inst.fullSubstitution) {
    if (!s.value || s.target == nullptr) continue;
    if (s.value->kind == ExprKind::Ident && s.value->decl == s.target) continue;  // c <- c
    sub.bind(s.target, s.value);
    work.push_back(s.target);
  }
  if (work.empty()) return {};
  std::unordered_map<const Decl*, std::vector<const Decl*>> users;
  for (const auto& d : universe)
    for (const Decl* r : references(*d)) users[r].push_back(d.get());
  std::unordered_set<const Decl*> dependent;
  while (!work.empty()) {
    const Decl* x = work.back();
    work.pop_back();
    for (const Decl* u : users[x])
      if (dependent.insert(u).second) work.push_back(u);
  }
  std::vector<ExprPtr> lead;
  for (const auto& p : leadParams) lead.push_back(identOf(*p, p->range));
  std::vector<DeclPtr> copies;
  std::unordered_map<const Decl*, DeclPtr> copyOf;
  for (const auto& d : universe) {
    if (dependent.count(d.get()) == 0 || isParameter(*d)) continue;
    auto c = std::make_shared<Decl>(*d);
    c->origin = d.get();
    c->instantiation = &inst;
    c->owner = owner;
    c->proof = nullptr;
    c->level = Level::Constant;
    c->paramContributes.clear();
    c->params = leadParams;
    c->params.insert(c->params.end(), d->params.begin(), d->params.end());
    c->arity = d->arity + static_cast<int>(leadParams.size());
    copyOf[d.get()] = c;
    sub.rename(d.get(), c, lead);
    copies.push_back(c);
  }
  std::optional<EnabledInstantiation> enabled;
  if (!substitutionRenamesVariables(inst)) {
    std::unordered_set<const Decl*> copied;
    for (const auto& c : copies) copied.insert(c->origin);
    enabled.emplace(makeStandIns(universe, inst, instanceName, owner), std::move(copied), references);
  }
  for (const auto& c : copies) {
    const Decl& d = *c->origin;
    ExprPtr body = enabled && d.body ? enabled->prepare(d) : d.body;
    if (d.body && !body) {
      // Opaque: the highest level, so that no rule for lower levels applies to it.
      c->level = Level::Temporal;
      c->paramContributes.assign(c->params.size(), true);
    }
    c->body = sub.apply(body);
    if (d.instance) {
      auto ni = std::make_shared<Instance>(*d.instance);
      for (auto& s : ni->with) s.value = sub.apply(s.value);
      for (auto& s : ni->fullSubstitution) s.value = sub.apply(s.value);
      for (auto& copy : ni->copies)
        if (auto it = copyOf.find(copy.get()); it != copyOf.end()) copy = it->second;
      c->instance = std::move(ni);
    }
  }
  return copies;
}

}  // namespace

std::vector<DeclPtr> Resolver::Impl::resolveInstance(const std::shared_ptr<Instance>& inst, const DeclPtr& named,
                                                     bool local, SourceRange range) {
  if (inst->range.begin.valid()) range = inst->range;  // locate errors at `INSTANCE M`
  const Module* m = findModule(inst->moduleName);
  if (m == nullptr || m == current) {
    unknownModule(inst->moduleName, range.begin);
    m = nullptr;
  } else if (modules.count(m) == 0) {
    m = nullptr;  // on a dependency cycle (reported by the loader)
  }
  inst->module = m;
  if (named) {
    named->owner = current;
    named->instance = inst;
    named->arity = static_cast<int>(named->params.size());
  }
  std::vector<DeclPtr> added;
  if (m != nullptr) {
    const std::string what = fmt::format("INSTANCE of '{}'", m->name);
    const auto uni = universe(*m);
    std::unordered_map<std::string, const Decl*> byName;
    for (const auto& d : uni)
      if (isParameter(*d)) byName[canonicalName(d->name, kAnyArity)] = d.get();
    if (named) {
      pushFrame();
      for (const auto& p : named->params) declare(p, false, p->range.begin);
    }
    for (auto& s : inst->with) {
      auto it = byName.find(canonicalName(s.name, kAnyArity));
      if (it == byName.end()) {
        diags.error(s.loc, fmt::format("module '{}' has no CONSTANT or VARIABLE '{}'", m->name, s.name));
        resolveExpr(s.value);
        continue;
      }
      s.target = it->second;
      if (s.target->arity == 0) {
        resolveExpr(s.value);
      } else {
        resolveExpr(s.value, Expect::op(s.target->arity));
        checkOperatorArg(s.value, s.target->arity, fmt::format("the substitution for '{}'", s.name));
      }
    }
    inst->fullSubstitution.clear();
    for (const auto& p : uni) {
      if (!isParameter(*p)) continue;
      Substitution full{p->name, {}, nullptr, p.get()};
      for (const auto& s : inst->with)
        if (s.target == p.get()) full = s;
      if (!full.value) {
        full.loc = range.begin;
        const Symbol* sym = lookup(p->name, kAnyArity);
        if (sym == nullptr) {
          diags.error(range.begin, fmt::format("{}: no symbol '{}' is visible to substitute for its parameter '{}'",
                                               what, p->name, p->name));
        } else if (sym->decl->arity != p->arity) {
          diags.error(range.begin, fmt::format("{}: '{}' has arity {} but its parameter '{}' has arity {}", what,
                                               p->name, sym->decl->arity, p->name, p->arity));
        } else {
          full.value = identOf(*sym->decl, range);
        }
      }
      inst->fullSubstitution.push_back(std::move(full));
    }
    if (named) popFrame();
    inst->copies = makeCopies(uni, *inst, named ? named->params : std::vector<DeclPtr>{}, current,
                              named ? named->name : "INSTANCE " + m->name,
                              [this](const Decl& d) -> const std::vector<const Decl*>& { return references(d); });
    added = inst->copies;
  }
  if (named) {
    declare(named, local, named->range.begin);
    added.push_back(named);
  } else if (m != nullptr) {
    for (const auto& [name, decl] : modules[m].exports) {
      if (isParameter(*decl)) continue;
      DeclPtr target = decl;
      for (const auto& c : inst->copies)
        if (c->origin == decl.get()) target = c;
      declareAs(name, target, local, range.begin);
    }
  }
  return added;
}

}  // namespace tlapx
