// Instances of triggerless universal facts (see fact_instances.hpp).
#include "backends/z3/fact_instances.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

#include "backends/z3/expr_matching.hpp"
#include "frontend/ast_equal.hpp"
#include "frontend/ast_walk.hpp"
#include "frontend/substitution.hpp"
#include "prover/expansion.hpp"

namespace tlapx::z3enc {

namespace {

// At most this many facts (of at most kMaxVariables variables) get instances, each with at
// most this many terms per variable, this many joint bindings (see instances()) and this
// many instances in all.
constexpr std::size_t kMaxFacts = 4;
constexpr std::size_t kMaxTermsPerVariable = 3;
constexpr std::size_t kMaxInstances = 8;
constexpr std::size_t kMaxVariables = 5;
constexpr std::size_t kMaxJointBindings = 2;

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

// Whether e has an \E in the body of a \A.
bool alternates(const Expr& e) {
  const auto isExists = [](const Expr& q) { return q.kind == ExprKind::Quant && q.quantOp == QuantOp::Exists; };
  return containsSubexpression(e, [&](const Expr& q) {
    return q.kind == ExprKind::Quant && q.quantOp == QuantOp::Forall && containsSubexpression(*q.args[0], isExists);
  });
}

// What an instance keeps of a fact's body H => C1 /\ ... /\ Cn (or C1 /\ ... /\ Cn): the
// conjuncts Ci without an \E under a \A, or null if none is left. For such a conjunct
// (\A i \in I : \E j \in I : t[i] = s[j]) each Skolem witness is a new instance of the
// \A, and Z3 loops (Quicksort:595 got no proof in a minute with the instance of
// PartitionsLemma, and one in 0.3 s without that conjunct). Dropping conjuncts only
// weakens the instance; the fact itself stays in the context, whole.
ExprPtr withoutAlternations(const ExprPtr& body) {
  const Expr& e = unlabeled(*body);
  if (e.kind == ExprKind::Builtin && e.op == BuiltinOp::Implies) {
    ExprPtr conclusion = withoutAlternations(e.args[1]);
    if (!conclusion || conclusion == e.args[1]) return conclusion ? body : nullptr;
    return makeBuiltin(BuiltinOp::Implies, {e.args[0], conclusion});
  }
  if (e.kind == ExprKind::Builtin && e.op == BuiltinOp::And) {
    std::vector<ExprPtr> kept;
    for (const auto& c : e.args) {
      if (!alternates(*c)) kept.push_back(c);
    }
    if (kept.size() == e.args.size()) return body;
    if (kept.empty()) return nullptr;
    return kept.size() == 1 ? kept[0] : makeBuiltin(BuiltinOp::And, kept);
  }
  return alternates(e) ? nullptr : body;
}

// A universal fact: \A x1, ..., xn : B without domains, or a sequent ASSUME NEW x1 \in D1,
// ..., H PROVE C over constants, whose body is (x1 \in D1 /\ ... /\ H) => C.
struct Universal {
  std::vector<const Decl*> vars;
  ExprPtr body;
  ExprPtr instanceBody;  // what its instances keep of the body (withoutAlternations)
  bool triggerless = false;
};

std::optional<Universal> universal(const Expr& fact) {
  Universal u;
  if (fact.kind == ExprKind::Quant && fact.quantOp == QuantOp::Forall) {
    for (const auto& b : fact.binders) {
      if (b.tuple || b.domain) return std::nullopt;
      for (const auto& v : b.vars) u.vars.push_back(v.get());
    }
    u.body = fact.args[0];
    // \A v : \A j \in Int : P(v, j) is one quantifier over v and j for the solver, which
    // P(v, j) triggers: the directly nested universals' variables count with the outer ones
    // (instances at v alone would leave quantifiers that slow Z3 down: MajorityProof:96
    // took 1 s instead of 30 ms).
    std::vector<const Decl*> all = u.vars;
    const Expr* inner = &unlabeled(*u.body);
    while (inner->kind == ExprKind::Quant && inner->quantOp == QuantOp::Forall) {
      for (const auto& b : inner->binders)
        for (const auto& v : b.vars) all.push_back(v.get());
      inner = &unlabeled(*inner->args[0]);
    }
    u.triggerless = !hasTrigger(*inner, all);
  } else if (fact.kind == ExprKind::Sequent) {
    std::vector<ExprPtr> hyps;
    std::vector<const Expr*> triggerParts{fact.args[0].get()};
    for (const auto& h : fact.hyps) {
      if (h.newDecl) {
        const Decl& d = *h.newDecl;
        if (d.arity > 0 || d.newKind != NewKind::Constant) return std::nullopt;
        u.vars.push_back(&d);
        if (!d.body) continue;
        hyps.push_back(makeBuiltin(BuiltinOp::In, {prover::makeIdent(d, d.range), d.body}));
        // A membership in a set symbol or set map stays an atom (a trigger); other
        // domains unfold ([S -> T] to DOMAIN f = S and its values).
        if (d.body->kind == ExprKind::Ident || d.body->kind == ExprKind::SetMap) triggerParts.push_back(hyps.back().get());
      } else if (h.fact) {
        hyps.push_back(h.fact);
        triggerParts.push_back(h.fact.get());
      }
    }
    if (hyps.empty()) {
      u.body = fact.args[0];
    } else {
      ExprPtr premise = hyps.size() == 1 ? hyps[0] : makeBuiltin(BuiltinOp::And, hyps);
      u.body = makeBuiltin(BuiltinOp::Implies, {premise, fact.args[0]});
    }
    u.triggerless = std::none_of(triggerParts.begin(), triggerParts.end(),
                                 [&](const Expr* part) { return hasTrigger(*part, u.vars); });
  } else {
    return std::nullopt;
  }
  if (u.vars.empty() || u.vars.size() > kMaxVariables) return std::nullopt;
  u.instanceBody = withoutAlternations(u.body);
  if (!u.instanceBody) return std::nullopt;
  return u;
}

// Every subterm of e (inside binders too) that is no bare variable.
void allSubterms(const ExprPtr& e, std::vector<ExprPtr>& out) {
  if (e->kind != ExprKind::Ident) out.push_back(e);
  forEachChild(*e, [&](const ExprPtr& c) { allSubterms(c, out); });
}

// The instances of `body` at every combination of `choices` for `vars` (the first variable
// fastest), appended to `out` while it has fewer than kMaxInstances.
void appendCombinations(const std::vector<const Decl*>& vars, const std::vector<std::vector<ExprPtr>>& choices,
                        const ExprPtr& body, std::vector<ExprPtr>& out) {
  std::vector<std::size_t> pick(vars.size(), 0);
  while (out.size() < kMaxInstances) {
    Substituter s;
    for (std::size_t v = 0; v < vars.size(); ++v) s.bind(vars[v], choices[v][pick[v]]);
    out.push_back(s.apply(body));
    std::size_t v = 0;
    for (; v < vars.size() && ++pick[v] == choices[v].size(); ++v) pick[v] = 0;
    if (v == vars.size()) return;
  }
}

class Instantiator {
 public:
  Instantiator(const std::vector<const Expr*>& facts, const Expr* goal) {
    for (const Expr* f : facts) roots_.push_back(std::make_shared<Expr>(*f));
    if (goal != nullptr) roots_.push_back(std::make_shared<Expr>(*goal));
    for (std::size_t i = 0; i < roots_.size(); ++i) {
      std::vector<ExprPtr> terms;
      allSubterms(roots_[i], terms);
      collectBoundDecls(*roots_[i], bound_);
      for (const auto& t : terms) targets_[keyOf(*t)].push_back({t, i});
    }
  }

