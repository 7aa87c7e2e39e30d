// The cvc5 backend and the portfolio: the conversion of the Z3 encoding's terms keeps their
// meaning (bound-variable order, integer division, patterns), cvc5 proves what TLA+
// implies and nothing else, and the default chain's solver choice decides who answers.
#include <gtest/gtest.h>

#include <array>
#include <utility>

#include "backends/cvc5/cvc5_backend.hpp"
#include "backends/cvc5/term_conversion.hpp"
#include "backends/z3/signature.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

// ------------------------------------------------------------ conversion ---

class Conversion : public ::testing::Test {
 protected:
  // What cvc5 says of the Z3 formulas, converted.
  cvc5::Result check(const std::vector<z3::expr>& formulas) {
    cvc5::Solver solver;
    solver.setLogic("ALL");
    solver.setOption("rlimit-per", "200000");
    cvc5enc::TermConverter converter(solver);
    for (const auto& f : formulas) solver.assertFormula(converter.convert(f));
    return solver.checkSat();
  }

  z3::context ctx;
  z3::sort u = ctx.uninterpreted_sort("U");
  z3::func_decl g = ctx.function("g", u, u, u);
  z3::expr a = ctx.constant("a", u);
  z3::expr b = ctx.constant("b", u);
  z3::expr x = ctx.constant("x", u);
  z3::expr y = ctx.constant("y", u);
};

TEST_F(Conversion, BoundVariablesKeepTheirOrder) {
  // \A x, y : g(x, y) = x: then g(a, b) = a, and g(a, b) = b does not follow.
  const z3::expr first = z3::forall(x, y, g(x, y) == x);
  EXPECT_TRUE(check({first, g(a, b) != a}).isUnsat());
  EXPECT_FALSE(check({first, g(a, b) != b, a != b}).isUnsat());
}

TEST_F(Conversion, NestedQuantifiersSeeTheirOwnVariables) {
  // \A x : p(x) => \A y : g(x, y) = x, with p(a): then g(a, b) = a, not g(a, b) = b.
  const z3::func_decl p = ctx.function("p", u, ctx.bool_sort());
  const z3::expr h = z3::forall(x, z3::implies(p(x), z3::forall(y, g(x, y) == x)));
  EXPECT_TRUE(check({h, p(a), g(a, b) != a}).isUnsat());
  EXPECT_FALSE(check({h, p(a), g(a, b) != b, a != b}).isUnsat());
}

TEST_F(Conversion, IntegerDivisionIsSmtLibs) {
  const z3::expr n = ctx.int_const("n");
  // SMT-LIB: -7 div 2 = -4 and -7 mod 2 = 1 (Euclidean), as both solvers define them.
  EXPECT_TRUE(check({n == ctx.int_val(-7), z3::expr(ctx, Z3_mk_div(ctx, n, ctx.int_val(2))) != -4}).isUnsat());
  EXPECT_TRUE(check({n == ctx.int_val(-7), z3::mod(n, 2) != 1}).isUnsat());
  EXPECT_FALSE(check({n == ctx.int_val(-7), z3::mod(n, 2) != -1}).isUnsat());
}

TEST_F(Conversion, PatternsAreKept) {
  const z3::func_decl p = ctx.function("p", u, ctx.bool_sort());
  const z3::func_decl q = ctx.function("q", u, ctx.bool_sort());
  // \A x : p(x) => q(x), triggered by p(x) only, built as the encoding builds quantifiers.
  z3enc::Signature sig(ctx);
  const z3::expr rule = sig.forall({x}, z3::implies(p(x), q(x)), {{p(x)}});
  ASSERT_EQ(Z3_get_quantifier_num_patterns(ctx, rule), 1u);
  EXPECT_TRUE(check({rule, p(a), !q(a)}).isUnsat());
}

TEST_F(Conversion, UnsupportedTermsAreAnErrorNotAGuess) {
  const z3::expr r = ctx.real_const("r");
  cvc5::Solver solver;
  cvc5enc::TermConverter converter(solver);
  EXPECT_THROW(converter.convert(r > ctx.real_val(1)), cvc5enc::ConversionError);
}

