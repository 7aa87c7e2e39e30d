// Higher-order pattern matching of a second-order fact's conclusion against the goal
// (backends/z3/instance_match.hpp): which operators it finds, and when it finds none.
#include <gtest/gtest.h>

#include "backends/z3/instance_match.hpp"
#include "frontend/printer.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

using z3enc::matchOperatorInstances;

class InstanceMatch : public ::testing::Test {
 protected:
  std::vector<std::string> match(const ExprPtr& pattern, const ExprPtr& target) {
    std::vector<std::string> out;
    for (const auto& i : matchOperatorInstances(*pattern, *P, wildcards, *target)) {
      out.push_back(printExpr(*i.lambda));
      for (const auto& [w, value] : i.values) out.push_back(w->name + " := " + printExpr(*value));
    }
    return out;
  }

  Ast a;
  const Decl* P = a.constant("P", 1);
  const Decl* Q = a.constant("Q", 1);
  const Decl* Concl = a.constant("Concl", 2);
  const Decl* f = a.constant("f");
  const Decl* c = a.constant("c");
  std::set<const Decl*> wildcards{f};
  DeclPtr n = a.bound("n");
  DeclPtr i = a.bound("i");
  DeclPtr j = a.bound("j");
};

// \A n \in Nat : P(n) against \A i \in Nat : body gives LAMBDA i : body.
TEST_F(InstanceMatch, PredicateOfABoundVariable) {
  auto body = a.disj({a.app(Q, {a.id(i)}), a.eq(a.id(i), a.num(0))});
  EXPECT_EQ(match(a.forall(n, a.nat(), a.app(P, {a.id(n)})), a.forall(i, a.nat(), body)),
            std::vector<std::string>{"LAMBDA i : Q(i) \\/ i = 0"});
}

// P passed as an operator argument matches the operator the goal passes; a first-order
// parameter of the fact matches anything.
TEST_F(InstanceMatch, OperatorArgument) {
  EXPECT_EQ(match(a.app(Concl, {a.id(f), a.id(P)}), a.app(Concl, {a.num(3), a.id(Q)})),
            (std::vector<std::string>{"LAMBDA p0 : Q(p0)", "f := 3"}));
}

// P applied to something other than distinct bound variables matches an application of
// an operator of the same arity whose arguments match (imitation).
TEST_F(InstanceMatch, Imitation) {
  EXPECT_EQ(match(a.app(P, {a.num(0)}), a.app(Q, {a.num(0)})), std::vector<std::string>{"LAMBDA p0 : Q(p0)"});
  EXPECT_TRUE(match(a.app(P, {a.num(0)}), a.app(Q, {a.num(1)})).empty());
  EXPECT_TRUE(match(a.app(P, {a.num(0)}), a.app(Concl, {a.num(0), a.num(0)})).empty());
}

// A conjunct of the conclusion matching the target is enough; a first-order parameter
// matched to two different expressions gets no value.
TEST_F(InstanceMatch, ConjunctAndFirstOrderValues) {
  auto conclusion = a.conj({a.app(Concl, {a.id(f), a.id(P)}), a.eq(a.id(f), a.num(0))});
  EXPECT_EQ(match(conclusion, a.app(Concl, {a.num(3), a.id(Q)})),
            (std::vector<std::string>{"LAMBDA p0 : Q(p0)", "f := 3"}));
  EXPECT_EQ(match(a.app(Concl, {a.app(Q, {a.id(f)}), a.id(P)}), a.app(Concl, {a.app(Q, {a.num(2)}), a.id(Q)})),
            (std::vector<std::string>{"LAMBDA p0 : Q(p0)", "f := 2"}));
  auto twice = a.conj({a.app(Q, {a.id(f)}), a.app(Q, {a.id(f)})});
  auto twiceTarget = a.conj({a.app(Q, {a.num(1)}), a.app(Q, {a.num(2)})});
  EXPECT_EQ(match(a.conj({twice, a.app(Concl, {a.num(0), a.id(P)})}), a.conj({twiceTarget, a.app(Concl, {a.num(0), a.id(Q)})})),
            std::vector<std::string>{"LAMBDA p0 : Q(p0)"});
}

// No instance: a different structure, a different domain, or an instance that would
// capture a variable bound in the goal.
TEST_F(InstanceMatch, NoInstanceWhenTheStructureDiffers) {
  EXPECT_TRUE(match(a.forall(n, a.nat(), a.app(P, {a.id(n)})), a.forall(i, a.integers(), a.app(Q, {a.id(i)}))).empty());
  EXPECT_TRUE(match(a.forall(n, a.nat(), a.app(P, {a.id(n)})), a.exists(i, a.nat(), a.app(Q, {a.id(i)}))).empty());
  EXPECT_TRUE(match(a.app(Concl, {a.id(c), a.id(P)}), a.app(Concl, {a.num(3), a.id(Q)})).empty());
  // \A n : \A j : P(n) against \A i : \A j : Q(j): the instance would capture j
  EXPECT_TRUE(match(a.forall(n, a.nat(), a.forall(j, a.nat(), a.app(P, {a.id(n)}))),
                    a.forall(i, a.nat(), a.forall(j, a.nat(), a.app(Q, {a.id(j)}))))
                  .empty());
}

}  // namespace
}  // namespace tlapx::test
