// Axiom guards of the Z3 encoding: each axiom family (arithmetic, `..`, IsFiniteSet,
// Cardinality, sequences, functions, EXCEPT, records, strings, Booleans) is instantiated
// with arguments outside its TLA+ domain (strings, non-integers, non-functions, arbitrary
// constants). Nothing TLA+ leaves unspecified may become provable; each such case has a
// true twin (the same family inside its domain, or a fact that holds for every value),
// which must be proved, so the test cannot pass by proving nothing.
#include <gtest/gtest.h>

#include "backends/z3/z3_backend.hpp"
#include "tests/prover/prover_test_util.hpp"

namespace tlapx::test {
namespace {

struct GuardCase {
  const char* family;
  const char* unprovable;  // must not be proved
  const char* provable;    // its twin, must be proved
};

// a, b, s, F(_) are CONSTANTS without any hypothesis; m, n are integers (NEW m \in Int ...).
const GuardCase kCases[] = {
    // ArithDef: + - * \div % on integers only.
    {"plus", "\"a\" + 1 = 1 + \"a\"", "\"a\" + 1 = \"a\" + 1"},
    {"plus", "a + 0 = a", "m + 0 = m"},
    {"plus", "\"a\" + 1 \\in Int", "m + 1 \\in Int"},
    {"minus", "a - a = 0", "m - m = 0"},
    {"minus", "\"x\" - 1 \\in Int", "m - 1 \\in Int"},
    {"times", "a * b = b * a", "m * n = n * m"},
    {"times", "a * 1 = a", "m * 1 = m"},
    {"div", "a \\div 1 = a", "m \\div 1 = m"},
    {"div", "m \\div 0 = 0", "m \\div 1 = m"},
    {"mod", "a % 2 \\in 0..1", "m % 2 \\in 0..1"},
    {"mod", "m % 0 = m", "m % 1 = 0"},
    {"exp", "a ^ 1 = a", "m ^ 1 = m"},
    {"uminus", "-(-a) = a", "-(-m) = m"},
    // LessDef: < and =< on integers only.
    {"less", "a =< a", "m =< m"},
    {"less", "a < b \\/ b < a \\/ a = b", "m < n \\/ n < m \\/ m = n"},
    {"less", "a =< b /\\ b =< a => a = b", "m =< n /\\ n =< m => m = n"},
    // StrictDef: a < b is a =< b /\ a # b for every value, nothing more.
    {"strict", "\"a\" < \"b\"", "~(\"a\" < \"a\")"},
    {"strict", "a < b => ~(b =< a)", "a < b => a =< b"},
    {"strict", "a =< b => a < b", "a =< b /\\ a # b => a < b"},
    // RangeDef: a..b \subseteq Int always; membership by the order only on integers.
    {"range", "a \\in a..a", "m \\in m..m"},
    {"range", "\\E i \\in a..b : i \\in Int", "a..b \\subseteq Int"},
    {"range", "\"a\"..\"b\" = {}", "2..1 = {}"},
    // FiniteInterval, CardInterval: only for integer bounds.
    {"finite", "IsFiniteSet(a..b)", "IsFiniteSet(m..n)"},
    {"finite", "IsFiniteSet(\"a\"..\"z\")", "IsFiniteSet(1..26)"},
    {"card", "Cardinality(a..b) \\in Nat", "Cardinality(m..n) \\in Nat"},
    {"card", "Cardinality(\"a\"..\"b\") = 0", "Cardinality(2..1) = 0"},
    {"card", "Cardinality(a..a) = 1", "Cardinality(m..m) = 1"},
    // CardNat, CardZero, CardMono: for finite sets only.
    {"card", "Cardinality(s) \\in Nat", "IsFiniteSet(s) => Cardinality(s) \\in Nat"},
    {"card", "Cardinality(Nat) = 0 => Nat = {}", "Cardinality({}) = 0"},
    {"card", "s \\subseteq Nat => Cardinality(s) =< Cardinality(Nat)",
     "IsFiniteSet(s) /\\ s \\subseteq {1} => Cardinality(s) =< Cardinality({1})"},
    {"finite", "IsFiniteSet(Nat)", "IsFiniteSet({1, 2})"},
    {"finite", "IsFiniteSet(SUBSET s)", "IsFiniteSet(s) => IsFiniteSet(s \\ {1})"},
    // Sequences: Len, Head, Tail, \o, Append, SubSeq on non-sequences.
    {"len", "Len(s) \\in Nat", "s \\in Seq(Nat) => Len(s) \\in Nat"},
    {"len", "Len(\"abc\") = 0", "Len(<<1, 2, 3>>) = 3"},
    {"head", "Head(<<>>) = 0", "Head(<<7>>) = 7"},
    {"tail", "Tail(<<>>) = <<>>", "Tail(<<7>>) = <<>>"},
    {"tail", "Len(Tail(s)) = Len(s) - 1", "s \\in Seq(Nat) /\\ s # <<>> => Len(Tail(s)) = Len(s) - 1"},
    {"concat", "Len(s \\o <<>>) = Len(s)", "s \\in Seq(Nat) => Len(s \\o <<>>) = Len(s)"},
    {"append", "Len(Append(s, 1)) = Len(s) + 1", "s \\in Seq(Nat) => Len(Append(s, 1)) = Len(s) + 1"},
    {"subseq", "Len(SubSeq(s, a, b)) \\in Nat", "Len(SubSeq(s, 1, 2)) = 2"},
    {"subseq", "SubSeq(<<1, 2>>, 0, 1) = <<1>>", "SubSeq(<<1, 2>>, 1, 1) = <<1>>"},
    // Functions: application outside the domain, EXCEPT outside the domain.
    {"apply", "[x \\in {1} |-> 0][2] = 0", "[x \\in {1} |-> 0][1] = 0"},
    {"except", "[s EXCEPT ![1] = 2][1] = 2", "1 \\in DOMAIN s => [s EXCEPT ![1] = 2][1] = 2"},
    {"except", "[s EXCEPT ![1] = 2] = s", "DOMAIN [s EXCEPT ![1] = 2] = DOMAIN s"},
    {"fcn", "s = [x \\in DOMAIN s |-> s[x]]", "s \\in [{1} -> Nat] => s = [x \\in DOMAIN s |-> s[x]]"},
    {"arrow", "[{1} -> {}] # {}", "[x \\in {1} |-> 2] \\in [{1} -> {2}]"},
    // Records and tuples.
    {"record", "[a |-> 1][\"b\"] = 1", "[a |-> 1][\"a\"] = 1"},
    {"tuple", "<<4, 5>>[3] = 5", "<<4, 5>>[2] = 5"},
    // Strings: distinct from each other, in STRING; nothing else.
    {"string", "\"1\" \\in Nat", "\"1\" \\in STRING"},
    {"string", "1 \\in STRING", "\"1\" # \"2\""},
    {"string", "\"a\" # 0", "\"a\" = \"a\""},
    // Booleans: TRUE # FALSE; other values are not known to be Booleans or not.
    {"boolean", "0 \\notin BOOLEAN", "TRUE # FALSE"},
    {"boolean", "\"TRUE\" # TRUE", "TRUE \\in BOOLEAN"},
    // CHOOSE: a value satisfying the predicate only if one exists.
    {"choose", "(CHOOSE x \\in {} : TRUE) \\in {}", "(CHOOSE x \\in {1} : TRUE) = 1"},
    {"choose", "(CHOOSE x : x # x) \\in Int", "(CHOOSE x : x = 3) \\in Int"},
    // OperatorCongruence: equal arguments only (sets with the same elements).
    {"congruence", "F(a) = F(b)", "F(a \\cup {}) = F(a)"},
    {"congruence", "F({x \\in s : x = a}) = F({a})", "F({x \\in s : x = a}) = F(s \\cap {a})"},
    // Reals: only Int \subseteq Real.
    {"real", "Real \\subseteq Int", "Int \\subseteq Real"},
};

void PrintTo(const GuardCase& c, std::ostream* os) { *os << c.family << ": " << c.unprovable; }

class AxiomGuard : public ::testing::TestWithParam<GuardCase> {
 protected:
  // Proves `formula` with a, b, s unconstrained constants and m, n integers.
  ProofResult prove(const std::string& formula, Budget budget) {
    const std::string body =
        "EXTENDS Reals, FiniteSets, Sequences\nCONSTANTS a, b, s, F(_)\n"
        "THEOREM Goal == ASSUME NEW m \\in Int, NEW n \\in Int PROVE " + formula + "\n  OBVIOUS";
    const prover::testing::Generated g = prover::testing::generate(body);
    const auto main = g.of(ObligationKind::Main);
    EXPECT_EQ(main.size(), 1u) << formula;
    if (main.size() != 1) return {};
    return makeZ3Backend()->prove(*main[0], budget);
  }
};

TEST_P(AxiomGuard, NothingUnspecifiedIsProvedAndTheTwinIs) {
  const GuardCase& c = GetParam();
  // Unprovable obligations mostly exhaust the budget: a small one keeps the test fast.
  const ProofResult bad = prove(c.unprovable, Budget{2'000'000, 0, 1.0});
  EXPECT_NE(bad.status, ProofResult::Proved) << c.family << ": proved " << c.unprovable;
  EXPECT_NE(bad.status, ProofResult::Error) << c.unprovable << ": " << bad.reason;
  const ProofResult good = prove(c.provable, Budget{});
  EXPECT_EQ(good.status, ProofResult::Proved)
      << c.family << ": not proved " << c.provable << ": " << good.reason;
}

INSTANTIATE_TEST_SUITE_P(Families, AxiomGuard, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<GuardCase>& info) {
                           return std::string(info.param.family) + "_" + std::to_string(info.index);
                         });

}  // namespace
}  // namespace tlapx::test
