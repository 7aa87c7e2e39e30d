// Patterns of cited lemmas (part of Translator). A fact ASSUME NEW f \in [S -> T], ..., H
// PROVE C left to Z3 gets its patterns also from the guard of f: isAFcn(f) and DOMAIN f
// match every function term of the obligation, and each instance brings nested
// quantifiers and new function terms, so E-matching floods (ASSUME NEW f \in [S -> Nat]
// PROVE Sum(f) = 0 <=> \A x \in S : f[x] = 0 at CRDT_proof:155). Such a lemma is
// triggered instead by the applications of declared symbols in C and H that mention
// every parameter (Sum(f)), when it has some. A lemma whose C tests x \in S for
// parameters x and S is triggered by the smallest terms of C over all parameters
// (S \cup {x}), when C has some, rather than also by that membership. An application
// that another application of its symbol in the lemma instantiates with a larger argument
// (AtMostOne(s, t) beside AtMostOne(Tail(s), t)) is left out: its instances would make
// new terms for it (an E-matching loop). Patterns only steer instantiation: every
// instance is still one of the fact.
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "backends/z3/translator.hpp"

namespace tlapx::z3enc {

namespace {

bool isVar(const z3::expr& t, const Exprs& vars) {
  return std::any_of(vars.begin(), vars.end(), [&](const z3::expr& v) { return z3::eq(t, v); });
}

// Whether `u` is an instance of `pattern` (its `vars` matching any term, consistently) in
// which some variable stands for a compound term.
bool instanceWithLargerArgument(const z3::expr& pattern, const z3::expr& u, const Exprs& vars) {
  std::map<unsigned, unsigned> bound;  // variable id -> term id
  bool larger = false;
  const std::function<bool(const z3::expr&, const z3::expr&)> match = [&](const z3::expr& p, const z3::expr& t) {
    if (isVar(p, vars)) {
      const auto [it, added] = bound.emplace(p.id(), t.id());
      if (added && t.is_app() && t.num_args() > 0) larger = true;
      return added || it->second == t.id();
    }
    if (!p.is_app() || !t.is_app() || p.num_args() != t.num_args() || !z3::eq(p.decl(), t.decl())) {
      return z3::eq(p, t);
    }
    for (unsigned i = 0; i < p.num_args(); ++i) {
      if (!match(p.arg(i), t.arg(i))) return false;
    }
    return true;
  };
  return match(pattern, u) && larger;
}

// The applications of `f` in `e`, inside quantifiers too.
void collectApps(const z3::expr& e, const z3::func_decl& f, std::set<unsigned>& seen, std::vector<z3::expr>& out) {
  if (!seen.insert(e.id()).second) return;
  if (e.is_quantifier()) {
    collectApps(e.body(), f, seen, out);
    return;
  }
  if (!e.is_app()) return;
  if (z3::eq(e.decl(), f)) out.push_back(e);
  for (unsigned i = 0; i < e.num_args(); ++i) collectApps(e.arg(i), f, seen, out);
}

// The candidates among `candidates` that no application of their symbol in the lemma
// instantiates with a larger argument, each a pattern of its own.
Patterns withoutLoops(const z3::expr& lemma, const std::vector<z3::expr>& candidates, const Exprs& vars) {
  Patterns patterns;
  for (const z3::expr& t : candidates) {
    std::set<unsigned> visited;
    std::vector<z3::expr> others;
    collectApps(lemma, t.decl(), visited, others);
    if (std::none_of(others.begin(), others.end(),
                     [&](const z3::expr& u) { return instanceWithLargerArgument(t, u, vars); }))
      patterns.push_back({t});
  }
  return patterns;
}

// Whether `t` has `sub` as a proper subterm.
bool containsProperly(const z3::expr& t, const z3::expr& sub) {
  for (unsigned i = 0; i < t.num_args(); ++i) {
    if (z3::eq(t.arg(i), sub) || containsProperly(t.arg(i), sub)) return true;
  }
  return false;
}

}  // namespace

bool isPatternTerm(const z3::expr& t, const Exprs& vars) {
  std::set<unsigned> seen;
  bool ok = true;
  const std::function<void(const z3::expr&)> walk = [&](const z3::expr& x) {
    if (!ok || !seen.insert(x.id()).second || x.is_numeral()) return;
    if (!x.is_app() || x.decl().decl_kind() != Z3_OP_UNINTERPRETED) {
      ok = false;
      return;
    }
    for (unsigned i = 0; i < x.num_args(); ++i) walk(x.arg(i));
  };
  walk(t);
  return ok && t.num_args() > 0 &&
         std::all_of(vars.begin(), vars.end(), [&](const z3::expr& v) { return seen.count(v.id()) != 0; });
}


// For a lemma typing a variable as a function (NEW f \in [S -> T]), outside its nested
// quantifiers, its guard terms isAFcn(f) and DOMAIN f are the ones that flood. The
// candidates are the applications of declared symbols (constants, NEW operators, hidden
// definitions) in the lemma outside its nested quantifiers, where its variables are free:
// in the conclusion, the hypotheses and the domains' constructors.
//
// Any other lemma whose conclusion tests the membership of one parameter in another and
// makes a term over all of them (FS_AddElement: IF x \in S THEN ... over S \cup {x}) is
// triggered by the smallest such terms: Z3's inference would add x \in S, every
// membership of the context then makes a new S \cup {x}, whose memberships make more
// (tlapm's BPConProof:856 ran out of its budget; with S \cup {x} alone Z3 proves it with
// 18 thousand units). Lemmas without such a membership keep Z3's patterns: taking the
// terms of every conclusion alone cost 54 proofs of the scale tier.
Patterns Translator::lemmaPatterns(const z3::expr& lemma, const Exprs& vars) const {
  if (vars.empty()) return {};
  bool functionGuard = false;
  std::vector<z3::expr> candidates;
  std::set<unsigned> seen;
  const std::function<void(const z3::expr&)> collect = [&](const z3::expr& x) {
    if (!seen.insert(x.id()).second || !x.is_app()) return;
    functionGuard = functionGuard || (sig_.isFunctionTyping(x) && isVar(x.arg(0), vars));
    if (x.num_args() > 0 && symbolFunctions_.count(x.decl().id()) != 0 && isPatternTerm(x, vars)) {
      candidates.push_back(x);
    }
    for (unsigned i = 0; i < x.num_args(); ++i) collect(x.arg(i));
  };
  collect(lemma);
  if (functionGuard) return withoutLoops(lemma, candidates, vars);
  const bool implication = lemma.is_app() && lemma.decl().decl_kind() == Z3_OP_IMPLIES;
  const z3::expr conclusion = implication ? lemma.arg(1) : lemma;
  std::vector<z3::expr> built;
  bool membershipOfParameters = false;  // x \in S, both parameters
  seen.clear();
  const std::function<void(const z3::expr&)> collectBuilt = [&](const z3::expr& x) {
    if (!seen.insert(x.id()).second || !x.is_app()) return;
    if (sig_.isMembership(x)) {
      membershipOfParameters = membershipOfParameters || (isVar(x.arg(0), vars) && isVar(x.arg(1), vars));
    } else if (x.num_args() > 0 && isPatternTerm(x, vars)) {
      built.push_back(x);
    }
    for (unsigned i = 0; i < x.num_args(); ++i) collectBuilt(x.arg(i));
  };
  collectBuilt(conclusion);
  if (!membershipOfParameters) return {};
  std::vector<z3::expr> smallest;
  for (const z3::expr& t : built) {
    if (std::none_of(built.begin(), built.end(), [&](const z3::expr& u) { return containsProperly(t, u); }))
      smallest.push_back(t);
  }
  return withoutLoops(lemma, smallest, vars);
}

}  // namespace tlapx::z3enc
