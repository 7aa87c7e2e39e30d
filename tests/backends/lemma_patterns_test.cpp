// Patterns of cited lemmas (backends/z3/lemma_patterns.cpp): a sequent fact is triggered
// by the one application of its conclusion's declared operator, when there is one.
#include <gtest/gtest.h>

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
  // ASSUME NEW n \in S PROVE conclusion(n)
  ExprPtr lemma(const std::function<ExprPtr(const ExprPtr&)>& conclusion) {
    auto s = makeExpr(ExprKind::Sequent);
    DeclPtr n = makeDecl(DeclKind::NewSymbol, "n");
    n->body = a.id(S);
    s->hyps.push_back({n, nullptr});
    s->args = {conclusion(a.id(n))};
    return s;
  }

  Ast a;
  const Decl* S = a.constant("S");
  const Decl* T = a.constant("T");
  const Decl* c = a.constant("c");
  const Decl* Sum = a.constant("Sum", 1);
  const Decl* F = a.constant("F", 1);
  const Decl* G = a.constant("G", 1);
};

TEST_F(LemmaPatterns, TheConclusionsOperatorTriggersTheLemma) {
  const std::string sum = encodedFact(lemma([&](const ExprPtr& n) {
    return a.equiv(a.eq(a.app(Sum, {n}), a.num(0)), a.in(n, a.id(T)));
  }));
  EXPECT_NE(sum.find(":pattern ((|Sum#"), std::string::npos) << sum;
  // F is applied twice (an instance would make a new F term): G triggers.
  const std::string g = encodedFact(lemma([&](const ExprPtr& n) {
    return a.disj({a.in(a.app(F, {n}), a.id(T)), a.in(a.app(F, {a.app(G, {n})}), a.id(T))});
  }));
  EXPECT_NE(g.find(":pattern ((|G#"), std::string::npos) << g;
  EXPECT_EQ(g.find(":pattern ((|F#"), std::string::npos) << g;
}

TEST_F(LemmaPatterns, NoDeclaredOperatorLeavesPatternsToTheSolver) {
  const std::string in = encodedFact(lemma([&](const ExprPtr& n) { return a.in(n, a.id(T)); }));
  EXPECT_EQ(in.find(":pattern"), std::string::npos) << in;
}

}  // namespace
}  // namespace tlapx::test
