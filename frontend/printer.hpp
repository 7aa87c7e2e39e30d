// The pretty-printer: AST (unresolved or resolved) back to TLA+ source text that
// re-parses to an equal tree (see ast_equal.hpp). Used to show expressions and proof
// obligations to users (reports, JSON, editor) and by the round-trip tests.
//
// Rules:
//  - Parentheses are not stored in the AST: the printer inserts exactly those needed
//    by the precedence ranges and associativity of frontend/operators.hpp, plus those
//    around constructs that extend to the right (\A, CHOOSE, IF, CASE, LET, LAMBDA,
//    labels, ASSUME/PROVE, bulleted lists) when something follows them.
//  - Bulleted junction lists (Expr::bulleted) print as `/\`/`\/` lists aligned on the
//    column of their first bullet, one item per line; everything else stays on one line
//    except LET definitions, multi-line sequents and proofs.
//  - References print the name of their Decl when resolved, else Expr::name. A resolved
//    reference to an instantiated copy (Decl::origin set) prints as `I!Op` (`I(a)!Op(b)`
//    for a parameterized instance), found through the Instance units of Decl::owner; a
//    copy made by an unnamed INSTANCE prints under the name of its origin.
//  - In a resolved tree, a locally bound symbol (bound variable, parameter, LET
//    definition, NEW symbol) whose name would capture a different symbol referenced in
//    its scope, or shadow a bound symbol of the same name, prints as `x_1` (`x_2`, ...).
//  - Strings are re-escaped; numbers print as stored.
#pragma once

#include <span>
#include <string>

#include "frontend/ast.hpp"

namespace tlapx {

// An expression on one line (bulleted lists and LET definitions span several lines).
std::string printExpr(const Expr& expr);

// A declaration as it appears in a module: `Op(x, F(_)) == e`, `a \prec b == e`,
// `f[x \in S] == e`, `CONSTANT c`, `VARIABLE x`, `RECURSIVE F(_)`, `I == INSTANCE M`,
// `THEOREM T == e` followed by its proof, `NEW x \in S`, a parameter `F(_)`.
std::string printDecl(const Decl& decl);

// A proof (OBVIOUS, BY ..., or its steps, one per line), each line starting at `indent`.
std::string printProof(const Proof& proof, int indent = 0);

// A whole module, with its submodules and proofs.
std::string printModule(const Module& module);

// One hypothesis of a displayed sequent: a declared symbol (with an optional domain,
// `NEW x \in S`; module constants and variables print as `NEW x` / `NEW VARIABLE x`) or
// a fact (an expression or a nested Sequent).
struct SequentLine {
  const Decl* decl = nullptr;
  const Expr* domain = nullptr;
  const Expr* fact = nullptr;
};

// `ASSUME h1,\n       h2\nPROVE  goal` (just `goal` without hypotheses): the layout
// used for proof obligations. Declarations scope over the lines after them.
std::string printSequent(std::span<const SequentLine> hyps, const Expr& goal);
// The same for an ExprKind::Sequent expression (any other expression: printExpr).
std::string printSequent(const Expr& sequent);

// A string literal with TLA+ escapes: "a\"b\\n".
std::string quoteString(const std::string& value);

}  // namespace tlapx
