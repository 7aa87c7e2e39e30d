// The built-in fast path (backends/builtin.hpp) and the structural keys it compares
// (backends/expr_key.hpp): which goals it proves without a solver, and which it must not.
#include <gtest/gtest.h>

#include "backends/builtin.hpp"
#include "backends/expr_key.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

class Builtin : public ::testing::Test {
 protected:
  bool proves(const std::vector<ExprPtr>& facts, const ExprPtr& goal) {
    Obligation ob;
    for (const auto& f : facts) {
      ObligationHyp h;
      h.fact = f;
      ob.hyps.push_back(std::move(h));
    }
    ob.goal = goal;
    return proveBuiltin(ob).has_value();
  }

  // \E x \in S : \E y \in T : P(x, y), or with one binder list when `list`.
  ExprPtr exists2(const ExprPtr& first, const ExprPtr& second, bool list) {
    ExprPtr body = a.app(P, {a.id(x), a.id(y)});
    if (!list) return a.exists(x, first, a.exists(y, second, body));
    ExprPtr q = a.exists(x, first, body);
    q->binders.push_back(Binder{{y}, false, second});
    return q;
  }

  Ast a;
  const Decl* S = a.constant("S");
  const Decl* T = a.constant("T");
  const Decl* A = a.constant("A");
  const Decl* B = a.constant("B");
  const Decl* P = a.constant("P", 2);
  DeclPtr x = a.bound("x");
  DeclPtr y = a.bound("y");
};

TEST_F(Builtin, ProvesAGoalThatIsAHypothesisOrOneOfItsConjuncts) {
  EXPECT_TRUE(proves({a.id(A)}, a.id(A)));
  EXPECT_TRUE(proves({a.conj({a.id(A), a.conj({a.tt(), a.id(B)})})}, a.id(B)));
  EXPECT_FALSE(proves({a.disj({a.id(A), a.id(B)})}, a.id(B)));
  EXPECT_FALSE(proves({a.implies(a.id(A), a.id(B))}, a.id(B)));
  EXPECT_FALSE(proves({a.neg(a.conj({a.id(A), a.id(B)}))}, a.id(B)));
}

// \E x \in S, y \in T : P(x, y) is \E x \in S : \E y \in T : P(x, y); other domains,
// another order of the variables or another quantifier are other formulas.
TEST_F(Builtin, ABinderListIsItsNesting) {
  const ExprPtr nested = exists2(a.id(S), a.id(T), false);
  EXPECT_EQ(exprKey(*exists2(a.id(S), a.id(T), true)), exprKey(*nested));
  EXPECT_TRUE(proves({a.conj({a.id(A), nested})}, exists2(a.id(S), a.id(T), true)));
  EXPECT_FALSE(proves({nested}, exists2(a.id(S), a.id(S), true)));
  EXPECT_FALSE(proves({nested}, exists2(a.id(T), a.id(S), true)));
  ExprPtr swapped = a.exists(y, a.id(T), a.exists(x, a.id(S), a.app(P, {a.id(x), a.id(y)})));
  EXPECT_NE(exprKey(*swapped), exprKey(*nested));
  ExprPtr universal = exists2(a.id(S), a.id(T), true);
  universal->quantOp = QuantOp::Forall;
  EXPECT_FALSE(proves({nested}, universal));
}

}  // namespace
}  // namespace tlapx::test
