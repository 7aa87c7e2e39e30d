// The bundled library modules (TLAPS, Naturals, ...) live inside the tlapx binary. Editors
// want them as files (vscode-tlaplus hands the folder to SANY and TLC), so the server
// writes them once per version to `$XDG_CACHE_HOME/tlapx/<version>/modules` (or
// `~/.cache/...`) and rewrites a file only when its text differs.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace tlapx::lsp {

// The folder holding the bundled modules as files; none when it cannot be written.
std::optional<std::filesystem::path> bundledModulesFolder(const std::string& version);

}  // namespace tlapx::lsp
