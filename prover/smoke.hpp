// Smoke obligations (`tlapx check --smoke`): the question "is the context of this
// obligation contradictory?", asked as an obligation of its own. Its hypotheses are the
// obligation's hypotheses plus the ASSUME part of a sequent goal; its goal is FALSE. The
// antecedent of an implication goal is not a hypothesis (`P => Q` with P false is fine).
#pragma once

#include <optional>

#include "prover/obligation.hpp"

namespace tlapx::prover {

// The smoke obligation of `ob` (same id, range and module; the default method of `ob`'s
// backend without a pragma budget; its own fingerprint), or none when `ob`'s goal is
// FALSE: proving such an obligation already derives FALSE from its context (a proof by
// contradiction), so its context is contradictory by design.
std::optional<Obligation> smokeObligation(const Obligation& ob);

}  // namespace tlapx::prover
