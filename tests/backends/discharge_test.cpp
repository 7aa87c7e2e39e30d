// Hypotheses of cited sequents that the context states (backends/z3/discharge.hpp): which
// are dropped, and what is left of the sequent.
#include <gtest/gtest.h>

#include "backends/z3/discharge.hpp"
#include "frontend/printer.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

using z3enc::withoutStatedHypotheses;

class StatedHypotheses : public ::testing::Test {
 protected:
  std::string shorter(const ExprPtr& fact, const std::vector<ExprPtr>& context) {
    std::vector<const Expr*> facts{fact.get()};
    for (const auto& f : context) facts.push_back(f.get());
    ExprPtr r = withoutStatedHypotheses(*fact, facts);
    return r ? printExpr(*r) : "";
  }
  ExprPtr sequent(std::vector<SequentHyp> hyps, ExprPtr goal) {
    auto s = makeExpr(ExprKind::Sequent);
    s->hyps = std::move(hyps);
    s->args = {std::move(goal)};
    return s;
  }
  SequentHyp fact(ExprPtr e) { return {nullptr, std::move(e)}; }

  Ast a;
  const Decl* A = a.constant("A");
  const Decl* B = a.constant("B");
  const Decl* C = a.constant("C");
  const Decl* P = a.constant("P", 1);
};

TEST_F(StatedHypotheses, StatedHypothesesAreDropped) {
  EXPECT_EQ(shorter(sequent({fact(a.id(A)), fact(a.id(B))}, a.id(C)), {a.id(A)}), "ASSUME B PROVE C");
  EXPECT_EQ(shorter(sequent({fact(a.id(A)), fact(a.id(B))}, a.id(C)), {a.id(B), a.id(A)}), "C");
  // a NEW declaration stays, with the hypotheses about it
  DeclPtr z = makeDecl(DeclKind::NewSymbol, "z");
  EXPECT_EQ(shorter(sequent({{z, nullptr}, fact(a.id(A)), fact(a.app(P, {a.id(z)}))}, a.id(C)), {a.id(A)}),
            "ASSUME NEW z, P(z) PROVE C");
}

// A hypothesis the context states only under a condition, or not at all; a fact that is
// not a sequent: unchanged.
TEST_F(StatedHypotheses, OthersAreKept) {
  EXPECT_EQ(shorter(sequent({fact(a.id(B))}, a.id(C)), {a.implies(a.id(A), a.id(B))}), "");
  EXPECT_EQ(shorter(sequent({fact(a.id(B))}, a.id(C)), {a.id(A)}), "");
  EXPECT_EQ(shorter(a.implies(a.id(A), a.id(C)), {a.id(A)}), "");
}

// Two symbols of the same name and kind owned by modules of the same name (I!P and J!P of
// two instances of one module) are different symbols: J!P is not stated by I!P.
TEST_F(StatedHypotheses, SameNamedSymbolOfAnotherInstanceIsNotStated) {
  Module m;
  m.name = "M";
  DeclPtr iP = makeDecl(DeclKind::Constant, "P");
  DeclPtr jP = makeDecl(DeclKind::Constant, "P");
  iP->owner = &m;
  jP->owner = &m;
  EXPECT_EQ(shorter(sequent({fact(a.id(jP))}, a.id(C)), {a.id(iP)}), "");
  EXPECT_EQ(shorter(sequent({fact(a.id(jP))}, a.id(C)), {a.id(jP)}), "C");
}

}  // namespace
}  // namespace tlapx::test
