// Level computation and the level rules (each with a valid and an invalid case, and
// the exact location of the error).
#include "frontend/level_check.hpp"

#include "frontend_test_util.hpp"

namespace tlapx::testing {
namespace {

const std::string kHeader = "EXTENDS Naturals\nCONSTANT c, F(_)\nVARIABLE x, y\nvars == <<x, y>>\n";

std::vector<std::string> errorsOf(const std::string& body) { return load(moduleText(kHeader + body))->errors(); }

using Errors = std::vector<std::string>;

TEST(LevelCheck, DeclarationLevels) {
  auto l = load(moduleText(kHeader + "S == x + c\nA == x' = x\nT == []S\nK == c + 1\n"
                           "Op(p, q) == p' + q\nEn == ENABLED A\nLam(G(_)) == G(x)"));
  ASSERT_EQ(l->errors(), Errors{});
  EXPECT_EQ(l->decl("K")->level, Level::Constant);
  EXPECT_EQ(l->decl("S")->level, Level::State);
  EXPECT_EQ(l->decl("A")->level, Level::Action);
  EXPECT_EQ(l->decl("T")->level, Level::Temporal);
  EXPECT_EQ(l->decl("En")->level, Level::State);
  EXPECT_EQ(l->decl("x")->level, Level::State);
  const Decl* op = l->decl("Op");
  EXPECT_EQ(op->level, Level::Constant);
  EXPECT_EQ(op->paramContributes, (std::vector<bool>{true, true}));
  // Exact application levels: Op(x, c) is an action (x is primed inside).
  EXPECT_EQ(applicationLevel(*op, {Level::State, Level::Constant}), Level::Action);
  EXPECT_EQ(applicationLevel(*op, {Level::Constant, Level::State}), Level::State);
  EXPECT_EQ(expressionLevel(*l->decl("A")->body), Level::Action);
}

TEST(LevelCheck, AssumeMustBeConstant) {
  EXPECT_EQ(errorsOf("ASSUME c \\in Nat"), Errors{});
  EXPECT_EQ(errorsOf("ASSUME x \\in Nat"),
            Errors{"6:8: an ASSUME must be a constant-level formula, but this one has state level"});
}

TEST(LevelCheck, Priming) {
  EXPECT_EQ(errorsOf("A == (x + c)' = 1"), Errors{});
  EXPECT_EQ(errorsOf("A == (x')' = 1"), Errors{"6:6: priming an expression of action level"});
}

TEST(LevelCheck, AlwaysAndEventually) {
  EXPECT_EQ(errorsOf("N == x' = x\nSpec == [][N]_vars /\\ <><<N>>_vars /\\ []x /\\ <>[]x"), Errors{});
  EXPECT_EQ(errorsOf("Sq == [x' = x]_vars\nSpec == []Sq"), Errors{});  // through a definition
  EXPECT_EQ(errorsOf("Spec == [](x' = x)"),
            Errors{"6:12: [] applied to an action-level formula that is not of the form [A]_v"});
  EXPECT_EQ(errorsOf("Spec == <>(x' = x)"),
            Errors{"6:12: <> applied to an action-level formula that is not of the form <<A>>_v"});
}

TEST(LevelCheck, EnabledUnchangedAndFriends) {
  EXPECT_EQ(errorsOf("A == ENABLED (x' = 1) /\\ UNCHANGED vars"), Errors{});
  EXPECT_EQ(errorsOf("A == ENABLED []x"), Errors{"6:14: ENABLED applied to a temporal formula"});
  EXPECT_EQ(errorsOf("A == UNCHANGED x'"), Errors{"6:16: UNCHANGED applied to an expression of action level"});
  EXPECT_EQ(errorsOf("A == x ~> (x' = 1)"), Errors{"6:12: ~> applied to an action-level formula"});
}

TEST(LevelCheck, ActionAndFairnessOperands) {
  EXPECT_EQ(errorsOf("A == [x' = 1]_vars /\\ WF_vars(x' = 1) /\\ SF_x(x' = 2)"), Errors{});
  EXPECT_EQ(errorsOf("A == [x' = 1]_(x')"),
            Errors{"6:16: the subscript of [A]_v has action level; it must be at most a state function"});
  EXPECT_EQ(errorsOf("A == WF_vars([]x)"), Errors{"6:14: the action of WF has temporal level"});
}

TEST(LevelCheck, ArgumentsOfDefinitions) {
  EXPECT_EQ(errorsOf("Box(P) == []P\nA == Box(x)"), Errors{});
  EXPECT_EQ(errorsOf("Box(P) == []P\nA == Box(x' = x)"),
            Errors{"7:10: argument 1 of 'Box' has action level, which is too high for this operator"});
  EXPECT_EQ(errorsOf("Pr(p) == p'\nA == Pr(x')"),
            Errors{"7:9: argument 1 of 'Pr' has action level, which is too high for this operator"});
  // Declared constant operators take arguments of any level (as in SANY).
  EXPECT_EQ(errorsOf("A == F(x) = F(x')"), Errors{});
}

TEST(LevelCheck, InstanceSubstitutions) {
  const std::map<std::string, std::string> m = {{"M", moduleText("CONSTANT K\nVARIABLE v\nOk == K = v", "M")}};
  EXPECT_EQ(load(moduleText(kHeader + "I == INSTANCE M WITH K <- c, v <- x + 1"), m)->errors(), Errors{});
  EXPECT_EQ(load(moduleText(kHeader + "I == INSTANCE M WITH K <- x, v <- x'"), m)->errors(),
            (Errors{"6:27: INSTANCE of 'M': the substitution for CONSTANT 'K' has state level, but at most "
                    "constant level is allowed",
                    "6:35: INSTANCE of 'M': the substitution for VARIABLE 'v' has action level, but at most state "
                    "level is allowed"}));
}

// M(p) == INSTANCE N WITH K <- p: an argument of M(...)!Op takes K's place, so it is held to
// K's limit (x' = x followed from N's K' = K with M(x)!...).
TEST(LevelCheck, ArgumentsOfParameterisedInstances) {
  const std::map<std::string, std::string> m = {{"M", moduleText("CONSTANT K\nVARIABLE v\nOk == K' = K", "M")}};
  EXPECT_EQ(load(moduleText(kHeader + "I(p, q) == INSTANCE M WITH K <- p, v <- q\nA == I(c, x)!Ok"), m)->errors(),
            Errors{});
  EXPECT_EQ(load(moduleText(kHeader + "I(p, q) == INSTANCE M WITH K <- p, v <- q\nA == I(x, x')!Ok"), m)->errors(),
            (Errors{"7:8: argument 1 of 'Ok' has state level, but it is substituted for a CONSTANT of the "
                    "instantiated module, which allows at most constant level",
                    "7:11: argument 2 of 'Ok' has action level, but it is substituted for a VARIABLE of the "
                    "instantiated module, which allows at most state level"}));
  // One error for one wrong argument, even where the body would also be too high with it.
  EXPECT_EQ(load(moduleText(kHeader + "I(p, q) == INSTANCE M WITH K <- p, v <- q\nA == I(x', x)!Ok"), m)->errors(),
            (Errors{"7:8: argument 1 of 'Ok' has action level, but it is substituted for a CONSTANT of the "
                    "instantiated module, which allows at most constant level"}));
}

}  // namespace
}  // namespace tlapx::testing
