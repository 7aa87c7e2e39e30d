// Instances of triggerless universal facts (see fact_instances.hpp).
#include "backends/z3/fact_instances.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "backends/z3/expr_matching.hpp"
#include "frontend/ast_equal.hpp"
#include "frontend/ast_walk.hpp"
#include "frontend/substitution.hpp"

namespace tlapx::z3enc {

namespace {

// At most this many facts get instances, each with at most this many terms per variable
// and this many instances in all.
constexpr std::size_t kMaxFacts = 4;
constexpr std::size_t kMaxTermsPerVariable = 3;
constexpr std::size_t kMaxInstances = 8;
constexpr std::size_t kMaxVariables = 4;

bool mentionsAll(const Expr& e, const std::vector<const Decl*>& vars) {
  return std::all_of(vars.begin(), vars.end(), [&](const Decl* v) { return mentionsDecl(e, v); });
}

// Whether B has a term mentioning every one of `vars` outside its nested \A, \E and
// ASSUME/PROVE (through the connectives and equalities, which are not terms).
bool hasTrigger(const Expr& b, const std::vector<const Decl*>& vars) {
  const Expr& e = unlabeled(b);
  switch (e.kind) {
    case ExprKind::Quant:
    case ExprKind::Sequent:
    case ExprKind::Ident: return false;
    case ExprKind::Builtin:
      switch (e.op) {
        case BuiltinOp::And:
        case BuiltinOp::Or:
        case BuiltinOp::Not:
        case BuiltinOp::Implies:
        case BuiltinOp::Equiv:
        case BuiltinOp::Eq:
        case BuiltinOp::Neq:
          return std::any_of(e.args.begin(), e.args.end(), [&](const ExprPtr& a) { return hasTrigger(*a, vars); });
        default: break;
      }
      break;
    default: break;
  }
  return mentionsAll(e, vars);
}

// The universal variables of a fact \A x1, ..., xn : B without domains, or none.
std::vector<const Decl*> universalVariables(const Expr& fact) {
  if (fact.kind != ExprKind::Quant || fact.quantOp != QuantOp::Forall) return {};
  std::vector<const Decl*> vars;
  for (const auto& b : fact.binders) {
    if (b.tuple || b.domain) return {};
    for (const auto& v : b.vars) vars.push_back(v.get());
  }
  return vars.size() <= kMaxVariables ? vars : std::vector<const Decl*>{};
}

// Every subterm of e (inside binders too) that is no bare variable, with the variables
// bound inside e added to `bound`.
void allSubterms(const ExprPtr& e, std::vector<ExprPtr>& out, std::vector<const Decl*>& bound) {
  for (const auto& b : e->binders) {
    for (const auto& v : b.vars) bound.push_back(v.get());
  }
  for (const auto& p : e->params) bound.push_back(p.get());
  for (const auto& d : e->letDefs) bound.push_back(d.get());
  for (const auto& h : e->hyps) {
    if (h.newDecl) bound.push_back(h.newDecl.get());
  }
  if (e->kind != ExprKind::Ident) out.push_back(e);
  forEachChild(*e, [&](const ExprPtr& c) { allSubterms(c, out, bound); });
}

class Instantiator {
 public:
  Instantiator(const std::vector<const Expr*>& facts, const Expr* goal) {
    for (const Expr* f : facts) roots_.push_back(std::make_shared<Expr>(*f));
    if (goal != nullptr) roots_.push_back(std::make_shared<Expr>(*goal));
    for (std::size_t i = 0; i < roots_.size(); ++i) {
      std::vector<ExprPtr> terms;
      std::vector<const Decl*> bound;
      allSubterms(roots_[i], terms, bound);
      bound_.insert(bound.begin(), bound.end());
      for (const auto& t : terms) targets_[keyOf(*t)].push_back({t, i});
    }
  }

