// Instances of facts quantified over subsets (backends/z3/subset_instances.hpp): which
// facts are instantiated, at which set terms, and which terms are left out.
#include <gtest/gtest.h>

#include "backends/z3/subset_instances.hpp"
#include "frontend/printer.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

using z3enc::subsetInstances;

class SubsetInstances : public ::testing::Test {
 protected:
  std::vector<std::string> instances(const std::vector<ExprPtr>& context, const ExprPtr& goal) {
    std::vector<const Expr*> facts;
    for (const auto& f : context) facts.push_back(f.get());
    std::vector<std::string> out;
    for (const auto& i : subsetInstances(facts, *goal)) out.push_back(printExpr(*i));
    return out;
  }

  // \A X \in SUBSET S : X # {} => a \in X
  ExprPtr closed() {
    return a.forall(X, a.bi(BuiltinOp::Subset, {a.id(S)}),
                    a.implies(a.neq(a.id(X), a.set({})), a.in(a.id(a_), a.id(X))));
  }
  ExprPtr minus(const Decl* set, const Decl* elem) {
    return a.bi(BuiltinOp::SetMinus, {a.id(set), a.set({a.id(elem)})});
  }

  Ast a;
  const Decl* S = a.constant("S");
  const Decl* T = a.constant("T");
  const Decl* a_ = a.constant("a");
  const Decl* b = a.constant("b");
  DeclPtr X = a.bound("X");
  DeclPtr y = a.bound("y");
  DeclPtr x = a.bound("x");
};

// The set terms of a fact's quantifier domain and of the goal (a filter, whose own bound
// variable does not keep it out) give instances, each guarded by membership in SUBSET S;
// a fact inside a conjunction counts too.
TEST_F(SubsetInstances, InstantiatesAtTheSetTermsOfFactsAndGoal) {
  auto domainFact = a.forall(y, minus(S, a_), a.in(a.id(y), a.id(T)));
  auto filter = a.filter(x, a.id(T), a.eq(a.id(x), a.id(b)));
  EXPECT_EQ(instances({a.conj({a.tt(), closed()}), domainFact}, a.in(a.id(b), filter)),
            (std::vector<std::string>{
                "{x \\in T : x = b} \\in SUBSET S => ({x \\in T : x = b} # {} => a \\in {x \\in T : x = b})",
                "S \\ {a} \\in SUBSET S => (S \\ {a} # {} => a \\in S \\ {a})",
                "{a} \\in SUBSET S => ({a} # {} => a \\in {a})"}));
}

// No fact over SUBSET, or set terms mentioning a variable bound around them: nothing.
TEST_F(SubsetInstances, NeedsAFactOverSubsetsAndClosedSetTerms) {
  EXPECT_TRUE(instances({a.forall(y, minus(S, a_), a.in(a.id(y), a.id(T)))}, a.tt()).empty());
  auto underBinder = a.forall(y, a.id(T), a.in(a.id(b), minus(S, y.get())));
  EXPECT_TRUE(instances({closed(), underBinder}, a.ff()).empty());
}

}  // namespace
}  // namespace tlapx::test