// --------------------------------------------------------------- backend ---

class Cvc5Solver : public ::testing::Test {
 protected:
  ProofResult run(std::unique_ptr<Backend>& backend, std::vector<ExprPtr> hyps, ExprPtr goal) {
    Obligation ob = a.obligation(std::move(hyps), std::move(goal));
    return backend->prove(ob, Budget{0, 0, 0.2});
  }
  Ast a;
  std::unique_ptr<Backend> cvc5 = makeCvc5Backend();
  const Decl* S = a.constant("S");
  const Decl* x = a.constant("x");
};

TEST_F(Cvc5Solver, ProvesWhatTlaImpliesAndNothingElse) {
  auto in12 = [&] { return a.in(a.id(x), a.set({a.num(1), a.num(2)})); };
  ProofResult r = run(cvc5, {in12()}, a.disj({a.eq(a.id(x), a.num(1)), a.eq(a.id(x), a.num(2))}));
  EXPECT_EQ(r.status, ProofResult::Proved) << statusName(r.status) << " " << r.reason;
  EXPECT_EQ(r.backend, "cvc5");
  r = run(cvc5, {in12()}, a.eq(a.id(x), a.num(1)));
  EXPECT_NE(r.status, ProofResult::Proved);
  EXPECT_NE(r.status, ProofResult::Error) << r.reason;
  // Union membership through the encoding's axioms.
  auto withThree = a.bi(BuiltinOp::Cup, {a.id(S), a.set({a.num(3)})});
  r = run(cvc5, {}, a.in(a.num(3), withThree));
  EXPECT_EQ(r.status, ProofResult::Proved) << statusName(r.status) << " " << r.reason;
  r = run(cvc5, {}, a.in(a.num(4), withThree));
  EXPECT_NE(r.status, ProofResult::Proved);
}

TEST_F(Cvc5Solver, TheSolverChoiceDecidesWhoAnswers) {
  for (auto [choice, name] : {std::pair{SolverChoice::Z3, "z3"}, std::pair{SolverChoice::Cvc5, "cvc5"},
                              std::pair{SolverChoice::Portfolio, "z3"}}) {
    std::unique_ptr<Backend> chain = makeDefaultBackend(choice);
    // Not decided by the built-in check: needs a solver.
    const ProofResult r =
        run(chain, {a.in(a.id(x), a.set({a.num(1), a.num(2)}))}, a.bi(BuiltinOp::Neq, {a.id(x), a.num(3)}));
    EXPECT_EQ(r.status, ProofResult::Proved) << name << ": " << statusName(r.status) << " " << r.reason;
    EXPECT_EQ(r.backend, name);
  }
  EXPECT_EQ(makeDefaultBackend(SolverChoice::Z3)->version().find("cvc5"), std::string::npos);
  EXPECT_NE(makeDefaultBackend(SolverChoice::Portfolio)->version().find("cvc5"), std::string::npos);
  EXPECT_NE(makeDefaultBackend(SolverChoice::Z3)->encoderVersion(),
            makeDefaultBackend(SolverChoice::Portfolio)->encoderVersion());
}

TEST_F(Cvc5Solver, APragmaNamingCvc5PutsItFirst) {
  std::unique_ptr<Backend> chain = makeDefaultBackend(SolverChoice::Portfolio);
  Obligation ob = a.obligation({a.in(a.id(x), a.set({a.num(1), a.num(2)}))},
                               a.bi(BuiltinOp::Neq, {a.id(x), a.num(3)}));
  ob.method.method = Method::Smt;
  ob.method.solver = SmtSolver::Cvc5;
  EXPECT_EQ(chain->prove(ob, Budget{}).backend, "cvc5");
  ob.method.solver = SmtSolver::Z3;
  EXPECT_EQ(chain->prove(ob, Budget{}).backend, "z3");
}

}  // namespace
}  // namespace tlapx::test
