// Levels (constant, state, action, temporal; Specifying Systems 17.2): computes
// Decl::level and Decl::paramContributes of every definition of a resolved module and
// reports the level errors SANY reports.
#pragma once

#include <vector>

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"

namespace tlapx {

// Fills Decl::level / paramContributes of the module's declarations (definitions, LET
// and DEFINE definitions, instance copies, constants, variables) and reports:
// * ASSUME / AXIOM that is not constant-level;
// * priming an expression that is already action-level or temporal;
// * [] / <> applied to an action-level formula other than [A]_v / <<A>>_v;
// * ENABLED / UNCHANGED / \cdot / ~> / -+-> operands of too high a level;
// * [A]_v, <<A>>_v, WF_v(A), SF_v(A) with A above action or v above state level;
// * arguments of a declared constant operator (CONSTANT F(_), NEW F(_)) that are not
//   constant, and applications of a definition whose body becomes ill-levelled with the
//   given arguments (e.g. Op(A) == []A applied to an action);
// * INSTANCE substitutions of a CONSTANT by a non-constant or of a VARIABLE by an action
//   or temporal expression.
void checkLevels(const Module& module, Diagnostics& diags);

// The exact level of `op(args)` for arguments of the given levels (operator-valued
// arguments count as constant): the definition's body is evaluated with its parameters
// at these levels, which is finer than Decl::level / paramContributes (e.g. for
// `Op(p) == p'`, Op(x) for a variable x is action-level).
Level applicationLevel(const Decl& op, const std::vector<Level>& argLevels);

// The level of a resolved expression (operator parameters count as constant).
Level expressionLevel(const Expr& e);

const char* levelName(Level level);

}  // namespace tlapx
