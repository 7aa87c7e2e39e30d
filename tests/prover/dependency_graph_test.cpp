// The dependency graph: module order, recursion cycles, and which obligations depend on
// a definition.
#include "prover/dependency_graph.hpp"

#include "prover_test_util.hpp"

namespace tlapx::prover::testing {
namespace {

TEST(DependencyGraph, ImpactListsTheObligationsThatExpandOrMentionADefinition) {
  auto g = generate(R"(CONSTANTS A, B
D == A
E == D /\ B
THEOREM E => A
  BY DEF E, D
THEOREM D => A
  OBVIOUS
THEOREM E => B
  BY DEF E)");
  ASSERT_EQ(g.obligations().size(), 3u) << dump(g);
  DependencyGraph graph(*g.module, g.result);
  // 2 mentions D hidden; 3 expands E, whose body mentions D.
  EXPECT_EQ(graph.obligationsDependingOn("D"), (std::vector<std::uint32_t>{1, 2, 3}));
  EXPECT_EQ(graph.obligationsDependingOn("E"), (std::vector<std::uint32_t>{1, 3}));
  EXPECT_TRUE(graph.obligationsDependingOn("Nope").empty());
}

// An opaque instance copy (no body) is its origin under its instance's substitution in
// fingerprints: an edit of the origin or of a definition the substitution names reaches
// the obligations that mention the copy.
TEST(DependencyGraph, OpaqueInstanceCopiesDependOnTheirOriginAndSubstitution) {
  const std::string m = "---- MODULE M ----\nVARIABLE x\nP == \\EE y : y = x /\\ x = 1\n====\n";
  auto g = generate({{"M", m},
                     {"T", "---- MODULE T ----\nOne == 1\nI == INSTANCE M WITH x <- One\n"
                           "THEOREM I!P <=> I!P\n  OBVIOUS\n====\n"}},
                    "T");
  ASSERT_EQ(g.obligations().size(), 1u) << dump(g);
  DependencyGraph graph(*g.module, g.result);
  EXPECT_EQ(graph.obligationsDependingOn("P"), (std::vector<std::uint32_t>{1}));
  EXPECT_EQ(graph.obligationsDependingOn("One"), (std::vector<std::uint32_t>{1}));
}

TEST(DependencyGraph, ModulesComeAfterTheModulesTheyUse) {
  auto g = generate({{"Base", "---- MODULE Base ----\nCONSTANT c\n====\n"},
                     {"Mid", "---- MODULE Mid ----\nEXTENDS Base\nd == c\n====\n"},
                     {"T", "---- MODULE T ----\nEXTENDS Mid\nTHEOREM d = d\n  BY DEF d\n====\n"}},
                    "T");
  DependencyGraph graph(*g.module, g.result);
  std::vector<std::string> names;
  for (const Module* m : graph.moduleOrder()) names.push_back(m->name);
  auto pos = [&](const std::string& n) { return std::find(names.begin(), names.end(), n) - names.begin(); };
  ASSERT_EQ(names.size(), 3u);
  EXPECT_LT(pos("Base"), pos("Mid"));
  EXPECT_LT(pos("Mid"), pos("T"));
  EXPECT_EQ(graph.obligationsDependingOn("d"), std::vector<std::uint32_t>{1});
}

TEST(DependencyGraph, DetectsRecursiveDefinitions) {
  auto g = generate(R"(CONSTANT S
RECURSIVE F(_), G(_)
F(x) == G(x)
G(x) == F(x)
H == S
THEOREM H = S
  BY DEF H)");
  DependencyGraph graph(*g.module, g.result);
  const auto cycles = graph.definitionCycles();
  ASSERT_EQ(cycles.size(), 1u);
  EXPECT_EQ(cycles[0], (std::vector<std::string>{"F", "G"}));
}

}  // namespace
}  // namespace tlapx::prover::testing
