// The PTL backend on small modules, through the frontend and the obligation generator:
// what it must prove (temporal tautologies, the invariance rule, fairness and leads-to
// reasoning, rigid constants) and, first of all, what it must never prove.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "backends/ptl/bdd.hpp"
#include "backends/ptl/ptl_backend.hpp"
#include "tests/prover/prover_test_util.hpp"

namespace tlapx {
namespace {

using prover::testing::generate;

const std::string kHeader = R"(EXTENDS Naturals, TLAPS
VARIABLES x, y
CONSTANT c
P == x = 1
Q == x = 2
R == x = 3
A == x' = x + 1
Init == x = 0
Inv == x \in Nat
Next == x' = x + 1
)";

// The status of every PTL obligation of the module `kHeader + body`, in order.
std::vector<ProofResult::Status> ptlResults(const std::string& body, const Budget& budget = {}) {
  const auto g = generate(kHeader + body);
  std::vector<ProofResult::Status> out;
  const auto backend = makePtlBackend();
  for (const Obligation& ob : g.obligations()) {
    if (ob.method.method != Method::Ptl || ob.kind != ObligationKind::Main) continue;
    const ProofResult r = backend->prove(ob, budget);
    EXPECT_EQ(r.backend, "ptl");
    out.push_back(r.status);
  }
  return out;
}

ProofResult::Status ptlResult(const std::string& theorem) {
  const auto results = ptlResults(theorem);
  EXPECT_EQ(results.size(), 1u) << theorem;
  return results.empty() ? ProofResult::Error : results[0];
}

void expectProved(const std::string& theorem) {
  EXPECT_EQ(ptlResult(theorem), ProofResult::Proved) << theorem;
}
void expectNotProved(const std::string& theorem) {
  EXPECT_EQ(ptlResult(theorem), ProofResult::Failed) << theorem;
}

// --- invalid formulas are not proved ---

TEST(PtlSoundness, EventuallyIsNotAlways) { expectNotProved("THEOREM <>P => []P BY PTL"); }

TEST(PtlSoundness, OneStepIsNotForever) {
  expectNotProved("THEOREM [][P => Q']_x => [](P => []Q) BY PTL");
}

TEST(PtlSoundness, LeadsToNeedsEveryState) {
  expectNotProved("THEOREM ASSUME P => <>R PROVE P ~> Q BY PTL");
  expectNotProved("THEOREM ASSUME P => <>R PROVE P ~> R BY PTL");
}

TEST(PtlSoundness, InfinitelyOftenIsNotEventuallyAlways) {
  expectNotProved("THEOREM []<>P => <>[]P BY PTL");
}

TEST(PtlSoundness, InductiveStepAsPlainHypothesisIsNotEnough) {
  // Hypotheses of the theorem hold only in the first state: the step is not usable under [].
  expectNotProved(
      "THEOREM ASSUME Init => Inv, Inv /\\ [Next]_x => Inv' "
      "PROVE Init /\\ [][Next]_x => []Inv BY PTL");
}

TEST(PtlSoundness, FlexibleAtomsAreNotRigid) {
  expectNotProved("THEOREM x = 1 => [](x = 1) BY PTL");
  expectNotProved("THEOREM ASSUME NEW TEMPORAL F PROVE F => []F BY PTL");
  expectNotProved("THEOREM ENABLED A => [](ENABLED A) BY PTL");
}

TEST(PtlSoundness, ActionsWithUnprimedVariablesAreNotNext) {
  // x' = y relates two states: it is not "next (x = y)".
  expectNotProved("THEOREM [](x = y) => [][x' = y]_x BY PTL");
}

TEST(PtlSoundness, WeakFairnessNeedsPersistentEnabledness) {
  expectNotProved("THEOREM WF_x(A) /\\ []<>ENABLED <<A>>_x => []<><<A>>_x BY PTL");
}

TEST(PtlSoundness, QuantifiersCommuteWithModalitiesOnlyOverConstantDomains) {
  // A state-level domain changes along the behavior; \A does not distribute over <>,
  // nor \E over [].
  expectNotProved("THEOREM ASSUME NEW TEMPORAL F(_) PROVE (\\A i \\in x : []F(i)) => [](\\A i \\in x : F(i)) BY PTL");
  expectNotProved("THEOREM ASSUME NEW TEMPORAL F(_) PROVE (\\A i \\in Nat : <>F(i)) => <>(\\A i \\in Nat : F(i)) BY PTL");
  expectNotProved("THEOREM ASSUME NEW TEMPORAL F(_) PROVE [](\\E i \\in Nat : F(i)) => (\\E i \\in Nat : []F(i)) BY PTL");
}

// --- valid formulas are proved ---

TEST(PtlCompleteness, AlwaysImpliesNow) { expectProved("THEOREM []P => P BY PTL"); }

TEST(PtlCompleteness, AlwaysDistributesOverConjunction) {
  expectProved("THEOREM [](P /\\ Q) <=> []P /\\ []Q BY PTL");
}

TEST(PtlCompleteness, QuantifiersOverConstantDomainsCommuteWithModalities) {
  expectProved("THEOREM ASSUME NEW TEMPORAL F(_) PROVE (\\A i \\in {c} : []F(i)) <=> [](\\A i \\in {c} : F(i)) BY PTL");
  expectProved("THEOREM ASSUME NEW TEMPORAL F(_) PROVE (\\E i \\in Nat : <>F(i)) <=> <>(\\E i \\in Nat : F(i)) BY PTL");
}

TEST(PtlCompleteness, InfinitelyOftenDuality) {
  expectProved("THEOREM ~[]<>P <=> <>[]~P BY PTL");
}

TEST(PtlCompleteness, PrimedStatePredicatesAreNext) {
  expectProved("THEOREM []P => [][P']_x BY PTL");
  expectProved("THEOREM [](x = y) => [][x' = y']_x BY PTL");
  expectProved("THEOREM [](x \\in Nat) => [][x' \\in Nat]_y BY PTL");
}

TEST(PtlCompleteness, PrimesInsideBindersAndConditionals) {
  expectProved("THEOREM [](\\A i \\in {1, 2} : x # i) => [][\\A i \\in {1, 2} : x' # i]_y BY PTL");
  expectProved("THEOREM (IF c = 1 THEN []P ELSE []Q) => (IF c = 1 THEN P ELSE Q) BY PTL");
}

TEST(PtlCompleteness, StutteringFormsMeetTheSameAtom) {
  expectProved("THEOREM [][A]_x => [][A \\/ UNCHANGED x]_y BY PTL");
  expectProved("THEOREM <><<A /\\ ~UNCHANGED x>>_y => <><<A>>_x BY PTL");
}

TEST(PtlCompleteness, InvarianceRule) {
  expectProved(R"(THEOREM Init /\ [][Next]_x => []Inv
<1>1. Init => Inv OMITTED
<1>2. Inv /\ [Next]_x => Inv' OMITTED
<1>. QED BY <1>1, <1>2, PTL)");
}

TEST(PtlCompleteness, InvarianceRuleWithExpandedDefinitions) {
  expectProved(R"(THEOREM Init /\ [][Next]_x => []Inv
<1>1. Init => Inv OMITTED
<1>2. Inv /\ [Next]_x => Inv' OMITTED
<1>. QED BY <1>1, <1>2, PTL DEF Init, Inv, Next)");
}

TEST(PtlCompleteness, WeakAndStrongFairnessUnfold) {
  expectProved("THEOREM WF_x(A) /\\ []ENABLED <<A>>_x => []<><<A>>_x BY PTL");
  expectProved("THEOREM WF_x(A) => ([]ENABLED <<A>>_x => <><<A>>_x) BY PTL");
  expectProved("THEOREM SF_x(A) /\\ []<>ENABLED <<A>>_x => []<><<A>>_x BY PTL");
  expectProved("THEOREM SF_x(A) => WF_x(A) BY PTL");
}

TEST(PtlCompleteness, LeadsToIsTransitive) {
  expectProved("THEOREM ASSUME P ~> Q, Q ~> R PROVE P ~> R BY PTL");
}

TEST(PtlCompleteness, ConstantsAreRigid) {
  expectProved("THEOREM c = 1 => [](c = 1) BY PTL");
  expectProved("THEOREM ASSUME NEW d PROVE <>(d = 1) => [](d = 1) BY PTL");
}

TEST(PtlCompleteness, SequentHypothesesAreImplications) {
  expectProved("THEOREM ASSUME NEW TEMPORAL F, NEW TEMPORAL G, ASSUME F PROVE G PROVE F => G BY PTL");
}

TEST(PtlCompleteness, AlwaysFactsFromTheProofAreUsedEverywhere) {
  expectProved(R"(THEOREM []P => []Q
<1>1. P => Q OMITTED
<1>. QED BY <1>1, PTL)");
}

TEST(PtlCompleteness, TemporalFactsFromBoxClosedContextsAreUsedEverywhere) {
  expectProved(R"(THEOREM [](P => <>Q) => [](P => <>R)
<1>1. <>Q => <>R OMITTED
<1>. QED BY <1>1, PTL)");
}

TEST(PtlSoundness, FactsProvedUnderStateHypothesesHoldOnlyInitially) {
  // Q => <>R is established under the assumption P, which need not hold later.
  expectNotProved(R"(THEOREM ASSUME P PROVE [](Q => <>R)
<1>1. Q => <>R OMITTED
<1>. QED BY <1>1, PTL)");
}

TEST(PtlBudget, ExhaustedBudgetIsResourceOutNeverProved) {
  // A valid formula whose BDD is exponential: (a1 <=> b1) /\ ... with every a before
  // every b in the variable order needs 2^n nodes.
  std::string as, bs, iffs, vars;
  for (int i = 1; i <= 24; ++i) {
    const std::string n = std::to_string(i), and_ = i > 1 ? " /\\ " : "";
    vars += ", a" + n + ", b" + n;
    as += and_ + "a" + n;
    bs += and_ + "b" + n;
    iffs += and_ + "(a" + n + " <=> b" + n + ")";
  }
  const auto results = ptlResults(
      "VARIABLES z" + vars + "\nTHEOREM [](" + as + ") /\\ (" + iffs + ") => (" + bs + ") BY PTL",
      Budget{1, 0, 1.0});
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0], ProofResult::ResourceOut);
}

TEST(PtlBudget, BddThrowsOnceTheNodeBudgetIsSpent) {
  ptl::Bdd bdd(8, std::chrono::steady_clock::now() + std::chrono::hours(1));
  EXPECT_THROW(
      {
        ptl::Bdd::Ref f = ptl::Bdd::kTrue;
        for (std::uint32_t v = 0; v < 16; v += 2) f = bdd.conj(f, bdd.var(v));
      },
      ptl::BddLimitExceeded);
}

TEST(PtlDefaultChain, TemporalObligationsWithoutPragmaTryPtl) {
  const auto g = generate(kHeader + "THEOREM []P => P OBVIOUS\nTHEOREM <>P => []P OBVIOUS");
  const auto chain = makeDefaultBackend();
  ASSERT_EQ(g.obligations().size(), 2u);
  const ProofResult proved = chain->prove(g.obligations()[0], Budget{});
  EXPECT_EQ(proved.status, ProofResult::Proved);
  EXPECT_EQ(proved.backend, "ptl");
  EXPECT_NE(chain->prove(g.obligations()[1], Budget{}).status, ProofResult::Proved);
}

}  // namespace
}  // namespace tlapx
