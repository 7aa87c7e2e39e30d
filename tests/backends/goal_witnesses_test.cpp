// Witnesses for existentials nested in the goal (backends/z3/goal_witnesses.hpp): which
// terms matching finds, where in the goal it looks, and which context terms it may use.
#include <gtest/gtest.h>

#include "backends/z3/goal_witnesses.hpp"
#include "frontend/printer.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

using z3enc::withMatchedWitnesses;

class GoalWitnesses : public ::testing::Test {
 protected:
  std::string rewrite(const ExprPtr& goal, const std::vector<ExprPtr>& context) {
    std::vector<const Expr*> facts;
    for (const auto& f : context) facts.push_back(f.get());
    ExprPtr r = withMatchedWitnesses(*goal, facts);
    return r ? printExpr(*r) : "";
  }

  // \E v \in S : v \notin M /\ M' = M \cup {v}
  ExprPtr marks() {
    return a.exists(v, a.id(S), a.conj({a.notin(a.id(v), a.id(M)),
                                         a.eq(a.prime(a.id(M)), a.bi(BuiltinOp::Cup, {a.id(M), a.set({a.id(v)})}))}));
  }

  Ast a;
  const Decl* S = a.constant("S");
  const Decl* M = a.variable("M");
  const Decl* f = a.constant("f");
  const Decl* p = a.constant("p");
  const Decl* c = a.constant("c");
  DeclPtr v = a.bound("v");
  DeclPtr q = a.bound("q");
};

// The existential under \/ and IF gets the instance for f[p], which two of its subterms
// match (v \notin M and {v}); the context's other singleton {c} matches one and comes second.
TEST_F(GoalWitnesses, NestedExistentialGetsTheMatchedTerms) {
  auto fp = a.fapp(a.id(f), a.id(p));
  std::vector<ExprPtr> context{a.notin(fp, a.id(M)), a.eq(a.id(S), a.set({a.id(c)})),
                               a.eq(a.prime(a.id(M)), a.bi(BuiltinOp::Cup, {a.id(M), a.set({fp})}))};
  auto goal = a.disj({a.ff(), a.ite(a.id(c), marks(), a.ff())});
  EXPECT_EQ(rewrite(goal, context),
            "FALSE \\/ IF c THEN (\\E v \\in S : v \\notin M /\\ M' = M \\cup {v}) \\/ "
            "(f[p] \\in S /\\ (f[p] \\notin M /\\ M' = M \\cup {f[p]})) \\/ "
            "(c \\in S /\\ (c \\notin M /\\ M' = M \\cup {c})) ELSE FALSE");
}

// Nothing to match, an existential that is not asserted (under ~ or in the premise of
// =>), and context terms under a binder (g[q] mentions the bound q): no rewrite.
TEST_F(GoalWitnesses, NoWitnessWithoutAGroundMatchInAnAssertedExistential) {
  auto fp = a.fapp(a.id(f), a.id(p));
  EXPECT_EQ(rewrite(marks(), {a.eq(a.id(c), a.num(1))}), "");
  EXPECT_EQ(rewrite(a.neg(marks()), {a.notin(fp, a.id(M))}), "");
  EXPECT_EQ(rewrite(a.implies(marks(), a.ff()), {a.notin(fp, a.id(M))}), "");
  auto fq = a.fapp(a.id(f), a.id(q));
  EXPECT_EQ(rewrite(marks(), {a.forall(q, a.id(S), a.notin(fq, a.id(M)))}), "");
}

// A set constructor matches one of the context up to its bound variable, and an
// existential nested in the body binds its variable too: c = b (S = T) for the outer
// existential, whose instance then gets the inner one's witness T.
TEST_F(GoalWitnesses, MatchesThroughSetConstructorsAndNestedExistentials) {
  DeclPtr w = a.bound("w"), cc = a.bound("c"), SS = a.bound("SS");
  const Decl* T = a.constant("T");
  const Decl* k = a.constant("k");
  auto image = [&](ExprPtr bal, ExprPtr dom, const DeclPtr& var) {
    return a.map(var, std::move(dom), a.rec({{"bal", std::move(bal)}, {"val", a.id(var)}}));
  };
  auto step = [&](ExprPtr bal, ExprPtr dom, const DeclPtr& var) {
    return a.eq(a.prime(a.id(M)), a.bi(BuiltinOp::Cup, {a.id(M), image(std::move(bal), std::move(dom), var)}));
  };
  std::vector<ExprPtr> context{step(a.id(k), a.id(T), w)};
  auto goal = a.exists(cc, a.id(S), a.exists(SS, a.bi(BuiltinOp::Subset, {a.id(S)}), step(a.id(cc), a.id(SS), v)));
  EXPECT_EQ(rewrite(goal, context),
            "(\\E c \\in S : \\E SS \\in SUBSET S : M' = M \\cup {[bal |-> c, val |-> v] : v \\in SS}) \\/ "
            "(k \\in S /\\ ((\\E SS \\in SUBSET S : M' = M \\cup {[bal |-> k, val |-> v] : v \\in SS}) \\/ "
            "(T \\in SUBSET S /\\ M' = M \\cup {[bal |-> k, val |-> v] : v \\in T})))");
  // A bound variable of the context's constructor is never a witness.
  std::vector<ExprPtr> own{a.eq(a.prime(a.id(M)), a.bi(BuiltinOp::Cup, {a.id(M), image(a.id(w), a.id(T), w)}))};
  EXPECT_EQ(rewrite(goal, own), "");
}

// An unbounded existential without a matched witness is tried at TRUE and FALSE, two
// distinct values; one over a bounded variable is not (neither need be in its domain).
TEST_F(GoalWitnesses, AnUnboundedExistentialIsTriedAtTrueAndFalse) {
  EXPECT_EQ(rewrite(a.exists(v, nullptr, a.id(v)), {}), "(\\E v : v) \\/ TRUE \\/ FALSE");
  EXPECT_EQ(rewrite(a.exists(v, a.id(S), a.id(v)), {}), "");
}

// \E v, q : v # q is tried one variable at a time: v's instances are existentials over q,
// rewritten in turn, down to TRUE # FALSE.
TEST_F(GoalWitnesses, AnExistentialOverTwoVariablesIsTriedOneAtATime) {
  auto two = a.exists(v, nullptr, a.neq(a.id(v), a.id(q)));
  two->binders[0].vars.push_back(q);
  const std::string r = rewrite(two, {});
  EXPECT_NE(r.find("(\\E q : TRUE # q) \\/ TRUE # TRUE \\/ TRUE # FALSE"), std::string::npos) << r;
}

}  // namespace
}  // namespace tlapx::test
