// Obligation fingerprints: SHA-256 of a canonical serialization that ignores everything a
// proof can change without changing what is proved. Bound variables are numbered by
// binding depth and NEW symbols of the obligation by position (so renaming either keeps
// the fingerprint); module constants and variables appear by name and kind; hidden
// definitions by name, arity and a digest of their bodies (the backends read properties of
// hidden bodies: level, Boolean value, value use of arguments), an instance copy without
// a body by its origin and its INSTANCE's substitution; usable definitions
// contribute through their expanded bodies; source locations and the method request are
// left out.
#pragma once

#include <string>

#include "frontend/ast.hpp"
#include "prover/obligation.hpp"

namespace tlapx::prover {

// The canonical serialization of one expression (alpha-normalised): two expressions
// have the same canonical text iff they are equal up to bound-variable names.
std::string canonicalText(const Expr& e);

// The canonical serialization of an obligation's hypotheses and goal.
std::string canonicalText(const Obligation& ob);

// Lower-case hex SHA-256 of canonicalText(ob).
std::string fingerprintOf(const Obligation& ob);

// Lower-case hex SHA-256 of arbitrary bytes (OpenSSL EVP).
std::string sha256Hex(const std::string& bytes);

}  // namespace tlapx::prover
