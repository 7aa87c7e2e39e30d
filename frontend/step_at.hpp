// `@` in a proof step's assertion (outside any EXCEPT value): it stands for the right
// operand of the previous assertion step of the same proof, so that chains such as
//   <2>1. a = b   <2>2. @ <= c   <2>3. @ = d
// read `b <= c` and `c = d` (the TLA+ proof language's convention, as tlapm).
#pragma once

#include "frontend/ast.hpp"

namespace tlapx {

// The right operand of `e` when `e` is an infix relation `a R b` (a built-in binary
// relation or a symbolic user/standard infix operator), else null.
ExprPtr chainRightOperand(const ExprPtr& e);

// Replaces, in place, every `@` of `assertion` that is not inside an EXCEPT value by
// `previous` (a resolved expression, shared, not copied). Returns whether any was found.
bool replaceStepAt(const ExprPtr& assertion, const ExprPtr& previous);

}  // namespace tlapx
