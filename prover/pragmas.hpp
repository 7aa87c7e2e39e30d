// Backend pragmas of the TLAPS module (SMT, ZenonT(n), PTL, ...): recognising them among
// cited facts and turning a citation into the obligation's MethodRequest.
#pragma once

#include <optional>
#include <string>

#include "frontend/ast.hpp"
#include "prover/obligation.hpp"

namespace tlapx::prover {

// The pragma operator cited by `fact` (an Ident or OpApp of an operator of the TLAPS
// module whose body is TRUE), or null when `fact` is not a pragma citation.
const Decl* pragmaOf(const Expr& fact);

// What citing the pragma asks for. Pragmas that only request a preprocessing step
// (ExpandENABLED, ExpandCdot, AutoUSE, ...) leave the method at Default; see expandsEnabled.
MethodRequest methodRequestOf(const Expr& fact, const Decl& pragma);

// Why the budget argument of a timed pragma (SMTT(n), Z3T("rN"), ZenonT(n), IsaMT(t, n),
// ...) is malformed, or nullopt when it is well formed or the pragma takes none: the
// timeout must be a positive number literal, an SMT resource budget a string "rN" with a
// positive N.
std::optional<std::string> budgetError(const Expr& fact, const Decl& pragma);

// True for the ExpandENABLED pragma: ENABLED is then rewritten as an existential.
bool expandsEnabled(const Decl& pragma);
// True for the AutoUSE pragma: every definition under ENABLED or \cdot is expanded,
// hidden or not (expanding a definition is always sound).
bool autoUses(const Decl& pragma);
// True for ENABLEDaxioms and ENABLEDrules: a fact A <=> B or A => B established under
// assumptions of at most state level also gives ENABLED A <=> ENABLED B (=>); see enabled_rules.hpp.
bool usesEnabledRules(const Decl& pragma);
// False for pragmas that ask for a preprocessing step rather than a backend
// (ExpandENABLED, ExpandCdot, AutoUSE, Lambdify, ENABLEDaxioms, ENABLEDrewrites, ENABLEDrules,
// LevelComparison).
bool selectsBackend(const Decl& pragma);

}  // namespace tlapx::prover
