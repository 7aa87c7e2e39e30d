// Entry points of the TLA+ parser: text -> unresolved AST (names only, see ast.hpp).
#pragma once

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"

namespace tlapx {

// Parses the first top-level module of `file` (text before `---- MODULE` and after
// its closing `====` is ignored, as SANY does). Errors go to `diags`; the parser
// recovers at the next top-level unit so one file can report several errors.
// Returns null only when no module header was found.
ModulePtr parseModule(const SourceFile& file, Diagnostics& diags);

// Parses a standalone expression (tests, REPL-like tools). Null on error.
ExprPtr parseExpression(const SourceFile& file, Diagnostics& diags);

}  // namespace tlapx
