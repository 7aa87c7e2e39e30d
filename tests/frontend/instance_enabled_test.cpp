// ENABLED through INSTANCE: textual substitution for renamings of the variables, the
// meaning (fresh variables for the primed ones) otherwise, opaque copies where the
// meaning cannot be written (frontend/instance_enabled.cpp).
#include "frontend_test_util.hpp"

namespace tlapx::testing {
namespace {

const std::string kInner = moduleText(
    "EXTENDS Naturals\nVARIABLE x, y\n"
    "A == ENABLED (x' # y')\n"
    "Stay == ENABLED (x' = y)\n"
    "Next == x' = y + 1\n"
    "Fair == WF_<<x, y>>(Next)\n"
    "P(a) == ENABLED (a /\\ x' = 1)\n"
    "C == P(x' = 2)\n"
    "H(Op(_)) == Op(x' = 2)\n"
    "K == H(LAMBDA a : ENABLED (a /\\ y' = 1))\n"
    "Comp == (x' = 1) \\cdot (y' = 2)\n"
    "Q(a) == a' = 1\n"
    "Qx == ENABLED Q(x)\n"
    "Local == ENABLED (LET t == y + 1 IN x' = t)\n"
    "LocalPrimed == ENABLED (LET t == x + 1 IN x' = t')\n"
    "HO(F(_)) == ENABLED F(x)\n"
    "THEOREM CompThm == ((x' = 1) \\cdot (y' = 2)) => TRUE\n"
    "THEOREM AThm == A",
    "Inner");

const Decl* copyOf(const Instance& inst, const std::string& name) {
  for (const auto& c : inst.copies)
    if (c->name == name) return c.get();
  return nullptr;
}

std::string bodyOf(const Instance& inst, const std::string& name) {
  const Decl* c = copyOf(inst, name);
  if (c == nullptr) return "<no copy>";
  return c->body ? printExpr(*c->body) : "<opaque>";
}

TEST(InstanceEnabled, RenamingsSubstituteAsText) {
  auto l = load(moduleText("VARIABLE a, b\nM == INSTANCE Inner WITH x <- a, y <- b"), {{"Inner", kInner}});
  ASSERT_EQ(l->errors(), std::vector<std::string>{});
  const Instance& inst = *l->decl("M")->instance;
  EXPECT_TRUE(inst.nextStateStandIns.empty());
  EXPECT_EQ(bodyOf(inst, "A"), "ENABLED (a' # b')");
  EXPECT_EQ(bodyOf(inst, "Fair"), "WF_<<a, b>>(M!Next)");
  EXPECT_EQ(bodyOf(inst, "Comp"), "(a' = 1) \\cdot (b' = 2)");
}

TEST(InstanceEnabled, MergedVariablesGetFreshNextStateVariables) {
  auto l = load(moduleText("EXTENDS Naturals\nVARIABLE x\nM == INSTANCE Inner WITH y <- x"), {{"Inner", kInner}});
  ASSERT_EQ(l->errors(), std::vector<std::string>{});
  const Instance& inst = *l->decl("M")->instance;
  ASSERT_EQ(inst.nextStateStandIns.size(), 2u);
  for (const auto& w : inst.nextStateStandIns) {
    EXPECT_EQ(w->kind, DeclKind::Variable);
    EXPECT_EQ(w->owner, l->module);
  }
  EXPECT_EQ(inst.nextStateStandIns[0]->name, "x'<M>");
  EXPECT_EQ(bodyOf(inst, "A"), "ENABLED (x'<M>' # y'<M>')");
  EXPECT_EQ(bodyOf(inst, "AThm"), "M!A");  // refers to the copy of A
  // Unprimed variables are substituted; the next state of the merged x is free.
  EXPECT_EQ(bodyOf(inst, "Stay"), "ENABLED (x'<M>' = x)");
  // WF is unfolded, and the action's definition expanded inside ENABLED only.
  EXPECT_EQ(bodyOf(inst, "Fair"),
            "<>[]ENABLED (x'<M>' = x + 1 /\\ <<x'<M>, y'<M>>>' # <<x, x>>) => []<><<M!Next>>_<<x, x>>");
  // A primed argument of M reaches ENABLED through the expansion of P.
  EXPECT_EQ(bodyOf(inst, "C"), "ENABLED (x'<M>' = 2 /\\ x'<M>' = 1)");
  // Q primes its argument: expanded, the prime reaches x.
  EXPECT_EQ(bodyOf(inst, "Qx"), "ENABLED (x'<M>' = 1)");
  // t is a state function: it stays, substituted in the LET.
  EXPECT_EQ(bodyOf(inst, "Local"), "ENABLED LET t == x + 1\n        IN  x'<M>' = t");
  EXPECT_EQ(bodyOf(inst, "LocalPrimed"), "ENABLED LET t == x + 1\n        IN  x'<M>' = (x'<M> + 1)'");
  // P's own copy takes its argument from the outer module.
  EXPECT_EQ(bodyOf(inst, "P"), "ENABLED (a /\\ x'<M>' = 1)");
}

TEST(InstanceEnabled, ExpressionsForVariablesAlsoUseTheMeaning) {
  auto l = load(moduleText("EXTENDS Naturals\nVARIABLE u, v\nM == INSTANCE Inner WITH x <- u, y <- v + 1"),
                {{"Inner", kInner}});
  ASSERT_EQ(l->errors(), std::vector<std::string>{});
  const Instance& inst = *l->decl("M")->instance;
  EXPECT_EQ(bodyOf(inst, "Stay"), "ENABLED (x'<M>' = v + 1)");
}

TEST(InstanceEnabled, UninstantiableCopiesAreOpaque) {
  auto l = load(moduleText("EXTENDS Naturals\nVARIABLE x\nM == INSTANCE Inner WITH y <- x"), {{"Inner", kInner}});
  ASSERT_EQ(l->errors(), std::vector<std::string>{});
  const Instance& inst = *l->decl("M")->instance;
  // A LAMBDA parameter would take M's primed argument inside ENABLED; \cdot.
  // An operator argument of HO could prime x.
  for (const std::string name : {"K", "Comp", "CompThm", "HO"}) {
    const Decl* c = copyOf(inst, name);
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->body, nullptr) << name;
    EXPECT_EQ(c->level, Level::Temporal) << name;
  }
  EXPECT_NE(copyOf(inst, "H")->body, nullptr);  // H itself has no ENABLED
}

}  // namespace
}  // namespace tlapx::testing
