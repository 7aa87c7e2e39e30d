// Bound variables in the lifting scope (backends/z3/translator.cpp, enterBinders and
// ASSUME NEW): a construct that a binder's domain unfolds to over the variable
// (n \in {m \in S : F({e \in G : m \in e})} holds {e \in G : n \in e}) takes the variable
// as a parameter. A bound variable's constant outside its quantifier would be one value
// shared by every fact that mentions it.
#include <gtest/gtest.h>

#include <functional>
#include <regex>
#include <set>
#include <string>

#include "backends/z3/encoding.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

// The names of the bound-variable constants (q<level>_<depth>) that occur free in `e`.
void freeBoundConstants(const z3::expr& e, std::set<unsigned>& seen, std::set<std::string>& out) {
  if (!seen.insert(e.id()).second) return;
  if (e.is_quantifier()) {
    freeBoundConstants(e.body(), seen, out);  // bound ones are de Bruijn variables there
    return;
  }
  if (!e.is_app()) return;
  if (e.num_args() == 0 && std::regex_match(e.decl().name().str(), std::regex(R"(q\d+_\d+)"))) {
    out.insert(e.decl().name().str());
  }
  for (unsigned i = 0; i < e.num_args(); ++i) freeBoundConstants(e.arg(i), seen, out);
}

class BinderScope : public ::testing::Test {
 protected:
  std::set<std::string> leaked(const ExprPtr& fact) {
    Obligation ob = a.obligation({fact}, a.ff());
    z3::context ctx;
    z3enc::Signature sig(ctx);
    const z3enc::Encoding enc = z3enc::encode(ob, z3enc::flatten(ob), sig);
    std::set<unsigned> seen;
    std::set<std::string> out;
    for (const auto& e : enc.assertions) freeBoundConstants(e, seen, out);
    return out;
  }
  // {m \in S : F({e \in G : m \in e})}
  ExprPtr domain() {
    DeclPtr m = a.bound("m");
    DeclPtr e = a.bound("e");
    return a.filter(m, a.id(S), a.app(F, {a.filter(e, a.id(G), a.in(a.id(m), a.id(e)))}));
  }

  Ast a;
  const Decl* S = a.constant("S");
  const Decl* G = a.constant("G");
  const Decl* F = a.constant("F", 1);
  const Decl* P = a.constant("P", 1);
};

TEST_F(BinderScope, AQuantifiersDomainLiftsOverItsVariable) {
  DeclPtr n = a.bound("n");
  EXPECT_EQ(leaked(a.forall(n, domain(), a.app(P, {a.id(n)}))), std::set<std::string>{});
}

TEST_F(BinderScope, ANewSymbolsDomainLiftsOverIt) {
  auto s = makeExpr(ExprKind::Sequent);
  DeclPtr n = makeDecl(DeclKind::NewSymbol, "n");
  n->body = domain();
  s->hyps.push_back({n, nullptr});
  s->args = {a.app(P, {a.id(n)})};
  EXPECT_EQ(leaked(s), std::set<std::string>{});
}

}  // namespace
}  // namespace tlapx::test
