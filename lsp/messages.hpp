// The JSON the editor receives about a document: proof-step markers
// (`tlaplus/tlaps/proofStepMarkers`), the details of one step
// (`tlaplus/tlaps/currentProofStep`), and diagnostics (frontend errors and failed
// obligations). Shapes and strings are those vscode-tlaplus expects.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>

#include "lsp/analysis.hpp"

namespace tlapx::lsp {

// One marker per step: {status, range (head), hover}.
nlohmann::json proofStepMarkers(const Analysis& analysis);
// {kind, status, location, obligations[], sub_count} of step `step`.
nlohmann::json stepDetails(const Analysis& analysis, std::size_t step, double stretch);
// The `diagnostics` array of textDocument/publishDiagnostics.
nlohmann::json diagnostics(const Analysis& analysis);

}  // namespace tlapx::lsp
