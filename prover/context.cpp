// Bookkeeping of the proof context: declarations, facts, pragmas, usable definitions and
// step names (see context.hpp).
#include "prover/context.hpp"

#include <algorithm>

#include "prover/pragmas.hpp"

namespace tlapx::prover {

namespace {

const Decl* originalOf(const Decl& d) {
  const Decl* cur = &d;
  while (cur->origin != nullptr) cur = cur->origin;
  return cur;
}

bool isFactLike(const ContextEntry& e) {
  return e.kind == ContextEntry::Kind::Fact || e.kind == ContextEntry::Kind::Pragma;
}

}  // namespace

bool usableByDefault(const Decl& def) {
  const Decl* original = originalOf(def);
  return original->owner != nullptr && original->owner->standard;
}

void Context::declare(const Decl* decl, ExprPtr domain) {
  ContextEntry e;
  e.kind = ContextEntry::Kind::Declaration;
  e.decl = decl;
  e.domain = std::move(domain);
  entries_.push_back(std::move(e));
}

void Context::addFact(ExprPtr fact, bool visible, bool holdsAlways, const void* citedAs) {
  ContextEntry e;
  e.kind = ContextEntry::Kind::Fact;
  e.fact = std::move(fact);
  e.visible = visible;
  e.holdsAlways = holdsAlways;
  e.citedAs = citedAs;
  e.assumedAt = assumptionLevel;
  entries_.push_back(std::move(e));
}

void Context::addPragma(MethodRequest method, const Decl& pragma) {
  ContextEntry e;
  e.citedAs = &pragma;
  e.kind = ContextEntry::Kind::Pragma;
  e.method = std::move(method);
  e.selectsBackend = selectsBackend(pragma);
  e.expandEnabled = expandsEnabled(pragma);
  e.autoUse = autoUses(pragma);
  e.enabledRules = usesEnabledRules(pragma);
  entries_.push_back(std::move(e));
}

void Context::assumeAtLevel(Level level) { assumptionLevel = std::max(assumptionLevel, level); }

void Context::forgetAllButLast(std::size_t keep) {
  std::size_t kept = 0;
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
    if (!isFactLike(*it)) continue;
    if (kept < keep) {
      ++kept;
      continue;
    }
    it->visible = false;
  }
}

std::size_t Context::hideFacts(const std::function<bool(const ContextEntry&)>& matches) {
  std::size_t hidden = 0;
  for (auto& e : entries_) {
    if (isFactLike(e) && e.visible && matches(e)) {
      e.visible = false;
      ++hidden;
    }
  }
  return hidden;
}

std::size_t Context::factCount() const {
  std::size_t n = 0;
  for (const auto& e : entries_) n += isFactLike(e) ? 1 : 0;
  return n;
}

MethodRequest Context::method() const {
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it)
    if (it->kind == ContextEntry::Kind::Pragma && it->visible && it->selectsBackend)
      return it->method;
  return {};
}

bool Context::expandEnabled() const {
  for (const auto& e : entries_)
    if (e.kind == ContextEntry::Kind::Pragma && e.visible && e.expandEnabled) return true;
  return false;
}

bool Context::autoUse() const {
  for (const auto& e : entries_)
    if (e.kind == ContextEntry::Kind::Pragma && e.visible && e.autoUse) return true;
  return false;
}

bool Context::enabledRules() const {
  for (const auto& e : entries_)
    if (e.kind == ContextEntry::Kind::Pragma && e.visible && e.enabledRules) return true;
  return false;
}

void Context::setUsable(const Decl* def, bool usable) { usable_[def] = usable; }

bool Context::isUsable(const Decl& def) const {
  if (auto it = usable_.find(&def); it != usable_.end()) return it->second;
  return usableByDefault(def);
}

void Context::setCitable(const ProofStep* step, Citable meaning) { steps_[step] = std::move(meaning); }

const Citable* Context::citable(const ProofStep* step) const {
  auto it = steps_.find(step);
  return it == steps_.end() ? nullptr : &it->second;
}

}  // namespace tlapx::prover
