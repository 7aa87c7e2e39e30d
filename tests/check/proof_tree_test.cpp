// The proof tree of reports: theorems and nested steps in source order, every obligation
// attached to the step that produced it, submodules' theorems after their parent's.
#include "check/proof_tree.hpp"

#include <gtest/gtest.h>

#include "../prover/prover_test_util.hpp"

namespace tlapx::check {
namespace {

constexpr const char* kModule = R"(EXTENDS Naturals
THEOREM First == 1 + 1 = 2
  OBVIOUS
THEOREM Second == 2 = 2
<1>1. 1 = 1
  OBVIOUS
<1>2. 3 = 3
  <2>1. 4 = 4
    OBVIOUS
  <2> QED BY <2>1
<1> QED BY <1>1, <1>2
LEMMA NoProof == TRUE
---- MODULE Inner ----
THEOREM InInner == TRUE
  OBVIOUS
====)";

std::size_t attached(const ProofNode& n) {
  std::size_t count = n.obligations.size();
  for (const auto& c : n.children) count += attached(c);
  return count;
}

TEST(ProofTree, NestsStepsAndAttachesEveryObligation) {
  const auto g = prover::testing::generate(kModule);
  ASSERT_NE(g.module, nullptr);
  const ProofTree tree = proofTree(*g.module, g.result);
  ASSERT_EQ(tree.roots.size(), 4u);
  EXPECT_EQ(tree.roots[0].name, "THEOREM First");
  EXPECT_EQ(tree.roots[1].name, "THEOREM Second");
  EXPECT_EQ(tree.roots[2].name, "LEMMA NoProof");
  EXPECT_EQ(tree.roots[3].name, "THEOREM InInner");
  EXPECT_EQ(tree.roots[3].module->name, "Inner");

  const ProofNode& second = tree.roots[1];
  ASSERT_EQ(second.children.size(), 3u);
  EXPECT_EQ(second.children[0].name, "<1>1");
  EXPECT_EQ(second.children[0].range.begin.line, 6u);  // after the MODULE line
  EXPECT_EQ(second.children[1].name, "<1>2");
  ASSERT_EQ(second.children[1].children.size(), 2u);
  EXPECT_EQ(second.children[1].children[0].name, "<2>1");
  EXPECT_EQ(second.children[1].children[1].name, "<2>");
  EXPECT_EQ(second.children[2].name, "<1>");

  EXPECT_TRUE(tree.unattached.empty());
  std::size_t total = 0;
  for (const auto& root : tree.roots) total += attached(root);
  EXPECT_EQ(total, g.result.obligations.size());
  // The QED step `BY <1>1, <1>2` holds its main obligation and the two step citations.
  EXPECT_EQ(second.children[2].obligations.size(), 3u);
  ASSERT_EQ(tree.roots[2].obligations.size(), 1u);
  EXPECT_EQ(g.result.obligations[tree.roots[2].obligations[0]].kind, ObligationKind::Missing);
}

}  // namespace
}  // namespace tlapx::check
