// Source positions as LSP wants them: 0-based lines and UTF-16 columns, end exclusive
// (tlapx counts lines from 1 and columns in bytes from 1), and the end of a region's
// text once trailing blanks are dropped.
#pragma once

#include <nlohmann/json.hpp>

#include "frontend/source.hpp"

namespace tlapx::lsp {

nlohmann::json lspPosition(const SourceFile& file, SourceLoc loc);
nlohmann::json lspRange(const SourceFile& file, SourceRange range);
// The range of the character at `loc` (a point diagnostic).
nlohmann::json lspPointRange(const SourceFile& file, SourceLoc loc);

// The position just after the last non-blank character before `loc` (at or after `floor`).
SourceLoc endOfTextBefore(const SourceFile& file, SourceLoc loc, SourceLoc floor);

}  // namespace tlapx::lsp
