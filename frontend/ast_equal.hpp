// Structural equality of ASTs (round-trip tests, and a basis for fingerprints).
//
// The rule:
//  - Compared: node kinds, operators and flags (bulleted, CASE OTHER, SF/WF, quantifier),
//    literal texts, field names, binder structure (tuple pattern, domain), EXCEPT and `!`
//    paths, sequent hypotheses, LET definitions; declarations (kind, name, LOCAL, arity,
//    parameters, body, NEW kind, RECURSIVE, theorem keyword, proof, INSTANCE module and
//    WITH list); proofs (kind, PROOF keyword, ONLY/facts/DEF, steps with level as written,
//    label, name, content and proof); modules (name, EXTENDS, units in order, submodules).
//  - Ignored: source ranges and everything the resolver or level checker derives
//    (Decl::owner/origin/definition/level/paramContributes/primitive, Instance::module/
//    fullSubstitution/copies, Substitution::target, Module::file/extended/parent/standard/self).
//  - References (Ident/OpApp `decl`, StepRef `step`): when both sides are resolved, their
//    targets must correspond. Declarations and steps introduced by the two trees at the
//    same place (binders, parameters, LET/module definitions, NEW symbols, proof steps) are
//    paired as the comparison meets them (all definitions of a module or LET first, so
//    forward and recursive references work; a Decl bound again elsewhere, as in a shared
//    substituted subtree, is re-paired there); a target declared outside the compared
//    trees must be the same Decl on both sides, or have the same kind and name and be
//    owned by modules of the same name (one module loaded twice). When either side is
//    unresolved, the names as written are compared.
//  - Names of locally bound symbols (bound variables, parameters, LET/DEFINE definitions,
//    NEW symbols, proof-step INSTANCEs) are compared only when a side is unresolved
//    (Decl::owner unset): resolved trees are equal up to renaming them, as the printer
//    does to avoid capture.
#pragma once

#include <string>

#include "frontend/ast.hpp"

namespace tlapx {

// Each returns whether the trees are equal; on a difference, `why` (if given) receives a
// description of the first one found, with both subexpressions printed.
bool equalExpr(const Expr& a, const Expr& b, std::string* why = nullptr);
// Equality of meaning for the prover: as equalExpr, except that a symbol declared outside
// both trees matches only itself (the same Decl). equalExpr's pairing by kind, name and
// owning module's name would let I1!D pass for I2!D (two instances of one module) or a
// cited sequent's NEW c for the context's own c.
bool sameFormula(const Expr& a, const Expr& b);
bool equalDecl(const Decl& a, const Decl& b, std::string* why = nullptr);
bool equalProof(const Proof& a, const Proof& b, std::string* why = nullptr);
bool equalModule(const Module& a, const Module& b, std::string* why = nullptr);

}  // namespace tlapx
