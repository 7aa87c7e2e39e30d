// Smoke obligations: the obligation's hypotheses plus the ASSUME part of a sequent goal,
// goal FALSE; not the antecedent of an implication; none for goals that are FALSE already.
#include "prover/smoke.hpp"

#include "prover_test_util.hpp"

namespace tlapx::prover::testing {
namespace {

TEST(Smoke, KeepsTheHypothesesAndTheAssumptionsOfTheGoalAndProvesFalse) {
  auto g = generate(R"(CONSTANTS S, A
THEOREM ASSUME A, NEW x \in S, x = 1 PROVE x \in S
  OBVIOUS
THEOREM ASSUME A, NEW x \in S, x = 1 PROVE FALSE
  OMITTED)");
  const std::optional<Obligation> smoke = smokeObligation(g.at(1));
  ASSERT_TRUE(smoke.has_value());
  EXPECT_EQ(smoke->id, g.at(1).id);
  EXPECT_EQ(smoke->hyps.size(), g.at(1).hyps.size());
  const std::string text = sequentText(*smoke);
  EXPECT_NE(text.find("x = 1"), std::string::npos) << text;
  EXPECT_NE(text.find("FALSE"), std::string::npos) << text;
  EXPECT_NE(smoke->fingerprint, g.at(1).fingerprint);
  // The same question as an obligation written to prove FALSE: one cache entry answers both.
  EXPECT_EQ(smoke->fingerprint, g.at(2).fingerprint) << text << "\n" << sequentText(g.at(2));
}

TEST(Smoke, LeavesOutTheAntecedentOfAnImplication) {
  auto g = generate(R"(CONSTANTS A, B
THEOREM A /\ ~A => B
  OBVIOUS
THEOREM FALSE
  OMITTED)");
  const std::optional<Obligation> smoke = smokeObligation(g.at(1));
  ASSERT_TRUE(smoke.has_value());
  EXPECT_EQ(smoke->fingerprint, g.at(2).fingerprint) << sequentText(*smoke);
}

TEST(Smoke, DropsThePragmaBudget) {
  auto g = generate(R"(EXTENDS TLAPS
CONSTANT A
THEOREM A => A
  BY SMTT(30))");
  const Obligation& main = *g.of(ObligationKind::Main).at(0);
  const std::optional<Obligation> smoke = smokeObligation(main);
  ASSERT_TRUE(smoke.has_value());
  ASSERT_TRUE(main.method.timeoutSeconds.has_value());
  EXPECT_EQ(smoke->method.method, Method::Smt);
  EXPECT_FALSE(smoke->method.timeoutSeconds.has_value());
  EXPECT_FALSE(smoke->method.rlimitUnits.has_value());
}

TEST(Smoke, NoneForAGoalThatIsFalseAlready) {
  auto g = generate(R"(CONSTANT A
THEOREM ASSUME A, ~A PROVE FALSE
  OBVIOUS
THEOREM ASSUME A, ~A PROVE L :: FALSE
  OBVIOUS)");
  EXPECT_FALSE(smokeObligation(g.at(1)).has_value());
  EXPECT_FALSE(smokeObligation(g.at(2)).has_value());
}

}  // namespace
}  // namespace tlapx::prover::testing
