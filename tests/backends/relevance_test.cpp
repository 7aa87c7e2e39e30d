// Relevance filtering: facts sharing the goal's rare symbols are kept, facts about other
// symbols dropped, symbol-free facts always kept, and relevance spreads through chains.
#include <gtest/gtest.h>

#include "backends/relevance.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

TEST(Relevance, KeepsFactsAboutTheGoalsSymbolsAndDropsOthers) {
  Ast a;
  const Decl* x = a.variable("x");
  const Decl* y = a.variable("y");
  const Decl* z = a.variable("z");
  const Decl* n = a.constant("N");
  ExprPtr aboutX = a.in(a.id(x), a.nat());
  ExprPtr aboutZ = a.eq(a.id(z), a.num(3));
  ExprPtr symbolFree = a.eq(a.num(1), a.num(1));
  ExprPtr chainYN = a.eq(a.id(y), a.id(n));    // y is not in the goal ...
  ExprPtr chainXY = a.eq(a.id(x), a.id(y));    // ... but x = y brings it in
  ExprPtr goal = a.in(a.op2("+", a.id(x), a.num(1)), a.nat());
  const std::vector<const Expr*> facts{aboutX.get(), aboutZ.get(), symbolFree.get(), chainYN.get(),
                                       chainXY.get()};
  EXPECT_EQ(selectRelevant(facts, *goal), (std::vector<bool>{true, false, true, true, true}));
  RelevanceOptions noSpreading;
  noSpreading.rounds = 0;
  EXPECT_EQ(selectRelevant(facts, *goal, noSpreading), (std::vector<bool>{true, false, true, false, false}));
}

TEST(Relevance, StringsAndRecordFieldsCount) {
  Ast a;
  const Decl* m = a.variable("msgs");
  const Decl* v = a.variable("votes");
  ExprPtr about1a = a.in(a.str("1a"), a.id(m));
  ExprPtr aboutVotes = a.in(a.str("2b"), a.id(v));
  ExprPtr goal = a.neq(a.str("1a"), a.str("1b"));
  const std::vector<const Expr*> facts{about1a.get(), aboutVotes.get()};
  const std::vector<bool> kept = selectRelevant(facts, *goal);
  EXPECT_TRUE(kept[0]);
  EXPECT_FALSE(kept[1]);
}

// The relevant part of an obligation: conjuncts of its facts, filtered, declarations and
// goal unchanged, the order of hypotheses kept; nothing when every conjunct is relevant.
TEST(Relevance, RelevantPartSplitsFactsIntoConjuncts) {
  Ast a;
  const Decl* x = a.variable("x");
  const Decl* z = a.variable("z");
  auto declaration = [](const Decl* d) {
    ObligationHyp h;
    h.kind = ObligationHyp::Kind::Declaration;
    h.decl = d;
    return h;
  };
  Obligation ob = a.obligation({a.conj({a.in(a.id(x), a.nat()), a.eq(a.id(z), a.num(3))})},
                               a.in(a.op2("+", a.id(x), a.num(1)), a.nat()));
  ob.hyps.insert(ob.hyps.begin(), declaration(x));
  ob.hyps.push_back(declaration(z));
  const std::optional<Obligation> part = relevantPart(ob);
  ASSERT_TRUE(part);
  ASSERT_EQ(part->hyps.size(), 3u);
  EXPECT_EQ(part->hyps[0].decl, x);
  EXPECT_EQ(part->hyps[1].fact, ob.hyps[1].fact->args[0]);
  EXPECT_EQ(part->hyps[2].decl, z);
  ob.goal = a.eq(a.id(x), a.id(z));
  EXPECT_FALSE(relevantPart(ob));
}

}  // namespace
}  // namespace tlapx::test
