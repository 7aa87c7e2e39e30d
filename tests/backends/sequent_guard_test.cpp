// The guard of a cited sequent's NEW x \in S (backends/z3/translator.cpp): as for a
// quantifier's binder, a domain whose unfolding is quantified ([A -> B], SUBSET, UNION)
// stays a membership atom, which triggers the fact; others unfold.
#include <gtest/gtest.h>

#include <string>

#include "backends/z3/encoding.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

class SequentGuard : public ::testing::Test {
 protected:
  // ASSUME NEW f \in domain PROVE P(f), encoded as a fact, as text.
  std::string encodedLemma(const ExprPtr& domain) {
    auto s = makeExpr(ExprKind::Sequent);
    DeclPtr f = makeDecl(DeclKind::NewSymbol, "f");
    f->body = domain;
    s->hyps.push_back({f, nullptr});
    s->args = {a.app(P, {a.id(f)})};
    Obligation ob = a.obligation({s}, a.ff());
    z3::context ctx;
    z3enc::Signature sig(ctx);
    return z3enc::encode(ob, z3enc::flatten(ob), sig).assertions.front().to_string();
  }

  Ast a;
  const Decl* S = a.constant("S");
  const Decl* T = a.constant("T");
  const Decl* P = a.constant("P", 1);
};

TEST_F(SequentGuard, FunctionSetStaysAMembershipAtom) {
  const std::string lemma = encodedLemma(a.funcSet(a.id(S), a.id(T)));
  EXPECT_NE(lemma.find("(mem q0_0 "), std::string::npos) << lemma;
  EXPECT_EQ(lemma.find("isAFcn"), std::string::npos) << lemma;
}

TEST_F(SequentGuard, EnumeratedSetUnfolds) {
  const std::string lemma = encodedLemma(a.set({a.num(1), a.num(2)}));
  EXPECT_EQ(lemma.find("(mem q0_0 "), std::string::npos) << lemma;
}

}  // namespace
}  // namespace tlapx::test
