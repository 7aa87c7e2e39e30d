// Capture-free substitution on resolved trees: sharing, beta reduction, renaming,
// capture avoidance and LET copies.
#include "frontend/substitution.hpp"

#include "frontend_test_util.hpp"

namespace tlapx::testing {
namespace {

const std::string kDefs =
    "EXTENDS Naturals\nCONSTANTS c, d\nVARIABLE x\n"
    "Prime == x' + c\nQuant(a) == \\A y \\in {a} : y = a /\\ c = 1\nNoC == d + 1\n"
    "Apply(F(_, _)) == F(c, d)\nTwo(u, v) == u * v\n"
    "WithLet == LET G(z) == z + c IN G(1) + d";

struct Fixture {
  std::unique_ptr<Loaded> l = load(moduleText(kDefs));
  const Decl* decl(const std::string& n) const { return l->decl(n); }
  ExprPtr ident(const std::string& n) const {
    auto e = makeExpr(ExprKind::Ident);
    e->name = n;
    e->decl = decl(n);
    return e;
  }
  ExprPtr number(const std::string& v) const {
    auto e = makeExpr(ExprKind::Number);
    e->text = v;
    return e;
  }
};

TEST(Substitution, ReplacesOccurrencesAndSharesTheRest) {
  Fixture f;
  ASSERT_EQ(f.l->errors(), std::vector<std::string>{});
  const ExprPtr& body = f.decl("Prime")->body;
  ExprPtr r = substitute(body, {{f.decl("x"), f.number("7")}, {f.decl("c"), f.number("8")}});
  EXPECT_EQ(printExpr(*r), "7' + 8");  // x <- 7 in x' gives 7'
  const ExprPtr& untouched = f.decl("NoC")->body;
  EXPECT_EQ(substitute(untouched, {{f.decl("c"), f.number("1")}}), untouched);  // no occurrence: same tree
  ExprPtr q = substitute(f.decl("Quant")->body, {{f.decl("c"), f.number("2")}});
  EXPECT_EQ(printExpr(*q), "\\A y \\in {a} : y = a /\\ 2 = 1");
  EXPECT_EQ(q->binders[0].domain, f.decl("Quant")->body->binders[0].domain);  // shared subtree
  EXPECT_EQ(q->binders[0].vars[0], f.decl("Quant")->body->binders[0].vars[0]);  // no capture risk: same binder
}

TEST(Substitution, BetaReductionOfDefinitions) {
  Fixture f;
  const Decl* quant = f.decl("Quant");
  ExprPtr r = betaReduce(quant->params, quant->body, {f.number("5")});
  EXPECT_EQ(printExpr(*r), "\\A y \\in {5} : y = 5 /\\ c = 1");
}

TEST(Substitution, BinderCapturingAValueIsRenamed) {
  Fixture f;
  const Decl* quant = f.decl("Quant");
  // Quant(y) for a y bound by Quant's own binder Decl (as when a recursive definition
  // is expanded inside itself): the binder must not capture the argument.
  const Decl* y = quant->body->binders[0].vars[0].get();
  auto arg = makeExpr(ExprKind::Ident);
  arg->name = "y";
  arg->decl = y;
  ExprPtr r = betaReduce(quant->params, quant->body, {arg});
  const Decl* binder = r->binders[0].vars[0].get();
  EXPECT_NE(binder, y);  // fresh
  // In `y = a` the left y is the (renamed) binder, the right one the inserted value.
  const Expr& eq = *r->args[0]->args[0];
  EXPECT_EQ(eq.args[0]->decl, binder);
  EXPECT_EQ(eq.args[1]->decl, y);
}

TEST(Substitution, OperatorParametersAreBetaReducedOrApplied) {
  Fixture f;
  const Decl* apply = f.decl("Apply");
  auto g = makeExpr(ExprKind::Ident);
  g->name = "Two";
  g->decl = f.decl("Two");
  ExprPtr viaName = betaReduce(apply->params, apply->body, {g});
  EXPECT_EQ(viaName->kind, ExprKind::OpApp);
  EXPECT_EQ(viaName->decl, f.decl("Two"));
  EXPECT_EQ(printExpr(*viaName), "Two(c, d)");
  // LAMBDA p, q : q + p, beta-reduced at the application.
  ExprPtr lambda = makeLambda(2, {}, [&](std::vector<ExprPtr> xs) {
    auto plus = std::make_shared<Expr>(*f.decl("NoC")->body);  // d + 1 : reuse the + application
    plus->args = {xs[1], xs[0]};
    return plus;
  });
  ExprPtr viaLambda = betaReduce(apply->params, apply->body, {lambda});
  EXPECT_EQ(printExpr(*viaLambda), "d + c");
}

TEST(Substitution, RenamingWithLeadingArguments) {
  Fixture f;
  auto target = makeDecl(DeclKind::Operator, "Two2");
  target->arity = 3;
  Substituter s;
  s.rename(f.decl("Two"), target, {f.number("0")});
  auto app = makeExpr(ExprKind::OpApp);
  app->name = "Two";
  app->decl = f.decl("Two");
  app->args = {f.number("1"), f.number("2")};
  ExprPtr r = s.apply(app);
  EXPECT_EQ(r->decl, target.get());
  EXPECT_EQ(printExpr(*r), "Two2(0, 1, 2)");
  // A bare operator argument becomes a LAMBDA supplying the leading argument.
  ExprPtr bare = s.apply(f.ident("Two"));
  ASSERT_EQ(bare->kind, ExprKind::Lambda);
  EXPECT_EQ(bare->params.size(), 2u);
}

TEST(Substitution, ChangedLetDefinitionsAreCopied) {
  Fixture f;
  const ExprPtr& body = f.decl("WithLet")->body;
  ExprPtr r = substitute(body, {{f.decl("c"), f.number("3")}});
  ASSERT_EQ(r->kind, ExprKind::Let);
  EXPECT_NE(r->letDefs[0], body->letDefs[0]);  // a fresh G whose body has c replaced
  EXPECT_EQ(printExpr(*r->letDefs[0]->body), "z + 3");
  EXPECT_EQ(body->letDefs[0]->body->args[1]->decl, f.decl("c"));  // the original is unchanged
  // The LET body refers to the new G.
  EXPECT_EQ(r->args[0]->args[0]->decl, r->letDefs[0].get());
  ExprPtr unchanged = substitute(body, {{f.decl("x"), f.number("3")}});
  EXPECT_EQ(unchanged, body);
}

}  // namespace
}  // namespace tlapx::testing
