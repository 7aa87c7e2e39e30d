// Pins the TLAPS proof-language rules: visibility of named and unnamed steps, ONLY,
// SUFFICES, PICK, CASE, TAKE, WITNESS, HAVE, HIDE, DEFINE, module-level USE DEF,
// omitted and missing proofs.
#include "prover_test_util.hpp"

namespace tlapx::prover::testing {
namespace {

using K = ObligationKind;

TEST(StepRules, UnnamedStepsAreUsableNamedStepsMustBeCited) {
  auto g = generate(R"(CONSTANTS A, B, C
THEOREM ASSUME A PROVE C
<1>1. B
  OBVIOUS
<1>. A /\ B
  OBVIOUS
<1>. QED
  OBVIOUS)");
  ASSERT_EQ(g.obligations().size(), 3u) << dump(g);
  EXPECT_EQ(goalText(g.at(1)), "B");
  EXPECT_EQ(factTexts(g.at(1)), std::vector<std::string>{"A"});
  EXPECT_EQ(factTexts(g.at(2)), std::vector<std::string>{"A"});  // <1>1 is named: hidden
  EXPECT_EQ(goalText(g.at(3)), "C");
  EXPECT_EQ(factTexts(g.at(3)), (std::vector<std::string>{"A", "A /\\ B"}));
}

TEST(StepRules, CitingAStepIsATrivialObligationAndMakesItUsable) {
  auto g = generate(R"(CONSTANTS A, B
THEOREM B
<1>1. A
  OMITTED
<1>. QED
  BY <1>1)");
  ASSERT_EQ(g.obligations().size(), 3u) << dump(g);
  EXPECT_EQ(g.at(1).kind, K::Omitted);
  EXPECT_EQ(g.at(2).kind, K::Trivial);
  EXPECT_EQ(goalText(g.at(2)), "A");
  EXPECT_TRUE(g.at(2).hyps.empty());
  EXPECT_EQ(g.at(3).kind, K::Main);
  EXPECT_EQ(factTexts(g.at(3)), std::vector<std::string>{"A"});
}

TEST(StepRules, NamedAssumeStepKeepsItsAssumptionsBehindItsName) {
  auto g = generate(R"(CONSTANTS A, B
THEOREM A => B
<1>1. ASSUME A PROVE B
  OBVIOUS
<1>2. ASSUME A PROVE B
  BY <1>2
<1>. ASSUME A PROVE B
  OBVIOUS
<1>. QED
  BY <1>1)");
  ASSERT_EQ(g.obligations().size(), 6u) << dump(g);
  EXPECT_TRUE(factTexts(g.at(1)).empty());  // A is hidden inside the named step's proof
  EXPECT_EQ(g.at(2).kind, K::Trivial);
  EXPECT_EQ(goalText(g.at(2)), "A");       // <1>2 inside its proof: its assumptions
  EXPECT_EQ(factTexts(g.at(3)), std::vector<std::string>{"A"});
  EXPECT_EQ(factTexts(g.at(4)), std::vector<std::string>{"A"});  // unnamed: usable
  EXPECT_EQ(g.at(5).kind, K::Trivial);
  EXPECT_EQ(g.at(5).goal->kind, ExprKind::Sequent);  // <1>1 after the step: the sequent
  ASSERT_EQ(g.at(6).hyps.size(), 4u);  // A, B declared; the unnamed step and the cited <1>1
  EXPECT_EQ(g.at(6).hyps[2].fact->kind, ExprKind::Sequent);
  EXPECT_EQ(g.at(6).hyps[3].fact->kind, ExprKind::Sequent);
}

TEST(StepRules, OnlyKeepsJustTheCitedFacts) {
  auto g = generate(R"(CONSTANTS A, B, C
THEOREM ASSUME A, B PROVE C
<1>1. C
  BY ONLY A
<1>. QED
  BY ONLY <1>1)");
  ASSERT_EQ(g.obligations().size(), 4u) << dump(g);
  EXPECT_EQ(g.at(1).kind, K::Trivial);  // A is already a fact of the context
  EXPECT_EQ(factTexts(g.at(2)), std::vector<std::string>{"A"});
  EXPECT_EQ(declaredNames(g.at(2)), (std::vector<std::string>{"A", "B", "C"}));
  EXPECT_EQ(factTexts(g.at(4)), std::vector<std::string>{"C"});
}

TEST(StepRules, SufficesProvesTheOldGoalThenChangesGoalAndContext) {
  auto g = generate(R"(CONSTANTS A, B, C
THEOREM C
<1> SUFFICES ASSUME A PROVE B
  OBVIOUS
<1>. QED
  OBVIOUS
THEOREM C
<1>1. SUFFICES ASSUME A PROVE B
  OBVIOUS
<1>2. QED
  OBVIOUS
THEOREM C
<1>1. SUFFICES ASSUME A PROVE B
  OBVIOUS
<1>2. QED
  BY <1>1)");
  ASSERT_EQ(g.obligations().size(), 7u) << dump(g);
  EXPECT_EQ(goalText(g.at(1)), "C");
  ASSERT_EQ(factTexts(g.at(1)).size(), 1u);
  EXPECT_EQ(g.at(1).hyps.back().fact->kind, ExprKind::Sequent);
  EXPECT_EQ(goalText(g.at(2)), "B");
  EXPECT_EQ(factTexts(g.at(2)), std::vector<std::string>{"A"});
  EXPECT_EQ(factTexts(g.at(3)).size(), 1u);  // the SUFFICES statement is usable in its proof
  EXPECT_TRUE(factTexts(g.at(4)).empty());   // a named SUFFICES' assumptions must be cited
  EXPECT_EQ(goalText(g.at(6)), "A");         // <1>1 after a SUFFICES: its assumptions
  EXPECT_EQ(factTexts(g.at(7)), std::vector<std::string>{"A"});
}

TEST(StepRules, PickProvesTheExistentialThenDeclaresTheWitness) {
  auto g = generate(R"(CONSTANTS S, P(_)
THEOREM ASSUME \E x \in S : P(x) PROVE \E y \in S : P(y)
<1>1. PICK z \in S : P(z)
  OBVIOUS
<1>2. QED
  BY <1>1
THEOREM ASSUME \E x \in S : P(x) PROVE \E y \in S : P(y)
<1>. PICK z \in S : P(z)
  OBVIOUS
<1>. QED
  OBVIOUS)");
  ASSERT_EQ(g.obligations().size(), 5u) << dump(g);
  EXPECT_EQ(goalText(g.at(1)), "\\E z \\in S : P(z)");
  EXPECT_EQ(g.at(2).kind, K::Trivial);
  EXPECT_EQ(goalText(g.at(2)), "P(z)");
  const ObligationHyp& z = g.at(3).hyps[3];
  ASSERT_EQ(z.kind, ObligationHyp::Kind::Declaration);
  EXPECT_EQ(z.decl->name, "z");
  ASSERT_TRUE(z.domain);
  EXPECT_EQ(printExpr(*z.domain), "S");
  EXPECT_EQ(factTexts(g.at(3)), (std::vector<std::string>{"\\E x \\in S : P(x)", "P(z)"}));
  EXPECT_EQ(factTexts(g.at(5)), (std::vector<std::string>{"\\E x \\in S : P(x)", "P(z)"}));
}

TEST(StepRules, CaseAssumesTheCaseForTheCurrentGoal) {
  auto g = generate(R"(CONSTANTS A, B
THEOREM B
<1>1. CASE A
  OBVIOUS
<1>2. CASE ~A
  BY <1>2
<1>. QED
  BY <1>1, <1>2)");
  ASSERT_EQ(g.obligations().size(), 6u) << dump(g);
  EXPECT_EQ(goalText(g.at(1)), "B");
  EXPECT_TRUE(factTexts(g.at(1)).empty());
  EXPECT_EQ(goalText(g.at(2)), "~A");
  EXPECT_EQ(factTexts(g.at(3)), std::vector<std::string>{"~A"});
  EXPECT_EQ(g.at(4).goal->kind, ExprKind::Sequent);  // ASSUME A PROVE B
  EXPECT_EQ(factTexts(g.at(6)).size(), 2u);
}

TEST(StepRules, TakeIntroducesTheVariablesOfAUniversalGoal) {
  auto g = generate(R"(CONSTANTS S, T, P(_)
THEOREM \A x \in S : P(x)
<1>. TAKE y \in S
<1>. QED
  OBVIOUS
THEOREM \A x \in S : P(x)
<1>. TAKE y \in T
<1>. QED
  OBVIOUS)");
  ASSERT_EQ(g.obligations().size(), 7u) << dump(g);
  EXPECT_EQ(g.at(1).kind, K::Trivial);  // ASSUME NEW y, y \in S PROVE P(y)
  EXPECT_EQ(g.at(2).kind, K::Main);
  EXPECT_EQ(goalText(g.at(2)), "\\A x \\in S : P(x)");
  EXPECT_EQ(goalText(g.at(3)), "P(y)");
  EXPECT_EQ(declaredNames(g.at(3)).back(), "y");
  EXPECT_EQ(g.at(5).kind, K::Support);  // TAKE y \in T for \A x \in S: S \subseteq T
  EXPECT_EQ(goalText(g.at(5)), "S \\subseteq T");
}

TEST(StepRules, WitnessInstantiatesAnExistentialGoal) {
  auto g = generate(R"(CONSTANTS S, P(_), c
THEOREM ASSUME P(c) PROVE \E x \in S : P(x)
<1>. WITNESS c \in S
<1>. QED
  OBVIOUS)");
  ASSERT_EQ(g.obligations().size(), 6u) << dump(g);
  EXPECT_EQ(g.at(1).kind, K::Support);  // c \in S must be proved
  EXPECT_EQ(goalText(g.at(1)), "c \\in S");
  EXPECT_EQ(goalText(g.at(5)), "\\E x \\in S : P(x)");
  EXPECT_EQ(goalText(g.at(6)), "P(c)");
}

// The witness goes into the goal as written: a definition hidden after the WITNESS step
// stays opaque in the goal, as in the facts, instead of being expanded with the
// visibility of the WITNESS step.
TEST(StepRules, WitnessIsExpandedWithTheVisibilityOfEachObligation) {
  auto g = generate(R"(CONSTANTS S, P(_), c
THEOREM \E x \in S : P(x)
<1> DEFINE d == c
<1>. WITNESS d \in S
<1> HIDE DEF d
<1>. QED
  OBVIOUS)");
  ASSERT_EQ(g.obligations().size(), 6u) << dump(g);
  EXPECT_EQ(goalText(g.at(1)), "c \\in S");  // the support obligation, d visible
  EXPECT_EQ(goalText(g.at(6)), "P(d)");      // QED: d hidden
}

TEST(StepRules, HaveAssumesTheHypothesisOfAnImplication) {
  auto g = generate(R"(CONSTANTS A, B
THEOREM A => B
<1>. HAVE A
<1>. QED
  OBVIOUS)");
  ASSERT_EQ(g.obligations().size(), 3u) << dump(g);
  EXPECT_EQ(g.at(1).kind, K::Trivial);
  EXPECT_EQ(goalText(g.at(2)), "A => B");
  EXPECT_EQ(goalText(g.at(3)), "B");
  EXPECT_EQ(factTexts(g.at(3)), std::vector<std::string>{"A"});
}

TEST(StepRules, UseHideAndDefineControlWhichDefinitionsAreExpanded) {
  auto g = generate(R"(CONSTANTS A, B
D == A /\ B
USE DEF D
THEOREM T1 == D
  OBVIOUS
HIDE DEF D
THEOREM T2 == D
  OBVIOUS
THEOREM T3 == D
<1> USE DEF D
<1>1. D
  OBVIOUS
<1> HIDE DEF D
<1>2. D
  BY DEF D
<1>. QED
  OBVIOUS
THEOREM T4 == A => A
<1> DEFINE Q == A
<1>1. Q => A
  OBVIOUS
<1>. QED
  OBVIOUS)");
  ASSERT_EQ(g.obligations().size(), 7u) << dump(g);
  EXPECT_EQ(goalText(g.at(1)), "A /\\ B");
  EXPECT_TRUE(g.at(1).opaque.empty());
  EXPECT_EQ(goalText(g.at(2)), "D");
  ASSERT_EQ(g.at(2).opaque.size(), 1u);
  EXPECT_EQ(g.at(2).opaque[0]->name, "D");
  EXPECT_EQ(goalText(g.at(3)), "A /\\ B");
  EXPECT_EQ(goalText(g.at(4)), "A /\\ B");  // BY DEF D
  EXPECT_EQ(goalText(g.at(5)), "D");        // hidden again for the QED
  EXPECT_EQ(goalText(g.at(6)), "A => A");   // DEFINE: usable
}

TEST(StepRules, TheoremsAndAssumptionsAreUsableOnlyWhenCited) {
  auto g = generate(R"(CONSTANTS A, B
ASSUME AxA == A
ASSUME B
THEOREM T1 == A
  BY AxA
THEOREM T2 == A
  OBVIOUS
THEOREM T3 == A /\ A
  BY T1)");
  ASSERT_EQ(g.obligations().size(), 5u) << dump(g);
  EXPECT_EQ(g.at(1).kind, K::Trivial);
  EXPECT_EQ(factTexts(g.at(2)), std::vector<std::string>{"A"});
  EXPECT_TRUE(factTexts(g.at(3)).empty());  // neither the named nor the unnamed ASSUME
  EXPECT_EQ(factTexts(g.at(5)), std::vector<std::string>{"A"});
}

TEST(StepRules, InstantiatedTheoremsAreFactsWithTheSubstitutionApplied) {
  auto g = generate({{"M", "---- MODULE M ----\nCONSTANT c\nTHEOREM MT == c = c\n  OBVIOUS\n====\n"},
                     {"T", "---- MODULE T ----\nCONSTANT d\nI == INSTANCE M WITH c <- d\n"
                           "THEOREM d = d\n  BY I!MT\n====\n"}},
                    "T");
  ASSERT_EQ(g.obligations().size(), 2u) << dump(g);  // no obligation for M's own proof
  EXPECT_EQ(g.at(1).kind, K::Trivial);
  EXPECT_EQ(goalText(g.at(1)), "d = d");
  EXPECT_EQ(factTexts(g.at(2)), std::vector<std::string>{"d = d"});
}

TEST(StepRules, OmittedAndMissingProofsAreReported) {
  auto g = generate(R"(CONSTANT A
THEOREM A
  OMITTED
THEOREM A
THEOREM A
<1>1. A
<1>. QED
  BY <1>1)");
  ASSERT_EQ(g.obligations().size(), 5u) << dump(g);
  EXPECT_EQ(g.at(1).kind, K::Omitted);
  EXPECT_EQ(g.at(2).kind, K::Missing);
  EXPECT_EQ(g.at(3).kind, K::Missing);
  EXPECT_EQ(g.at(4).kind, K::Trivial);
  EXPECT_EQ(g.at(5).kind, K::Main);
}

TEST(StepRules, ModuleLevelUseOfAFactIsProvedOnceAndUsableAfterwards) {
  auto g = generate(R"(CONSTANTS A, B
ASSUME AxA == A
USE AxA
THEOREM A \/ B
  OBVIOUS)");
  ASSERT_EQ(g.obligations().size(), 2u) << dump(g);
  EXPECT_EQ(g.at(1).kind, K::Trivial);
  EXPECT_EQ(factTexts(g.at(2)), std::vector<std::string>{"A"});
}

// A theorem of a parameterised instance, cited as I(a)!Thm, states its body with the
// instance parameter bound to a: I(1)!Thm and I(2)!Thm are different facts.
TEST(StepRules, ParameterisedInstanceTheoremsTakeTheirArguments) {
  auto g = generate({{"M", "---- MODULE M ----\nCONSTANT c\nTHEOREM Thm == c = 1\n  OMITTED\n====\n"},
                     {"T", "---- MODULE T ----\nI(x) == INSTANCE M WITH c <- x\n"
                           "THEOREM FALSE\n  BY I(1)!Thm, I(2)!Thm\n"
                           "THEOREM I(3)!Thm\n  OBVIOUS\n====\n"}},
                    "T");
  ASSERT_EQ(g.obligations().size(), 4u) << dump(g);
  EXPECT_EQ(g.at(1).kind, K::Trivial);
  EXPECT_EQ(goalText(g.at(1)), "1 = 1");
  EXPECT_EQ(goalText(g.at(2)), "2 = 1");
  EXPECT_EQ(factTexts(g.at(3)), (std::vector<std::string>{"1 = 1", "2 = 1"}));
  EXPECT_EQ(goalText(g.at(4)), "3 = 1");
}

// NEW c \in S with S state-level: c \in S holds in the current state only, so facts
// proved from it are not boxed (PTL must not treat them as invariants).
TEST(StepRules, StateLevelDomainsMakeLaterFactsCurrentStateOnly) {
  auto g = generate(R"(EXTENDS TLAPS
VARIABLE x
THEOREM ASSUME NEW c \in {x} PROVE [](c = x)
<1>1. c = x
  OBVIOUS
<1>. QED
  BY <1>1, PTL
THEOREM ASSUME NEW c \in {1} PROVE [](c = 1)
<1>1. c = 1
  OBVIOUS
<1>. QED
  BY <1>1, PTL)");
  const auto mains = g.of(K::Main);
  ASSERT_EQ(mains.size(), 4u) << dump(g);
  const auto factFlags = [](const Obligation& ob) {
    std::vector<bool> flags;
    for (const auto& h : ob.hyps)
      if (h.kind == ObligationHyp::Kind::Fact) flags.push_back(h.holdsAlways);
    return flags;
  };
  EXPECT_EQ(factFlags(*mains[1]), std::vector<bool>{false}) << dump(g);
  EXPECT_EQ(factFlags(*mains[3]), std::vector<bool>{true}) << dump(g);
}

// ENABLEDaxioms / ENABLEDrules: a cited fact A => B (A <=> B) established under assumptions
// of at most state level also gives ENABLED A => ENABLED B; not when an action-level
// assumption (ASSUME x' = 1, a PICK of y = x', a NEW domain with primes) is in scope, and
// not without the pragma.
TEST(StepRules, EnabledRulesUseOnlyFactsThatHoldForEveryNextState) {
  auto g = generate(R"(EXTENDS TLAPS, Naturals
VARIABLE x
THEOREM ASSUME x \in Nat PROVE ENABLED (x' = x + 1) => ENABLED (x' > x)
<1>1. x' = x + 1 => x' > x
  OBVIOUS
<1>. QED
  BY <1>1, ENABLEDaxioms
THEOREM ASSUME x' = 1 PROVE ENABLED (x' = 2) => ENABLED FALSE
<1>1. x' = 2 => FALSE
  OBVIOUS
<1>. QED
  BY <1>1, ENABLEDrules
THEOREM x' = 2
<1>1. PICK y : y = x'
  OBVIOUS
<1>2. x' = 2 <=> y = 2
  OBVIOUS
<1>. QED
  BY <1>2, ENABLEDaxioms
THEOREM ASSUME NEW n \in {x'} PROVE ENABLED (x' = n) => ENABLED TRUE
<1>1. x' = n => TRUE
  OBVIOUS
<1>. QED
  BY <1>1, ENABLEDaxioms
THEOREM ENABLED (x' = 1) => ENABLED (x' > 0)
<1>1. x' = 1 => x' > 0
  OBVIOUS
<1>. QED
  BY <1>1)");
  const auto mains = g.of(K::Main);
  ASSERT_EQ(mains.size(), 11u) << dump(g);
  EXPECT_EQ(factTexts(*mains[1]), (std::vector<std::string>{"x \\in Nat", "x' = x + 1 => x' > x",
                                                            "ENABLED (x' = x + 1) => ENABLED (x' > x)"}));
  EXPECT_EQ(factTexts(*mains[3]), (std::vector<std::string>{"x' = 1", "x' = 2 => FALSE"}));
  EXPECT_EQ(factTexts(*mains[6]), std::vector<std::string>{"x' = 2 <=> y = 2"});
  EXPECT_EQ(factTexts(*mains[8]), (std::vector<std::string>{"x' = n => TRUE"}));
  EXPECT_EQ(factTexts(*mains[10]), (std::vector<std::string>{"x' = 1 => x' > 0"}));
}

// ENABLEDaxioms: every ENABLED of the obligation in normal form. State-level conjuncts
// move out, disjunctions distribute, conjuncts split where they prime disjoint variables
// (A and C through their definitions), not where they share one (A and B), nor where a
// declared action's primes are unknown; without the pragma nothing changes.
TEST(StepRules, EnabledAxiomsPutEnabledInNormalForm) {
  auto g = generate(R"(EXTENDS TLAPS
VARIABLE x, y
A == x' = 1
B == x' = 2
C == y' = 2
THEOREM ENABLED (x = 1 /\ (A \/ C)) /\ ENABLED (A /\ C) /\ ENABLED (A /\ B)
  BY ENABLEDaxioms
THEOREM ASSUME NEW ACTION P PROVE ENABLED (P /\ A)
  BY ENABLEDaxioms
THEOREM ENABLED (A /\ C)
  OBVIOUS)");
  const auto mains = g.of(K::Main);
  ASSERT_EQ(mains.size(), 3u) << dump(g);
  EXPECT_EQ(goalText(*mains[0]),
            "(x = 1 /\\ (ENABLED A \\/ ENABLED C)) /\\ (ENABLED A /\\ ENABLED C) /\\ ENABLED (A /\\ B)");
  EXPECT_EQ(goalText(*mains[1]), "ENABLED (P /\\ A)");
  EXPECT_EQ(goalText(*mains[2]), "ENABLED (A /\\ C)");
}

}  // namespace
}  // namespace tlapx::prover::testing
