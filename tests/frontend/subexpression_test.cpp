// Subexpression references (`!`-paths): what each selector selects, and the errors.
#include "frontend_test_util.hpp"

namespace tlapx::testing {
namespace {

// Loads `defs` plus `X == <ref>` and returns the printed body of X (or the errors).
std::string select(const std::string& defs, const std::string& ref) {
  auto l = load(moduleText("EXTENDS Naturals\nCONSTANTS P(_), Q(_, _), S, T\n" + defs + "\nX == " + ref));
  if (!l->errors().empty()) return "ERROR " + l->allErrors();
  return l->body("X");
}

TEST(Subexpression, PositionalOperands) {
  EXPECT_EQ(select("F(a, b) == a + b", "F(1, 2)!<<"), "1");
  EXPECT_EQ(select("F(a, b) == a + b", "F(1, 2)!>>"), "2");
  EXPECT_EQ(select("F == IF S THEN T ELSE 3", "F!2"), "T");
  EXPECT_EQ(select("F == {1, 2, 3}", "F!3"), "3");
  EXPECT_EQ(select("F == <<1, 2>>", "F!2"), "2");
  EXPECT_EQ(select("F == [f1 |-> 1, f2 |-> 2]", "F!2"), "2");
  EXPECT_EQ(select("F == [f1 : 1, f2 : 2]", "F!1"), "1");
  EXPECT_EQ(select("F == S \\X T \\X 3", "F!3"), "3");
  EXPECT_EQ(select("F == S.fld", "F!2"), "\"fld\"");
  EXPECT_EQ(select("F == [S -> T]", "F!>>"), "T");
  EXPECT_EQ(select("F == SUBSET UNION {{1}, {2}}", "F!<<!<<!2"), "{2}");
  EXPECT_EQ(select("F == [i \\in 1 .. 10 |-> i + 1][3]", "F!>>"), "3");
  EXPECT_EQ(select("F == [i \\in 1 .. 10 |-> i + 1][3]", "F!<<!1!>>"), "10");
  EXPECT_EQ(select("F == [S EXCEPT ![1] = 2]", "F!1"), "S");
}

TEST(Subexpression, JunctionsAndLeftNestedInfix) {
  EXPECT_EQ(select("F == /\\ S = 1\n     /\\ T = 2\n     /\\ P(3)", "F!3"), "P(3)");
  EXPECT_EQ(select("F == S /\\ T /\\ P(1)", "F!1"), "S /\\ T");  // (S /\ T) /\ P(1)
  EXPECT_EQ(select("F == S /\\ T /\\ P(1)", "F!2"), "P(1)");
}

TEST(Subexpression, CaseArms) {
  const std::string def = "F == \\A x : CASE x = 1 -> 1 [] x = 2 -> 2 [] OTHER -> 3";
  EXPECT_EQ(select(def, "F!(42)!1!<<!<<"), "42");
  EXPECT_EQ(select(def, "F!(42)!2!>>"), "2");
  EXPECT_EQ(select(def, "F!(42)!3!>>"), "3");
}

TEST(Subexpression, BoundVariablesAreInstantiated) {
  const std::string def = "F == \\A a, b \\in S, c \\in T : P(a) /\\ Q(b, c)";
  EXPECT_EQ(select(def, "F!1"), "S");
  EXPECT_EQ(select(def, "F!2"), "T");
  EXPECT_EQ(select(def, "F!(1, 2, 3)"), "P(1) /\\ Q(2, 3)");
  EXPECT_EQ(select("G == {P(a) : a \\in S}", "G!(7)"), "P(7)");
  EXPECT_EQ(select("H == CHOOSE a \\in S : P(a)", "H!(7)"), "P(7)");
  EXPECT_EQ(select("J == {a \\in S : P(a)}", "J!(7)!<<"), "7");
  EXPECT_EQ(select("K == [a \\in S |-> P(a)]", "K!1"), "S");
  EXPECT_EQ(select("L == \\EE a : P(a)", "L!(7)"), "P(7)");
}

TEST(Subexpression, OperatorArgumentsAreInstantiated) {
  EXPECT_EQ(select("Inv(i) == \\A j \\in S : P(i) /\\ Q(i, j)", "Inv(5)!(6)!2"), "Q(5, 6)");
}

TEST(Subexpression, LetBodiesAndDefinitions) {
  const std::string def = "F == LET G == S + T\n          H(u) == G + u\n      IN  H(10) - G";
  EXPECT_EQ(select(def, "F!:!G"), "S + T");
  // The selected expression keeps the LET definitions it uses in scope.
  EXPECT_EQ(select(def, "F!:!H(10)"), "LET G == S + T\nIN  G + 10");
  EXPECT_EQ(select(def, "F!1"), "LET G == S + T\n    H(u) == G + u\nIN  H(10) - G");
}

TEST(Subexpression, LabelsWithParameters) {
  const std::string def = "F(a) == \\A b : l1(b) :: P(a) => \\E c : l3(c) :: Q(a - b, c)";
  EXPECT_EQ(select(def, "F(1)!l1(2)!l3(3)"), "Q(1 - 2, 3)");
  // Label arguments follow the order of the label's parameters.
  EXPECT_EQ(select("G == \\A a, b : l(b, a) :: Q(a, b)", "G!l(1, 2)"), "Q(2, 1)");
}

TEST(Subexpression, RecursiveOperatorBody) {
  EXPECT_EQ(select("RECURSIVE R(_)\nR(n) == IF n = 0 THEN 0 ELSE R(n - 1)", "R(3)!:"),
            "IF 3 = 0 THEN 0 ELSE R(3 - 1)");
}

TEST(Subexpression, TheoremsAndSteps) {
  auto l = load(moduleText("CONSTANTS A, B\nTHEOREM Thm == A /\\ B\n"
                           "THEOREM ASSUME NEW x PROVE x = x\n"
                           "<1>1. A /\\ B OBVIOUS\n<1>2. SUFFICES A OBVIOUS\n"
                           "<1>3. Thm!2 = <1>1!1 /\\ <1>2!1 = A\n<1> QED"));
  ASSERT_EQ(l->errors(), std::vector<std::string>{});
  const Decl* thm = l->decl("");
  ASSERT_NE(thm, nullptr);
  const ProofStep& s3 = *thm->proof->steps[2];
  EXPECT_EQ(printExpr(*s3.expr), "B = A /\\ A = A");
}

TEST(Subexpression, Errors) {
  EXPECT_EQ(select("F == {1, 2}", "F!3"), "ERROR 5:8: nonexistent operand specified by '!3'\n");
  EXPECT_EQ(select("F(a) == {a}", "F!1"), "ERROR 5:6: 'F' expects 1 arguments but got 0\n");
  EXPECT_EQ(select("F == \\A a : P(a)", "F!(1, 2)"),
            "ERROR 5:8: selector with 2 arguments used for an expression with 1 bound identifiers\n");
  EXPECT_EQ(select("F == P(1)", "F!lab"), "ERROR 5:8: no label or LET definition 'lab' here\n");
  EXPECT_EQ(select("F == 1", "F!1"), "ERROR 5:8: '!1' selects from an expression that has no subexpressions\n");
  EXPECT_EQ(select("F == \\A a : P(a)", "F!@"), "ERROR 5:6: the selected subexpression expects 1 more arguments\n");
}

TEST(Subexpression, SelectionAsOperatorArgument) {
  EXPECT_EQ(select("Ap(Op(_)) == Op(1)\nF == \\A a : P(a)", "Ap(F!@)"), "Ap(LAMBDA a : P(a))");
}

}  // namespace
}  // namespace tlapx::testing
