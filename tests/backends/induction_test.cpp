// Strong induction on Nat (backends/z3/induction.hpp): which facts state its premise, and
// the consequence each gives.
#include <gtest/gtest.h>

#include "backends/z3/induction.hpp"
#include "frontend/printer.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

using z3enc::inductionConsequences;

class Induction : public ::testing::Test {
 protected:
  std::vector<std::string> consequences(const ExprPtr& fact) {
    std::vector<std::string> out;
    for (const auto& c : inductionConsequences({fact.get()})) out.push_back(printExpr(*c));
    return out;
  }
  ExprPtr below(const DeclPtr& x) { return a.range(a.num(0), a.op2("-", a.id(x), a.num(1))); }
  ExprPtr p(const DeclPtr& x) { return a.app(P, {a.id(x)}); }
  ExprPtr box(ExprPtr e) { return a.bi(BuiltinOp::Always, {std::move(e)}); }
  // \A n \in Nat : hyp => concl
  ExprPtr premise(ExprPtr hyp, ExprPtr concl) { return a.forall(n, a.nat(), a.implies(hyp, concl)); }

  Ast a;
  const Decl* P = a.constant("P", 1);
  DeclPtr n = a.bound("n");
  DeclPtr k = a.bound("k");
};

TEST_F(Induction, PremiseGivesTheConclusionForEveryNat) {
  EXPECT_EQ(consequences(premise(a.forall(k, below(n), p(k)), p(n))),
            std::vector<std::string>{"\\A n \\in Nat : P(n)"});
  // boxed hypothesis, boxed conclusion
  EXPECT_EQ(consequences(premise(box(a.forall(k, below(n), p(k))), box(p(n)))),
            std::vector<std::string>{"\\A n \\in Nat : []P(n)"});
}

TEST_F(Induction, SequentPremiseGivesASequent) {
  auto s = makeExpr(ExprKind::Sequent);
  DeclPtr m = makeDecl(DeclKind::NewSymbol, "m");
  m->body = a.nat();
  s->hyps.push_back({m, nullptr});
  s->hyps.push_back({nullptr, a.forall(k, below(m), p(k))});
  s->args = {p(m)};
  EXPECT_EQ(consequences(s), std::vector<std::string>{"ASSUME NEW m \\in Nat PROVE P(m)"});
}

// A hypothesis over 0..n (it includes n), a conclusion about n+1, a domain other than
// Nat, or a boxed hypothesis for an unboxed conclusion: no consequence.
TEST_F(Induction, OtherFactsGiveNothing) {
  EXPECT_TRUE(consequences(premise(a.forall(k, a.range(a.num(0), a.id(n)), p(k)), p(n))).empty());
  EXPECT_TRUE(consequences(premise(a.forall(k, below(n), p(k)), a.app(P, {a.op2("+", a.id(n), a.num(1))})))
                  .empty());
  EXPECT_TRUE(consequences(a.forall(n, a.integers(), a.implies(a.forall(k, below(n), p(k)), p(n)))).empty());
  EXPECT_TRUE(consequences(premise(box(a.forall(k, below(n), p(k))), p(n))).empty());
}

// The hypothesis is about another symbol of the same name (Q of two instances of one
// module): no induction.
TEST_F(Induction, SameNamedOtherSymbolsAreNoInduction) {
  Module m;
  m.name = "M";
  DeclPtr iQ = makeDecl(DeclKind::Constant, "Q");
  DeclPtr jQ = makeDecl(DeclKind::Constant, "Q");
  iQ->arity = jQ->arity = 1;
  iQ->owner = jQ->owner = &m;
  EXPECT_TRUE(consequences(premise(a.forall(k, below(n), a.app(iQ.get(), {a.id(k)})), a.app(jQ.get(), {a.id(n)})))
                  .empty());
  EXPECT_EQ(consequences(premise(a.forall(k, below(n), a.app(jQ.get(), {a.id(k)})), a.app(jQ.get(), {a.id(n)}))),
            std::vector<std::string>{"\\A n \\in Nat : Q(n)"});
}

}  // namespace
}  // namespace tlapx::test
