// The six proof states vscode-tlaplus colours, in tlapm_lsp's order: a step shows the
// least state of its obligations and sub-steps, so anything unproved below shows above.
#pragma once

#include <cstdint>

#include "check/checker.hpp"

namespace tlapx::lsp {

enum class ProofStatus : std::uint8_t { Pending, Failed, Missing, Omitted, Progress, Proved };

const char* statusName(ProofStatus status);   // "pending", "failed", ... (the wire strings)
const char* statusHover(ProofStatus status);  // "Proof pending.", ...
ProofStatus statusOf(check::Verdict verdict);

}  // namespace tlapx::lsp
