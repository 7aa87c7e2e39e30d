// The counter-model evaluator and search on ASTs built directly: every value and truth
// TLA+ determines, "unknown" for everything it leaves open, and counter-models that
// are found exactly when an assignment falsifies the obligation under TLA+'s semantics.
#include <gtest/gtest.h>

#include "backends/countermodel/evaluator.hpp"
#include "backends/countermodel/search.hpp"
#include "backends/z3/z3_backend.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

using countermodel::Evaluator;
using countermodel::Truth;
using countermodel::Value;

class CounterModel : public ::testing::Test {
 protected:
  Truth truth(const ExprPtr& e) { return Evaluator(100'000).truth(*e); }
  std::string text(const ExprPtr& e) {
    auto v = Evaluator(100'000).value(*e);
    return v ? v->text() : "unknown";
  }
  // An obligation ASSUME NEW x \in S, ... PROVE goal (domains null for a plain NEW x).
  Obligation sequent(std::vector<std::pair<const Decl*, ExprPtr>> decls, std::vector<ExprPtr> facts, ExprPtr goal) {
    Obligation ob = a.obligation(std::move(facts), std::move(goal));
    std::vector<ObligationHyp> hyps;
    for (auto& [d, domain] : decls) {
      ObligationHyp h;
      h.kind = ObligationHyp::Kind::Declaration;
      h.decl = d;
      h.domain = domain;
      hyps.push_back(h);
    }
    ob.hyps.insert(ob.hyps.begin(), hyps.begin(), hyps.end());
    return ob;
  }
  std::string search(const Obligation& ob, const countermodel::Hints& hints = {}) {
    return countermodel::findCounterModel(ob, hints);
  }

  Ast a;
  const Decl* S = a.constant("S");
  const Decl* x = a.constant("x");
  const Decl* y = a.constant("y");
  const Decl* r = a.constant("r");
  const Decl* v = a.variable("v");
  DeclPtr u = a.bound("u");
  DeclPtr w = a.bound("w");
  ExprPtr one = a.num(1), two = a.num(2), three = a.num(3);
};

// ------------------------------------------------------------------ values ---

TEST_F(CounterModel, SetsAndArithmetic) {
  EXPECT_EQ(text(a.bi(BuiltinOp::Cup, {a.set({three, one}), a.range(one, two)})), "{1, 2, 3}");
  EXPECT_EQ(text(a.bi(BuiltinOp::SetMinus, {a.range(one, three), a.set({two})})), "{1, 3}");
  EXPECT_EQ(text(a.bi(BuiltinOp::Subset, {a.set({one, two})})), "{{}, {1}, {1, 2}, {2}}");
  EXPECT_EQ(text(a.bi(BuiltinOp::Union, {a.set({a.set({one}), a.set({two, one})})})), "{1, 2}");
  EXPECT_EQ(text(a.op1("Cardinality", a.bi(BuiltinOp::Subset, {a.range(one, three)}))), "8");
  EXPECT_EQ(text(a.filter(u, a.range(one, a.num(6)), a.eq(a.op2("%", a.id(u), two), a.num(0)))), "{2, 4, 6}");
  EXPECT_EQ(text(a.map(u, a.range(one, three), a.op2("*", a.id(u), a.id(u)))), "{1, 4, 9}");
  EXPECT_EQ(text(a.op2("\\div", a.num(-7), two)), "-4");  // floor
  EXPECT_EQ(text(a.op2("%", a.num(-7), two)), "1");
  EXPECT_EQ(text(a.op2("^", two, a.num(10))), "1024");
  EXPECT_EQ(text(a.op2("\\div", one, a.num(0))), "unknown");
  EXPECT_EQ(text(a.op2("^", two, a.num(64))), "unknown");  // overflow
  EXPECT_EQ(text(a.nat()), "unknown");                     // infinite
  EXPECT_EQ(text(a.set({one, a.str("a")})), "unknown");    // is 1 = "a"? TLA+ does not say
}

TEST_F(CounterModel, FunctionsRecordsAndSequences) {
  auto f = a.fcn(u, a.range(one, three), a.op2("+", a.id(u), a.num(10)));
  EXPECT_EQ(text(f), "<<11, 12, 13>>");
  EXPECT_EQ(text(a.fapp(f, two)), "12");
  EXPECT_EQ(text(a.fapp(f, a.num(4))), "unknown");  // outside the domain
  EXPECT_EQ(text(a.except(f, {two}, a.op2("*", a.at(), two))), "<<11, 24, 13>>");
  EXPECT_EQ(text(a.except(f, {a.num(7)}, a.num(0))), "<<11, 12, 13>>");
  EXPECT_EQ(text(a.fcn(u, a.set({a.num(0), one}), a.id(u))), "(0 :> 0 @@ 1 :> 1)");
  auto rec = a.rec({{"b", a.set({})}, {"a", one}});
  EXPECT_EQ(text(rec), "[a |-> 1, b |-> {}]");
  EXPECT_EQ(text(a.dot(rec, "a")), "1");
  EXPECT_EQ(text(a.except(rec, {a.str(".a")}, a.str("z"))), "[a |-> \"z\", b |-> {}]");
  EXPECT_EQ(text(a.recSet({{"a", a.set({one, two})}, {"b", a.bi(BuiltinOp::BooleanSet)}})),
            "{[a |-> 1, b |-> FALSE], [a |-> 1, b |-> TRUE], [a |-> 2, b |-> FALSE], [a |-> 2, b |-> TRUE]}");
  EXPECT_EQ(text(a.funcSet(a.set({one, two}), a.set({a.str("p")}))), "{<<\"p\", \"p\">>}");
  EXPECT_EQ(text(a.times({a.set({one}), a.set({a.str("p"), a.str("q")})})), "{<<1, \"p\">>, <<1, \"q\">>}");
  auto seq = a.tuple({one, two, three});
  EXPECT_EQ(text(a.op2("\\o", a.op2("Append", a.tuple({}), two), seq)), "<<2, 1, 2, 3>>");
  EXPECT_EQ(text(a.op1("Len", seq)), "3");
  EXPECT_EQ(text(a.op1("Head", a.op1("Tail", seq))), "2");
  EXPECT_EQ(text(a.app(a.prim("SubSeq", 3), {seq, two, three})), "<<2, 3>>");
  EXPECT_EQ(text(a.op1("Head", a.tuple({}))), "unknown");
  EXPECT_EQ(text(a.bi(BuiltinOp::Domain, {rec})), "{\"a\", \"b\"}");
  EXPECT_EQ(text(a.str("say \"hi\"")), "\"say \\\"hi\\\"\"");
}

TEST_F(CounterModel, ChooseIfCase) {
  EXPECT_EQ(text(a.choose(u, a.range(one, three), a.op2(">", a.id(u), two))), "3");
  EXPECT_EQ(text(a.choose(u, a.range(one, three), a.op2(">", a.id(u), one))), "unknown");  // which?
  EXPECT_EQ(text(a.choose(u, a.range(one, three), a.op2(">", a.id(u), three))), "unknown");
  EXPECT_EQ(text(a.ite(a.op2("<", one, two), a.str("yes"), a.str("no"))), "\"yes\"");
}

// ---------------------------------------------------------------- formulas ---

TEST_F(CounterModel, Memberships) {
  EXPECT_EQ(truth(a.in(a.num(-1), a.nat())), Truth::False);
  EXPECT_EQ(truth(a.in(a.num(-1), a.integers())), Truth::True);
  EXPECT_EQ(truth(a.in(a.str("a"), a.nat())), Truth::BoolUnknown);
  EXPECT_EQ(truth(a.in(a.set({one, two}), a.bi(BuiltinOp::Subset, {a.nat()}))), Truth::True);
  EXPECT_EQ(truth(a.in(a.tuple({one, two}), a.op1("Seq", a.nat()))), Truth::True);
  EXPECT_EQ(truth(a.in(a.tuple({one, a.num(-2)}), a.op1("Seq", a.nat()))), Truth::False);
  EXPECT_EQ(truth(a.in(a.rec({{"a", one}}), a.recSet({{"a", a.nat()}}))), Truth::True);
  EXPECT_EQ(truth(a.in(a.tuple({one, a.str("s")}), a.times({a.nat(), a.bi(BuiltinOp::StringSet)}))), Truth::True);
  EXPECT_EQ(truth(a.in(a.tuple({one, two}), a.funcSet(a.set({one, two}), a.nat()))), Truth::True);
  EXPECT_EQ(truth(a.in(three, a.filter(u, a.nat(), a.op2(">", a.id(u), two)))), Truth::True);
  EXPECT_EQ(truth(a.bi(BuiltinOp::Subseteq, {a.range(one, three), a.nat()})), Truth::True);
  EXPECT_EQ(truth(a.in(a.id(x), a.nat())), Truth::BoolUnknown);  // x has no value
}

TEST_F(CounterModel, LogicAbsorbsOnlyWhatTlaDetermines) {
  auto outside = a.fapp(a.tuple({one}), two);  // <<1>>[2]: some value, unknown
  EXPECT_EQ(truth(a.eq(outside, one)), Truth::BoolUnknown);
  EXPECT_EQ(truth(a.conj({a.ff(), a.eq(outside, one)})), Truth::False);
  EXPECT_EQ(truth(a.implies(a.ff(), a.eq(outside, one))), Truth::True);
  EXPECT_EQ(truth(a.conj({a.ff(), a.op2("<", outside, one)})), Truth::Unknown);  // maybe no Boolean
  EXPECT_EQ(truth(a.eq(one, a.str("a"))), Truth::BoolUnknown);
  EXPECT_EQ(truth(a.eq(a.set({}), a.tuple({}))), Truth::BoolUnknown);
  EXPECT_EQ(truth(a.eq(a.tuple({one, two}), a.fcn(u, a.range(one, two), a.id(u)))), Truth::True);
  EXPECT_EQ(truth(a.forall(u, a.range(one, three), a.op2("<", a.id(u), a.num(4)))), Truth::True);
  EXPECT_EQ(truth(a.exists(u, a.range(one, three), a.eq(a.id(u), a.num(4)))), Truth::False);
  EXPECT_EQ(truth(a.exists(u, a.nat(), a.eq(a.id(u), a.num(4)))), Truth::BoolUnknown);  // unbounded
  EXPECT_EQ(truth(a.forall(u, nullptr, a.eq(a.id(u), a.id(u)))), Truth::BoolUnknown);
  EXPECT_EQ(truth(a.equiv(a.tt(), a.op2("=<", one, two))), Truth::True);
  auto hidden = makeDecl(DeclKind::Operator, "Hidden");
  EXPECT_EQ(truth(a.eq(a.id(hidden.get()), one)), Truth::BoolUnknown);
  EXPECT_EQ(truth(a.app(hidden.get(), {one})), Truth::Unknown);
}

TEST_F(CounterModel, PrimedVariablesAreSymbolsOfTheirOwn) {
  Evaluator ev(1000);
  ev.assign({v, false}, Value::integer(1));
  ev.assign({v, true}, Value::integer(2));
  ev.assign({x, false}, Value::integer(5));
  EXPECT_EQ(ev.truth(*a.eq(a.prime(a.id(v)), a.op2("+", a.id(v), one))), Truth::True);
  EXPECT_EQ(ev.truth(*a.eq(a.prime(a.id(x)), a.id(x))), Truth::True);  // a constant
}

// ------------------------------------------------------------------ search ---

TEST_F(CounterModel, NewSymbolInARange) {
  // ASSUME NEW x \in 1..3 PROVE x # 2
  EXPECT_EQ(search(sequent({{x, a.range(one, three)}}, {}, a.neq(a.id(x), two))), "x = 2\n");
}

TEST_F(CounterModel, RecordFromARecordSet) {
  auto domain = a.recSet({{"a", a.range(one, two)}, {"b", a.set({a.str("p"), a.str("q")})}});
  auto goal = a.disj({a.eq(a.dot(a.id(r), "a"), one), a.eq(a.dot(a.id(r), "b"), a.str("p"))});
  EXPECT_EQ(search(sequent({{r, domain}}, {}, goal)), "r = [a |-> 2, b |-> \"q\"]\n");
}

TEST_F(CounterModel, SetsAndHypotheses) {
  // ASSUME NEW S \in SUBSET (1..3), 2 \in S PROVE Cardinality(S) = 1
  auto ob = sequent({{S, a.bi(BuiltinOp::Subset, {a.range(one, three)})}}, {a.in(two, a.id(S))},
                    a.eq(a.op1("Cardinality", a.id(S)), one));
  EXPECT_EQ(search(ob), "S = {1, 2}\n");
  // S and x without domains: from the generic pool, x \in S a hypothesis.
  auto free = a.obligation({a.in(a.id(x), a.id(S)), a.op2(">", a.id(x), one)}, a.eq(a.id(S), a.set({a.id(x)})));
  EXPECT_EQ(search(free), "");  // no set in the pool holds an x > 1 with another element
  auto bigger = a.obligation({a.in(a.id(x), a.id(S))}, a.eq(a.id(S), a.set({a.id(x)})));
  EXPECT_EQ(search(bigger), "S = {0, 1}\nx = 0\n");
}

TEST_F(CounterModel, ActionWithPrimedVariable) {
  // v \in Nat, v' = v + 1 |- v' = v
  auto ob = a.obligation({a.in(a.id(v), a.nat()), a.eq(a.prime(a.id(v)), a.op2("+", a.id(v), one))},
                         a.eq(a.prime(a.id(v)), a.id(v)));
  EXPECT_EQ(search(ob), "v = 0\nv' = 1\n");
}

TEST_F(CounterModel, LeadingForallAndImplication) {
  // |- \A u \in 1..3 : u > 1 => u > 2
  auto ob = a.obligation({}, a.forall(u, a.range(one, three), a.implies(a.op2(">", a.id(u), one),
                                                                         a.op2(">", a.id(u), two))));
  EXPECT_EQ(search(ob), "u = 2\n");
}

TEST_F(CounterModel, SamplesOfInfiniteDomains) {
  // ASSUME NEW x \in Seq(Nat), Len(x) > 0 PROVE Head(x) > 0
  EXPECT_EQ(search(sequent({{x, a.op1("Seq", a.nat())}}, {a.op2(">", a.op1("Len", a.id(x)), a.num(0))},
                           a.op2(">", a.op1("Head", a.id(x)), a.num(0)))),
            "x = <<0>>\n");
  // ASSUME NEW x \in [1..2 -> Nat \X {"p"}] PROVE x[1][1] = x[2][1]
  auto pair = a.times({a.nat(), a.set({a.str("p")})});
  EXPECT_EQ(search(sequent({{x, a.funcSet(a.range(one, two), pair)}}, {},
                           a.eq(a.fapp(a.fapp(a.id(x), one), one), a.fapp(a.fapp(a.id(x), two), one)))),
            "x = <<<<0, \"p\">>, <<1, \"p\">>>>\n");
  // ASSUME NEW S \in SUBSET Nat, NEW y \in S PROVE y = 0
  EXPECT_EQ(search(sequent({{S, a.bi(BuiltinOp::Subset, {a.nat()})}, {y, a.id(S)}}, {}, a.eq(a.id(y), a.num(0)))),
            "S = {0, 1}\ny = 1\n");
}

TEST_F(CounterModel, HintsFirstYetChecked) {
  auto ob = a.obligation({a.in(a.id(x), a.nat())}, a.neq(a.id(x), a.op2("-", a.num(57), one)));
  EXPECT_EQ(search(ob), "");  // the pool has no 56
  EXPECT_EQ(search(ob, {{"x", {Value::integer(-5), Value::integer(56)}}}), "x = 56\n");
  // A true obligation: no hint makes a counter-model of it.
  auto valid = a.obligation({a.in(a.id(x), a.range(one, three))}, a.op2("<", a.id(x), a.num(4)));
  EXPECT_EQ(search(valid, {{"x", {Value::integer(7)}}}), "");
}

TEST_F(CounterModel, NoneWhenSomethingCannotBeEvaluated) {
  // An unbounded quantifier among the hypotheses.
  EXPECT_EQ(search(a.obligation({a.forall(u, nullptr, a.in(a.id(u), a.id(S)))}, a.eq(a.id(x), one))), "");
  // An unbounded \E goal.
  EXPECT_EQ(search(a.obligation({}, a.exists(u, a.nat(), a.eq(a.id(u), a.id(x))))), "");
  // A hidden definition.
  auto hidden = makeDecl(DeclKind::Operator, "Hidden");
  EXPECT_EQ(search(a.obligation({a.eq(a.id(hidden.get()), a.id(x))}, a.eq(a.id(x), one))), "");
  // An operator constant.
  const Decl* F = a.constant("F", 1);
  EXPECT_EQ(search(a.obligation({}, a.eq(a.app(F, {one}), one))), "");
  // Two symbols of one name.
  const Decl* x2 = a.constant("x");
  EXPECT_EQ(search(a.obligation({}, a.eq(a.id(x), a.id(x2)))), "");
  // A goal that is true whatever the values.
  EXPECT_EQ(search(a.obligation({}, a.eq(a.op2("+", a.id(x), a.num(0)), a.id(x)))), "");
}

// ---------------------------------------------------------- through Z3 ---

TEST_F(CounterModel, Z3FailuresCarryTheCheckedCounterModel) {
  auto backend = makeZ3Backend();
  Budget budget{2'000'000, 0, 1.0};
  ProofResult seq = backend->prove(sequent({{x, a.range(one, three)}}, {}, a.neq(a.id(x), two)), budget);
  EXPECT_EQ(seq.status, ProofResult::Failed) << statusName(seq.status) << " " << seq.reason;
  EXPECT_EQ(seq.counterModel, "x = 2\n");
  // Cardinality of an infinite set is unspecified: Z3 refutes it, the search shows why.
  ProofResult card = backend->prove(
      a.obligation({}, a.eq(a.op1("Cardinality", a.bi(BuiltinOp::Cup, {a.id(S), a.set({a.id(x)})})),
                            a.op2("+", a.op1("Cardinality", a.id(S)), one))),
      budget);
  EXPECT_NE(card.status, ProofResult::Proved);
  if (card.status == ProofResult::Failed) {
    EXPECT_EQ(card.counterModel, "S = {0}\nx = 0\n");
  }
}

}  // namespace
}  // namespace tlapx::test
