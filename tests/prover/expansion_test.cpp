// Pins definition expansion in obligations: primes pushed through usable definitions
// (bound variables and constants stay unprimed), hidden definitions stay opaque primed or
// not, action operators expanded, pragmas turned into the requested method, and the
// holdsAlways flag of facts proved without temporal hypotheses.
#include "prover_test_util.hpp"

namespace tlapx::prover::testing {
namespace {

using K = ObligationKind;

TEST(Expansion, PrimesGoThroughUsableDefinitionsButNotBoundVariablesOrConstants) {
  auto g = generate(R"(VARIABLE x
CONSTANT c
P(a, z) == IF x = a THEN z ELSE z
THEOREM \A z : P(c, z)' = z
  BY DEF P)");
  ASSERT_EQ(g.obligations().size(), 1u) << dump(g);
  const Expr& goal = *g.at(1).goal;
  ASSERT_EQ(goal.kind, ExprKind::Quant);
  const Expr& eq = *goal.args[0];
  ASSERT_EQ(eq.kind, ExprKind::Builtin);
  const Expr& ite = *eq.args[0];
  ASSERT_EQ(ite.kind, ExprKind::If);
  EXPECT_EQ(printExpr(*ite.args[0]), "x' = c");
  EXPECT_EQ(printExpr(*ite.args[1]), "z");
  EXPECT_EQ(printExpr(*ite.args[2]), "z");
  EXPECT_TRUE(g.at(1).opaque.empty());
}

TEST(Expansion, HiddenDefinitionsStayOpaquePrimedOrNot) {
  auto g = generate(R"(VARIABLE x
Q == x
K == {}
THEOREM Q' = Q
  OBVIOUS
THEOREM K' = K
  OBVIOUS)");
  ASSERT_EQ(g.obligations().size(), 2u) << dump(g);
  EXPECT_EQ(goalText(g.at(1)), "Q' = Q");
  ASSERT_EQ(g.at(1).opaque.size(), 1u);
  EXPECT_EQ(g.at(1).opaque[0]->name, "Q");
  EXPECT_EQ(goalText(g.at(2)), "K = K");  // a constant definition: its prime is itself
}

TEST(Expansion, ActionOperatorsAreExpanded) {
  auto g = generate(R"(VARIABLES x, y
CONSTANT c
vars == <<x, y>>
THEOREM [x' = c]_x
  OBVIOUS
THEOREM <<x' = c>>_x
  OBVIOUS
THEOREM UNCHANGED vars
  BY DEF vars)");
  ASSERT_EQ(g.obligations().size(), 3u) << dump(g);
  EXPECT_EQ(goalText(g.at(1)), "x' = c \\/ x' = x");
  EXPECT_EQ(goalText(g.at(2)), "x' = c /\\ x' # x");
  EXPECT_EQ(goalText(g.at(3)), "<<x', y'>> = <<x, y>>");
}

TEST(Expansion, PragmasSelectTheMethodAndAreNeverHypotheses) {
  auto g = generate(R"(EXTENDS TLAPS
CONSTANT A
THEOREM A => A
  BY SMT
THEOREM A => A
  BY ZenonT(30)
THEOREM A => A
  BY SMTT("r5")
THEOREM A => A
  BY Zenon, SMT
THEOREM A => A
  BY PTL
THEOREM A => A
  OBVIOUS)");
  ASSERT_EQ(g.obligations().size(), 12u) << dump(g);
  EXPECT_EQ(g.count(K::Trivial), 6u);  // each pragma citation, as tlapm counts them
  const auto mains = g.of(K::Main);
  ASSERT_EQ(mains.size(), 6u);
  EXPECT_EQ(mains[0]->method.method, Method::Smt);
  EXPECT_EQ(mains[0]->method.pragma, "SMT");
  EXPECT_EQ(mains[1]->method.method, Method::Zenon);
  EXPECT_EQ(mains[1]->method.timeoutSeconds, 30.0);
  EXPECT_EQ(mains[1]->method.pragma, "ZenonT(30)");
  EXPECT_EQ(mains[2]->method.method, Method::Smt);
  EXPECT_EQ(mains[2]->method.rlimitUnits, 5u);
  EXPECT_EQ(mains[3]->method.method, Method::Smt);  // the most recent pragma wins
  EXPECT_EQ(mains[4]->method.method, Method::Ptl);
  EXPECT_EQ(mains[5]->method.method, Method::Default);
  for (const Obligation* ob : mains) EXPECT_TRUE(factTexts(*ob).empty());
  EXPECT_EQ(mains[0]->fingerprint, mains[5]->fingerprint);  // the method is not fingerprinted
}

TEST(Expansion, SolverPragmasNameTheFirstSolverOfThePortfolio) {
  auto g = generate(R"(EXTENDS TLAPS
CONSTANT A
THEOREM A => A
  BY Z3T(10)
THEOREM A => A
  BY CVC4
THEOREM A => A
  BY CVC4T(5)
THEOREM A => A
  BY SMT)");
  const auto mains = g.of(K::Main);
  ASSERT_EQ(mains.size(), 4u) << dump(g);
  EXPECT_EQ(mains[0]->method.solver, SmtSolver::Z3);
  EXPECT_EQ(mains[0]->method.timeoutSeconds, 10.0);
  EXPECT_EQ(mains[1]->method.solver, SmtSolver::Cvc5);
  EXPECT_EQ(mains[2]->method.solver, SmtSolver::Cvc5);
  EXPECT_EQ(mains[2]->method.timeoutSeconds, 5.0);
  EXPECT_EQ(mains[3]->method.solver, SmtSolver::Any);
  for (const Obligation* ob : mains) EXPECT_EQ(ob->method.method, Method::Smt);
}

TEST(Expansion, FactsProvedWithoutTemporalHypothesesHoldAlways) {
  auto g = generate(R"(EXTENDS TLAPS
VARIABLE x
Init == x = {}
Inv == x = {}
THEOREM Init /\ [][x' = x]_x => []Inv
<1>1. Init => Inv
  BY DEF Init, Inv
<1>2. Inv /\ [x' = x]_x => Inv'
  BY DEF Inv
<1>. QED
  BY <1>1, <1>2, PTL
THEOREM ASSUME Inv PROVE Inv
<1>1. Inv
  OBVIOUS
<1>. QED
  BY <1>1)");
  const auto mains = g.of(K::Main);
  ASSERT_EQ(mains.size(), 5u) << dump(g);
  const Obligation& qed = *mains[2];
  EXPECT_EQ(qed.method.method, Method::Ptl);
  ASSERT_EQ(factTexts(qed).size(), 2u);
  for (const auto& h : qed.hyps) {
    if (h.kind == ObligationHyp::Kind::Fact) {
      EXPECT_TRUE(h.holdsAlways);
    }
  }
  const Obligation& underInv = *mains[4];
  for (const auto& h : underInv.hyps) {
    if (h.kind == ObligationHyp::Kind::Fact) {
      EXPECT_FALSE(h.holdsAlways);
    }
  }
}

// A sequent hypothesis ASSUME H PROVE G stands for H => G: it only holds in every state
// when H may be negated and G kept under [] (here H = Init is a state predicate, so no).
TEST(Expansion, SequentHypothesisWithStateAssumptionDoesNotHoldAlways) {
  auto g = generate(R"(EXTENDS TLAPS
VARIABLE x
Init == x = {}
THEOREM ASSUME ASSUME Init PROVE []Init PROVE TRUE
<1>1. TRUE
  OBVIOUS
<1>. QED
  BY <1>1
THEOREM ASSUME ASSUME NEW c PROVE []Init PROVE TRUE
<1>1. TRUE
  OBVIOUS
<1>. QED
  BY <1>1)");
  const auto mains = g.of(K::Main);
  ASSERT_EQ(mains.size(), 4u) << dump(g);
  const auto sequentFlags = [](const Obligation& ob) {
    std::vector<bool> flags;
    for (const auto& h : ob.hyps)
      if (h.kind == ObligationHyp::Kind::Fact && h.fact->kind == ExprKind::Sequent)
        flags.push_back(h.holdsAlways);
    return flags;
  };
  EXPECT_EQ(sequentFlags(*mains[1]), std::vector<bool>{false}) << dump(g);
  EXPECT_EQ(sequentFlags(*mains[3]), std::vector<bool>{true}) << dump(g);
}

TEST(Expansion, StandardDefinitionsAreUsablePrimitivesStayNative) {
  auto g = generate(R"(EXTENDS Naturals
CONSTANT n
THEOREM n \in Nat => n + 0 >= 0
  OBVIOUS)");
  ASSERT_EQ(g.obligations().size(), 1u) << dump(g);
  EXPECT_TRUE(g.at(1).opaque.empty());
  EXPECT_NE(goalText(g.at(1)).find("Nat"), std::string::npos);
}

// \EE / \AA bind flexible variables: y' under \EE y stays y' (not y, as for a constant).
TEST(Expansion, TemporalQuantifiersBindVariables) {
  auto g = generate("VARIABLE x\nTHEOREM \\EE y : y = 0 /\\ y' = 1\n  OBVIOUS");
  ASSERT_EQ(g.obligations().size(), 1u);
  EXPECT_EQ(goalText(g.at(1)), "\\EE y : y = 0 /\\ y' = 1");
}

// With ExpandENABLED, ENABLED A becomes \E x_next : A[x' := x_next] only when every prime
// of A is visible: a hidden action, a NEW ACTION, or an action-level argument substituted
// under ENABLED keeps it opaque.
TEST(Expansion, ExpandEnabledOnlyWhenEveryPrimeIsVisible) {
  auto g = generate(R"(EXTENDS TLAPS, Naturals
VARIABLE x
Next == x' > x
Op(e) == ENABLED (x' \in {1, 2} /\ e)
THEOREM ENABLED Next
  BY ExpandENABLED
THEOREM ENABLED Next
  BY ExpandENABLED DEF Next
THEOREM ASSUME NEW ACTION A PROVE ENABLED A
  BY ExpandENABLED
THEOREM Op(x' = 2)
  BY ExpandENABLED DEF Op
THEOREM Op(x = 2)
  BY ExpandENABLED DEF Op)");
  const auto mains = g.of(K::Main);
  ASSERT_EQ(mains.size(), 5u) << dump(g);
  EXPECT_EQ(goalText(*mains[0]), "ENABLED Next");
  EXPECT_EQ(goalText(*mains[1]), "\\E x_next : x_next > x");
  EXPECT_EQ(goalText(*mains[2]), "ENABLED A");
  EXPECT_EQ(goalText(*mains[3]), "Op(x' = 2)");
  EXPECT_EQ(goalText(*mains[4]), "\\E x_next : x_next \\in {1, 2} /\\ x = 2");
}

// A hidden definition applied to primed arguments stays opaque under the rewrite only if it
// is a function of their values (a state function, like the primitive +); one that may use
// ENABLED or primes keeps ENABLED opaque (ENABLED (x' = 2 /\ E(x' = 1)) is TRUE although
// \E n : n = 2 /\ E(n = 1) is FALSE for E(p) == ENABLED p).
TEST(Expansion, ExpandEnabledPassesPrimedArgumentsOnlyToStateFunctions) {
  auto g = generate(R"(EXTENDS TLAPS, Naturals
VARIABLE x, y
Inc(n) == n + y
E(p) == ENABLED p
G(p) == p' = 1
THEOREM ENABLED (x' > 1 /\ Inc(x') > 2)
  BY ExpandENABLED
THEOREM ENABLED (x' > 2 /\ E(x' = 1))
  BY ExpandENABLED
THEOREM ENABLED G(x)
  BY ExpandENABLED
THEOREM ENABLED (x' > y + 1)
  BY ExpandENABLED)");
  const auto mains = g.of(K::Main);
  ASSERT_EQ(mains.size(), 4u) << dump(g);
  EXPECT_EQ(goalText(*mains[0]), "\\E x_next : x_next > 1 /\\ Inc(x_next) > 2");
  EXPECT_EQ(goalText(*mains[1]), "ENABLED (x' > 2 /\\ E(x' = 1))");
  EXPECT_EQ(goalText(*mains[2]), "ENABLED G(x)");
  EXPECT_EQ(goalText(*mains[3]), "\\E x_next : x_next > y + 1");
}

// The existential of ExpandENABLED is simplified: next-state values given by equalities
// (tuples split by component) are substituted, disjunctions and bounded existentials are
// pushed out so that every branch gets its own substitution.
TEST(Expansion, ExpandEnabledSubstitutesAssignedNextValues) {
  auto g = generate(R"(EXTENDS TLAPS, Naturals
VARIABLE x, y
A == x' = x + 1 /\ y' = y /\ x' > y'
B == \/ x' = 0 /\ UNCHANGED y
     \/ \E i \in 1..3 : x = i /\ <<x', y'>> = <<i, x>>
C == (x' = 1 \/ x' = 2) /\ <<x', y'>> # <<x, y>>
THEOREM ENABLED A
  BY ExpandENABLED DEF A
THEOREM ENABLED B
  BY ExpandENABLED DEF B
THEOREM ENABLED C
  BY ExpandENABLED DEF C
THEOREM ENABLED (x' = x' + 1)
  BY ExpandENABLED)");
  const auto mains = g.of(K::Main);
  ASSERT_EQ(mains.size(), 4u) << dump(g);
  EXPECT_EQ(goalText(*mains[0]), "x + 1 > y");
  EXPECT_EQ(goalText(*mains[1]), "TRUE \\/ \\E i \\in 1 .. 3 : x = i");
  EXPECT_EQ(goalText(*mains[2]),
            "(\\E y_next : <<1, y_next>> # <<x, y>>) \\/ \\E y_next : <<2, y_next>> # <<x, y>>");
  EXPECT_EQ(goalText(*mains[3]), "\\E x_next : x_next = x_next + 1");
}

// AutoUSE expands under ENABLED (and only there) the definitions that are actions or
// occur primed, hidden or not; an unprimed state predicate stays folded.
TEST(Expansion, AutoUseExpandsDefinitionsUnderEnabled) {
  auto g = generate(R"(EXTENDS TLAPS
VARIABLE x
Next == x' # x
Inv == x = 0
THEOREM Inv => ENABLED Next
  BY ExpandENABLED, AutoUSE
THEOREM Inv => ENABLED Next
  BY AutoUSE
THEOREM Inv => ENABLED Next
  BY ExpandENABLED
THEOREM ENABLED (Inv /\ Inv')
  BY ExpandENABLED, AutoUSE)");
  const auto mains = g.of(K::Main);
  ASSERT_EQ(mains.size(), 4u) << dump(g);
  EXPECT_EQ(goalText(*mains[0]), "Inv => \\E x_next : x_next # x");
  EXPECT_EQ(goalText(*mains[1]), "Inv => ENABLED (x' # x)");
  EXPECT_EQ(goalText(*mains[2]), "Inv => ENABLED Next");
  // Inv' expanded to x_next = 0, whose existential is TRUE; the unprimed Inv stays.
  EXPECT_EQ(goalText(*mains[3]), "Inv");
}

// An application nested in an argument of the same definition is expanded too.
TEST(Expansion, NestedApplicationOfTheSameDefinition) {
  auto g = generate(R"(f ** g == [i \in {1, 2} |-> f[g[i]]]
THEOREM ASSUME NEW A, NEW f, NEW g PROVE (A ** f) ** g = A ** (f ** g)
  BY DEF **)");
  const auto mains = g.of(K::Main);
  ASSERT_EQ(mains.size(), 1u) << dump(g);
  EXPECT_EQ(goalText(*mains[0]),
            "[i \\in {1, 2} |-> [i_1 \\in {1, 2} |-> A[f[i_1]]][g[i]]] = "
            "[i \\in {1, 2} |-> A[[i_1 \\in {1, 2} |-> f[g[i_1]]][i]]]");
}

// ... and so is one that only the body of an argument's definition makes (C == D(2)),
// or one brought by an operator argument (Outer(x, Op) with Op := D).
TEST(Expansion, ApplicationNestedThroughAnArgumentsDefinition) {
  auto g = generate(R"(D(a) == {a}
C == D(2)
Outer(x, Op(_)) == Op(x)
THEOREM D(C) = {{2}}
  BY DEF D, C
THEOREM Outer(C, D) = {{2}}
  BY DEF Outer, D, C)");
  const auto mains = g.of(K::Main);
  ASSERT_EQ(mains.size(), 2u) << dump(g);
  EXPECT_EQ(goalText(*mains[0]), "{{2}} = {{2}}");
  EXPECT_EQ(goalText(*mains[1]), "{{2}} = {{2}}");
  EXPECT_TRUE(mains[0]->opaque.empty());
}

// A LET INSTANCE inside an operator: the substitution of the operator's parameter reaches
// the instance, so a copy that stays opaque (no body) is a fresh symbol for each argument
// (Op(1) and Op(2) were the same symbol: Op(1) <=> Op(2) was provable, though Op(1) is
// TRUE and Op(2) FALSE), and the LET owning it stays in the obligation.
TEST(Expansion, OpaqueCopiesOfALetInstanceFollowTheSubstitution) {
  const std::string m = "---- MODULE M ----\nVARIABLE x\nP == \\EE y : y = x /\\ x = 1\n====\n";
  auto g = generate({{"M", m},
                     {"T", "---- MODULE T ----\nOp(v) == LET I == INSTANCE M WITH x <- v IN I!P\n"
                           "THEOREM Op(1) <=> Op(2)\n  BY DEF Op\n====\n"}},
                    "T");
  ASSERT_EQ(g.obligations().size(), 1u);
  const Expr& goal = *g.at(1).goal;
  ASSERT_EQ(goal.args.size(), 2u);
  const Expr& left = *goal.args[0];
  const Expr& right = *goal.args[1];
  ASSERT_EQ(left.kind, ExprKind::Let) << goalText(g.at(1));
  ASSERT_EQ(right.kind, ExprKind::Let) << goalText(g.at(1));
  const Decl* p1 = left.args[0]->decl;
  const Decl* p2 = right.args[0]->decl;
  ASSERT_NE(p1, nullptr);
  ASSERT_NE(p2, nullptr);
  EXPECT_EQ(p1->body, nullptr);
  EXPECT_NE(p1, p2);
}

}  // namespace
}  // namespace tlapx::prover::testing