  // The instances of fact number `index` (facts come first among the roots), `u`.
  std::vector<ExprPtr> instances(std::size_t index, const Universal& u) {
    const std::vector<const Decl*>& vars = u.vars;
    const Expr& body = *u.body;
    std::vector<ExprPtr> patterns;
    allSubterms(u.body, patterns);
    std::unordered_set<const Decl*> inner;  // the body's own bound variables match anything too
    collectBoundDecls(*u.body, inner);
    std::vector<const Decl*> wildcards = vars;
    wildcards.insert(wildcards.end(), inner.begin(), inner.end());
    // For each variable, the terms matched and the patterns matching each; and the joint
    // bindings: the variables one match binds together (t \in Partitions(I, p, s) against
    // seq' \in Partitions(I, p, seq) binds t, I, p and s at once).
    std::vector<std::vector<std::pair<ExprPtr, std::set<std::size_t>>>> found(vars.size());
    std::vector<std::vector<ExprPtr>> joint;  // per binding, a term or null for each variable
    for (std::size_t p = 0; p < patterns.size(); ++p) {
      const Expr& pattern = *patterns[p];
      auto it = targets_.find(keyOf(pattern));
      if (it == targets_.end() || std::none_of(vars.begin(), vars.end(), [&](const Decl* v) { return mentionsDecl(pattern, v); }))
        continue;
      for (const auto& [target, root] : it->second) {
        if (root == index) continue;
        Match m{wildcards, {}, {}};
        if (!matches(pattern, target, m)) continue;
        std::vector<ExprPtr> binding(vars.size());
        for (std::size_t v = 0; v < vars.size(); ++v) {
          auto b = m.bound.find(vars[v]);
          if (b != m.bound.end() && !mentionsBound(b->second) && substitutable(body, *vars[v], *b->second)) {
            note(found[v], b->second, p);
            binding[v] = b->second;
          }
        }
        noteJoint(joint, std::move(binding));
      }
    }
    std::vector<std::vector<ExprPtr>> terms(vars.size());
    for (std::size_t v = 0; v < vars.size(); ++v) {
      std::stable_sort(found[v].begin(), found[v].end(),
                       [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
      for (std::size_t k = 0; k < found[v].size() && k < kMaxTermsPerVariable; ++k) terms[v].push_back(found[v][k].first);
      if (terms[v].empty()) return {};
    }
    // Where one match binds several variables, its terms are taken together (at most
    // kMaxJointBindings of the largest such matches) and only the others vary: instances
    // of unrelated terms (t and s from different sequences) only burden the solver.
    std::size_t widest = 0;
    for (const auto& b : joint) widest = std::max(widest, bindingSize(b));
    std::vector<std::vector<ExprPtr>> seeds;
    if (widest >= 2) {
      for (const auto& b : joint) {
        if (bindingSize(b) == widest && seeds.size() < kMaxJointBindings) seeds.push_back(b);
      }
    } else {
      seeds.emplace_back(vars.size());
    }
    std::vector<ExprPtr> out;
    for (const auto& seed : seeds) {
      std::vector<std::vector<ExprPtr>> choices(vars.size());
      for (std::size_t v = 0; v < vars.size(); ++v) choices[v] = seed[v] ? std::vector<ExprPtr>{seed[v]} : terms[v];
      appendCombinations(vars, choices, u.instanceBody, out);
    }
    return out;
  }

 private:
  // Whether e mentions a variable bound inside the context: then it is no term of it.
  // (Variables that e binds itself are no such variables.)
  bool mentionsBound(const ExprPtr& e) const {
    std::unordered_set<const Decl*> refs;
    collectReferencedDecls(*e, refs);
    std::unordered_set<const Decl*> own;
    collectBoundDecls(*e, own);
    return std::any_of(refs.begin(), refs.end(), [&](const Decl* d) { return bound_.count(d) != 0 && own.count(d) == 0; });
  }
  static std::size_t bindingSize(const std::vector<ExprPtr>& binding) {
    return static_cast<std::size_t>(std::count_if(binding.begin(), binding.end(), [](const ExprPtr& t) { return t != nullptr; }));
  }
  static void noteJoint(std::vector<std::vector<ExprPtr>>& joint, std::vector<ExprPtr> binding) {
    if (bindingSize(binding) < 2) return;
    const auto same = [&](const std::vector<ExprPtr>& b) {
      for (std::size_t v = 0; v < b.size(); ++v) {
        if ((b[v] == nullptr) != (binding[v] == nullptr) || (b[v] && !equalExpr(*b[v], *binding[v]))) return false;
      }
      return true;
    };
    if (std::none_of(joint.begin(), joint.end(), same)) joint.push_back(std::move(binding));
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
  std::vector<std::pair<std::size_t, Universal>> triggerless;
  for (std::size_t i = 0; i < facts.size() && triggerless.size() < kMaxFacts; ++i) {
    std::optional<Universal> u = universal(unlabeled(*facts[i]));
    if (u && u->triggerless) triggerless.emplace_back(i, std::move(*u));
  }
  if (triggerless.empty()) return {};
  std::vector<const Expr*> unlabeledFacts;
  for (const Expr* f : facts) unlabeledFacts.push_back(&unlabeled(*f));
  Instantiator instantiator(unlabeledFacts, goal);
  std::vector<ExprPtr> out;
  for (const auto& [index, u] : triggerless) {
    for (auto& instance : instantiator.instances(index, u)) out.push_back(std::move(instance));
  }
  return out;
}

}  // namespace tlapx::z3enc
