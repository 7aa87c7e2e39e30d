// Fingerprints: invariant under renaming bound variables and NEW symbols and under moving
// a proof; sensitive to every visible ingredient; blind to hidden definitions' bodies.
#include "prover_test_util.hpp"

namespace tlapx::prover::testing {
namespace {

std::vector<std::string> fingerprints(const Generated& g) {
  std::vector<std::string> out;
  for (const auto& ob : g.obligations()) out.push_back(ob.fingerprint);
  return out;
}

TEST(Fingerprint, IsALowerCaseSha256) {
  auto g = generate("CONSTANT A\nTHEOREM A => A\n  OBVIOUS");
  ASSERT_EQ(g.obligations().size(), 1u);
  const std::string& fp = g.at(1).fingerprint;
  EXPECT_EQ(fp.size(), 64u);
  EXPECT_EQ(fp.find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(Fingerprint, InvariantUnderRenamingBoundVariablesAndNewSymbols) {
  auto a = generate(R"(CONSTANTS S, P(_)
THEOREM ASSUME NEW x \in S PROVE \A y \in S : P(y) \/ ~P(y) \/ P(x)
  OBVIOUS)");
  auto b = generate(R"(CONSTANTS S, P(_)
THEOREM ASSUME NEW u \in S PROVE \A v \in S : P(v) \/ ~P(v) \/ P(u)
  OBVIOUS)");
  EXPECT_EQ(fingerprints(a), fingerprints(b));
}

TEST(Fingerprint, InvariantUnderMovingTheProof) {
  const std::string body = "THEOREM A => B \\/ A\n<1>1. A => A\n  OBVIOUS\n<1>. QED\n  BY <1>1\n";
  auto a = generate("CONSTANTS A, B\n" + body);
  auto b = generate("CONSTANTS A, B\n\n\n\\* a comment that moves everything down\nC == A\n\n" + body);
  EXPECT_EQ(fingerprints(a), fingerprints(b));
}

TEST(Fingerprint, ChangesWithAVisibleDefinitionOrFact) {
  auto base = generate("CONSTANTS A, B\nD == A\nTHEOREM ASSUME A PROVE D\n  BY DEF D");
  auto otherDef = generate("CONSTANTS A, B\nD == B\nTHEOREM ASSUME A PROVE D\n  BY DEF D");
  auto otherFact = generate("CONSTANTS A, B\nD == A\nTHEOREM ASSUME B PROVE D\n  BY DEF D");
  auto hiddenDef = generate("CONSTANTS A, B\nD == A\nTHEOREM ASSUME A PROVE D\n  OBVIOUS");
  ASSERT_EQ(base.obligations().size(), 1u);
  EXPECT_NE(base.at(1).fingerprint, otherDef.at(1).fingerprint);
  EXPECT_NE(base.at(1).fingerprint, otherFact.at(1).fingerprint);
  EXPECT_NE(base.at(1).fingerprint, hiddenDef.at(1).fingerprint);
}

TEST(Fingerprint, IgnoresEditsOfHiddenDefinitions) {
  auto a = generate("CONSTANTS A, B\nD == A\nE == A\nTHEOREM ASSUME A PROVE D /\\ E\n  BY DEF D");
  auto b = generate("CONSTANTS A, B\nD == A\nE == B /\\ A\nTHEOREM ASSUME A PROVE D /\\ E\n  BY DEF D");
  ASSERT_EQ(a.obligations().size(), 1u);
  EXPECT_EQ(a.at(1).fingerprint, b.at(1).fingerprint);
}

TEST(Fingerprint, CanonicalTextIdentifiesAlphaEquivalentExpressions) {
  auto g = generate(R"(CONSTANTS S, P(_)
THEOREM (\A x \in S : P(x)) => (\A y \in S : P(y))
  OBVIOUS)");
  ASSERT_EQ(g.obligations().size(), 1u);
  const Expr& implication = *g.at(1).goal;
  EXPECT_EQ(canonicalText(*implication.args[0]), canonicalText(*implication.args[1]));
}

// `I!P` and `J!P` of two instances with different substitutions are different symbols:
// an obligation about one never shares a fingerprint (and so a cached result) with one
// about the other.
TEST(Fingerprint, InstanceCopiesCarryTheirSubstitution) {
  const std::string m = "---- MODULE M ----\nCONSTANT c\nP == c = 1\n====\n";
  const std::string head = "---- MODULE T ----\nI == INSTANCE M WITH c <- 1\nJ == INSTANCE M WITH c <- 2\n";
  auto same = generate({{"M", m}, {"T", head + "THEOREM I!P => I!P\n  OBVIOUS\n====\n"}}, "T");
  auto other = generate({{"M", m}, {"T", head + "THEOREM I!P => J!P\n  OBVIOUS\n====\n"}}, "T");
  auto again = generate({{"M", m}, {"T", head + "THEOREM J!P => J!P\n  OBVIOUS\n====\n"}}, "T");
  ASSERT_EQ(same.obligations().size(), 1u);
  ASSERT_EQ(other.obligations().size(), 1u);
  EXPECT_NE(same.at(1).fingerprint, other.at(1).fingerprint);
  EXPECT_NE(same.at(1).fingerprint, again.at(1).fingerprint);
  EXPECT_NE(canonicalText(*same.at(1).goal), canonicalText(*again.at(1).goal));
}

}  // namespace
}  // namespace tlapx::prover::testing