  // The instances of fact number `index` (facts come first among the roots).
  std::vector<ExprPtr> instances(std::size_t index, const std::vector<const Decl*>& vars) {
    const Expr& fact = *roots_[index];
    const Expr& body = *fact.args[0];
    std::vector<ExprPtr> patterns;
    std::vector<const Decl*> wildcards = vars;
    allSubterms(fact.args[0], patterns, wildcards);
    // For each variable, the terms matched and the patterns matching each.
    std::vector<std::vector<std::pair<ExprPtr, std::set<std::size_t>>>> found(vars.size());
    for (std::size_t p = 0; p < patterns.size(); ++p) {
      const Expr& pattern = *patterns[p];
      auto it = targets_.find(keyOf(pattern));
      if (it == targets_.end() || std::none_of(vars.begin(), vars.end(), [&](const Decl* v) { return mentionsDecl(pattern, v); }))
        continue;
      for (const auto& [target, root] : it->second) {
        if (root == index) continue;
        Match m{wildcards, {}, {}};
        if (!matches(pattern, target, m)) continue;
        for (std::size_t v = 0; v < vars.size(); ++v) {
          auto b = m.bound.find(vars[v]);
          if (b != m.bound.end() && !mentionsBound(b->second) && substitutable(body, *vars[v], *b->second)) note(found[v], b->second, p);
        }
      }
    }
    std::vector<std::vector<ExprPtr>> terms(vars.size());
    for (std::size_t v = 0; v < vars.size(); ++v) {
      std::stable_sort(found[v].begin(), found[v].end(),
                       [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
      for (std::size_t k = 0; k < found[v].size() && k < kMaxTermsPerVariable; ++k) terms[v].push_back(found[v][k].first);
      if (terms[v].empty()) return {};
    }
    std::vector<ExprPtr> out;
    std::vector<std::size_t> pick(vars.size(), 0);
    while (out.size() < kMaxInstances) {
      Substituter s;
      for (std::size_t v = 0; v < vars.size(); ++v) s.bind(vars[v], terms[v][pick[v]]);
      out.push_back(s.apply(fact.args[0]));
      std::size_t v = 0;  // the next combination, the first variable fastest
      for (; v < vars.size() && ++pick[v] == terms[v].size(); ++v) pick[v] = 0;
      if (v == vars.size()) break;
    }
    return out;
  }

 private:
  // Whether e mentions a variable bound inside the context: then it is no term of it.
  // (Variables that e binds itself are no such variables.)
  bool mentionsBound(const ExprPtr& e) const {
    std::unordered_set<const Decl*> refs;
    collectReferencedDecls(*e, refs);
    std::vector<ExprPtr> subterms;
    std::vector<const Decl*> own;
    allSubterms(e, subterms, own);
    return std::any_of(refs.begin(), refs.end(), [&](const Decl* d) {
      return bound_.count(d) != 0 && std::find(own.begin(), own.end(), d) == own.end();
    });
  }
  static void note(std::vector<std::pair<ExprPtr, std::set<std::size_t>>>& found, const ExprPtr& t, std::size_t p) {
    auto same = std::find_if(found.begin(), found.end(), [&](const auto& f) { return equalExpr(*f.first, *t); });
    if (same == found.end()) {
      found.push_back({t, {p}});
    } else {
      same->second.insert(p);
    }
  }

  std::vector<ExprPtr> roots_;
  std::unordered_set<const Decl*> bound_;
  std::map<NodeKey, std::vector<std::pair<ExprPtr, std::size_t>>> targets_;  // subterm, its root
};

}  // namespace

std::vector<ExprPtr> triggerlessFactInstances(const std::vector<const Expr*>& facts, const Expr* goal) {
  std::vector<std::pair<std::size_t, std::vector<const Decl*>>> triggerless;
  for (std::size_t i = 0; i < facts.size() && triggerless.size() < kMaxFacts; ++i) {
    const Expr& fact = unlabeled(*facts[i]);
    std::vector<const Decl*> vars = universalVariables(fact);
    if (!vars.empty() && !hasTrigger(*fact.args[0], vars)) triggerless.emplace_back(i, std::move(vars));
  }
  if (triggerless.empty()) return {};
  std::vector<const Expr*> unlabeledFacts;
  for (const Expr* f : facts) unlabeledFacts.push_back(&unlabeled(*f));
  Instantiator instantiator(unlabeledFacts, goal);
  std::vector<ExprPtr> out;
  for (const auto& [index, vars] : triggerless) {
    for (auto& instance : instantiator.instances(index, vars)) out.push_back(std::move(instance));
  }
  return out;
}

}  // namespace tlapx::z3enc
