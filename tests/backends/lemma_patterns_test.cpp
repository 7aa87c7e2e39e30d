// Patterns of cited lemmas (backends/z3/lemma_patterns.cpp): a sequent fact typing a
// parameter as a function is triggered by its declared operators' applications, not by
// the guard's isAFcn(f) and DOMAIN f; a lemma whose conclusion tests x \in S for two
// parameters by the smallest terms its conclusion makes over every parameter; other
// lemmas keep the patterns Z3 infers.
#include <gtest/gtest.h>

#include <functional>
#include <regex>
#include <string>

#include "backends/z3/encoding.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

class LemmaPatterns : public ::testing::Test {
 protected:
  // The encoded fact (the first assertion) as text.
  std::string encodedFact(const ExprPtr& fact) {
    Obligation ob = a.obligation({fact}, a.ff());
    z3::context ctx;
    z3enc::Signature sig(ctx);
    const z3enc::Encoding enc = z3enc::encode(ob, z3enc::flatten(ob), sig);
    return enc.assertions.front().to_string();
  }
  // ASSUME NEW f \in domain PROVE conclusion(f)
  ExprPtr lemma(const ExprPtr& domain, const std::function<ExprPtr(const ExprPtr&)>& conclusion) {
    auto s = makeExpr(ExprKind::Sequent);
    DeclPtr f = makeDecl(DeclKind::NewSymbol, "f");
    f->body = domain;
    s->hyps.push_back({f, nullptr});
    s->args = {conclusion(a.id(f))};
    return s;
  }

  Ast a;
  const Decl* S = a.constant("S");
  const Decl* T = a.constant("T");
  const Decl* Sum = a.constant("Sum", 1);
  const Decl* F = a.constant("F", 1);
  const Decl* G = a.constant("G", 1);
  const Decl* Add = a.constant("Add", 2);
};

TEST_F(LemmaPatterns, AFunctionParameterIsTriggeredByTheConclusionsOperator) {
  const std::string sum = encodedFact(lemma(a.funcSet(a.id(S), a.nat()), [&](const ExprPtr& f) {
    return a.equiv(a.eq(a.app(Sum, {f}), a.num(0)), a.in(f, a.id(T)));
  }));
  EXPECT_NE(sum.find(":pattern ((|Sum#"), std::string::npos) << sum;
  EXPECT_EQ(sum.find(":pattern ((isAFcn"), std::string::npos) << sum;
}

TEST_F(LemmaPatterns, AnApplicationThatWouldLoopIsNoPattern) {
  // F(f) beside F(G(f)): F(f) would match each instance's F(G(f)) again (an E-matching loop).
  const std::string g = encodedFact(lemma(a.funcSet(a.id(S), a.id(S)), [&](const ExprPtr& f) {
    return a.implies(a.eq(a.app(F, {f}), a.num(1)), a.eq(a.app(F, {a.app(G, {f})}), a.num(1)));
  }));
  EXPECT_TRUE(std::regex_search(g, std::regex(R"(:pattern \(\(\|F#\d+\| \(\|G#)"))) << g;
  EXPECT_FALSE(std::regex_search(g, std::regex(R"(:pattern \(\(\|F#\d+\| q)"))) << g;
}

// ASSUME NEW X, NEW x PROVE x \in X => Add(X, x) = 0: the conclusion tests the membership
// of one parameter in the other and makes a term over both, which triggers the lemma, not
// also the membership (Z3 would infer both: every membership of the context would then
// make a new Add(X, x), as FS_AddElement's S \cup {x} did).
TEST_F(LemmaPatterns, ALemmaTestingAMembershipOfItsParametersIsTriggeredByTheTermItMakes) {
  auto s = makeExpr(ExprKind::Sequent);
  DeclPtr set = makeDecl(DeclKind::NewSymbol, "X");
  DeclPtr element = makeDecl(DeclKind::NewSymbol, "x");
  s->hyps = {{set, nullptr}, {element, nullptr}};
  s->args = {a.implies(a.in(a.id(element), a.id(set)), a.eq(a.app(Add, {a.id(set), a.id(element)}), a.num(0)))};
  const std::string built = encodedFact(s);
  EXPECT_NE(built.find(":pattern ((|Add#"), std::string::npos) << built;
  EXPECT_EQ(built.find(":pattern ((mem"), std::string::npos) << built;
}

// A membership in a constant (f \in T) is no such test: Z3's patterns stay.
TEST_F(LemmaPatterns, OtherLemmasKeepTheSolversPatterns) {
  const std::string plain = encodedFact(lemma(a.id(S), [&](const ExprPtr& f) {
    return a.implies(a.in(f, a.id(T)), a.eq(a.app(Sum, {f}), a.num(0)));
  }));
  EXPECT_EQ(plain.find(":pattern"), std::string::npos) << plain;
}

}  // namespace
}  // namespace tlapx::test
