// Witnesses for existentials nested in the goal (backends/z3/goal_witnesses.hpp): which
// terms matching finds, where in the goal it looks, and which context terms it may use.
#include <gtest/gtest.h>

#include "backends/z3/goal_witnesses.hpp"
#include "frontend/printer.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

using z3enc::withMatchedWitnesses;

class GoalWitnesses : public ::testing::Test {
 protected:
  std::string rewrite(const ExprPtr& goal, const std::vector<ExprPtr>& context) {
    std::vector<const Expr*> facts;
    for (const auto& f : context) facts.push_back(f.get());
    ExprPtr r = withMatchedWitnesses(*goal, facts);
    return r ? printExpr(*r) : "";
  }

  // \E v \in S : v \notin M /\ M' = M \cup {v}
  ExprPtr marks() {
    return a.exists(v, a.id(S), a.conj({a.notin(a.id(v), a.id(M)),
                                         a.eq(a.prime(a.id(M)), a.bi(BuiltinOp::Cup, {a.id(M), a.set({a.id(v)})}))}));
  }

  Ast a;
  const Decl* S = a.constant("S");
  const Decl* M = a.variable("M");
  const Decl* f = a.constant("f");
  const Decl* p = a.constant("p");
  const Decl* c = a.constant("c");
  DeclPtr v = a.bound("v");
  DeclPtr q = a.bound("q");
};

// The existential under \/ and IF gets the instance for f[p], which two of its subterms
// match (v \notin M and {v}); the context's other singleton {c} matches one and comes second.
TEST_F(GoalWitnesses, NestedExistentialGetsTheMatchedTerms) {
  auto fp = a.fapp(a.id(f), a.id(p));
  std::vector<ExprPtr> context{a.notin(fp, a.id(M)), a.eq(a.id(S), a.set({a.id(c)})),
                               a.eq(a.prime(a.id(M)), a.bi(BuiltinOp::Cup, {a.id(M), a.set({fp})}))};
  auto goal = a.disj({a.ff(), a.ite(a.id(c), marks(), a.ff())});
  EXPECT_EQ(rewrite(goal, context),
            "FALSE \\/ IF c THEN (\\E v \\in S : v \\notin M /\\ M' = M \\cup {v}) \\/ "
            "(f[p] \\in S /\\ (f[p] \\notin M /\\ M' = M \\cup {f[p]})) \\/ "
            "(c \\in S /\\ (c \\notin M /\\ M' = M \\cup {c})) ELSE FALSE");
}

// Nothing to match, an existential that is not asserted (under ~ or in the premise of
// =>), and context terms under a binder (g[q] mentions the bound q): no rewrite.
TEST_F(GoalWitnesses, NoWitnessWithoutAGroundMatchInAnAssertedExistential) {
  auto fp = a.fapp(a.id(f), a.id(p));
  EXPECT_EQ(rewrite(marks(), {a.eq(a.id(c), a.num(1))}), "");
  EXPECT_EQ(rewrite(a.neg(marks()), {a.notin(fp, a.id(M))}), "");
  EXPECT_EQ(rewrite(a.implies(marks(), a.ff()), {a.notin(fp, a.id(M))}), "");
  auto fq = a.fapp(a.id(f), a.id(q));
  EXPECT_EQ(rewrite(marks(), {a.forall(q, a.id(S), a.notin(fq, a.id(M)))}), "");
}

}  // namespace
}  // namespace tlapx::test
