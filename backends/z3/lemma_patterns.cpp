// Patterns for cited lemmas: a fact ASSUME NEW x1, ..., NEW xn, H PROVE C is instantiated
// where its conclusion's own symbol is used. Left to Z3, a lemma such as
// ASSUME NEW f \in [S -> Nat] PROVE Sum(f) = 0 <=> \A x \in S : f[x] = 0 gets patterns
// from its guard (f a function: every function term of the obligation), and each instance
// brings nested quantifiers: E-matching floods. Patterns only steer instantiation: every
// instance is still one of the fact.
#include "backends/expr_key.hpp"
#include "backends/z3/translator.hpp"

#include <algorithm>
#include <functional>
#include <set>

namespace tlapx::z3enc {

namespace {

// Whether `t` can be a pattern: applications of uninterpreted symbols over the bound
// constants and numerals only (no arithmetic, no equality), mentioning every bound one.
bool isPatternTerm(const z3::expr& t, const Exprs& vars) {
  std::set<unsigned> seen;
  bool ok = true;
  const std::function<void(const z3::expr&)> walk = [&](const z3::expr& x) {
    if (!ok || !seen.insert(x.id()).second) return;
    if (x.is_numeral()) return;
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

}  // namespace

// The pattern is the one application in C, outside binders, of a declared operator (a
// constant operator, or a definition that stays hidden) mentioning every xi, provided the
// lemma applies that operator nowhere else: its instances then make no new terms for the
// pattern (no E-matching loop). None without such an application (Z3 picks its own).
Patterns Translator::lemmaPatterns(const Expr& sequent, const Exprs& vars) {
  if (vars.empty()) return {};
  std::vector<const Expr*> apps;
  const std::function<void(const Expr&)> collect = [&](const Expr& x) {
    switch (x.kind) {
      case ExprKind::Quant:
      case ExprKind::Choose:
      case ExprKind::SetFilter:
      case ExprKind::SetMap:
      case ExprKind::FuncCons:
      case ExprKind::Lambda:
      case ExprKind::Let:
      case ExprKind::TempQuant: return;
      case ExprKind::OpApp:
        if (x.decl != nullptr && !x.decl->primitive && x.decl->arity > 0 &&
            (x.decl->kind == DeclKind::Constant || x.decl->kind == DeclKind::NewSymbol ||
             opaque_.count(x.decl) != 0))
          apps.push_back(&x);
        break;
      default: break;
    }
    for (const auto& a : x.args) collect(*a);
  };
  collect(*sequent.args[0]);
  for (const Expr* app : apps) {
    int uses = 0;
    visitExprs(sequent, [&](const Expr& x) {
      if ((x.kind == ExprKind::OpApp || x.kind == ExprKind::Ident) && x.decl == app->decl) ++uses;
    });
    if (uses != 1) continue;
    const z3::expr t = term(*app).u;
    if (isPatternTerm(t, vars)) return {{t}};
  }
  return {};
}

}  // namespace tlapx::z3enc
