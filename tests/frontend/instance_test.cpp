// INSTANCE: substitutions, copies, parameterised and nested instances, errors.
#include "frontend_test_util.hpp"

namespace tlapx::testing {
namespace {

const std::string kCounter = moduleText(
    "EXTENDS Naturals\nCONSTANT Max\nVARIABLE n\n"
    "Inc == n' = n + 1\nGuarded == n < Max /\\ Inc\nPure(k) == k + 1\n"
    "LOCAL Helper == Max * 2\nUsesHelper == Helper\n"
    "THEOREM Bounded == n \\in 0 .. Max\nASSUME MaxNat == Max \\in Nat",
    "Counter");

const Decl* copyOf(const Instance& inst, const std::string& name) {
  for (const auto& c : inst.copies)
    if (c->name == name) return c.get();
  return nullptr;
}

TEST(Instance, ExplicitAndImplicitSubstitution) {
  auto l = load(moduleText("EXTENDS Naturals\nVARIABLE n\nC == INSTANCE Counter WITH Max <- 10\n"
                           "A == C!Guarded\nB == C!Pure(2)\nD == C!UsesHelper"),
                {{"Counter", kCounter}});
  ASSERT_EQ(l->errors(), std::vector<std::string>{});
  const Decl* c = l->decl("C");
  ASSERT_NE(c, nullptr);
  const Instance& inst = *c->instance;
  ASSERT_NE(inst.module, nullptr);
  EXPECT_EQ(inst.module->name, "Counter");
  ASSERT_EQ(inst.fullSubstitution.size(), 2u);
  EXPECT_EQ(inst.fullSubstitution[0].name, "Max");
  EXPECT_EQ(printExpr(*inst.fullSubstitution[0].value), "10");
  EXPECT_EQ(inst.fullSubstitution[1].value->decl, l->decl("n"));  // implicit n <- n

  // Copies exist for what depends on a substituted parameter (Counter's n is replaced
  // by Root's n), not for Pure.
  const Decl* guarded = copyOf(inst, "Guarded");
  ASSERT_NE(guarded, nullptr);
  EXPECT_EQ(guarded->origin->name, "Guarded");
  EXPECT_EQ(guarded->owner, l->module);
  EXPECT_NE(copyOf(inst, "Inc"), nullptr);
  EXPECT_EQ(copyOf(inst, "Pure"), nullptr);
  EXPECT_NE(copyOf(inst, "Helper"), nullptr);  // LOCAL, but needed by UsesHelper's copy
  EXPECT_NE(copyOf(inst, "Bounded"), nullptr);
  EXPECT_NE(copyOf(inst, "MaxNat"), nullptr);
  EXPECT_EQ(printExpr(*guarded->body), "n < 10 /\\ C!Inc");
  EXPECT_EQ(printExpr(*copyOf(inst, "MaxNat")->body), "10 \\in Nat");

  EXPECT_EQ(l->decl("A")->body->decl, guarded);
  EXPECT_EQ(l->decl("B")->body->decl->origin, nullptr);  // Pure is not copied
  // Printed as written, so that it is not mistaken for a definition of this module.
  EXPECT_EQ(printExpr(*l->decl("B")->body), "C!Pure(2)");
  // The copy of UsesHelper refers to the copy of Helper, not to Counter's Helper.
  const Decl* uses = copyOf(inst, "UsesHelper");
  ASSERT_NE(uses, nullptr);
  EXPECT_EQ(uses->body->decl, copyOf(inst, "Helper"));
}

TEST(Instance, ParameterisedInstancesPrependTheirParameters) {
  auto l = load(moduleText("EXTENDS Naturals\nVARIABLE n\nC(m) == INSTANCE Counter WITH Max <- m\n"
                           "A == C(3)!Guarded\nB == C!Guarded(4)\nD == C(5)!Pure(6)"),
                {{"Counter", kCounter}});
  ASSERT_EQ(l->errors(), std::vector<std::string>{});
  const Expr& a = *l->decl("A")->body;
  ASSERT_EQ(a.kind, ExprKind::OpApp);
  ASSERT_EQ(a.args.size(), 1u);
  EXPECT_EQ(printExpr(*a.args[0]), "3");
  EXPECT_EQ(a.decl->params.size(), 1u);
  EXPECT_EQ(printExpr(*l->decl("B")->body->args[0]), "4");  // SANY's flattened form
  const Expr& d = *l->decl("D")->body;  // Pure does not depend on Max
  ASSERT_EQ(d.args.size(), 1u);
  EXPECT_EQ(printExpr(*d.args[0]), "6");
}

TEST(Instance, NestedNamedInstances) {
  const std::string outer = moduleText("EXTENDS Naturals\nCONSTANT K\nI == INSTANCE Inner WITH J <- K + 1\nUse == I!Val", "Outer");
  const std::string inner = moduleText("EXTENDS Naturals\nCONSTANT J\nVal == J * 2", "Inner");
  auto l = load(moduleText("EXTENDS Naturals\nO == INSTANCE Outer WITH K <- 7\nX == O!I!Val\nY == O!Use"),
                {{"Outer", outer}, {"Inner", inner}});
  ASSERT_EQ(l->errors(), std::vector<std::string>{});
  const Expr& x = *l->decl("X")->body;
  ASSERT_NE(x.decl, nullptr);
  EXPECT_EQ(printExpr(*x.decl->body), "(7 + 1) * 2");
  EXPECT_EQ(printExpr(*l->decl("Y")->body->decl->body), "O!I!Val");
}

TEST(Instance, UnnamedInstancesImportTheCopies) {
  auto l = load(moduleText("EXTENDS Naturals\nVARIABLE n\nINSTANCE Counter WITH Max <- 5\nX == Guarded"),
                {{"Counter", kCounter}});
  ASSERT_EQ(l->errors(), std::vector<std::string>{});
  const Decl* g = l->decl("X")->body->decl;
  ASSERT_NE(g->origin, nullptr);
  EXPECT_EQ(printExpr(*g->body), "n < 5 /\\ Inc");  // printed under the origin's name
  auto local = load(moduleText("EXTENDS M\nX == Guarded"),
                    {{"Counter", kCounter},
                     {"M", moduleText("VARIABLE n\nLOCAL INSTANCE Counter WITH Max <- 5\nY == Guarded", "M")}});
  EXPECT_EQ(local->errors(), std::vector<std::string>{"3:6: unknown operator 'Guarded'"});
}

TEST(Instance, InstancesInLetAndProofs) {
  auto l = load(moduleText("VARIABLE n\nX == LET C == INSTANCE Counter WITH Max <- 1 IN C!Guarded\n"
                           "THEOREM TRUE\n<1> D == INSTANCE Counter WITH Max <- 2\n<1>1. D!Guarded\n<1> QED"),
                {{"Counter", kCounter}});
  EXPECT_EQ(l->errors(), std::vector<std::string>{});
}

TEST(Instance, SubstitutionsOfOperatorConstants) {
  const std::string m = moduleText("CONSTANT F(_)\nUse == F(1)", "M");
  auto l = load(moduleText("EXTENDS Naturals\nI == INSTANCE M WITH F <- LAMBDA x : x + 1\nG(a, b) == a\n"
                           "J == INSTANCE M WITH F <- G\nX == I!Use"),
                {{"M", m}});
  EXPECT_EQ(l->errors(), std::vector<std::string>{"5:27: the substitution for 'F' must be an operator of arity 1"});
  EXPECT_EQ(printExpr(*l->decl("X")->body->decl->body), "1 + 1");  // beta-reduced
}

TEST(Instance, Errors) {
  auto l = load(moduleText("I == INSTANCE Counter WITH Nope <- 1\nX == I!Missing"), {{"Counter", kCounter}});
  EXPECT_EQ(l->errors(),
            (std::vector<std::string>{"2:28: module 'Counter' has no CONSTANT or VARIABLE 'Nope'",
                                      "2:6: INSTANCE of 'Counter': no symbol 'Max' is visible to substitute for its "
                                      "parameter 'Max'",
                                      "2:6: INSTANCE of 'Counter': no symbol 'n' is visible to substitute for its "
                                      "parameter 'n'",
                                      "3:8: unknown operator 'I!Missing'"}))
      << l->allErrors();
}

}  // namespace
}  // namespace tlapx::testing
