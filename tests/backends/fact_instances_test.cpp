// Instances of triggerless universal facts (backends/z3/fact_instances.hpp): which facts
// count as triggerless, and at which terms of the context they are instantiated.
#include <gtest/gtest.h>

#include "backends/z3/fact_instances.hpp"
#include "frontend/printer.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

using z3enc::triggerlessFactInstances;

class FactInstances : public ::testing::Test {
 protected:
  std::vector<std::string> instances(const std::vector<ExprPtr>& context, const ExprPtr& goal) {
    std::vector<const Expr*> facts;
    for (const auto& f : context) facts.push_back(f.get());
    std::vector<std::string> out;
    for (const auto& i : triggerlessFactInstances(facts, goal.get())) out.push_back(printExpr(*i));
    return out;
  }
  // \A T : \E A \in SUBSET T : A \notin body(T)
  ExprPtr triggerless(const ExprPtr& body) {
    return a.forall(t, nullptr, a.exists(x, a.bi(BuiltinOp::Subset, {a.id(t)}), a.notin(a.id(x), body)));
  }

  Ast a;
  const Decl* S = a.constant("S");
  const Decl* V = a.variable("V");
  const Decl* F = a.constant("F", 1);
  const Decl* G = a.constant("G");
  DeclPtr t = a.bound("T");
  DeclPtr x = a.bound("x");
  DeclPtr y = a.bound("y");
};

// SUBSET T matches the context's SUBSET S (inside an existential: its bound y is no term,
// S is).
TEST_F(FactInstances, ATriggerlessFactIsInstantiatedAtTheMatchedTerm) {
  auto context = std::vector<ExprPtr>{triggerless(a.id(t)), a.exists(y, a.bi(BuiltinOp::Subset, {a.id(S)}), a.tt())};
  EXPECT_EQ(instances(context, a.ff()), std::vector<std::string>{"\\E x \\in SUBSET S : x \\notin S"});
}

// A fact with a term over its variable outside its quantifiers is left to the solver.
TEST_F(FactInstances, AFactWithATriggerGetsNoInstances) {
  auto withTrigger = a.forall(t, nullptr, a.conj({a.in(a.id(t), a.id(S)), triggerless(a.id(t))->args[0]}));
  EXPECT_TRUE(instances({withTrigger, a.in(a.id(S), a.bi(BuiltinOp::Subset, {a.id(S)}))}, a.ff()).empty());
}

// A state variable is substituted only where the fact uses the variable by value: not
// under a prime.
TEST_F(FactInstances, AStateLevelTermIsNoInstanceUnderAPrime) {
  auto byValue = triggerless(a.app(F, {a.id(t)}));
  auto primed = triggerless(a.prime(a.app(F, {a.id(t)})));
  auto context = [&](const ExprPtr& fact) {
    return std::vector<ExprPtr>{fact, a.in(a.id(S), a.bi(BuiltinOp::Subset, {a.id(V)}))};
  };
  EXPECT_EQ(instances(context(byValue), a.ff()), std::vector<std::string>{"\\E x \\in SUBSET V : x \\notin F(V)"});
  EXPECT_TRUE(instances(context(primed), a.ff()).empty());
}

// A cited lemma ASSUME NEW T, NEW f \in [T -> T] PROVE \E x \in T : f[x] = x: the function
// set matches the context's, and the instance keeps the lemma's hypotheses.
TEST_F(FactInstances, ASequentLemmaIsInstantiatedWithItsHypotheses) {
  auto lemma = makeExpr(ExprKind::Sequent);
  DeclPtr newT = makeDecl(DeclKind::NewSymbol, "T");
  DeclPtr newF = makeDecl(DeclKind::NewSymbol, "f");
  newF->body = a.funcSet(a.id(newT), a.id(newT));
  lemma->hyps = {{newT, nullptr}, {newF, nullptr}};
  lemma->args = {a.exists(x, a.id(newT), a.eq(a.fapp(a.id(newF), a.id(x)), a.id(x)))};
  auto context = std::vector<ExprPtr>{lemma, a.in(a.id(G), a.funcSet(a.id(S), a.id(S)))};
  EXPECT_EQ(instances(context, a.ff()),
            std::vector<std::string>{"G \\in [S -> S] => \\E x \\in S : G[x] = x"});
}

// ASSUME NEW T, NEW U, NEW f \in [T -> U] PROVE conclusion(T, f), over the lemma's own
// declarations.
struct FunctionLemma {
  DeclPtr t = makeDecl(DeclKind::NewSymbol, "T");
  DeclPtr u = makeDecl(DeclKind::NewSymbol, "U");
  DeclPtr f = makeDecl(DeclKind::NewSymbol, "f");
  ExprPtr sequent(Ast& a, const ExprPtr& conclusion) {
    f->body = a.funcSet(a.id(t), a.id(u));
    auto lemma = makeExpr(ExprKind::Sequent);
    lemma->hyps = {{t, nullptr}, {u, nullptr}, {f, nullptr}};
    lemma->args = {conclusion};
    return lemma;
  }
};

// The variables one match binds together stay together: [T -> U] matched against
// [S -> V] and [V -> S] gives two instances, not all eight combinations of S, V, G and H.
TEST_F(FactInstances, VariablesBoundByOneMatchAreInstantiatedTogether) {
  FunctionLemma l;
  auto lemma = l.sequent(a, a.exists(x, a.id(l.t), a.in(a.fapp(a.id(l.f), a.id(x)), a.id(l.u))));
  const Decl* H = a.constant("H");
  auto context = std::vector<ExprPtr>{lemma, a.in(a.id(G), a.funcSet(a.id(S), a.id(V))),
                                      a.in(a.id(H), a.funcSet(a.id(V), a.id(S)))};
  EXPECT_EQ(instances(context, a.ff()),
            (std::vector<std::string>{"G \\in [S -> V] => \\E x \\in S : G[x] \\in V",
                                      "H \\in [V -> S] => \\E x \\in V : H[x] \\in S"}));
}

// An instance leaves out the conclusion's conjuncts with an \E under a \A (their Skolem
// witnesses feed the \A again: Z3 loops); a lemma with nothing else gets no instance.
TEST_F(FactInstances, ConjunctsWithAnExistentialUnderAUniversalAreLeftToTheLemma) {
  const auto surjectiveOf = [&](const FunctionLemma& m) {
    return a.forall(y, a.id(m.u), a.exists(x, a.id(m.t), a.eq(a.fapp(a.id(m.f), a.id(x)), a.id(y))));
  };
  FunctionLemma l;
  auto surjective = surjectiveOf(l);
  auto fixpoint = a.exists(x, a.id(l.t), a.eq(a.fapp(a.id(l.f), a.id(x)), a.id(x)));
  auto fact = a.in(a.id(G), a.funcSet(a.id(S), a.id(S)));
  EXPECT_EQ(instances({l.sequent(a, a.conj({surjective, fixpoint})), fact}, a.ff()),
            std::vector<std::string>{"G \\in [S -> S] => \\E x \\in S : G[x] = x"});
  FunctionLemma alone;
  EXPECT_TRUE(instances({alone.sequent(a, surjectiveOf(alone)), fact}, a.ff()).empty());
}

}  // namespace
}  // namespace tlapx::test
