// Name resolution: scopes, EXTENDS, RECURSIVE, arities, operator arguments, proofs.
#include "frontend_test_util.hpp"

namespace tlapx::testing {
namespace {

// The first Ident/OpApp named `name` inside `e` (depth-first), or null.
const Expr* findRef(const Expr& e, const std::string& name) {
  if ((e.kind == ExprKind::Ident || e.kind == ExprKind::OpApp) && e.name == name) return &e;
  const Expr* found = nullptr;
  auto visit = [&](const ExprPtr& c) {
    if (c && !found) found = findRef(*c, name);
  };
  for (const auto& a : e.args) visit(a);
  for (const auto& b : e.binders) visit(b.domain);
  for (const auto& d : e.letDefs) visit(d->body);
  for (const auto& h : e.hyps) visit(h.fact);
  return found;
}

TEST(Resolver, LinksReferencesToDeclarations) {
  auto l = load(moduleText("EXTENDS Naturals\nCONSTANT c\nVARIABLE x\nOp(p) == p + c\nNext == x' = Op(x)"));
  ASSERT_EQ(l->errors(), std::vector<std::string>{});
  const Decl* next = l->decl("Next");
  const Expr* app = findRef(*next->body, "Op");
  ASSERT_NE(app, nullptr);
  EXPECT_EQ(app->decl, l->decl("Op"));
  EXPECT_EQ(findRef(*next->body, "x")->decl, l->decl("x"));
  const Decl* op = l->decl("Op");
  EXPECT_EQ(findRef(*op->body, "p")->decl, op->params[0].get());
  EXPECT_EQ(findRef(*op->body, "c")->decl, l->decl("c"));
  EXPECT_EQ(op->owner, l->module);
}

TEST(Resolver, ReportsUnknownNamesAndKeepsGoing) {
  auto l = load(moduleText("A == Foo + 1\nB == Bar(2)\nC == A"));
  // an infix application is located at its start
  EXPECT_EQ(l->errors(), (std::vector<std::string>{"2:6: unknown operator '+'", "2:6: unknown operator 'Foo'",
                                                   "3:6: unknown operator 'Bar'"}))
      << l->allErrors();
}

TEST(Resolver, DefineBeforeUse) {
  auto l = load(moduleText("A == B\nB == 1"));
  EXPECT_EQ(l->errors(), std::vector<std::string>{"2:6: unknown operator 'B'"});
}

TEST(Resolver, ArityErrors) {
  auto l = load(moduleText("Op(a, b) == a\nX == Op(1)\nY == Op\nZ == Op(1, 2)"));
  EXPECT_EQ(l->errors(), (std::vector<std::string>{"3:6: 'Op' expects 2 arguments but got 1",
                                                   "4:6: 'Op' expects 2 arguments but got 0"}))
      << l->allErrors();
}

TEST(Resolver, OperatorArguments) {
  auto l = load(moduleText("Apply(F(_), v) == F(v)\nInc(n) == n\nTwo(a, b) == a\n"
                           "A == Apply(Inc, 1)\nB == Apply(LAMBDA y : y, 1)\n"
                           "C == Apply(Two, 1)\nD == Apply(LAMBDA y, z : y, 1)\nE == Apply(1, 1)"));
  EXPECT_EQ(l->errors(), (std::vector<std::string>{"7:12: argument 1 of 'Apply' must be an operator of arity 1",
                                                   "8:12: argument 1 of 'Apply' must be an operator of arity 1",
                                                   "9:12: argument 1 of 'Apply' must be an operator of arity 1"}))
      << l->allErrors();
  EXPECT_EQ(l->decl("A")->body->args[0]->decl, l->decl("Inc"));
}

TEST(Resolver, BuiltinOperatorAsArgument) {
  auto l = load(moduleText("Fold(F(_, _), a, b) == F(a, b)\nX == Fold(\\cup, {1}, {2})"));
  ASSERT_EQ(l->errors(), std::vector<std::string>{});
  const Expr& arg = *l->decl("X")->body->args[0];
  EXPECT_EQ(arg.kind, ExprKind::Lambda);
  EXPECT_EQ(arg.params.size(), 2u);
}

TEST(Resolver, MultipleDefinitions) {
  // Same kind and arity: SANY warns and keeps the first; otherwise an error.
  auto l = load(moduleText("EXTENDS M\nVARIABLE Op\nF == 1\nF == 2"),
                {{"M", moduleText("Op == 1\nLOCAL Hidden == 2", "M")}});
  EXPECT_EQ(l->errors(), std::vector<std::string>{"3:10: multiple definitions of 'Op'"}) << l->allErrors();
  bool warned = false;
  for (const auto& d : l->diags().all())
    warned = warned || (d.severity == Severity::Warning && d.message.find("'F'") != std::string::npos);
  EXPECT_TRUE(warned);
}

TEST(Resolver, ExtendsIsTransitiveAndLocalIsNotExported) {
  const std::map<std::string, std::string> mods = {
      {"A", moduleText("EXTENDS B\nFromA == FromB\nLOCAL Secret == 1", "A")},
      {"B", moduleText("FromB == 2", "B")},
  };
  auto ok = load(moduleText("EXTENDS A\nX == FromA + FromB"), mods);
  EXPECT_EQ(ok->errors(), std::vector<std::string>{"3:6: unknown operator '+'"});
  ASSERT_EQ(ok->module->extended.size(), 2u);
  EXPECT_EQ(ok->module->extended[0]->name, "B");
  EXPECT_EQ(ok->module->extended[1]->name, "A");
  auto bad = load(moduleText("EXTENDS A\nX == Secret"), mods);
  EXPECT_EQ(bad->errors(), std::vector<std::string>{"3:6: unknown operator 'Secret'"});
}

TEST(Resolver, SameDeclarationReachedTwiceIsFine) {
  auto l = load(moduleText("EXTENDS Naturals, Integers\nINSTANCE Naturals\nX == 1 + 2"));
  EXPECT_EQ(l->errors(), std::vector<std::string>{});
}

TEST(Resolver, Recursive) {
  auto l = load(moduleText("EXTENDS Naturals\nRECURSIVE Fact(_), Odd(_)\n"
                           "Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)\nRECURSIVE Never(_)"));
  EXPECT_EQ(l->errors(), (std::vector<std::string>{"3:20: RECURSIVE operator 'Odd' is never defined",
                                                   "5:11: RECURSIVE operator 'Never' is never defined"}))
      << l->allErrors();
  const Decl* fact = l->decl("Fact");
  ASSERT_NE(fact, nullptr);
  EXPECT_TRUE(fact->recursive);
  EXPECT_EQ(findRef(*fact->body, "Fact")->decl, fact);
}

TEST(Resolver, BindersLetLambdaAndRecursiveFunctions) {
  auto l = load(moduleText("EXTENDS Naturals\n"
                           "A == \\A <<x, y>> \\in Nat \\X Nat : \\E z \\in {x} : z = y\n"
                           "B == {x \\in Nat : x > 1} \\cup {x + 1 : x \\in Nat} \\cup {CHOOSE x : x = 1}\n"
                           "C == [x \\in Nat |-> LET G(u) == u + x IN G(1)]\n"
                           "f[n \\in Nat] == IF n = 0 THEN 0 ELSE f[n - 1]\n"
                           "D(F(_)) == F(1)\nE == D(LAMBDA v : v + 1)"));
  EXPECT_EQ(l->errors(), std::vector<std::string>{});
  const Decl* f = l->decl("f");
  EXPECT_EQ(findRef(*f->body, "f")->decl, f);
}

TEST(Resolver, BoundVariablesAreNotVisibleOutside) {
  auto l = load(moduleText("A == (\\A x : x) /\\ x"));
  EXPECT_EQ(l->errors(), std::vector<std::string>{"2:20: unknown operator 'x'"});
}

TEST(Resolver, LabelParametersAreTheBoundVariables) {
  auto l = load(moduleText("A == \\A x : lab(x) :: x = x\nB == \\A x : bad(y) :: TRUE"));
  EXPECT_EQ(l->errors(), std::vector<std::string>{"3:17: label parameter 'y' is not a bound identifier"});
  const Expr& q = *l->decl("A")->body;
  const Expr& label = *q.args[0];
  ASSERT_EQ(label.kind, ExprKind::Label);
  EXPECT_EQ(label.params[0], q.binders[0].vars[0]);
}

TEST(Resolver, ProofScopes) {
  auto l = load(moduleText("EXTENDS Naturals, TLAPS\n"
                           "THEOREM Thm == ASSUME NEW n \\in Nat PROVE n + 0 = n\n"
                           "<1>1. n = n BY <1>1\n"      // visible in its own proof
                           "<1>2. PICK m \\in Nat : m = n BY <1>1\n"
                           "<1> DEFINE D == m + 1\n"
                           "<1>3. ASSUME NEW k PROVE D = k BY <1>3, Thm, SMT DEF D\n"
                           "<1>4. k = k\n"             // k is not visible here
                           "<1> QED BY <1>5"));        // no such step
  EXPECT_EQ(l->errors(), (std::vector<std::string>{"7:41: theorem 'Thm' is cited in its own proof",
                                                   "8:7: unknown operator 'k'", "8:11: unknown operator 'k'",
                                                   "9:12: unknown proof step '<1>5'"}))
      << l->allErrors();
}

// A name is a fact only once its proof is complete: a theorem cited (BY or USE) inside its
// own proof, or a step other than an assertion, CASE or SUFFICES cited inside its own
// proof, is an error.
TEST(Resolver, SelfCitationIsAnError) {
  auto l = load(moduleText("THEOREM T == FALSE\nBY T\n"
                           "THEOREM U == FALSE\n<1> USE U\n<1> QED\n"
                           "THEOREM FALSE\n<1>1. PICK x : x # x\n  BY <1>1\n<1> QED BY <1>1\n"
                           "THEOREM FALSE\n<1>1. FALSE BY <1>1\n<1>2. QED BY <1>1"));
  EXPECT_EQ(l->errors(), (std::vector<std::string>{"3:4: theorem 'T' is cited in its own proof",
                                                   "5:9: theorem 'U' is cited in its own proof",
                                                   "9:6: step '<1>1' is cited in its own proof"}))
      << l->allErrors();
}

TEST(Resolver, StructuredProofWithoutQedIsAnError) {
  auto l = load(moduleText("THEOREM FALSE\n<1>1. TRUE OBVIOUS\n"
                           "THEOREM FALSE\n<1>1. FALSE\n  <2>1. TRUE OBVIOUS\n<1>2. QED BY <1>1"));
  EXPECT_EQ(l->errors(), (std::vector<std::string>{"3:1: structured proof does not end with a QED step",
                                                   "6:3: structured proof does not end with a QED step"}))
      << l->allErrors();
}

TEST(Resolver, StepNamesOfOtherProofsAreNotVisible) {
  auto l = load(moduleText("THEOREM TRUE\n<1>1. TRUE\n  <2>1. TRUE\n  <2> QED\n<1> QED BY <2>1"));
  EXPECT_EQ(l->errors(), std::vector<std::string>{"6:12: unknown proof step '<2>1'"});
}

TEST(Resolver, DefListsNeedDefinitions) {
  auto l = load(moduleText("CONSTANT C\nOp == 1\nTHEOREM TRUE BY DEF Op, C\nUSE DEF MODULE Root"));
  EXPECT_EQ(l->errors(), std::vector<std::string>{"4:25: 'C' in a DEF clause is not a definition"});
}

TEST(Resolver, SubmodulesSeeTheParentAndAreInstantiable) {
  auto l = load(moduleText("CONSTANT N\n---- MODULE Inner ----\nCONSTANT K\nUseN == N + K\n====\n"
                           "I == INSTANCE Inner WITH K <- 1\nX == I!UseN"));
  EXPECT_EQ(l->errors(), (std::vector<std::string>{"5:9: unknown operator '+'"})) << l->allErrors();
}

}  // namespace
}  // namespace tlapx::testing
