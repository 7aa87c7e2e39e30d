// `file:` URIs and file paths (percent-encoding as VS Code writes it).
#pragma once

#include <optional>
#include <string>

namespace tlapx::lsp {

// The path of a `file:` URI; none for other schemes.
std::optional<std::string> pathOfUri(const std::string& uri);
std::string uriOfPath(const std::string& path);

}  // namespace tlapx::lsp
