// Structural identity of expressions: a canonical key that two expressions share iff they
// are equal up to the names of their bound variables (alpha-equivalence). Used by the
// built-in fast path and to key opaque atoms.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "frontend/ast.hpp"

namespace tlapx {

// `bound` numbers the bound variables in scope (from enclosing binders the caller
// already entered); free symbols are identified by their declaration.
std::string exprKey(const Expr& e, const std::map<const Decl*, int>& bound = {});

// Calls `f` on `e` and on every subexpression (operands, binder domains, LET bodies,
// sequent hypotheses, EXCEPT paths and values), parents first.
void visitExprs(const Expr& e, const std::function<void(const Expr&)>& f);

}  // namespace tlapx
