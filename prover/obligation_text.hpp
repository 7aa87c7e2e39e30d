// Human-readable forms of obligations for reports: the sequent as TLA+ text (through the
// frontend printer; hidden definitions appear as their names), and the names of kinds
// and methods used by the CLI and JSON output.
#pragma once

#include <string>

#include "prover/obligation.hpp"

namespace tlapx::prover {

// `ASSUME h1, h2 PROVE goal` (just `goal` without hypotheses).
std::string sequentText(const Obligation& ob);

const char* kindName(ObligationKind kind);    // "main", "support", "trivial", "omitted", "missing"
const char* methodName(Method method);        // "default", "smt", "zenon", "isabelle", "ptl"
// "ptl", or "smt (SMTT(30))" when a pragma was cited.
std::string methodText(const MethodRequest& method);

}  // namespace tlapx::prover
