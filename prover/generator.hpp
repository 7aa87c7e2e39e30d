// Entry point of the proof-tree manager: the obligations of a resolved module with TLAPS
// semantics. The context of the module is built from the modules it extends (their
// declarations, theorems, assumptions and module-level USE/HIDE); obligations are
// generated only for the proofs of `root` itself and its submodules, as tlapm does for
// the file it is given.
#pragma once

#include "frontend/ast.hpp"
#include "prover/obligation_sink.hpp"

namespace tlapx::prover {

GeneratedObligations generateObligations(const Module& root);

}  // namespace tlapx::prover
