// Triggers of function constructors (backends/z3/lifting.cpp): the axiom giving the values
// of [x \in S |-> F(x)] is triggered by its applications and, where the function occurs,
// by the value's term F(x) of a declared or lifted symbol; a value without such a term
// (arithmetic, the bound variable itself) keeps the applications alone.
#include <gtest/gtest.h>

#include <functional>
#include <regex>
#include <string>

#include "backends/z3/encoding.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

class ValueTriggers : public ::testing::Test {
 protected:
  // The text of every assertion (facts, negated goal, axioms) of `fact` |- FALSE.
  std::string encoded(const ExprPtr& fact) {
    Obligation ob = a.obligation({fact}, a.ff());
    z3::context ctx;
    z3enc::Signature sig(ctx);
    const z3enc::Encoding enc = z3enc::encode(ob, z3enc::flatten(ob), sig);
    std::string text;
    for (const auto& e : enc.assertions) text += e.to_string() + "\n";
    return text;
  }
  // [x \in S |-> body(x)] = T
  ExprPtr constructorFact(const std::function<ExprPtr(const ExprPtr&)>& body) {
    DeclPtr x = a.bound("x");
    return a.eq(a.fcn(x, a.id(S), body(a.id(x))), a.id(T));
  }

  Ast a;
  const Decl* S = a.constant("S");
  const Decl* T = a.constant("T");
  const Decl* F = a.constant("F", 1);
};

TEST_F(ValueTriggers, TheValuesTermTriggersWhereTheFunctionOccurs) {
  const std::string text = encoded(constructorFact([&](const ExprPtr& x) { return a.app(F, {x}); }));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(:pattern \(\(app \(fcn!\d+)"))) << text;
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(:pattern \(\(fcn!\d+ [^()]*\) \(\|F#\d+\| )"))) << text;
}

TEST_F(ValueTriggers, ArithmeticValuesKeepTheApplicationsAlone) {
  const std::string text = encoded(constructorFact([&](const ExprPtr& x) {
    return a.op2("+", x, a.num(1));
  }));
  EXPECT_TRUE(std::regex_search(text, std::regex(R"(:pattern \(\(app \(fcn!\d+)"))) << text;
  EXPECT_FALSE(std::regex_search(text, std::regex(R"(:pattern \(\(fcn!\d+ [^()]*\) \()"))) << text;
}

}  // namespace
}  // namespace tlapx::test
