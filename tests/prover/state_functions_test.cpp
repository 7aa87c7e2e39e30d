// Which definitions are state functions, and which arguments a definition uses by value
// only (prover/state_functions.hpp): the basis for treating hidden applications as
// functions of their arguments.
#include "prover/state_functions.hpp"
#include "prover_test_util.hpp"

namespace tlapx::prover::testing {
namespace {

const Decl& definition(const Generated& g, const std::string& name) {
  for (const auto& u : g.module->units) {
    if (u.kind == UnitKind::Definition && u.decls.at(0)->name == name) return *u.decls[0];
  }
  ADD_FAILURE() << "no definition " << name;
  return *g.module->units.at(0).decls.at(0);
}

TEST(StateFunctions, ArgumentsUsedByValueOnly) {
  auto g = generate(R"(EXTENDS Naturals
VARIABLE x, msgs
Send(m) == msgs' = msgs \cup {m}
Nxt(p) == p'
Via(p, q) == Nxt(p) = q
En(p) == ENABLED p
Loc(p) == LET G == p' IN G
Inc(p) == p + 1
LetValue(p) == LET G == p + 1 IN G
LetPrimed(p) == LET G == p + 1 IN G'
THEOREM TRUE OBVIOUS)");
  ASSERT_NE(g.module, nullptr);
  StateFunctions sf;
  EXPECT_TRUE(sf.usesValueOf(definition(g, "Send"), 0));
  EXPECT_FALSE(sf.isStateFunction(definition(g, "Send")));
  EXPECT_FALSE(sf.usesValueOf(definition(g, "Nxt"), 0));
  EXPECT_FALSE(sf.usesValueOf(definition(g, "Via"), 0));
  EXPECT_TRUE(sf.usesValueOf(definition(g, "Via"), 1));
  EXPECT_FALSE(sf.usesValueOf(definition(g, "En"), 0));
  EXPECT_FALSE(sf.usesValueOf(definition(g, "Loc"), 0));
  EXPECT_TRUE(sf.usesValueOf(definition(g, "Inc"), 0));
  EXPECT_TRUE(sf.isStateFunction(definition(g, "Inc")));
  EXPECT_TRUE(sf.usesValueOf(definition(g, "LetValue"), 0));
  EXPECT_FALSE(sf.usesValueOf(definition(g, "LetPrimed"), 0));
}

TEST(StateFunctions, ExpressionsUsingAVariableByValueOnly) {
  auto g = generate(R"(EXTENDS Naturals
CONSTANT F(_)
VARIABLE x
Nxt(p) == p'
ByValue(p) == F(p) = p + 1
Primed(p) == Nxt(p) = 1
Enabled(p) == ENABLED (x' = p)
THEOREM TRUE OBVIOUS)");
  ASSERT_NE(g.module, nullptr);
  StateFunctions sf;
  const auto body = [&](const char* name) -> const Expr& { return *definition(g, name).body; };
  const auto param = [&](const char* name) -> const Decl& { return *definition(g, name).params.at(0); };
  EXPECT_TRUE(sf.usesValueOnly(body("ByValue"), param("ByValue")));
  EXPECT_FALSE(sf.usesValueOnly(body("Primed"), param("Primed")));
  EXPECT_FALSE(sf.usesValueOnly(body("Enabled"), param("Enabled")));
}

}  // namespace
}  // namespace tlapx::prover::testing
