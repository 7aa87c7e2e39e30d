// Fingerprints: invariant under renaming bound variables and NEW symbols and under moving
// a proof; sensitive to every visible ingredient and to the bodies of the hidden
// definitions the obligation mentions.
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

// The backends read properties of a hidden definition's body (here: E == B /\ A is a
// formula, with a Boolean value; E == A need not be): an edit of the body of a definition
// the obligation mentions changes its fingerprint, of one it does not mention does not.
TEST(Fingerprint, CoversTheBodiesOfMentionedHiddenDefinitions) {
  auto a = generate("CONSTANTS A, B\nD == A\nE == A\nF == A\nTHEOREM ASSUME A PROVE D /\\ E\n  BY DEF D");
  auto b = generate("CONSTANTS A, B\nD == A\nE == B /\\ A\nF == A\nTHEOREM ASSUME A PROVE D /\\ E\n  BY DEF D");
  auto c = generate("CONSTANTS A, B\nD == A\nE == A\nF == B\nTHEOREM ASSUME A PROVE D /\\ E\n  BY DEF D");
  ASSERT_EQ(a.obligations().size(), 1u);
  EXPECT_NE(a.at(1).fingerprint, b.at(1).fingerprint);
  EXPECT_EQ(a.at(1).fingerprint, c.at(1).fingerprint);
  // through the definitions the hidden one calls
  auto d = generate("CONSTANTS A, B\nG == A\nE == G\nTHEOREM ASSUME A PROVE E\n  OBVIOUS");
  auto e = generate("CONSTANTS A, B\nG == A = B\nE == G\nTHEOREM ASSUME A PROVE E\n  OBVIOUS");
  EXPECT_NE(d.at(1).fingerprint, e.at(1).fingerprint);
}

// A hidden proof-step definition mentions the obligation's NEW symbols: by their position,
// as the obligation does, not by their names (D == x for a NEW CONSTANT x is another D than
// for a NEW VARIABLE x).
TEST(Fingerprint, HiddenStepDefinitionsMentionNewSymbolsByPosition) {
  const std::string proof = "<1> D == x\n<1> HIDE DEF D\n<1>1. D = D\n  OBVIOUS\n<1> QED\n  OBVIOUS";
  auto a = generate("THEOREM ASSUME NEW CONSTANT x, NEW VARIABLE y PROVE TRUE\n" + proof);
  auto b = generate("THEOREM ASSUME NEW CONSTANT y, NEW VARIABLE x PROVE TRUE\n" + proof);
  ASSERT_EQ(a.obligations().size(), b.obligations().size());
  const auto step = [](const Generated& g) {
    for (const auto& ob : g.obligations())
      if (ob.goal && printExpr(*ob.goal) == "D = D") return ob.fingerprint;
    return std::string();
  };
  ASSERT_FALSE(step(a).empty());
  EXPECT_NE(step(a), step(b));
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

// How many variables a binder group binds is part of the meaning of a function constructor
// ([x, y \in S |-> x] is a function on S \X S, [x \in S |-> x] one on S) and of a tuple
// pattern (<<x, y>> matches pairs only). Both used to serialize alike (the body names only x).
TEST(Fingerprint, CountsTheVariablesOfABinderGroup) {
  const auto goal = [](const std::string& e) {
    auto g = generate("EXTENDS Naturals\nTHEOREM " + e + "\n  OBVIOUS");
    EXPECT_EQ(g.obligations().size(), 1u) << e;
    return g.obligations().empty() ? std::string() : g.at(1).fingerprint;
  };
  EXPECT_NE(goal(R"([x, y \in {1} |-> x][1, 1] = 1)"), goal(R"([x \in {1} |-> x][1, 1] = 1)"));
  EXPECT_NE(goal(R"(\E <<x, y>> \in {<<1, 2>>} : x = 1)"), goal(R"(\E <<x, y, z>> \in {<<1, 2>>} : x = 1)"));
  // renaming still keeps the fingerprint, and so does an unnamed variable of a quantifier
  // (it changes nothing: the fingerprints of such obligations stay as they were)
  EXPECT_EQ(goal(R"([x, y \in {1} |-> x][1, 1] = 1)"), goal(R"([u, v \in {1} |-> u][1, 1] = 1)"));
  EXPECT_EQ(goal(R"(\E x, y \in {1} : x = 1)"), goal(R"(\E x \in {1} : x = 1)"));
}

// A copy through an INSTANCE that stays opaque (no body: \EE cannot be instantiated
// through x <- 1) is its origin under its instance's substitution: I!P and J!P of two
// substitutions are two symbols, so `I!P <=> J!P` never takes the result of `I!P <=> I!P`.
TEST(Fingerprint, OpaqueInstanceCopiesCarryTheirSubstitution) {
  const std::string m = "---- MODULE M ----\nVARIABLE x\nP == \\EE y : y = x /\\ x = 1\n====\n";
  const std::string head =
      "---- MODULE T ----\nI == INSTANCE M WITH x <- 1\nJ == INSTANCE M WITH x <- 2\nK == INSTANCE M WITH x <- 1\n";
  const auto fingerprint = [&](const std::string& theorem) {
    auto g = generate({{"M", m}, {"T", head + "THEOREM " + theorem + "\n  OBVIOUS\n====\n"}}, "T");
    EXPECT_EQ(g.obligations().size(), 1u) << theorem;
    return g.obligations().empty() ? std::string() : g.at(1).fingerprint;
  };
  EXPECT_NE(fingerprint("I!P <=> I!P"), fingerprint("I!P <=> J!P"));
  EXPECT_NE(fingerprint("I!P"), fingerprint("J!P"));
  // the same origin under the same substitution is the same symbol
  EXPECT_EQ(fingerprint("I!P"), fingerprint("K!P"));
}

}  // namespace
}  // namespace tlapx::prover::testing
